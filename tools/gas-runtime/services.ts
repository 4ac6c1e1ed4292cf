/**
 * PropertiesService, CacheService, LockService, Session, Utilities (with Blob), Logger and console.
 * ScriptApp (auth modes, time-based triggers) is in script-app.ts.
 */
import { createHash, randomUUID } from "node:crypto";
import { format as utilFormat } from "node:util";
import { type Core, enumName, type LockKind, makeEnum } from "./core.ts";
import { isDateValue } from "./spreadsheet/values.ts";
import { formatDate, formatString } from "./time.ts";
import { type CacheStore, UserImpl } from "./users.ts";

/** The store of each scope as the current user sees it (user stores differ from user to user). */
export type ScopedStores<T> = (kind: LockKind) => T;

// Properties ------------------------------------------------------------------------------------
// https://developers.google.com/apps-script/reference/properties/properties

/** https://developers.google.com/apps-script/guides/services/quotas: 9 KB a value, 500 KB a store. */
const PROPERTY_VALUE_LIMIT = 9 * 1024;
const PROPERTY_STORE_LIMIT = 500 * 1024;

function storeBytes(store: Map<string, string>): number {
  let n = 0;
  for (const [k, v] of store) n += Buffer.byteLength(k, "utf8") + Buffer.byteLength(v, "utf8");
  return n;
}

