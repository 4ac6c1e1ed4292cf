import { describe, expect, it } from "vitest";
import { createRuntime } from "../../tools/gas-runtime/index.ts";

const METADATA =
  "https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata";
const FINDER =
  "https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder";
const API =
  "https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata";

const HELPERS = `
  function sheet() { return SpreadsheetApp.getActive().getSheetByName("Log"); }
  function describeAll(list) {
    return list.map(function (m) {
      var l = m.getLocation();
      var t = String(l.getLocationType());
      var where = t === "ROW" ? l.getRow().getA1Notation() : t === "COLUMN" ? l.getColumn().getA1Notation()
        : t === "SHEET" ? l.getSheet().getName() : l.getSpreadsheet().getName();
      return [m.getKey(), m.getValue(), String(m.getVisibility()), t, where];
    });
  }
  function byKey(key) {
    return describeAll(SpreadsheetApp.getActive().createDeveloperMetadataFinder().withKey(key).find());
  }
`;

function runtime() {
  const rt = createRuntime();
  rt.spreadsheet.addSheet("Log", [
    ["Mã", "Tên", "Ngày"],
    ["A", "x", 1],
    ["B", "y", 2],
  ]);
  rt.spreadsheet.sheet("Log")!.maxRows = 10;
  rt.spreadsheet.sheet("Log")!.maxColumns = 5;
  rt.loadSource(HELPERS);
  return rt;
}

describe(`developer metadata — ${METADATA}`, () => {
  it("tags the spreadsheet, a sheet, whole rows and whole columns; DOCUMENT visibility by default", () => {
    const rt = runtime();
    rt.loadSource(`function tag() {
      var ss = SpreadsheetApp.getActive(), s = sheet();
      var chained = ss.addDeveloperMetadata("app", "đi-cơ-sở") === ss;
      s.addDeveloperMetadata("tab", "log", SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
      s.getRange("1:1").addDeveloperMetadata("header");
      s.getRange("B:B").addDeveloperMetadata("column", SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
      return [chained, describeAll(ss.createDeveloperMetadataFinder().find())];
    }`);
    expect(rt.run("tag")).toEqual([
      true,
      [
        ["app", "đi-cơ-sở", "DOCUMENT", "SPREADSHEET", "Đi cơ sở"],
        ["tab", "log", "PROJECT", "SHEET", "Log"],
        ["header", null, "DOCUMENT", "ROW", "A1:E1"],
        ["column", null, "PROJECT", "COLUMN", "B1:B10"],
      ],
    ]);
  });

  it("refuses a range that is not whole rows or whole columns", () => {
    const rt = runtime();
    rt.loadSource(`function cell() { sheet().getRange("A1:B2").addDeveloperMetadata("x"); }`);
    expect(() => rt.run("cell")).toThrow(/entire row or column/);
  });

  it("getDeveloperMetadata gives what sits exactly there: the spreadsheet's, the sheet's, the range's rows", () => {
    const rt = runtime();
    rt.loadSource(`function where() {
      var ss = SpreadsheetApp.getActive(), s = sheet();
      ss.addDeveloperMetadata("app");
      s.addDeveloperMetadata("tab");
      s.getRange("2:3").addDeveloperMetadata("rows");
      var keys = function (list) { return list.map(function (m) { return m.getKey(); }); };
      return [keys(ss.getDeveloperMetadata()), keys(s.getDeveloperMetadata()),
        keys(s.getRange("2:3").getDeveloperMetadata()), keys(s.getRange("2:2").getDeveloperMetadata()),
        keys(s.getRange(2, 1, 2, 5).getDeveloperMetadata())];
    }`);
    expect(rt.run("where")).toEqual([["app"], ["tab"], ["rows"], [], ["rows"]]);
  });

  it("set, move and remove; ids are positive and unique", () => {
    const rt = runtime();
    rt.loadSource(`function edit() {
      var s = sheet();
      s.addDeveloperMetadata("a", "1");
      s.getRange("3:3").addDeveloperMetadata("b", "2");
      var found = s.createDeveloperMetadataFinder().find();
      var a = found[0], b = found[1];
      a.setKey("a2").setValue("one").setVisibility(SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
      b.moveToColumn(s.getRange("C1"));
      var ids = [a.getId(), b.getId()];
      a.moveToSpreadsheet();
      var after = describeAll(SpreadsheetApp.getActive().createDeveloperMetadataFinder().find());
      b.remove();
      return [ids[0] > 0 && ids[1] > 0 && ids[0] !== ids[1], after,
        SpreadsheetApp.getActive().createDeveloperMetadataFinder().find().length];
    }`);
    expect(rt.run("edit")).toEqual([
      true,
      [
        ["a2", "one", "PROJECT", "SPREADSHEET", "Đi cơ sở"],
        ["b", "2", "DOCUMENT", "COLUMN", "C1:C10"],
      ],
      1,
    ]);
  });

  it(`row and column metadata follow their rows and columns through inserts, deletes and moves — ${API}`, () => {
    const rt = runtime();
    rt.loadSource(`function tag() {
      var s = sheet();
      s.getRange("2:2").addDeveloperMetadata("rowA");
      s.getRange("3:3").addDeveloperMetadata("rowB");
      s.getRange("C:C").addDeveloperMetadata("dateColumn");
    }
    function where() { return [byKey("rowA"), byKey("rowB"), byKey("dateColumn")].map(function (x) { return x.length ? x[0][4] : null; }); }
    function insertAbove() { sheet().insertRowsBefore(2, 3); sheet().insertColumnBefore(1); }
    function insertBelow() { sheet().insertRowAfter(10); }
    function moveDown() { sheet().moveRows(sheet().getRange("A5"), 7); sheet().moveColumns(sheet().getRange("D1"), 1); }
    function deleteOne() { sheet().deleteRow(5); }`);
    rt.run("tag");
    expect(rt.run("where")).toEqual(["A2:E2", "A3:E3", "C1:C10"]);
    rt.run("insertAbove");
    expect(rt.run("where")).toEqual(["A5:F5", "A6:F6", "D1:D13"]);
    rt.run("insertBelow");
    expect(rt.run("where")).toEqual(["A5:F5", "A6:F6", "D1:D14"]);
    // Row 5 moves to before row 7 (counted before the move): it becomes row 6, row 6 becomes 5.
    rt.run("moveDown");
    expect(rt.run("where")).toEqual(["A6:F6", "A5:F5", "A1:A14"]);
    expect(rt.spreadsheet.sheet("Log")!.get(6, 3)?.value).toBe("A");
    // "If the associated object is deleted then its metadata is deleted too."
    rt.run("deleteOne");
    expect(rt.run("where")).toEqual(["A5:F5", null, "A1:A13"]);
  });
});

