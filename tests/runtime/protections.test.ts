import { describe, expect, it } from "vitest";
import { createRuntime } from "../../tools/gas-runtime/index.ts";

const PROTECTION = "https://developers.google.com/apps-script/reference/spreadsheet/protection";
const LIMITS = "https://support.google.com/drive/answer/37603";
const PROTECTED =
  "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

const OWNER = "chu@example.org";
const CLERK = "van.thu@example.org";
const GUEST = "khach@other.example";

/** The owner's tab "Đợt" with a header and two rows; the clerk shares the spreadsheet. */
function shared() {
  const rt = createRuntime({ userEmail: OWNER, users: [CLERK, GUEST] });
  rt.spreadsheet.addSheet("Đợt", [
    ["Mã CB", "Kết quả"],
    ["CB1", ""],
    ["CB2", ""],
  ]);
  rt.loadSource(`
    function tab() { return SpreadsheetApp.getActive().getSheetByName("Đợt"); }
    function protectHeader(warningOnly) {
      var p = tab().getRange("A1:B1").protect().setWarningOnly(Boolean(warningOnly));
      return p.getEditors().map(function (u) { return u.getEmail(); });
    }
    function protectTab(open) {
      var p = tab().protect();
      if (open) p.setUnprotectedRanges([tab().getRange(open)]);
    }
    function write(a1, v) { tab().getRange(a1).setValue(v); return tab().getRange(a1).getValue(); }
    function canEdit() { return tab().getProtections(SpreadsheetApp.ProtectionType.RANGE).concat(tab().getProtections(SpreadsheetApp.ProtectionType.SHEET)).map(function (p) { return p.canEdit(); }); }
    function removeMe(email) { var p = tab().getProtections(SpreadsheetApp.ProtectionType.RANGE)[0]; p.removeEditor(email); }
    function append() { tab().appendRow(["CB3", "x"]); }
    function deleteRow(n) { tab().deleteRow(n); }
    function insertAfter(n) { tab().insertRowsAfter(n, 1); }
    function clearAll() { tab().clear(); }
    function dropTab() { SpreadsheetApp.getActive().deleteSheet(tab()); }
    function allProtections() { return SpreadsheetApp.getActive().getProtections(SpreadsheetApp.ProtectionType.RANGE).length; }
  `);
  return rt;
}