export class PropertiesImpl {
  readonly #core: Core;
  readonly #store: Map<string, string>;
  constructor(core: Core, store: Map<string, string>) {
    this.#core = core;
    this.#store = store;
  }
  toString() {
    return "Properties";
  }
  getProperty(key: unknown) {
    return this.#store.get(String(key)) ?? null;
  }
  setProperty(key: unknown, value: unknown) {
    return this.setProperties({ [String(key)]: value });
  }
  deleteProperty(key: unknown) {
    this.#store.delete(String(key));
    return this;
  }
  getProperties() {
    return Object.fromEntries(this.#store);
  }
  /** Writes all or nothing: a value over 9 KB, or a store over 500 KB, throws and changes nothing. */
  setProperties(properties: unknown, deleteAllOthers?: unknown) {
    const next = new Map(deleteAllOthers ? [] : this.#store);
    for (const [k, value] of Object.entries((properties ?? {}) as Record<string, unknown>)) {
      const v = String(value);
      if (Buffer.byteLength(v, "utf8") > PROPERTY_VALUE_LIMIT) {
        this.#core.fail("Argument too large: value");
      }
      next.set(k, v);
    }
    if (storeBytes(next) > PROPERTY_STORE_LIMIT) {
      this.#core.fail(
        "You have exceeded the property storage quota. Please remove some properties and try again.",
      );
    }
    this.#store.clear();
    for (const [k, v] of next) this.#store.set(k, v);
    return this;
  }
  getKeys() {
    return [...this.#store.keys()];
  }
  deleteAllProperties() {
    this.#store.clear();
    return this;
  }
}

/** https://developers.google.com/apps-script/reference/properties/properties-service */
export class PropertiesServiceImpl {
  readonly #core: Core;
  readonly #stores: ScopedStores<Map<string, string>>;
  constructor(core: Core, stores: ScopedStores<Map<string, string>>) {
    this.#core = core;
    this.#stores = stores;
  }
  toString() {
    return "PropertiesService";
  }
  #properties(kind: LockKind) {
    return this.#core.service("Properties", new PropertiesImpl(this.#core, this.#stores(kind)));
  }
  /** null "when document properties are not available": no document is open (an add-on's trigger). */
  getDocumentProperties() {
    return this.#core.activeDocument ? this.#properties("document") : null;
  }
  getScriptProperties() {
    return this.#properties("script");
  }
  getUserProperties() {
    return this.#properties("user");
  }
}

// Cache -------------------------------------------------------------------------------------------
// https://developers.google.com/apps-script/reference/cache/cache

export const CACHE_DEFAULT_SECONDS = 600;
export const CACHE_MAX_SECONDS = 21_600;
const CACHE_KEY_LIMIT = 250;
const CACHE_VALUE_LIMIT = 100 * 1024;
const CACHE_CAP = 1000;

export class CacheImpl {
  readonly #core: Core;
  readonly #store: CacheStore;
  constructor(core: Core, store: CacheStore) {
    this.#core = core;
    this.#store = store;
  }
  toString() {
    return "Cache";
  }
  #live(key: string) {
    const e = this.#store.get(key);
    if (!e) return null;
    if (e.expiresAt <= this.#core.now()) {
      this.#store.delete(key);
      return null;
    }
    return e.value;
  }
  get(key: unknown) {
    return this.#live(String(key));
  }
  getAll(keys: unknown) {
    const out: Record<string, string> = {};
    for (const k of Array.isArray(keys) ? keys : []) {
      const v = this.#live(String(k));
      if (v !== null) out[String(k)] = v;
    }
    return out;
  }
  put(key: unknown, value: unknown, expirationInSeconds?: unknown) {
    const k = String(key);
    const v = String(value);
    if (k.length > CACHE_KEY_LIMIT) this.#core.fail("Argument too large: key");
    if (Buffer.byteLength(v, "utf8") > CACHE_VALUE_LIMIT) {
      this.#core.fail("Argument too large: value");
    }
    let seconds =
      expirationInSeconds === undefined || expirationInSeconds === null
        ? CACHE_DEFAULT_SECONDS
        : Number(expirationInSeconds);
    seconds = Math.min(Math.max(seconds, 1), CACHE_MAX_SECONDS);
    this.#store.set(k, { value: v, expiresAt: this.#core.now() + seconds * 1000 });
    if (this.#store.size > CACHE_CAP) {
      // Google keeps the 900 items farthest from expiration.
      const keep = [...this.#store].sort((a, b) => b[1].expiresAt - a[1].expiresAt).slice(0, 900);
      this.#store.clear();
      for (const [kk, e] of keep) this.#store.set(kk, e);
    }
  }
  putAll(values: unknown, expirationInSeconds?: unknown) {
    for (const [k, v] of Object.entries((values ?? {}) as Record<string, unknown>)) {
      this.put(k, v, expirationInSeconds);
    }
  }
  remove(key: unknown) {
    this.#store.delete(String(key));
  }
  removeAll(keys: unknown) {
    for (const k of Array.isArray(keys) ? keys : []) this.#store.delete(String(k));
  }
}

/** https://developers.google.com/apps-script/reference/cache/cache-service */
export class CacheServiceImpl {
  readonly #core: Core;
  readonly #stores: ScopedStores<CacheStore>;
  constructor(core: Core, stores: ScopedStores<CacheStore>) {
    this.#core = core;
    this.#stores = stores;
  }
  toString() {
    return "CacheService";
  }
  #cache(kind: LockKind) {
    return this.#core.service("Cache", new CacheImpl(this.#core, this.#stores(kind)));
  }
  /** null where there is no containing document (an add-on's time-driven trigger). */
  getDocumentCache() {
    return this.#core.activeDocument ? this.#cache("document") : null;
  }
  getScriptCache() {
    return this.#cache("script");
  }
  getUserCache() {
    return this.#cache("user");
  }
}

// Lock --------------------------------------------------------------------------------------------
// https://developers.google.com/apps-script/reference/lock/lock

export class LockImpl {
  readonly #core: Core;
  readonly #kind: LockKind;
  constructor(core: Core, kind: LockKind) {
    this.#core = core;
    this.#kind = kind;
  }
  toString() {
    return "Lock";
  }
  #acquire(timeoutInMillis: unknown): boolean {
    const st = this.#core.lock(this.#kind);
    const me = this.#core.execId;
    if (st.holder === me) return true;
    const timeout = Math.max(0, Number(timeoutInMillis) || 0);
    if (st.holder === "other" && st.otherUntil !== undefined) {
      const wait = st.otherUntil - this.#core.now();
      if (wait <= timeout) {
        // The other execution lets go within our wait: we get the lock after waiting for it.
        this.#core.advance(Math.max(0, wait));
        st.holder = null;
        delete st.otherUntil;
      }
    }
    if (st.holder === null) {
      st.holder = me;
      return true;
    }
    // No real threads: waiting means the simulated clock moves on by the whole timeout.
    this.#core.advance(timeout);
    return false;
  }
  tryLock(timeoutInMillis: unknown) {
    return this.#acquire(timeoutInMillis);
  }
  waitLock(timeoutInMillis: unknown) {
    if (!this.#acquire(timeoutInMillis)) {
      this.#core.fail("Lock timeout: another process was holding the lock for too long.");
    }
  }
  hasLock() {
    return this.#core.lock(this.#kind).holder === this.#core.execId;
  }
  releaseLock() {
    const st = this.#core.lock(this.#kind);
    if (st.holder === this.#core.execId) st.holder = null;
  }
}

