/**
 * The host-side state of one runtime, built once by createRuntime and shared by the services, the
 * executions and the Runtime object: the spreadsheet, the realm and its Core, the recorded UI,
 * HTML files, triggers, property and cache stores, logs.
 */
import { Core } from "./core.ts";
import type { Deployment } from "./deployment.ts";
import { HtmlState } from "./html.ts";
import { SpreadsheetModel } from "./model.ts";
import { createRealm, type Realm } from "./realm.ts";
import type { TriggerRecord } from "./script-app.ts";
import type { ScopedStores } from "./services.ts";
import { Sheets } from "./spreadsheet/sheets.ts";
import { UiImpl, UiState } from "./ui.ts";
import { type CacheStore, type UserInit, Users } from "./users.ts";

export interface RuntimeState {
  readonly core: Core;
  readonly realm: Realm;
  readonly spreadsheet: SpreadsheetModel;
  /** Session.getScriptTimeZone(). */
  readonly scriptTimeZone: string;
  /** Who uses the spreadsheet; users.current runs the executions. */
  readonly users: Users;
  /** Time limit of an execution started by run/click/install/a trigger. */
  readonly maxExecutionMs: number;
  readonly ui: UiState;
  /** The `Ui` service object (SpreadsheetApp.getUi()). */
  readonly uiService: UiImpl;
  readonly html: HtmlState;
  readonly sheets: Sheets;
  readonly triggers: TriggerRecord[];
  /** Document and script properties are shared; user properties are the current user's. */
  readonly properties: ScopedStores<Map<string, string>>;
  readonly caches: ScopedStores<CacheStore>;
  readonly logs: string[];
}

export interface SpreadsheetOptions {
  /** An existing model (its zone and locale are overridden by the two options below when given). */
  spreadsheet?: SpreadsheetModel | undefined;
  timeZone?: string | undefined;
  locale?: string | undefined;
}

/** The spreadsheet the runtime is bound to, with at least one sheet as Sheets always has. */
export function openSpreadsheet({ spreadsheet, timeZone, locale }: SpreadsheetOptions) {
  const model =
    spreadsheet ??
    new SpreadsheetModel({
      name: "Đi cơ sở",
      timeZone: timeZone ?? "Asia/Ho_Chi_Minh",
      locale: locale ?? "vi",
    });
  if (spreadsheet) {
    if (timeZone) model.timeZone = timeZone;
    if (locale) model.locale = locale;
  }
  if (model.sheets.length === 0) {
    model.addSheet(model.locale.startsWith("vi") ? "Trang tính1" : "Sheet1");
  }
  return model;
}

export interface StateOptions {
  spreadsheet: SpreadsheetModel;
  scriptTimeZone: string;
  /** The first is the spreadsheet's owner and the current user at the start. */
  users: [UserInit & { locale: string }, ...UserInit[]];
  now: number;
  msPerServiceCall: number;
  maxExecutionMs: number;
  addonName: string;
  deployment: Deployment;
  /** The manifest's oauthScopes, or null (every scope granted). */
  oauthScopes: readonly string[] | null;
  /** The store of triggers: an add-on's may be shared with runtimes of other spreadsheets. */
  triggers: TriggerRecord[];
}

export function createState(o: StateOptions): RuntimeState {
  const [owner, ...others] = o.users;
  const users = new Users(owner);
  for (const u of others) users.add(u);
  let core: Core;
  const realm = createRealm(() => core.clock);
  core = new Core({
    realm,
    model: o.spreadsheet,
    users,
    now: o.now,
    msPerCall: o.msPerServiceCall,
  });
  core.deployment = o.deployment;
  core.oauthScopes = o.oauthScopes;
  const sharedProperties = { document: o.spreadsheet.documentProperties, script: new Map() };
  const sharedCaches: Record<"document" | "script", CacheStore> = {
    document: new Map(),
    script: new Map(),
  };
  const ui = new UiState(o.addonName);
  const uiService = core.service("Ui", new UiImpl(core, ui));
  return {
    core,
    realm,
    spreadsheet: o.spreadsheet,
    scriptTimeZone: o.scriptTimeZone,
    users,
    maxExecutionMs: o.maxExecutionMs,
    ui,
    uiService,
    html: new HtmlState(),
    sheets: new Sheets(core, () => uiService),
    triggers: o.triggers,
    properties: (kind) => (kind === "user" ? users.current.properties : sharedProperties[kind]),
    caches: (kind) => (kind === "user" ? users.current.cache : sharedCaches[kind]),
    logs: [],
  };
}
