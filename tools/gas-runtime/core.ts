/**
 * What every service shares: the simulated clock, call counting, the authorisation mode of the
 * current execution, the wrapping of service objects and conversion of values into the realm.
 */
import { type Deployment, scopeDenial } from "./deployment.ts";
import type { SpreadsheetModel } from "./model.ts";
import type { Realm } from "./realm.ts";
import type { Users } from "./users.ts";

export type AuthModeName = "NONE" | "LIMITED" | "FULL" | "CUSTOM_FUNCTION";
/** The three scopes of properties, caches and locks (document, script, user). */
export type LockKind = "document" | "script" | "user";

/** An Apps Script enum value: compares by identity, prints as its name. */
export interface EnumValue {
  toString(): string;
  toJSON(): string;
  name(): string;
  ordinal(): number;
}

/** Enum values are class instances (not plain objects) so realm conversion keeps their identity. */
class GasEnumValue implements EnumValue {
  readonly #name: string;
  readonly #ordinal: number;
  constructor(name: string, ordinal: number) {
    this.#name = name;
    this.#ordinal = ordinal;
  }
  toString() {
    return this.#name;
  }
  toJSON() {
    return this.#name;
  }
  name() {
    return this.#name;
  }
  ordinal() {
    return this.#ordinal;
  }
}

export function makeEnum<K extends string>(names: readonly K[]): Record<K, EnumValue> {
  const out = {} as Record<K, EnumValue>;
  names.forEach((n, i) => {
    out[n] = Object.freeze(new GasEnumValue(n, i));
  });
  return Object.freeze(out);
}

export function enumName(v: unknown): string {
  return v === null || v === undefined ? "" : String(v);
}

export interface ServiceOptions {
  /** Modes in which the service's methods may be called; default: FULL only for extension services. */
  modes?: AuthModeName[];
}

const SPREADSHEET_SCOPES =
  "https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets";
const UI_SCOPE = "https://www.googleapis.com/auth/script.container.ui";
const SCRIPTAPP_SCOPE = "https://www.googleapis.com/auth/script.scriptapp";

/** Services that need no authorisation at all (usable in every mode). */
const NO_AUTH = new Set([
  "Utilities",
  "Blob",
  "Logger",
  "HtmlService",
  "HtmlOutput",
  "HtmlTemplate",
  "HtmlOutputMetaTag",
  "Session",
  "User",
  "AuthorizationInfo",
]);

const SHEET_OBJECTS = new Set([
  "Spreadsheet",
  "Sheet",
  "Range",
  "Protection",
  "DeveloperMetadata",
  "DeveloperMetadataLocation",
]);
/**
 * Value objects and their builders, made and read in the script itself: nothing of a document is
 * read or written until a Range method takes them. `Runtime.totalCalls` leaves their calls out
 * (Google's best practices count as the cost "calls that need to fetch data from Google's
 * servers", https://developers.google.com/apps-script/guides/support/best-practices).
 */
export const LOCAL_VALUES: ReadonlySet<string> = new Set([
  "RichTextValue",
  "RichTextValueBuilder",
  "TextStyle",
  "TextStyleBuilder",
  "DataValidationBuilder",
  "DataValidation",
  "ConditionalFormatRuleBuilder",
  "ConditionalFormatRule",
  "BooleanCondition",
]);

/** Whether a counted call ("Service.method") only makes or reads a value in the script. */
export function isLocalCall(key: string): boolean {
  const [service, method = ""] = key.split(".");
  if (LOCAL_VALUES.has(service ?? "")) return true;
  if (service === "SpreadsheetApp" && /^new/.test(method)) return true;
  // A finder's criteria are set in the script; its find() asks the spreadsheet.
  return service === "DeveloperMetadataFinder" && /^with/.test(method);
}

const BUILDERS = new Set(["DeveloperMetadataFinder", ...LOCAL_VALUES]);
const BUILTIN = new Set([
  ...NO_AUTH,
  ...SHEET_OBJECTS,
  ...BUILDERS,
  "SpreadsheetApp",
  "Ui",
  "Menu",
  "PromptResponse",
  "PropertiesService",
  "Properties",
  "CacheService",
  "Cache",
  "LockService",
  "Lock",
  "ScriptApp",
  "TriggerBuilder",
  "ClockTriggerBuilder",
  "Trigger",
]);

