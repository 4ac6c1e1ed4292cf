/**
 * The script realm: a node:vm context holding only standard JavaScript built-ins plus what the
 * runtime installs. Its Date reads the simulated clock (Date.now(), `new Date()`, `Date()`),
 * while `new Date(x)`, Date.UTC and `instanceof Date` behave as usual.
 */
import vm from "node:vm";

export interface Realm {
  readonly context: vm.Context;
  /** Deep copy of arrays, plain objects and Dates into realm objects; anything else as is. */
  toRealm<T>(value: T): T;
  /** Deep copy of arrays, plain objects and Dates (from either realm) into host objects. */
  fromRealm<T>(value: T): T;
  newDate(ms: number): Date;
  /** An Error created in the realm: `instanceof Error` holds inside the script. */
  error(message: string, name?: string): Error;
  /** Compiles source in the realm and returns its completion value. */
  evaluate(code: string, filename?: string): unknown;
}

const BOOTSTRAP = `(function (hostNow) {
  "use strict";
  const NativeDate = Date;
  const dateProto = NativeDate.prototype;
  const SimDate = function Date(...args) {
    if (new.target === undefined) return new NativeDate(hostNow()).toString();
    if (args.length === 0) return Reflect.construct(NativeDate, [hostNow()], new.target);
    return Reflect.construct(NativeDate, args, new.target);
  };
  SimDate.prototype = dateProto;
  Object.defineProperty(dateProto, "constructor", { value: SimDate, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(SimDate, "length", { value: 7 });
  SimDate.now = function now() { return hostNow(); };
  SimDate.UTC = NativeDate.UTC;
  SimDate.parse = NativeDate.parse;
  globalThis.Date = SimDate;

  const isArray = Array.isArray;
  const toStr = Object.prototype.toString;
  const getTime = dateProto.getTime;
  const getProto = Object.getPrototypeOf;
  const keys = Object.keys;
  function isPlain(v) {
    const p = getProto(v);
    return p === null || getProto(p) === null;
  }
  function toRealm(v) {
    if (v === null || typeof v !== "object") return v;
    if (isArray(v)) {
      const out = new Array(v.length);
      for (let i = 0; i < v.length; i++) out[i] = toRealm(v[i]);
      return out;
    }
    if (toStr.call(v) === "[object Date]") return new NativeDate(getTime.call(v));
    if (isPlain(v) && toStr.call(v) === "[object Object]") {
      const out = {};
      for (const k of keys(v)) out[k] = toRealm(v[k]);
      return out;
    }
    return v;
  }
  function newDate(ms) { return new NativeDate(ms); }
  function error(message, name) {
    const e = new Error(message);
    if (name) Object.defineProperty(e, "name", { value: name, writable: true, configurable: true, enumerable: false });
    return e;
  }
  return { toRealm, newDate, error };
})`;

function isPlainObject(v: object): boolean {
  const p = Object.getPrototypeOf(v);
  return p === null || Object.getPrototypeOf(p) === null;
}

export function fromRealm<T>(value: T): T {
  const conv = (v: unknown): unknown => {
    if (v === null || typeof v !== "object") return v;
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      for (let i = 0; i < v.length; i++) out.push(conv(v[i]));
      return out;
    }
    const tag = Object.prototype.toString.call(v);
    if (tag === "[object Date]") return new Date(Date.prototype.getTime.call(v));
    if (tag === "[object Object]" && isPlainObject(v)) {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v)) out[k] = conv((v as Record<string, unknown>)[k]);
      return out;
    }
    return v;
  };
  return conv(value) as T;
}

export function createRealm(hostNow: () => number): Realm {
  const context = vm.createContext(
    {},
    { name: "Apps Script", codeGeneration: { strings: true, wasm: false } },
  );
  const boot = vm.runInContext(BOOTSTRAP, context, { filename: "gas-runtime:bootstrap" }) as (
    now: () => number,
  ) => {
    toRealm(v: unknown): unknown;
    newDate(ms: number): Date;
    error(message: string, name?: string): Error;
  };
  const helpers = boot(() => hostNow());
  return {
    context,
    toRealm: <T>(v: T) => helpers.toRealm(v) as T,
    fromRealm,
    newDate: (ms) => helpers.newDate(ms),
    error: (message, name) => helpers.error(message, name),
    evaluate: (code, filename) => vm.runInContext(code, context, { filename }),
  };
}

/** A realm Error thrown by the script, as a host Error with the same name, message and stack. */
export function toHostError(e: unknown): unknown {
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
