/**
 * createRuntime: an in-memory Apps Script project bound to one spreadsheet, in a node:vm realm.
 * The parts live beside it: state.ts (what the runtime holds), globals.ts (the script's global
 * scope and extensions), execution.ts (running a function), loader.ts (loading the build).
 */
import type vm from "node:vm";
import { parseA1Range } from "./a1.ts";
import { isLocalCall, type LockKind } from "./core.ts";
import { DEPLOYMENTS, type Deployment } from "./deployment.ts";
import { CUSTOM_FUNCTION_MS, Executions, SIMPLE_TRIGGER_MS } from "./execution.ts";
import { extensions, type RuntimeExtension, type RuntimeInternals } from "./extensions.ts";
import { builtinGlobals, createInternals, defineGlobals, installExtensions } from "./globals.ts";
import { loadDist, loadSource } from "./loader.ts";
import type { SheetModel, SpreadsheetModel } from "./model.ts";
import type { TriggerRecord } from "./script-app.ts";
import { createState, openSpreadsheet, type RuntimeState } from "./state.ts";
import { instantOf } from "./time.ts";
import {
  type AlertRecord,
  type DialogAnswer,
  type DialogQuestion,
  type DialogRecord,
  findMenuItem,
  type MenuModel,
  menuCaptions,
  type PromptRecord,
  type SidebarRecord,
  type ToastRecord,
} from "./ui.ts";
import type { UserInit } from "./users.ts";

export type { LockKind } from "./core.ts";
export type UserAuthMode = "NONE" | "LIMITED" | "FULL";

export interface RuntimeOptions {
  /** The first user's Session.getActiveUserLocale() and the spreadsheet's locale; default "vi". */
  locale?: string;
  /** Spreadsheet AND script time zone; default "Asia/Ho_Chi_Minh". */
  timeZone?: string;
  /** Simulated clock start, epoch ms; default Date.now() of the host at creation. */
  now?: number;
  /** The simulated clock advances this much on every counted service call (default 0). */
  msPerServiceCall?: number;
  /** The first user: the spreadsheet's owner, current at the start. Default "can.bo@example.org". */
  userEmail?: string;
  /** Other users known from the start (rt.setUser/asUser also add users as they come). */
  users?: (string | UserInit)[];
  /** Default: a new empty spreadsheet named "Đi cơ sở" with one sheet "Trang tính1". */
  spreadsheet?: SpreadsheetModel;
  /** Caption of the add-on menu (createAddonMenu); default "Đi cơ sở". */
  addonName?: string;
  /** Time limit of one execution started by run/click/install; default 6 minutes. */
  maxExecutionMs?: number;
  /** Extensions installed in addition to those of extensions.ts. */
  extensions?: RuntimeExtension[];
  /**
   * How the script is deployed (deployment.ts): "bound" (default) to this spreadsheet, "addon" (an
   * Editor add-on's time-driven triggers: one per user per document, at most hourly, run with no
   * active document), "addon-test" (a test deployment: no installable triggers).
   */
  deployment?: Deployment;
  /**
   * The manifest's oauthScopes: a method whose reference asks for a scope not listed throws
   * Google's "You do not have permission to call …". Default: every scope granted.
   */
  oauthScopes?: readonly string[];
  /**
   * The triggers store. Runtimes of other spreadsheets given the same array are the same add-on's
   * other documents: the user's triggers there show in getProjectTriggers, and each runtime runs
   * only its own document's. Default: a new empty store.
   */
  triggers?: TriggerRecord[];
}

