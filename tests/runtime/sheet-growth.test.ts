import { describe, expect, it } from "vitest";
import { createRuntime } from "../../tools/gas-runtime/index.ts";

const SHEET = "https://developers.google.com/apps-script/reference/spreadsheet/sheet";
const APPEND =
  "https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#AppendCellsRequest";

/** A log tab with a header and two rows, 4 rows high (a sheet that is full). */
function fullLog() {
  const rt = createRuntime();
  const log = rt.spreadsheet.addSheet("Nhật ký", [
    ["Lúc", "Việc"],
    [1, "a"],
    [2, "b"],
  ]);
  log.maxRows = 4;
  log.maxColumns = 2;
  rt.loadSource(`function log() { return SpreadsheetApp.getActive().getSheetByName("Nhật ký"); }
    function size() { return [log().getLastRow(), log().getMaxRows(), log().getMaxColumns()]; }`);
  return { rt, log };
}

describe(`a sheet grows only when asked — ${SHEET}`, () => {
  it(`appendRow at the last row adds a row to the sheet — ${SHEET}#appendRow(Object), ${APPEND}`, () => {
    const { rt, log } = fullLog();
    rt.loadSource(
      `function add(n) { for (var i = 0; i < n; i++) log().appendRow([10 + i, "x"]); return size(); }`,
    );
    expect(rt.run("add", 3)).toEqual([6, 6, 2]);
    expect(log.values().map((r) => r[0])).toEqual(["Lúc", 1, 2, 10, 11, 12]);
  });

  it("writing past getMaxRows() throws; insertRowsAfter(getMaxRows(), n) makes room first", () => {
    const { rt, log } = fullLog();
    rt.loadSource(`function writeAt(row) { log().getRange(row, 1, 2, 2).setValues([[3, "c"], [4, "d"]]); return size(); }
      function grow(n) { log().insertRowsAfter(log().getMaxRows(), n); return size(); }`);
    expect(() => rt.run("writeAt", 4)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(rt.run("grow", 1)).toEqual([3, 5, 2]);
    expect(rt.run("writeAt", 4)).toEqual([5, 5, 2]);
    expect(log.values().map((r) => r[1])).toEqual(["Việc", "a", "b", "c", "d"]);
  });

  it("insertRowAfter / insertRowsAfter take positions up to getMaxRows(), no further", () => {
    const { rt } = fullLog();
    rt.loadSource(`function after(pos, n) { log().insertRowsAfter(pos, n); return size(); }
      function one(pos) { return log().insertRowAfter(pos).getName(); }`);
    expect(rt.run("after", 4, 2)).toEqual([3, 6, 2]);
    expect(rt.run("one", 6)).toBe("Nhật ký");
    expect(() => rt.run("after", 8, 1)).toThrow("Those rows are out of bounds.");
  });

  it(`a header below a title row needs nothing special: getDataRange starts at A1, getLastRow counts from row 1 — ${SHEET}#getDataRange()`, () => {
    const rt = createRuntime();
    rt.spreadsheet.addSheet("Cán bộ", [
      ["DANH SÁCH CÁN BỘ"],
      [],
      ["Mã CB", "Họ và tên"],
      ["CB1", "An"],
    ]);
    rt.loadSource(`function shape() {
      var s = SpreadsheetApp.getActive().getSheetByName("Cán bộ");
      return [s.getDataRange().getA1Notation(), s.getLastRow(), s.getLastColumn(), s.getDataRange().getValues()[2]];
    }`);
    expect(rt.run("shape")).toEqual(["A1:B4", 4, 2, ["Mã CB", "Họ và tên"]]);
  });

  it("deleting rows takes conditional-format and protection ranges with them", () => {
    const { rt, log } = fullLog();
    rt.loadSource(`function setUp() {
      var s = log();
      var rule = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied("=$A2<TODAY()")
        .setBackground("#f4cccc").setRanges([s.getRange("A2:B4")]).build();
      s.setConditionalFormatRules([rule]);
      s.getRange("A3:B3").protect();
    }
    function dropRow3() { log().deleteRow(3); }`);
    rt.run("setUp");
    rt.run("dropRow3");
    expect(log.conditionalFormatRules[0]?.ranges).toEqual(["A2:B3"]);
    expect(log.protections).toEqual([]);
  });
});