const READ_METHOD = /^(get|is|can|has|offset|toString|createDeveloperMetadataFinder$)/;

export interface LockState {
  /** "other" = held by another execution (Runtime.holdLock); a number = execution id. */
  holder: "other" | number | null;
  /** When "other" holds it with a time limit, the simulated instant it lets go. */
  otherUntil?: number;
}

export interface CoreOptions {
  realm: Realm;
  model: SpreadsheetModel;
  users: Users;
  /** Simulated clock start, epoch ms. */
  now: number;
  msPerCall: number;
}

export class Core {
  readonly realm: Realm;
  readonly model: SpreadsheetModel;
  /** Who uses the spreadsheet, and who runs the current execution (users.current). */
  readonly users: Users;
  readonly calls: Record<string, number> = {};
  clock: number;
  msPerCall: number;
  /** Mode of the execution under way; null between executions (host code: treated as FULL). */
  mode: AuthModeName | null = null;
  execId = 0;
  execStart = 0;
  execLimitMs = Number.POSITIVE_INFINITY;
  timedOut = false;
  /** How the script is deployed (deployment.ts); set once by createState. */
  deployment: Deployment = "bound";
  /** The manifest's oauthScopes; null: every scope a method needs is granted. */
  oauthScopes: readonly string[] | null = null;
  /**
   * Whether the execution under way has an active document: false while an add-on's
   * time-driven trigger runs (no active spreadsheet, no document lock, no Ui).
   */
  activeDocument = true;
  /** The document and script locks, shared by every user; each user has their own user lock. */
  readonly #sharedLocks: Record<"document" | "script", LockState> = {
    document: { holder: null },
    script: { holder: null },
  };
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();
  private readonly serviceModes = new Map<string, AuthModeName[]>();
  private idCounter = 0;

  constructor({ realm, model, users, now, msPerCall }: CoreOptions) {
    this.realm = realm;
    this.model = model;
    this.users = users;
    this.clock = now;
    this.msPerCall = msPerCall;
  }

  /** The lock of that kind as the current user sees it. */
  lock(kind: LockKind): LockState {
    return kind === "user" ? this.users.current.lock : this.#sharedLocks[kind];
  }

  /** Every lock: the shared ones and each user's. */
  allLocks(): LockState[] {
    return [...Object.values(this.#sharedLocks), ...this.users.list().map((u) => u.lock)];
  }

  now(): number {
    return this.clock;
  }

  advance(ms: number): void {
    if (ms > 0) this.clock += ms;
  }

  authMode(): AuthModeName {
    return this.mode ?? "FULL";
  }

  newId(prefix: string): string {
    this.idCounter++;
    return `${prefix}${this.idCounter.toString(36).padStart(6, "0")}`;
  }

  /** Throws an Apps Script exception (a realm Error named "Exception"). */
  fail(message: string): never {
    throw this.realm.error(message, "Exception");
  }

  toRealm<T>(v: T): T {
    return this.realm.toRealm(v);
  }

  /** The implementation object behind a service proxy (or the value itself). */
  unwrap<T>(v: T): T {
    if (v !== null && typeof v === "object") {
      const t = this.targets.get(v as object);
      if (t) return t as T;
    }
    return v;
  }

  /** Registers the modes a (non built-in) service may be used in. */
  setServiceModes(serviceName: string, modes: AuthModeName[]): void {
    this.serviceModes.set(serviceName, modes);
  }

  /**
   * Wraps an implementation so that each method call is counted as "serviceName.method", advances
   * the clock by msPerServiceCall, is checked against the auth mode and the execution time limit,
   * returns realm values, and throws realm Exceptions. Non-function properties pass through.
   */
  service<T extends object>(serviceName: string, impl: T, options?: ServiceOptions): T {
    const existing = this.proxies.get(impl);
    if (existing) return existing as T;
    if (options?.modes) this.serviceModes.set(serviceName, options.modes);
    const cache = new Map<PropertyKey, unknown>();
    const core = this;
    const proxy: T = new Proxy(impl, {
      get(target, prop) {
        const v = Reflect.get(target, prop, target) as unknown;
        if (typeof v !== "function" || typeof prop === "symbol") return v;
        if (prop === "constructor") return v;
        const fn = v as (...a: unknown[]) => unknown;
        if (Object.hasOwn(Object.prototype, prop) && fn === (Object.prototype as never)[prop]) {
          return fn.bind(target);
        }
        let wrapped = cache.get(prop);
        if (!wrapped || (wrapped as { __fn?: unknown }).__fn !== fn) {
          const w = (...args: unknown[]) => core.invoke(serviceName, prop, target, proxy, fn, args);
          Object.defineProperty(w, "__fn", { value: fn });
          Object.defineProperty(w, "name", { value: prop });
          wrapped = w;
          cache.set(prop, w);
        }
        return wrapped;
      },
    });
    this.proxies.set(impl, proxy);
    this.targets.set(proxy, impl);
    return proxy;
  }

  private invoke(
    serviceName: string,
    method: string,
    target: object,
    proxy: object,
    fn: (...a: unknown[]) => unknown,
    args: unknown[],
  ): unknown {
    const key = `${serviceName}.${method}`;
    this.calls[key] = (this.calls[key] ?? 0) + 1;
    this.advance(this.msPerCall);
    this.checkTime();
    const denied = this.denial(serviceName, method);
    if (denied) this.fail(denied);
    try {
      const result = fn.apply(target, args);
      if (result === target) return proxy;
      return this.realm.toRealm(result);
    } catch (e) {
      throw this.toScriptError(e);
    }
  }

  checkTime(): void {
    if (this.mode !== null && this.clock - this.execStart > this.execLimitMs) {
      this.timedOut = true;
      this.fail("Exceeded maximum execution time");
    }
  }

  /** Host errors (bugs, Node errors) become realm Exceptions with the same message. */
  toScriptError(e: unknown): unknown {
    if (e instanceof Error) {
      const err = this.realm.error(e.message, "Exception");
      if (e.stack) err.stack = e.stack.replace(/^[^\n]*/, `Exception: ${e.message}`);
      return err;
    }
    return e;
  }

  requireAuth(what: string): void {
    const mode = this.authMode();
    if (mode !== "FULL") this.fail(`You do not have permission to call ${what}`);
  }

  /** null when the call is allowed in the current mode, else Google's message. */
  denial(serviceName: string, method: string): string | null {
    const what = `${serviceName}.${method}`;
    const unscoped = scopeDenial(what, this.oauthScopes);
    if (unscoped) return unscoped;
    const mode = this.authMode();
    if (mode === "FULL") return null;
    const denied = (scope?: string) =>
      `You do not have permission to call ${what}.${scope ? ` Required permissions: ${scope}` : ""}`;
    if (!BUILTIN.has(serviceName)) {
      const modes = this.serviceModes.get(serviceName) ?? ["FULL"];
      return modes.includes(mode) ? null : denied();
    }
    if (NO_AUTH.has(serviceName)) return null;
    if (serviceName === "ScriptApp") {
      return method === "getAuthorizationInfo" || method === "getScriptId"
        ? null
        : denied(SCRIPTAPP_SCOPE);
    }
    if (mode === "NONE") {
      if (serviceName === "SpreadsheetApp" && method === "getUi") return null;
      if (serviceName === "Ui" && (method === "createAddonMenu" || method === "createMenu")) {
        return null;
      }
      if (serviceName === "Menu") return null;
      return denied(
        serviceName === "SpreadsheetApp" || SHEET_OBJECTS.has(serviceName)
          ? SPREADSHEET_SCOPES
          : undefined,
      );
    }
    if (mode === "LIMITED") {
      if (serviceName === "Ui" && method.startsWith("show")) return denied(UI_SCOPE);
      return null;
    }
    // CUSTOM_FUNCTION: read-only spreadsheet access, no UI, no property writes.
    if (serviceName === "SpreadsheetApp") {
      return method === "getUi" || method.startsWith("setActive") ? denied() : null;
    }
    if (SHEET_OBJECTS.has(serviceName)) return READ_METHOD.test(method) ? null : denied();
    if (serviceName === "Ui" || serviceName === "Menu" || serviceName === "PromptResponse") {
      return denied();
    }
    if (serviceName === "Properties") return READ_METHOD.test(method) ? null : denied();
    return null;
  }
}
