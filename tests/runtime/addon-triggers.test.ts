import { describe, expect, it } from "vitest";
import { createRuntime, type TriggerRecord } from "../../tools/gas-runtime/index.ts";

const EDITOR_TRIGGERS =
  "https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions";
const INSTALLABLE = "https://developers.google.com/apps-script/guides/triggers/installable";
const TESTING = "https://developers.google.com/workspace/add-ons/how-tos/testing-editor-addons";
const SCRIPT_APP = "https://developers.google.com/apps-script/reference/script/script-app";
const SPREADSHEET_APP =
  "https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app";
const LOCK =
  "https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()";
const PROPS =
  "https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()";

const A = "a@example.org";
const B = "b@example.org";
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const SPREADSHEETS = "https://www.googleapis.com/auth/spreadsheets";
const CURRENT_ONLY = "https://www.googleapis.com/auth/spreadsheets.currentonly";
const SCRIPTAPP = "https://www.googleapis.com/auth/script.scriptapp";
const ONE_PER_DOCUMENT =
  "This add-on has created too many time-based triggers in this document for this Google user account.";

/** A script that schedules its own continuation and logs each run. */
const SCHEDULER = `
  function later(ms) { ScriptApp.newTrigger("resume").timeBased().after(ms).create(); }
  function every(minutes) { ScriptApp.newTrigger("resume").timeBased().everyMinutes(minutes).create(); }
  function resume(e) { Logger.log("resumed"); }
  function handlers() {
    return ScriptApp.getProjectTriggers().map(function (t) { return t.getHandlerFunction(); });
  }
  function here() {
    return ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet()).length;
  }
  function clear() {
    ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); });
  }`;

function runtime(deployment: "bound" | "addon" | "addon-test", triggers?: TriggerRecord[]) {
  const rt = createRuntime({ deployment, userEmail: A, users: [B], now: 0, triggers });
  rt.loadSource(SCHEDULER);
  return rt;
}

describe(`An add-on's time-driven triggers run at most once an hour — ${EDITOR_TRIGGERS}, ${INSTALLABLE}#time-driven_triggers`, () => {
  it("a trigger asked for a minute later fires an hour after it was made", () => {
    const rt = runtime("addon");
    rt.run("later", MINUTE);
    rt.advance(MINUTE);
    expect(rt.runDueTriggers()).toEqual([]);
    rt.advance(HOUR - MINUTE - 1);
    expect(rt.runDueTriggers()).toEqual([]);
    rt.advance(1);
    expect(rt.runDueTriggers()).toEqual(["resume"]);
    expect(rt.logs).toEqual(["resumed"]);
  });

  it("a trigger every 5 minutes fires once an hour, an hour after its previous run", () => {
    const rt = runtime("addon");
    rt.run("every", 5);
    const fired: number[] = [];
    for (let t = 5; t <= 3 * 60; t += 5) {
      rt.advance(5 * MINUTE);
      if (rt.runDueTriggers().length) fired.push(t);
    }
    expect(fired).toEqual([60, 120, 180]);
  });

  it("a bound script's trigger every 5 minutes fires every 5 minutes (the default deployment)", () => {
    const rt = runtime("bound");
    rt.run("every", 5);
    const fired: number[] = [];
    for (let t = 5; t <= 20; t += 5) {
      rt.advance(5 * MINUTE);
      if (rt.runDueTriggers().length) fired.push(t);
    }
    expect(fired).toEqual([5, 10, 15, 20]);
  });
});

describe(`One time-driven trigger per user per document — ${EDITOR_TRIGGERS}`, () => {
  it("the same user's second trigger in the document throws; another user may have their own", () => {
    const rt = runtime("addon");
    rt.run("later", HOUR);
    expect(() => rt.run("later", 2 * HOUR)).toThrow(ONE_PER_DOCUMENT);
    rt.asUser(B, () => rt.run("later", HOUR));
    expect(rt.triggers.map((t) => t.user)).toEqual([A, B]);
  });

  it("a trigger that has fired still counts until it is deleted", () => {
    const rt = runtime("addon");
    rt.run("later", HOUR);
    rt.advance(HOUR);
    expect(rt.runDueTriggers()).toEqual(["resume"]);
    expect(() => rt.run("later", HOUR)).toThrow(ONE_PER_DOCUMENT);
    rt.run("clear");
    rt.run("later", HOUR);
    expect(rt.triggers).toHaveLength(1);
  });

  it("a bound script may make several (up to 20 per user)", () => {
    const rt = runtime("bound");
    for (let i = 0; i < 20; i++) rt.run("later", HOUR);
    expect(() => rt.run("later", HOUR)).toThrow("This script has too many triggers.");
  });
});

describe(`getProjectTriggers spans the user's documents; getUserTriggers(spreadsheet) one — ${SCRIPT_APP}#getProjectTriggers()`, () => {
  it("the same add-on in two spreadsheets: the user's triggers of both, each run by its own document", () => {
    const store: TriggerRecord[] = [];
    const one = runtime("addon", store);
    const two = runtime("addon", store);
    one.run("later", HOUR);
    two.run("later", HOUR);
    two.asUser(B, () => two.run("later", HOUR));
    expect(two.run("handlers")).toEqual(["resume", "resume"]);
    expect(two.run("here")).toBe(1);
    expect(two.asUser(B, () => two.run("handlers"))).toEqual(["resume"]);
    one.advance(HOUR);
    expect(one.runDueTriggers()).toEqual(["resume"]);
    expect(store.filter((t) => t.fired).map((t) => t.document)).toEqual([one.spreadsheet.id]);
    two.run("clear");
    expect(store.map((t) => t.user)).toEqual([B]);
  });
});