describe("metadata on several rows", () => {
  it("a deletion inside them narrows them; a move to a place inside the moved rows changes nothing", () => {
    const rt = runtime();
    rt.loadSource(`function run() {
      var s = sheet();
      s.getRange("2:4").addDeveloperMetadata("block");
      s.deleteRow(3);
      var afterDelete = byKey("block")[0][4];
      s.moveRows(s.getRange("2:3"), 3);
      return [afterDelete, byKey("block")[0][4], s.getRange("A2").getValue()];
    }`);
    expect(rt.run("run")).toEqual(["A2:E3", "A2:E3", "A"]);
  });
});

describe(`DeveloperMetadataFinder — ${FINDER}`, () => {
  it("filters by key, value, id, location type and visibility; a sheet's finder stays in its sheet", () => {
    const rt = runtime();
    rt.spreadsheet.addSheet("Other");
    rt.loadSource(`function find() {
      var ss = SpreadsheetApp.getActive(), s = sheet(), V = SpreadsheetApp.DeveloperMetadataVisibility;
      ss.addDeveloperMetadata("k", "spreadsheet");
      s.addDeveloperMetadata("k", "sheet", V.PROJECT);
      s.getRange("2:2").addDeveloperMetadata("k", "row");
      ss.getSheetByName("Other").addDeveloperMetadata("k", "other");
      var values = function (f) { return f.find().map(function (m) { return m.getValue(); }); };
      var id = ss.createDeveloperMetadataFinder().withValue("row").find()[0].getId();
      return [
        values(ss.createDeveloperMetadataFinder().withKey("k")),
        values(s.createDeveloperMetadataFinder()),
        values(ss.createDeveloperMetadataFinder().withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)),
        values(ss.createDeveloperMetadataFinder().withVisibility(V.PROJECT)),
        values(ss.createDeveloperMetadataFinder().withId(id)),
        values(ss.createDeveloperMetadataFinder().withKey("k").withValue("nope")),
      ];
    }`);
    expect(rt.run("find")).toEqual([
      ["spreadsheet", "sheet", "row", "other"],
      ["sheet", "row"],
      ["sheet", "other"],
      ["sheet"],
      ["row"],
      [],
    ]);
  });

  it("a range's finder: metadata wholly inside the range, or touching it with onIntersectingLocations", () => {
    const rt = runtime();
    rt.loadSource(`function scoped() {
      var s = sheet();
      s.getRange("3:3").addDeveloperMetadata("row3");
      s.getRange("B:B").addDeveloperMetadata("colB");
      var keys = function (f) { return f.find().map(function (m) { return m.getKey(); }); };
      return [keys(s.getRange("A1:D5").createDeveloperMetadataFinder()),
        keys(s.getRange("1:5").createDeveloperMetadataFinder()),
        keys(s.getRange("A1:D5").createDeveloperMetadataFinder().onIntersectingLocations()),
        keys(s.getRange("C4:D5").createDeveloperMetadataFinder().onIntersectingLocations())];
    }`);
    expect(rt.run("scoped")).toEqual([[], ["row3"], ["row3", "colB"], []]);
  });

  it("is read-only in a custom function: finding works, adding does not", () => {
    const rt = runtime();
    rt.loadSource(`function FINDKEY() { return SpreadsheetApp.getActive().createDeveloperMetadataFinder().find().length; }
      function ADDKEY() { SpreadsheetApp.getActive().addDeveloperMetadata("x"); }`);
    expect(rt.customFunction("Log", "E2", "FINDKEY")).toBe(0);
    expect(() => rt.customFunction("Log", "E2", "ADDKEY")).toThrow(/permission/);
  });
});