export interface Runtime {
  /** The script realm: only Apps Script globals plus standard JS built-ins and console. */
  readonly context: vm.Context;
  readonly spreadsheet: SpreadsheetModel;
  /** Runs every distDir/*.js (file-name order) in the one context; indexes distDir/*.html. */
  load(distDir?: string): void;
  loadSource(code: string, filename?: string): void;
  /** Adds an HTML file for HtmlService.createHtmlOutputFromFile/createTemplateFromFile. */
  addHtmlFile(name: string, html: string): void;
  run<T = unknown>(fn: string, ...args: unknown[]): T;
  runAs<T = unknown>(mode: UserAuthMode, fn: string, ...args: unknown[]): T;
  open(mode?: UserAuthMode): void;
  install(): void;
  readonly menus: MenuModel[];
  /** Captions of every menu item, submenus included, in menu order. */
  menuCaptions(): string[];
  click(caption: string): unknown;
  customFunction<T = unknown>(sheetName: string, a1Cell: string, fn: string, ...args: unknown[]): T;
  /** Sets the active sheet and range, as the user's selection. */
  select(sheetName: string, a1?: string): void;
  readonly toasts: ToastRecord[];
  readonly alerts: AlertRecord[];
  readonly prompts: PromptRecord[];
  answerDialogs(fn: (d: DialogQuestion) => DialogAnswer): void;
  readonly sidebars: SidebarRecord[];
  readonly dialogs: DialogRecord[];
  readonly logs: string[];
  readonly calls: Record<string, number>;
  resetCalls(): void;
  /**
   * Calls that reach a service: every counted call but those that only make or read a value in
   * the script (a rich text value, a validation rule and their builders, core.ts isLocalCall).
   */
  totalCalls(): number;
  now(): number;
  setNow(ms: number): void;
  advance(ms: number): void;
  date(y: number, m: number, d: number, h?: number, min?: number): Date;
  toRealm<T>(hostValue: T): T;
  readonly triggers: TriggerRecord[];
  /**
   * Runs (in FULL, as its owner) every time-based trigger of this spreadsheet due at the simulated
   * time; returns the handlers run. An add-on's run with no active document.
   */
  runDueTriggers(): string[];
  /**
   * Simulates ANOTHER execution holding a lock; returns a release function. With `forMs`, the other
   * execution lets go by itself that long after now (a waiter with a long enough timeout gets it).
   */
  readonly holdLock: (kind: LockKind, forMs?: number) => () => void;
  /** The stores as the current user sees them: `user` is the current user's User properties. */
  readonly properties: {
    readonly document: Map<string, string>;
    readonly script: Map<string, string>;
    readonly user: Map<string, string>;
  };

  // Users -----------------------------------------------------------------------------------------
  /** Email of the current user: the one whose executions run (Session, User stores, user lock). */
  readonly user: string;
  /** Emails of every known user, the owner (first user) first. */
  readonly users: string[];
  /** Adds a user (or sets a known user's locale) without making them current. */
  addUser(email: string, options?: { locale?: string }): void;
  /** Makes that user (added if new) the current one, until the next setUser. */
  setUser(email: string): void;
  /** Runs `fn` as that user (added if new), then makes the previous user current again. */
  asUser<T>(email: string, fn: () => T): T;
  /** What each extension's install() returned, by extension name. */
  readonly installed: Record<string, Record<string, unknown>>;
  readonly internals: RuntimeInternals;
}

export function createRuntime(opts: RuntimeOptions = {}): Runtime {
  if (opts.deployment !== undefined && !DEPLOYMENTS.includes(opts.deployment)) {
    throw new Error(`Unknown deployment "${opts.deployment}": one of ${DEPLOYMENTS.join(", ")}.`);
  }
  const spreadsheet = openSpreadsheet(opts);
  const state = createState({
    spreadsheet,
    scriptTimeZone: opts.timeZone ?? spreadsheet.timeZone,
    users: [
      { email: opts.userEmail ?? "can.bo@example.org", locale: opts.locale ?? "vi" },
      ...(opts.users ?? []).map((u) => (typeof u === "string" ? { email: u } : u)),
    ],
    now: opts.now ?? Date.now(),
    msPerServiceCall: opts.msPerServiceCall ?? 0,
    maxExecutionMs: opts.maxExecutionMs ?? 360_000,
    addonName: opts.addonName ?? "Đi cơ sở",
    deployment: opts.deployment ?? "bound",
    oauthScopes: opts.oauthScopes ?? null,
    triggers: opts.triggers ?? [],
  });
  const globals = builtinGlobals(state);
  const internals = createInternals(state);
  const installed = installExtensions({
    internals,
    extensions: [...extensions, ...(opts.extensions ?? [])],
    globals,
  });
  defineGlobals(state.realm.context, globals);
  return new LocalRuntime(state, internals, installed);
}

/** The Runtime: the state, seen and driven as a test or the demo needs. */
class LocalRuntime implements Runtime {
  readonly #st: RuntimeState;
  readonly #exec: Executions;
  readonly internals: RuntimeInternals;
  readonly installed: Record<string, Record<string, unknown>>;

  constructor(
    state: RuntimeState,
    internals: RuntimeInternals,
    installed: Record<string, Record<string, unknown>>,
  ) {
    this.#st = state;
    this.#exec = new Executions(state);
    this.internals = internals;
    this.installed = installed;
  }

  get context() {
    return this.#st.realm.context;
  }
  get spreadsheet() {
    return this.#st.spreadsheet;
  }