describe(`A time-driven trigger of an add-on runs with no active document — ${SPREADSHEET_APP}#getActiveSpreadsheet(), ${LOCK}, ${PROPS}`, () => {
  const PROBE = `
    function schedule() { ScriptApp.newTrigger("probe").timeBased().after(0).create(); }
    function probe(e) {
      var ui;
      try { SpreadsheetApp.getUi(); ui = "ui"; } catch (err) { ui = err.message; }
      var other = SpreadsheetApp.openById(PropertiesService.getUserProperties().getProperty("id"));
      Logger.log(JSON.stringify({
        mode: String(e.authMode),
        user: Session.getEffectiveUser().getEmail(),
        active: SpreadsheetApp.getActiveSpreadsheet() === null ? null : "spreadsheet",
        sheet: SpreadsheetApp.getActiveSheet() === null ? null : "sheet",
        lock: LockService.getDocumentLock() === null ? null : "lock",
        props: PropertiesService.getDocumentProperties() === null ? null : "props",
        cache: CacheService.getDocumentCache() === null ? null : "cache",
        ui: ui,
        opened: other.getName(),
      }));
    }`;

  function probe(deployment: "bound" | "addon") {
    const rt = createRuntime({ deployment, userEmail: A, now: 0 });
    rt.loadSource(PROBE);
    rt.properties.user.set("id", rt.spreadsheet.id);
    rt.run("schedule");
    rt.advance(HOUR);
    expect(rt.runDueTriggers()).toEqual(["probe"]);
    return JSON.parse(rt.logs[0] ?? "{}") as Record<string, unknown>;
  }

  it("getActiveSpreadsheet() and getDocumentLock() return null, getUi() throws; openById reaches the spreadsheet", () => {
    expect(probe("addon")).toEqual({
      mode: "FULL",
      user: A,
      active: null,
      sheet: null,
      lock: null,
      props: null,
      cache: null,
      ui: "Cannot call SpreadsheetApp.getUi() from this context.",
      opened: "Đi cơ sở",
    });
  });

  it("a bound script's trigger has its spreadsheet active (today's behaviour)", () => {
    expect(probe("bound")).toMatchObject({
      active: "spreadsheet",
      lock: "lock",
      props: "props",
      ui: "ui",
    });
  });

  it("menus and dialogs of an add-on still have the document", () => {
    const rt = createRuntime({ deployment: "addon" });
    rt.loadSource(PROBE);
    rt.properties.user.set("id", rt.spreadsheet.id);
    rt.run("probe", { authMode: "FULL" });
    expect(JSON.parse(rt.logs[0] ?? "{}")).toMatchObject({ active: "spreadsheet", lock: "lock" });
  });
});

describe(`With spreadsheets.currentonly, openById is not allowed — ${SPREADSHEET_APP}#openById(String)`, () => {
  const SCRIPT = `
    function schedule() { ScriptApp.newTrigger("work").timeBased().after(0).create(); }
    function work() {
      var out = [String(SpreadsheetApp.getActiveSpreadsheet())];
      try { SpreadsheetApp.openById(PropertiesService.getUserProperties().getProperty("id")); out.push("opened"); }
      catch (err) { out.push(err.message); }
      Logger.log(out.join(" | "));
    }`;

  it("a menu command reads its own spreadsheet but cannot open it by id; its add-on trigger reaches no spreadsheet", () => {
    const rt = createRuntime({
      deployment: "addon",
      oauthScopes: [CURRENT_ONLY, SCRIPTAPP],
      now: 0,
    });
    rt.loadSource(SCRIPT);
    rt.properties.user.set("id", rt.spreadsheet.id);
    rt.run("work");
    rt.run("schedule");
    rt.advance(HOUR);
    rt.runDueTriggers();
    const denied = `You do not have permission to call SpreadsheetApp.openById. Required permissions: ${SPREADSHEETS}`;
    expect(rt.logs).toEqual([`Spreadsheet | ${denied}`, `null | ${denied}`]);
  });

  it("without script.scriptapp, ScriptApp's triggers are not allowed either", () => {
    const rt = createRuntime({ deployment: "addon", oauthScopes: [CURRENT_ONLY] });
    rt.loadSource(SCRIPT);
    expect(() => rt.run("schedule")).toThrow(
      `You do not have permission to call ScriptApp.newTrigger. Required permissions: ${SCRIPTAPP}`,
    );
  });
});

describe(`Installable triggers are not supported in a test deployment — ${TESTING}`, () => {
  it("creating one throws and none is listed", () => {
    const rt = runtime("addon-test");
    expect(() => rt.run("later", HOUR)).toThrow(
      "Installable triggers are not supported in a test deployment of an add-on.",
    );
    expect(rt.run("handlers")).toEqual([]);
    expect(rt.triggers).toEqual([]);
  });

  it("an unknown deployment is refused", () => {
    expect(() => createRuntime({ deployment: "addon-prod" as never })).toThrow(
      'Unknown deployment "addon-prod"',
    );
  });
});