export class LockServiceImpl {
  readonly #core: Core;
  constructor(core: Core) {
    this.#core = core;
  }
  toString() {
    return "LockService";
  }
  /** null "if this method is called outside of the context of a containing document". */
  getDocumentLock() {
    if (!this.#core.activeDocument) return null;
    return this.#core.service("Lock", new LockImpl(this.#core, "document"));
  }
  getScriptLock() {
    return this.#core.service("Lock", new LockImpl(this.#core, "script"));
  }
  getUserLock() {
    return this.#core.service("Lock", new LockImpl(this.#core, "user"));
  }
}

// Session -----------------------------------------------------------------------------------------
// https://developers.google.com/apps-script/reference/base/session

/**
 * Session reads the current user: email (blank where the user has not authorised the script),
 * locale, and a key unique to the user and the script.
 */
export class SessionImpl {
  readonly #core: Core;
  readonly #timeZone: () => string;
  constructor(core: Core, timeZone: () => string) {
    this.#core = core;
    this.#timeZone = timeZone;
  }
  toString() {
    return "Session";
  }
  /** The email is "" where the user has not authorised the script (simple triggers, custom functions). */
  #visibleUser() {
    const email = this.#core.authMode() === "FULL" ? this.#core.users.current.email : "";
    return this.#core.service("User", new UserImpl(email));
  }
  getActiveUserLocale() {
    return this.#core.users.current.locale;
  }
  getScriptTimeZone() {
    return this.#timeZone();
  }
  getActiveUser() {
    return this.#visibleUser();
  }
  /** The user running the script: the active user for menus and dialogs, a trigger's owner for its runs. */
  getEffectiveUser() {
    return this.#visibleUser();
  }
  /** https://developers.google.com/apps-script/reference/base/session#getTemporaryActiveUserKey() */
  getTemporaryActiveUserKey() {
    const seed = `tmp-key:${this.#core.users.current.email}`;
    return createHash("sha256").update(seed).digest("base64url").slice(0, 43);
  }
}

// Utilities and Blob ----------------------------------------------------------------------------
// https://developers.google.com/apps-script/reference/utilities/utilities

export const DigestAlgorithm = makeEnum([
  "MD2",
  "MD5",
  "SHA_1",
  "SHA_256",
  "SHA_384",
  "SHA_512",
] as const);
export const Charset = makeEnum(["US_ASCII", "UTF_8"] as const);

