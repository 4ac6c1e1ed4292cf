/**
 * How the script is deployed, and what that changes: bound to the spreadsheet (the default), an
 * Editor add-on, or an add-on's test deployment; and the manifest's `oauthScopes`, when given,
 * against the scopes a method needs.
 */

/**
 * - `bound`: a script bound to the spreadsheet; its time-driven triggers run with the spreadsheet
 *   as the active one.
 * - `addon`: an Editor add-on — https://developers.google.com/workspace/add-ons/concepts/editor-triggers:
 *   one time-driven trigger per user per document, at most once an hour, run with no active
 *   document; `getProjectTriggers` spans the user's documents.
 * - `addon-test`: an add-on's test deployment, where installable triggers are not supported —
 *   https://developers.google.com/workspace/add-ons/how-tos/testing-editor-addons.
 */
export type Deployment = "bound" | "addon" | "addon-test";

export const DEPLOYMENTS: readonly Deployment[] = ["bound", "addon", "addon-test"];

/** "Time-driven triggers cannot run more frequently than once per hour" (add-ons). */
export const ADDON_TRIGGER_GAP_MS = 3_600_000;

/** What Apps Script answers when an add-on makes a second time-driven trigger in a document. */
export const ADDON_ONE_TIME_TRIGGER =
  "This add-on has created too many time-based triggers in this document for this Google user account.";

/** Google documents no message; ours names the rule. */
export const TEST_DEPLOYMENT_NO_TRIGGERS =
  "Installable triggers are not supported in a test deployment of an add-on.";

/** SpreadsheetApp.getUi() where no editor is open (a time-driven trigger's run). */
export const NO_UI_HERE = "Cannot call SpreadsheetApp.getUi() from this context.";

export const SCOPES = {
  spreadsheets: "https://www.googleapis.com/auth/spreadsheets",
  spreadsheetsCurrentOnly: "https://www.googleapis.com/auth/spreadsheets.currentonly",
  scriptApp: "https://www.googleapis.com/auth/script.scriptapp",
} as const;

/**
 * Methods whose reference page asks for a scope that the manifest may leave out: one of the scopes
 * listed is enough. `openById`/`openByUrl`/`open` need the full `spreadsheets` scope
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String));
 * ScriptApp's triggers need `script.scriptapp`
 * (https://developers.google.com/apps-script/reference/script/script-app#newTrigger(String)).
 */
const METHOD_SCOPES: Readonly<Record<string, readonly string[]>> = {
  "SpreadsheetApp.open": [SCOPES.spreadsheets],
  "SpreadsheetApp.openById": [SCOPES.spreadsheets],
  "SpreadsheetApp.openByUrl": [SCOPES.spreadsheets],
  "ScriptApp.newTrigger": [SCOPES.scriptApp],
  "ScriptApp.getProjectTriggers": [SCOPES.scriptApp],
  "ScriptApp.getUserTriggers": [SCOPES.scriptApp],
  "ScriptApp.deleteTrigger": [SCOPES.scriptApp],
};

/**
 * null when the manifest grants what `Service.method` needs (or no manifest scopes were given),
 * else Google's message naming the scopes required.
 */
export function scopeDenial(key: string, granted: readonly string[] | null): string | null {
  if (granted === null) return null;
  const needed = METHOD_SCOPES[key];
  if (!needed || needed.some((s) => granted.includes(s))) return null;
  return `You do not have permission to call ${key}. Required permissions: ${needed.join(" || ")}`;
}
