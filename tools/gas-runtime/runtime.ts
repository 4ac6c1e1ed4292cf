/**
 * createRuntime: an in-memory Apps Script project bound to one spreadsheet, in a node:vm realm.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { parseA1Range } from "./a1.ts";
import { type AuthModeName, Core } from "./core.ts";
import { extensions, type RuntimeExtension, type RuntimeInternals } from "./extensions.ts";
import { HtmlServiceImpl, HtmlState } from "./html.ts";
import { type SheetModel, SpreadsheetModel } from "./model.ts";
import { createRealm, fromRealm } from "./realm.ts";
import {
  AuthMode,
  BlobImpl,
  CacheServiceImpl,
  type CacheStore,
  LockServiceImpl,
  LoggerImpl,
  makeConsole,
  PropertiesServiceImpl,
  ScriptAppImpl,
  SessionImpl,
  type TriggerRecord,
  UserImpl,
  UtilitiesImpl,
} from "./services.ts";
import { Sheets, SpreadsheetAppImpl } from "./spreadsheet.ts";
import { instantOf } from "./time.ts";
import {
  type DialogAnswer,
  type DialogQuestion,
  type MenuItemModel,
  type MenuModel,
  UiImpl,
  UiState,
} from "./ui.ts";

export type LockKind = "document" | "script" | "user";
export type UserAuthMode = "NONE" | "LIMITED" | "FULL";

export interface RuntimeOptions {
  /** Session.getActiveUserLocale() and spreadsheet locale; default "vi". */
  locale?: string;
  /** Spreadsheet AND script time zone; default "Asia/Ho_Chi_Minh". */
  timeZone?: string;
  /** Simulated clock start, epoch ms; default Date.now() of the host at creation. */
  now?: number;
  /** The simulated clock advances this much on every counted service call (default 0). */
  msPerServiceCall?: number;
  /** Default "can.bo@example.org". */
  userEmail?: string;
  /** Default: a new empty spreadsheet named "Đi cơ sở" with one sheet "Trang tính1". */
  spreadsheet?: SpreadsheetModel;
  /** Caption of the add-on menu (createAddonMenu); default "Đi cơ sở". */
  addonName?: string;
  /** Time limit of one execution started by run/click/install; default 6 minutes. */
  maxExecutionMs?: number;
  /** Extensions installed in addition to those of extensions.ts. */
  extensions?: RuntimeExtension[];
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
  readonly toasts: { message: string; title: string; timeoutSeconds: number }[];
  readonly alerts: { title: string; prompt: string; buttons: string }[];
  readonly prompts: {
    title: string;
    prompt: string;
    buttons: string;
    button: DialogAnswer["button"];
    text: string;
  }[];
  answerDialogs(fn: (d: DialogQuestion) => DialogAnswer): void;
  readonly sidebars: { title: string; html: string; width?: number }[];
  readonly dialogs: {
    title: string;
    html: string;
    width?: number;
    height?: number;
    modal: boolean;
  }[];
  readonly logs: string[];
  readonly calls: Record<string, number>;
  resetCalls(): void;
  totalCalls(): number;
  now(): number;
  setNow(ms: number): void;
  advance(ms: number): void;
  date(y: number, m: number, d: number, h?: number, min?: number): Date;
  toRealm<T>(hostValue: T): T;
  readonly triggers: TriggerRecord[];
  /** Runs (in FULL) every time-based trigger due at the simulated time; returns the handlers run. */
  runDueTriggers(): string[];
  /**
   * Simulates ANOTHER execution holding a lock; returns a release function. With `forMs`, the other
   * execution lets go by itself that long after now (a waiter with a long enough timeout gets it).
   */
  readonly holdLock: (kind: LockKind, forMs?: number) => () => void;
  readonly properties: {
    document: Map<string, string>;
    script: Map<string, string>;
    user: Map<string, string>;
  };
  /** What each extension's install() returned, by extension name. */
  readonly installed: Record<string, Record<string, unknown>>;
  readonly internals: RuntimeInternals;
}

const IDENT_PATH = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;
const SIMPLE_TRIGGER_MS = 30_000;
const CUSTOM_FUNCTION_MS = 30_000;

