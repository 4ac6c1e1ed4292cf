import { describe, expect, it } from "vitest";
import { createRuntime, SpreadsheetModel } from "../../tools/gas-runtime/index.ts";

// https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
// https://developers.google.com/apps-script/reference/script/auth-mode
const LIFECYCLE = "https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle";
// https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services
const CUSTOM = "https://developers.google.com/apps-script/guides/sheets/functions";

describe(`AuthMode.NONE — ${LIFECYCLE}`, () => {
  it("onOpen may build the menu; getActiveSpreadsheet, Properties, Cache and Lock throw", () => {
    const rt = createRuntime();
    rt.loadSource(`function onOpen(e) {
      var menu = SpreadsheetApp.getUi().createAddonMenu().addItem("Mở", "open_");
      var errors = [];
      [function () { SpreadsheetApp.getActiveSpreadsheet(); },
       function () { PropertiesService.getDocumentProperties(); },
       function () { CacheService.getDocumentCache(); },
       function () { LockService.getDocumentLock(); }].forEach(function (f) {
        try { f(); errors.push("allowed"); } catch (err) { errors.push(err.message); }
      });
      Logger.log(errors.join("\\n"));
      Logger.log(String(e.source) + "|" + e.authMode + "|" + Session.getActiveUserLocale());
      menu.addToUi();
    }
    function open_() {}`);
    rt.open("NONE");
    expect(rt.menuCaptions()).toEqual(["Mở"]);
    expect(rt.logs[0]?.split("\n")).toEqual([
      "You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets",
      "You do not have permission to call PropertiesService.getDocumentProperties.",
      "You do not have permission to call CacheService.getDocumentCache.",
      "You do not have permission to call LockService.getDocumentLock.",
    ]);
    // e.source is absent in NONE; the locale needs no authorisation (https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale()).
    expect(rt.logs[1]).toBe("undefined|NONE|vi");
  });

  it("an uncaught denial in onOpen propagates (the menu is then not built)", () => {
    const rt = createRuntime();
    rt.loadSource(`function onOpen() {
      PropertiesService.getDocumentProperties().getProperty("x");
      SpreadsheetApp.getUi().createAddonMenu().addItem("Mở", "f").addToUi();
    }`);
    expect(() => rt.open("NONE")).toThrow(/You do not have permission to call/);
    expect(rt.menus).toEqual([]);
  });
});

describe(`AuthMode.LIMITED — ${LIFECYCLE}`, () => {
  it("reads and writes the active spreadsheet and properties; cannot show a sidebar or create triggers", () => {
    const rt = createRuntime();
    rt.loadSource(`function onOpen(e) {
      e.source.getActiveSheet().getRange("A1").setValue("mở");
      PropertiesService.getDocumentProperties().setProperty("opened", "1");
      try { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput("x")); } catch (err) { Logger.log(err.message); }
      try { ScriptApp.newTrigger("f").timeBased().after(1).create(); } catch (err) { Logger.log(err.message); }
    }`);
    rt.open();
    expect(rt.spreadsheet.sheets[0]?.get(1, 1)?.value).toBe("mở");
    expect(rt.spreadsheet.documentProperties.get("opened")).toBe("1");
    expect(rt.logs).toEqual([
      "You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui",
      "You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp",
    ]);
    expect(rt.sidebars).toEqual([]);
  });

  it("a menu click runs in FULL", () => {
    const rt = createRuntime();
    rt.loadSource(`function onOpen() { SpreadsheetApp.getUi().createAddonMenu().addItem("Đi", "go").addToUi(); }
      function go() { ScriptApp.newTrigger("go").timeBased().after(1000).create(); return Session.getActiveUser().getEmail(); }`);
    rt.open("NONE");
    expect(rt.click("Đi")).toBe("can.bo@example.org");
    expect(rt.triggers).toHaveLength(1);
  });
});