function toSignedBytes(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

function bytesOf(data: unknown): Buffer {
  if (typeof data === "string") return Buffer.from(data, "utf8");
  if (Array.isArray(data)) return Buffer.from(data.map((b) => Number(b) & 0xff));
  if (data instanceof Uint8Array) return Buffer.from(data);
  return Buffer.from(String(data ?? ""), "utf8");
}

export class BlobImpl {
  readonly #core: Core;
  bytes: Buffer;
  contentType: string | null;
  name: string | null;
  constructor(core: Core, bytes: Buffer, contentType: string | null, name: string | null) {
    this.#core = core;
    this.bytes = bytes;
    this.contentType = contentType;
    this.name = name;
  }
  toString() {
    return "Blob";
  }
  getBytes() {
    return toSignedBytes(this.bytes);
  }
  getDataAsString(charset?: unknown) {
    const enc = charset && /ascii/i.test(String(charset)) ? "latin1" : "utf8";
    return this.bytes.toString(enc);
  }
  setDataFromString(s: unknown) {
    this.bytes = Buffer.from(String(s), "utf8");
    return this;
  }
  setBytes(data: unknown) {
    this.bytes = bytesOf(data);
    return this;
  }
  getContentType() {
    return this.contentType;
  }
  setContentType(contentType: unknown) {
    this.contentType = contentType === null ? null : String(contentType);
    return this;
  }
  getName() {
    return this.name;
  }
  setName(name: unknown) {
    this.name = name === null ? null : String(name);
    return this;
  }
  copyBlob() {
    return this.#core.service(
      "Blob",
      new BlobImpl(this.#core, Buffer.from(this.bytes), this.contentType, this.name),
    );
  }
  getBlob() {
    return this;
  }
  isGoogleType() {
    return false;
  }
}

export class UtilitiesImpl {
  readonly #core: Core;
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly Charset = Charset;
  constructor(core: Core) {
    this.#core = core;
  }
  toString() {
    return "Utilities";
  }
  /** https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String) */
  formatDate(date: unknown, timeZone: unknown, format: unknown) {
    if (!isDateValue(date)) this.#core.fail("Invalid argument: date");
    try {
      return formatDate(Date.prototype.getTime.call(date), String(timeZone), String(format));
    } catch (e) {
      return this.#core.fail(`Invalid argument: format (${(e as Error).message})`);
    }
  }
  formatString(template: unknown, ...args: unknown[]) {
    return formatString(String(template), args);
  }
  /** https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer) */
  sleep(milliseconds: unknown) {
    const ms = Number(milliseconds);
    if (ms > 300_000) this.#core.fail("Argument too large: milliseconds");
    this.#core.advance(Math.max(0, ms));
    this.#core.checkTime();
  }
  getUuid() {
    return randomUUID();
  }
  base64Encode(data: unknown) {
    return bytesOf(data).toString("base64");
  }
  base64EncodeWebSafe(data: unknown) {
    return bytesOf(data).toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
  }
  base64Decode(encoded: unknown) {
    return toSignedBytes(Buffer.from(String(encoded), "base64"));
  }
  base64DecodeWebSafe(encoded: unknown) {
    return toSignedBytes(Buffer.from(String(encoded), "base64url"));
  }
  computeDigest(algorithm: unknown, value: unknown) {
    const algo: Record<string, string> = {
      MD5: "md5",
      SHA_1: "sha1",
      SHA_256: "sha256",
      SHA_384: "sha384",
      SHA_512: "sha512",
    };
    const name = algo[enumName(algorithm)];
    if (!name) return this.#core.fail("Invalid argument: algorithm");
    return toSignedBytes(createHash(name).update(bytesOf(value)).digest());
  }
  newBlob(data: unknown, contentType?: unknown, name?: unknown) {
    return this.#core.service(
      "Blob",
      new BlobImpl(
        this.#core,
        bytesOf(data),
        contentType === undefined || contentType === null ? null : String(contentType),
        name === undefined || name === null ? null : String(name),
      ),
    );
  }
}

// Logger and console ------------------------------------------------------------------------------

export class LoggerImpl {
  readonly #logs: string[];
  #own: string[] = [];
  constructor(logs: string[]) {
    this.#logs = logs;
  }
  toString() {
    return "Logger";
  }
  /** log(data) or log(format, ...values) with %s / %d style placeholders. */
  log(data: unknown, ...values: unknown[]) {
    const msg =
      values.length > 0 && typeof data === "string"
        ? formatString(data, values)
        : typeof data === "string"
          ? data
          : utilFormat("%o", data);
    this.#logs.push(msg);
    this.#own.push(msg);
    return this;
  }
  getLog() {
    return this.#own.join("\n");
  }
  clear() {
    this.#own = [];
  }
}

export function makeConsole(logs: string[]) {
  const write = (...args: unknown[]) => {
    logs.push(utilFormat(...args));
  };
  return {
    log: write,
    info: write,
    warn: write,
    error: write,
    debug: write,
    time: () => {},
    timeEnd: () => {},
  };
}