function toHostError(e: unknown): unknown {
  if (
    e !== null &&
    typeof e === "object" &&
    !(e instanceof Error) &&
    Object.prototype.toString.call(e) === "[object Error]"
  ) {
    const re = e as Error;
    const err = new Error(re.message, { cause: e });
    err.name = re.name;
    if (re.stack) err.stack = re.stack;
    return err;
  }
  return e;
}

function findItem(menus: MenuModel[], caption: string): MenuItemModel | undefined {
  for (const m of menus) {
    for (const item of m.items) {
      if (item.submenu) {
        const found = findItem([item.submenu], caption);
        if (found) return found;
      } else if (!item.separator && item.caption === caption) return item;
    }
  }
  return undefined;
}

function captions(menus: MenuModel[]): string[] {
  const out: string[] = [];
  for (const m of menus) {
    for (const item of m.items) {
      if (item.submenu) out.push(...captions([item.submenu]));
      else if (!item.separator) out.push(item.caption);
    }
  }
  return out;
}

export function createRuntime(opts: RuntimeOptions = {}): Runtime {
  const locale = opts.locale ?? "vi";
  let model = opts.spreadsheet;
  if (!model) {
    model = new SpreadsheetModel({
      name: "Đi cơ sở",
      timeZone: opts.timeZone ?? "Asia/Ho_Chi_Minh",
      locale,
    });
  } else {
    if (opts.timeZone) model.timeZone = opts.timeZone;
    if (opts.locale) model.locale = opts.locale;
  }
  if (model.sheets.length === 0) {
    model.addSheet(model.locale.startsWith("vi") ? "Trang tính1" : "Sheet1");
  }
  const spreadsheet = model;
  const scriptTimeZone = opts.timeZone ?? spreadsheet.timeZone;
  const userEmail = opts.userEmail ?? "can.bo@example.org";
  const maxExecutionMs = opts.maxExecutionMs ?? 360_000;

  let core: Core;
  const realm = createRealm(() => core.clock);
  core = new Core(realm, spreadsheet, opts.now ?? Date.now(), opts.msPerServiceCall ?? 0);
  const context = realm.context;

  const logs: string[] = [];
  const uiState = new UiState(opts.addonName ?? "Đi cơ sở");
  const htmlState = new HtmlState();
  const triggers: TriggerRecord[] = [];
  const propertyStores = {
    document: spreadsheet.documentProperties,
    script: new Map<string, string>(),
    user: new Map<string, string>(),
  };
  const cacheStores: Record<LockKind, CacheStore> = {
    document: new Map(),
    script: new Map(),
    user: new Map(),
  };

  const session = new SessionImpl(core, locale, () => scriptTimeZone, userEmail);
  const ui = core.service("Ui", new UiImpl(core, uiState));
  const sheets = new Sheets(
    core,
    () => userEmail,
    () => ui,
  );
  const globals: Record<string, unknown> = {
    SpreadsheetApp: core.service("SpreadsheetApp", new SpreadsheetAppImpl(sheets)),
    HtmlService: core.service("HtmlService", new HtmlServiceImpl(core, htmlState)),
    PropertiesService: core.service(
      "PropertiesService",
      new PropertiesServiceImpl(core, propertyStores),
    ),
    CacheService: core.service("CacheService", new CacheServiceImpl(core, cacheStores)),
    LockService: core.service("LockService", new LockServiceImpl(core)),
    Session: core.service("Session", session),
    Utilities: core.service("Utilities", new UtilitiesImpl(core)),
    ScriptApp: core.service("ScriptApp", new ScriptAppImpl(core, triggers)),
    Logger: core.service("Logger", new LoggerImpl(logs)),
    console: makeConsole(logs),
    MimeType: Object.freeze({
      CSV: "text/csv",
      GOOGLE_DOCS: "application/vnd.google-apps.document",
      GOOGLE_DRIVE: "application/vnd.google-apps.folder",
      GOOGLE_SHEETS: "application/vnd.google-apps.spreadsheet",
      FOLDER: "application/vnd.google-apps.folder",
      HTML: "text/html",
      JSON: "application/json",
      MICROSOFT_WORD: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      MICROSOFT_EXCEL: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      PDF: "application/pdf",
      PLAIN_TEXT: "text/plain",
      ZIP: "application/zip",
    }),
  };

  const internals: RuntimeInternals = {
    service: (name, impl, options) => core.service(name, impl, options),
    requireAuth: (what) => core.requireAuth(what),
    authMode: () => core.authMode(),
    fail: (message) => core.fail(message),
    toRealm: (v) => core.toRealm(v),
    fromRealm: (v) => fromRealm(v),
    unwrap: (v) => core.unwrap(v),
    now: () => core.now(),
    advance: (ms) => core.advance(ms),
    spreadsheet,
    newId: (prefix) => core.newId(prefix),
    blobs: {
      create: (data, contentType, name) =>
        core.service(
          "Blob",
          new BlobImpl(
            core,
            typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data),
            contentType ?? null,
            name ?? null,
          ),
        ),
      read: (blob) => {
        const impl = core.unwrap(blob);
        if (!(impl instanceof BlobImpl)) return null;
        return {
          bytes: new Uint8Array(impl.bytes),
          contentType: impl.contentType,
          name: impl.name,
        };
      },
    },
    log: (message) => {
      logs.push(message);
    },
  };

  const installed: Record<string, Record<string, unknown>> = {};
  for (const ext of [...extensions, ...(opts.extensions ?? [])]) {
    const added = ext.install(internals);
    installed[ext.name] = added;
    Object.assign(globals, added);
  }
  for (const [name, value] of Object.entries(globals)) {
    Object.defineProperty(context, name, {
      value,
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }

  const lookup = (name: string): ((...a: unknown[]) => unknown) | undefined => {
    if (!IDENT_PATH.test(name)) return undefined;
    const fn = vm.runInContext(
      `(function () { try { return typeof ${name} === "function" ? ${name} : undefined; } catch (e) { return undefined; } })()`,
      context,
    );
    return fn as ((...a: unknown[]) => unknown) | undefined;
  };

  const execute = <T>(
    mode: AuthModeName,
    fnName: string,
    args: unknown[],
    limitMs: number,
    optional = false,
  ): T => {
    if (core.mode !== null) {
      throw new Error(`Cannot start "${fnName}": an execution is already under way.`);
    }
    const fn = lookup(fnName);
    if (!fn) {
      if (optional) return undefined as T;
      throw new Error(`Script function not found: ${fnName}`);
    }
    core.mode = mode;
    core.execId++;
    core.execStart = core.clock;
    core.execLimitMs = limitMs;
    core.timedOut = false;
    try {
      const result = fn.apply(
        undefined,
        args.map((a) => core.toRealm(a)),
      );
      return fromRealm(result) as T;
    } catch (e) {
      throw toHostError(e);
    } finally {
      // Apps Script releases the locks an execution holds when it ends.
      for (const st of Object.values(core.locks)) {
        if (st.holder === core.execId) st.holder = null;
      }
      core.mode = null;
      sheets.override = null;
    }
  };

  const sheetNamed = (name: string): SheetModel => {
    const s = spreadsheet.sheet(name);
    if (!s) throw new Error(`No sheet named "${name}" in the spreadsheet.`);
    return s;
  };

  const event = (mode: AuthModeName) => {
    const e: Record<string, unknown> = {
      authMode: AuthMode[mode],
      user: core.service("User", new UserImpl(() => (mode === "FULL" ? userEmail : ""))),
    };
    if (mode !== "NONE") e.source = sheets.spreadsheet();
    return e;
  };

  const holdLock = (kind: LockKind, forMs?: number) => {
    const st = core.locks[kind];
    if (st.holder !== null) throw new Error(`The ${kind} lock is already held.`);
    st.holder = "other";
    if (forMs !== undefined) st.otherUntil = core.clock + forMs;
    return () => {
      if (st.holder === "other") {
        st.holder = null;
        delete st.otherUntil;
      }
    };
  };

  const rt: Runtime = {
    context,
    spreadsheet,
    load(distDir = "dist") {
      const dir = path.resolve(distDir);
      let names: string[];
      try {
        names = readdirSync(dir).filter((n) => statSync(path.join(dir, n)).isFile());
      } catch {
        throw new Error(`No build output in ${dir}: run "npm run build" first.`);
      }
      names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const n of names) {
        if (n.endsWith(".html")) {
          htmlState.files.set(n.slice(0, -5), readFileSync(path.join(dir, n), "utf8"));
        }
      }
      for (const n of names) {
        if (n.endsWith(".js") || n.endsWith(".gs")) {
          rt.loadSource(readFileSync(path.join(dir, n), "utf8"), path.join(dir, n));
        }
      }
    },
    loadSource(code, filename = "script.js") {
      try {
        vm.runInContext(code, context, { filename });
      } catch (e) {
        throw toHostError(e);
      }
    },
    addHtmlFile(name, html) {
      htmlState.files.set(name.replace(/\.html$/i, ""), html);
    },
    run(fn, ...args) {
      return execute("FULL", fn, args, maxExecutionMs);
    },
    runAs(mode, fn, ...args) {
      return execute(mode, fn, args, mode === "FULL" ? maxExecutionMs : SIMPLE_TRIGGER_MS);
    },
    open(mode = "LIMITED") {
      uiState.menus = [];
      execute(mode, "onOpen", [event(mode)], SIMPLE_TRIGGER_MS, true);
    },
    install() {
      execute("FULL", "onInstall", [event("FULL")], maxExecutionMs, true);
    },
    get menus() {
      return uiState.menus;
    },
    menuCaptions() {
      return captions(uiState.menus);
    },
    click(caption) {
      const item = findItem(uiState.menus, caption);
      if (!item?.functionName) {
        const known = captions(uiState.menus);
        throw new Error(
          `No menu item "${caption}". Menu items: ${known.length ? known.map((c) => `"${c}"`).join(", ") : "(none)"}`,
        );
      }
      return execute("FULL", item.functionName, [], maxExecutionMs);
    },
    customFunction(sheetName, a1Cell, fn, ...args) {
      const sheet = sheetNamed(sheetName);
      const grid = parseA1Range(a1Cell, sheet.maxRows, sheet.maxColumns);
      if (!grid) throw new Error(`Not a cell: ${a1Cell}`);
      sheets.override = { sheet, grid };
      return execute("CUSTOM_FUNCTION", fn, args, CUSTOM_FUNCTION_MS);
    },
    select(sheetName, a1 = "A1") {
      const sheet = sheetNamed(sheetName);
      const grid = parseA1Range(a1, sheet.maxRows, sheet.maxColumns);
      if (!grid) throw new Error(`Not an A1 range: ${a1}`);
      sheets.select(sheet, grid);
    },
    get toasts() {
      return sheets.toasts;
    },
    get alerts() {
      return uiState.alerts;
    },
    get prompts() {
      return uiState.prompts;
    },
    answerDialogs(fn) {
      uiState.answer = fn;
    },
    get sidebars() {
      return uiState.sidebars;
    },
    get dialogs() {
      return uiState.dialogs;
    },
    logs,
    get calls() {
      return core.calls;
    },
    resetCalls() {
      for (const k of Object.keys(core.calls)) delete core.calls[k];
    },
    totalCalls() {
      return Object.values(core.calls).reduce((a, b) => a + b, 0);
    },
    now: () => core.clock,
    setNow(ms) {
      core.clock = ms;
    },
    advance(ms) {
      core.advance(ms);
    },
    date(y, m, d, h = 0, min = 0) {
      return realm.newDate(instantOf(spreadsheet.timeZone, y, m, d, h, min));
    },
    toRealm: (v) => core.toRealm(v),
    triggers,
    runDueTriggers() {
      const ran: string[] = [];
      for (const t of [...triggers]) {
        if (t.fired || t.at > core.clock) continue;
        if (t.everyMs) t.at += t.everyMs;
        else t.fired = true;
        ran.push(t.handler);
        execute("FULL", t.handler, [{ authMode: AuthMode.FULL, triggerUid: t.id }], maxExecutionMs);
      }
      return ran;
    },
    holdLock,
    properties: propertyStores,
    installed,
    internals,
  };
  return rt;
}