  // Loading -------------------------------------------------------------------------------------
  load(distDir = "dist") {
    loadDist({ dir: distDir, context: this.context, html: this.#st.html });
  }
  loadSource(code: string, filename = "script.js") {
    loadSource({ code, filename, context: this.context });
  }
  addHtmlFile(name: string, html: string) {
    this.#st.html.files.set(name.replace(/\.html$/i, ""), html);
  }

  // Executions ----------------------------------------------------------------------------------
  run<T = unknown>(fn: string, ...args: unknown[]): T {
    return this.#exec.execute({ mode: "FULL", fn, args });
  }
  runAs<T = unknown>(mode: UserAuthMode, fn: string, ...args: unknown[]): T {
    return this.#exec.execute({ mode, fn, args });
  }
  open(mode: UserAuthMode = "LIMITED") {
    this.#st.ui.menus = [];
    const args = [this.#exec.event(mode)];
    this.#exec.execute({ mode, fn: "onOpen", args, limitMs: SIMPLE_TRIGGER_MS, optional: true });
  }
  install() {
    this.#exec.execute({
      mode: "FULL",
      fn: "onInstall",
      args: [this.#exec.event("FULL")],
      optional: true,
    });
  }
  click(caption: string) {
    const item = findMenuItem(this.#st.ui.menus, caption);
    if (!item?.functionName) {
      const known = menuCaptions(this.#st.ui.menus);
      throw new Error(
        `No menu item "${caption}". Menu items: ${known.length ? known.map((c) => `"${c}"`).join(", ") : "(none)"}`,
      );
    }
    return this.#exec.execute({ mode: "FULL", fn: item.functionName });
  }
  customFunction<T = unknown>(
    sheetName: string,
    a1Cell: string,
    fn: string,
    ...args: unknown[]
  ): T {
    const sheet = this.#sheetNamed(sheetName);
    const grid = parseA1Range(a1Cell, sheet.maxRows, sheet.maxColumns);
    if (!grid) throw new Error(`Not a cell: ${a1Cell}`);
    return this.#exec.execute({
      mode: "CUSTOM_FUNCTION",
      fn,
      args,
      limitMs: CUSTOM_FUNCTION_MS,
      cell: { sheet, grid },
    });
  }
  runDueTriggers() {
    return this.#exec.runDueTriggers();
  }
  holdLock(kind: LockKind, forMs?: number) {
    return this.#exec.holdLock(kind, forMs);
  }
  get triggers() {
    return this.#st.triggers;
  }

  // The user's view -----------------------------------------------------------------------------
  select(sheetName: string, a1 = "A1") {
    const sheet = this.#sheetNamed(sheetName);
    const grid = parseA1Range(a1, sheet.maxRows, sheet.maxColumns);
    if (!grid) throw new Error(`Not an A1 range: ${a1}`);
    this.#st.sheets.select(sheet, grid);
  }
  #sheetNamed(name: string): SheetModel {
    const s = this.#st.spreadsheet.sheet(name);
    if (!s) throw new Error(`No sheet named "${name}" in the spreadsheet.`);
    return s;
  }
  get menus() {
    return this.#st.ui.menus;
  }
  menuCaptions() {
    return menuCaptions(this.#st.ui.menus);
  }
  get toasts() {
    return this.#st.sheets.toasts;
  }
  get alerts() {
    return this.#st.ui.alerts;
  }
  get prompts() {
    return this.#st.ui.prompts;
  }
  answerDialogs(fn: (d: DialogQuestion) => DialogAnswer) {
    this.#st.ui.answer = fn;
  }
  get sidebars() {
    return this.#st.ui.sidebars;
  }
  get dialogs() {
    return this.#st.ui.dialogs;
  }
  get logs() {
    return this.#st.logs;
  }
  get properties() {
    const stores = this.#st.properties;
    return { document: stores("document"), script: stores("script"), user: stores("user") };
  }

  // Users -----------------------------------------------------------------------------------------
  get user() {
    return this.#st.users.current.email;
  }
  get users() {
    return this.#st.users.list().map((u) => u.email);
  }
  addUser(email: string, options: { locale?: string } = {}) {
    this.#st.users.add({ email, locale: options.locale });
  }
  setUser(email: string) {
    this.#exec.switchUser(email);
  }
  asUser<T>(email: string, fn: () => T): T {
    return this.#exec.asUser(email, fn);
  }

  // Calls and the clock ---------------------------------------------------------------------------
  get calls() {
    return this.#st.core.calls;
  }
  resetCalls() {
    for (const k of Object.keys(this.calls)) delete this.calls[k];
  }
  totalCalls() {
    return Object.entries(this.calls)
      .filter(([key]) => !isLocalCall(key))
      .reduce((a, [, b]) => a + b, 0);
  }
  now() {
    return this.#st.core.clock;
  }
  setNow(ms: number) {
    this.#st.core.clock = ms;
  }
  advance(ms: number) {
    this.#st.core.advance(ms);
  }
  date(y: number, m: number, d: number, h = 0, min = 0) {
    return this.#st.realm.newDate(instantOf(this.spreadsheet.timeZone, y, m, d, h, min));
  }
  toRealm<T>(v: T): T {
    return this.#st.core.toRealm(v);
  }
}