describe(`protected ranges and sheets hold for scripts — ${PROTECTION}`, () => {
  it("a protected range: its editors and the owner write; another user's script is refused", () => {
    const rt = shared();
    expect(rt.run("protectHeader")).toEqual([OWNER]);
    expect(rt.asUser(CLERK, () => rt.run("canEdit"))).toEqual([false]);
    expect(() => rt.asUser(CLERK, () => rt.run("write", "B1", "Ghi đè"))).toThrow(PROTECTED);
    expect(rt.asUser(CLERK, () => rt.run("write", "B2", "Hợp lệ"))).toBe("Hợp lệ");
    expect(rt.run("write", "B1", "Kết quả xét")).toBe("Kết quả xét");
    expect(rt.spreadsheet.sheet("Đợt")!.get(1, 2)?.value).toBe("Kết quả xét");
  });

  it("the owner can always edit, even when removed from the editors", () => {
    const rt = shared();
    rt.asUser(CLERK, () => rt.run("protectHeader"));
    rt.run("removeMe", OWNER);
    expect(rt.run("canEdit")).toEqual([true]);
    expect(rt.run("write", "A1", "Mã")).toBe("Mã");
    expect(rt.asUser(CLERK, () => rt.run("canEdit"))).toEqual([true]);
  });

  it("a warning-only protection lets every user edit", () => {
    const rt = shared();
    rt.run("protectHeader", true);
    expect(rt.asUser(GUEST, () => rt.run("canEdit"))).toEqual([true]);
    expect(rt.asUser(GUEST, () => rt.run("write", "A1", "Mã"))).toBe("Mã");
  });

  it("a protected sheet: only its unprotected ranges can be written by others; rows, clear and deletion are refused", () => {
    const rt = shared();
    rt.run("protectTab", "B2:B3");
    expect(rt.asUser(CLERK, () => rt.run("write", "B3", "Không hợp lệ"))).toBe("Không hợp lệ");
    for (const fn of [
      () => rt.run("write", "A2", "CB9"),
      () => rt.run("append"),
      () => rt.run("deleteRow", 3),
      () => rt.run("insertAfter", 3),
      () => rt.run("clearAll"),
      () => rt.run("dropTab"),
    ]) {
      expect(() => rt.asUser(CLERK, fn)).toThrow(PROTECTED);
    }
    expect(rt.spreadsheet.sheet("Đợt")!.values()).toEqual([
      ["Mã CB", "Kết quả"],
      ["CB1", null],
      ["CB2", "Không hợp lệ"],
    ]);
  });

  it("rows that cut into a protected range cannot be deleted or inserted by others; rows around it can", () => {
    const rt = shared();
    rt.loadSource(`function protectRows() { tab().getRange("A2:B3").protect(); }`);
    rt.run("protectRows");
    expect(() => rt.asUser(CLERK, () => rt.run("deleteRow", 2))).toThrow(PROTECTED);
    expect(() => rt.asUser(CLERK, () => rt.run("insertAfter", 2))).toThrow(PROTECTED);
    rt.asUser(CLERK, () => rt.run("insertAfter", 3));
    rt.asUser(CLERK, () => rt.run("deleteRow", 1));
    expect(rt.spreadsheet.sheet("Đợt")!.protections[0]?.range).toBe("A1:B2");
  });

  it("domain edit lets users of the owner's domain edit, not others", () => {
    const rt = shared();
    rt.loadSource(`function domain() { tab().getRange("A1:B1").protect().setDomainEdit(true); }`);
    rt.run("domain");
    expect(rt.asUser(CLERK, () => rt.run("write", "A1", "Mã"))).toBe("Mã");
    expect(() => rt.asUser(GUEST, () => rt.run("write", "A1", "x"))).toThrow(PROTECTED);
  });

  it("Spreadsheet.getProtections lists every sheet's protections of a type", () => {
    const rt = shared();
    rt.run("protectHeader");
    expect(rt.run("allProtections")).toBe(1);
  });
});

describe(`a spreadsheet holds at most 10 million cells — ${LIMITS}`, () => {
  it("inserting rows, appending past the last row or adding a sheet beyond the limit throws", () => {
    const rt = createRuntime();
    const big = rt.spreadsheet.addSheet("Lớn", [["x"]]);
    big.maxColumns = 26;
    big.maxRows = Math.floor((10_000_000 - 1000 * 26) / 26); // with the first sheet: just under
    big.cell(big.maxRows, 1).value = "last";
    rt.loadSource(`function grow(n) { SpreadsheetApp.getActive().getSheetByName("Lớn").insertRowsAfter(1, n); }
      function append() { SpreadsheetApp.getActive().getSheetByName("Lớn").appendRow(["more"]); }
      function tab() { SpreadsheetApp.getActive().insertSheet("Thêm"); }
      function wide(n) { SpreadsheetApp.getActive().getSheets()[0].insertColumnsAfter(1, n); }`);
    const limit =
      "This action would increase the number of cells in the workbook above the limit of 10000000 cells.";
    expect(() => rt.run("grow", 1)).toThrow(limit);
    expect(() => rt.run("append")).toThrow(limit);
    expect(() => rt.run("tab")).toThrow(limit);
    rt.spreadsheet.removeSheet(big);
    rt.spreadsheet.sheets[0]!.maxRows = 10;
    expect(() => rt.run("wide", 18_278)).toThrow("above the limit of 18278 columns");
    rt.run("wide", 18_278 - 26);
    expect(rt.spreadsheet.sheets[0]!.maxColumns).toBe(18_278);
  });
});