describe(`custom functions — ${CUSTOM}`, () => {
  function runtime() {
    const model = new SpreadsheetModel();
    model.addSheet("Đợt cử đi", [
      ["Mã CB", "Bắt đầu"],
      ["CB1", new Date("2019-01-06T17:00:00Z")],
    ]);
    const rt = createRuntime({ spreadsheet: model });
    rt.loadSource(`
      /** @customfunction */
      function WHERE() { var r = SpreadsheetApp.getActiveRange(); return r.getSheet().getName() + "!" + r.getA1Notation(); }
      /** @customfunction */
      function READ(a1) { return SpreadsheetApp.getActive().getRange(a1).getValues(); }
      /** @customfunction */
      function ROWS(row) { return [Array.isArray(row), Array.isArray(row[0]), row[0][1] instanceof Date, row[0][1].getTime()]; }
      /** @customfunction */
      function WRITE() { SpreadsheetApp.getActiveRange().setValue(1); }
      /** @customfunction */
      function TOAST() { SpreadsheetApp.getActive().toast("x"); }
      /** @customfunction */
      function UI() { SpreadsheetApp.getUi(); }
      /** @customfunction */
      function INSERT() { SpreadsheetApp.getActiveSheet().insertColumnsAfter(1, 1); }
      /** @customfunction */
      function PROPS() { var p = PropertiesService.getDocumentProperties(); var v = p.getProperty("a"); p.setProperty("a", "b"); return v; }
      /** @customfunction */
      function ME() { return Session.getActiveUser().getEmail(); }`);
    return { rt, model };
  }

  it("the formula cell is the active range and sheet", () => {
    const { rt } = runtime();
    expect(rt.customFunction("Đợt cử đi", "C2", "WHERE")).toBe("Đợt cử đi!C2");
  });

  it("get* methods work; arguments arrive as realm 2-D arrays and Dates", () => {
    const { rt } = runtime();
    expect(rt.customFunction("Đợt cử đi", "C2", "READ", "A2:B2")).toEqual([
      ["CB1", new Date("2019-01-06T17:00:00Z")],
    ]);
    expect(rt.customFunction("Đợt cử đi", "C2", "ROWS", [["CB1", rt.date(2019, 1, 7)]])).toEqual([
      true,
      true,
      true,
      Date.UTC(2019, 0, 6, 17),
    ]);
  });

  it("set*, insert*, toast and the UI throw 'You do not have permission to call …'", () => {
    const { rt, model } = runtime();
    const before = JSON.stringify(model.snapshot());
    expect(() => rt.customFunction("Đợt cử đi", "C2", "WRITE")).toThrow(
      "You do not have permission to call Range.setValue",
    );
    expect(() => rt.customFunction("Đợt cử đi", "C2", "TOAST")).toThrow(
      "You do not have permission to call Spreadsheet.toast",
    );
    expect(() => rt.customFunction("Đợt cử đi", "C2", "UI")).toThrow(
      "You do not have permission to call SpreadsheetApp.getUi",
    );
    expect(() => rt.customFunction("Đợt cử đi", "C2", "INSERT")).toThrow(
      "You do not have permission to call Sheet.insertColumnsAfter",
    );
    expect(() => rt.customFunction("Đợt cử đi", "C2", "PROPS")).toThrow(
      "You do not have permission to call Properties.setProperty",
    );
    expect(JSON.stringify(model.snapshot())).toBe(before);
    expect(rt.customFunction("Đợt cử đi", "C2", "ME")).toBe("");
  });

  it("the user's selection is left as it was", () => {
    const { rt } = runtime();
    rt.customFunction("Đợt cử đi", "C2", "WHERE");
    rt.loadSource(`function sel() { return SpreadsheetApp.getActiveRange().getA1Notation(); }`);
    expect(rt.run("sel")).toBe("A1");
  });
});

describe("call counting and the execution time limit", () => {
  it("counts every service method call as Service.method; totalCalls leaves out values built in the script", () => {
    const rt = createRuntime();
    rt.loadSource(`function f() {
      var ss = SpreadsheetApp.getActiveSpreadsheet();
      var sh = ss.getSheetByName("Trang tính1");
      sh.getRange(1, 1, 2, 2).getValues();
      sh.getRange("A1").setValues([[1]]);
      SpreadsheetApp.newDataValidation().requireDate().build();
      PropertiesService.getDocumentProperties().getProperty("x");
      SpreadsheetApp.getUi().alert("hi");
    }`);
    rt.run("f");
    expect(rt.calls).toEqual({
      "SpreadsheetApp.getActiveSpreadsheet": 1,
      "Spreadsheet.getSheetByName": 1,
      "Sheet.getRange": 2,
      "Range.getValues": 1,
      "Range.setValues": 1,
      "SpreadsheetApp.newDataValidation": 1,
      "DataValidationBuilder.requireDate": 1,
      "DataValidationBuilder.build": 1,
      "PropertiesService.getDocumentProperties": 1,
      "Properties.getProperty": 1,
      "SpreadsheetApp.getUi": 1,
      "Ui.alert": 1,
    });
    // The rule and its builder are made in the script: no call reaches a service.
    expect(rt.totalCalls()).toBe(10);
    rt.resetCalls();
    expect(rt.totalCalls()).toBe(0);
  });

  it("msPerServiceCall advances the clock; past 6 minutes the next call throws 'Exceeded maximum execution time'", () => {
    const rt = createRuntime({ now: 0, msPerServiceCall: 1000 });
    rt.loadSource(`function slow() {
      var s = SpreadsheetApp.getActiveSheet(), n = 0;
      try { for (;;) { s.getRange(1, 1).getValue(); n++; } } catch (e) { return [n, e.message, Date.now()]; }
    }`);
    const [n, message, at] = rt.run<[number, string, number]>("slow");
    expect(message).toBe("Exceeded maximum execution time");
    expect(n).toBe(179);
    expect(at).toBe(361_000);
  });
});
