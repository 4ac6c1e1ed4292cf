/**
 * The script's global scope: the built-in services (SpreadsheetApp, HtmlService, PropertiesService
 * …), the internals handed to extensions, and the extensions' own globals, defined on the realm.
 */
import type vm from "node:vm";
import type { RuntimeExtension, RuntimeInternals } from "./extensions.ts";
import { HtmlServiceImpl } from "./html.ts";
import { fromRealm } from "./realm.ts";
import { ScriptAppImpl } from "./script-app.ts";
import {
  BlobImpl,
  CacheServiceImpl,
  LockServiceImpl,
  LoggerImpl,
  makeConsole,
  PropertiesServiceImpl,
  SessionImpl,
  UtilitiesImpl,
} from "./services.ts";
import { SpreadsheetAppImpl } from "./spreadsheet/spreadsheet-app.ts";
import type { RuntimeState } from "./state.ts";

/** https://developers.google.com/apps-script/reference/base/mime-type */
const MIME_TYPE = Object.freeze({
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
});

/** The services every Apps Script project sees, wrapped for counting and auth checks. */
export function builtinGlobals(st: RuntimeState): Record<string, unknown> {
  const { core } = st;
  return {
    SpreadsheetApp: core.service("SpreadsheetApp", new SpreadsheetAppImpl(st.sheets)),
    HtmlService: core.service("HtmlService", new HtmlServiceImpl(core, st.html)),
    PropertiesService: core.service(
      "PropertiesService",
      new PropertiesServiceImpl(core, st.properties),
    ),
    CacheService: core.service("CacheService", new CacheServiceImpl(core, st.caches)),
    LockService: core.service("LockService", new LockServiceImpl(core)),
    Session: core.service("Session", new SessionImpl(core, () => st.scriptTimeZone)),
    Utilities: core.service("Utilities", new UtilitiesImpl(core)),
    ScriptApp: core.service("ScriptApp", new ScriptAppImpl(core, st.triggers)),
    Logger: core.service("Logger", new LoggerImpl(st.logs)),
    console: makeConsole(st.logs),
    MimeType: MIME_TYPE,
  };
}

/** What an extension's install() may use of the runtime. */
export function createInternals(st: RuntimeState): RuntimeInternals {
  const { core } = st;
  return {
    service: (name, impl, options) => core.service(name, impl, options),
    requireAuth: (what) => core.requireAuth(what),
    authMode: () => core.authMode(),
    fail: (message) => core.fail(message),
    toRealm: (v) => core.toRealm(v),
    fromRealm: (v) => fromRealm(v),
    unwrap: (v) => core.unwrap(v),
    now: () => core.now(),
    advance: (ms) => core.advance(ms),
    spreadsheet: st.spreadsheet,
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
      st.logs.push(message);
    },
    user: () => st.users.current.email,
    users: () => st.users.list().map((u) => u.email),
  };
}

export interface InstallOptions {
  internals: RuntimeInternals;
  extensions: readonly RuntimeExtension[];
  /** Receives each extension's globals. */
  globals: Record<string, unknown>;
}

/** Installs each extension; returns what each install() returned, by extension name. */
export function installExtensions({ internals, extensions, globals }: InstallOptions) {
  const installed: Record<string, Record<string, unknown>> = {};
  for (const ext of extensions) {
    const added = ext.install(internals);
    installed[ext.name] = added;
    Object.assign(globals, added);
  }
  return installed;
}

/** Defines the globals on the realm (writable, not enumerable, as Apps Script's are). */
export function defineGlobals(context: vm.Context, globals: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(globals)) {
    Object.defineProperty(context, name, {
      value,
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
}
