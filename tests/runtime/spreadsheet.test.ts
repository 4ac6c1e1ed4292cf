import { describe, expect, it } from "vitest";
import { createRuntime, SpreadsheetModel } from "../../tools/gas-runtime/index.ts";

const REF = "https://developers.google.com/apps-script/reference/spreadsheet";

function roster() {
  const model = new SpreadsheetModel({ name: "Test" });
  model.addSheet("Cán bộ", [
    ["Mã CB", "Họ và tên", "Ngày sinh", "Số"],
    ["CB1", "An", new Date("1990-05-13T17:00:00Z"), 3],
    ["CB2", "=UPPER(B2)", null, true],
  ]);
  const rt = createRuntime({ spreadsheet: model });
  return { rt, model, sheet: model.sheet("Cán bộ")! };
}

describe(`Sheet.getRange — ${REF}/sheet#getRange(Integer,Integer,Integer,Integer)`, () => {
  it("is 1-based: (row, column, numRows, numColumns)", () => {
    const { rt } = roster();
    rt.loadSource(`function f() {
      var r = SpreadsheetApp.getActive().getSheetByName("Cán bộ").getRange(2, 1, 2, 3);
      return [r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn(), r.getA1Notation(), r.getValue()];
    }`);
    expect(rt.run("f")).toEqual([2, 1, 2, 3, 3, 3, "A2:C3", "CB1"]);
  });

  it("parses A1 notation: cells, ranges, whole columns, whole rows, open-ended, sheet prefixes", () => {
    const { rt } = roster();
    rt.loadSource(`function f(a1) {
      var r = SpreadsheetApp.getActive().getRange(a1);
      return [r.getSheet().getName(), r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()];
    }`);
    rt.select("Cán bộ");
    expect(rt.run("f", "B3")).toEqual(["Cán bộ", 3, 2, 1, 1]);
    expect(rt.run("f", "b2:$C$4")).toEqual(["Cán bộ", 2, 2, 3, 2]);
    expect(rt.run("f", "C4:B2")).toEqual(["Cán bộ", 2, 2, 3, 2]);
    expect(rt.run("f", "A:B")).toEqual(["Cán bộ", 1, 1, 1000, 2]);
    expect(rt.run("f", "2:3")).toEqual(["Cán bộ", 2, 1, 2, 26]);
    expect(rt.run("f", "A2:A")).toEqual(["Cán bộ", 2, 1, 999, 1]);
    expect(rt.run("f", "'Cán bộ'!Z10")).toEqual(["Cán bộ", 10, 26, 1, 1]);
    expect(() => rt.run("f", "AA1")).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(() => rt.run("f", "Nope!A1")).toThrow("Range not found");
    expect(() => rt.run("f", "1A")).toThrow("Range not found");
  });

  it("rejects coordinates outside the sheet with Google's messages", () => {
    const { rt } = roster();
    rt.loadSource(
      `function f(r, c, nr, nc) { SpreadsheetApp.getActive().getSheetByName("Cán bộ").getRange(r, c, nr, nc); }`,
    );
    expect(() => rt.run("f", 0, 1, 1, 1)).toThrow("The starting row of the range is too small.");
    expect(() => rt.run("f", 1, 0, 1, 1)).toThrow("The starting column of the range is too small.");
    expect(() => rt.run("f", 1, 1, 0, 1)).toThrow(
      "The number of rows in the range must be at least 1.",
    );
    expect(() => rt.run("f", 1000, 1, 2, 1)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
  });
});

describe(`Range.getValues — ${REF}/range#getValues()`, () => {
  it("gives numbers, strings, booleans, realm Dates, and '' for empty cells; formula cells give their stored value", () => {
    const { rt } = roster();
    rt.loadSource(`function f() {
      var v = SpreadsheetApp.getActive().getSheetByName("Cán bộ").getRange("A2:E3").getValues();
      return { v: v, isDate: v[0][2] instanceof Date, types: v.map(function (r) { return r.map(function (x) { return typeof x; }); }) };
    }`);
    const r = rt.run<{ v: unknown[][]; isDate: boolean; types: string[][] }>("f");
    expect(r.isDate).toBe(true);
    expect(r.v[0]).toEqual(["CB1", "An", new Date("1990-05-13T17:00:00Z"), 3, ""]);
    expect(r.v[1]).toEqual(["CB2", "", "", true, ""]);
    expect(r.types[0]).toEqual(["string", "string", "object", "number", "string"]);
  });

  it("getFormulas gives the formula text and '' elsewhere", () => {
    const { rt } = roster();
    rt.loadSource(
      `function f() { return SpreadsheetApp.getActive().getSheetByName("Cán bộ").getRange("A3:B3").getFormulas(); }`,
    );
    expect(rt.run("f")).toEqual([["", "=UPPER(B2)"]]);
  });
});

describe(`Range.setValues — ${REF}/range#setValues(Object)`, () => {
  it("throws when the data's dimensions differ from the range's", () => {
    const { rt } = roster();
    rt.loadSource(
      `function f(v) { SpreadsheetApp.getActive().getSheetByName("Cán bộ").getRange(1, 1, 2, 2).setValues(v); }`,
    );
    expect(() => rt.run("f", [[1, 2]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() => rt.run("f", [[1, 2], [3]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
    expect(() => rt.run("f", [1, 2])).toThrow(/don't match the method signature/);
  });

  it("interprets strings as typed: '=' formula, leading apostrophe literal, numbers, booleans, ISO dates", () => {
    const { rt, sheet } = roster();
    rt.loadSource(`function f() {
      SpreadsheetApp.getActive().getSheetByName("Cán bộ").getRange("F1:F8").setValues(
        [["=A1"], ["'=A1"], ["'007"], ["007"], ["TRUE"], ["2019-02-03"], ["14/5/2018"], [""]]);
    }`);
    rt.run("f");
    expect(sheet.get(1, 6)).toMatchObject({ value: null, formula: "=A1" });
    expect(sheet.get(2, 6)).toEqual({ value: "=A1" });
    expect(sheet.get(3, 6)?.value).toBe("007");
    expect(sheet.get(4, 6)?.value).toBe(7);
    expect(sheet.get(5, 6)?.value).toBe(true);
    expect((sheet.get(6, 6)!.value as Date).toISOString()).toBe("2019-02-02T17:00:00.000Z");
    expect(sheet.get(7, 6)?.value).toBe("14/5/2018");
    expect(sheet.get(8, 6)?.value).toBeNull();
  });

  it("accepts realm Dates and stores an instant", () => {
    const { rt, sheet } = roster();
    rt.loadSource(
      `function f(d) { SpreadsheetApp.getActive().getSheetByName("Cán bộ").getRange("G1").setValue(d); }`,
    );
    rt.run("f", rt.date(2020, 3, 1));
    expect(sheet.get(1, 7)?.value).toBeInstanceOf(Date);
    expect((sheet.get(1, 7)!.value as Date).toISOString()).toBe("2020-02-29T17:00:00.000Z");
  });

  it("keeps strings as text in a cell formatted as plain text (@)", () => {
    const { rt, sheet } = roster();
    sheet.cell(1, 8).numberFormat = "@";
    rt.loadSource(
      `function f() { SpreadsheetApp.getActive().getSheetByName("Cán bộ").getRange("H1").setValue("007"); }`,
    );
    rt.run("f");
    expect(sheet.get(1, 8)?.value).toBe("007");
  });
});

describe(`data range and last row/column — ${REF}/sheet#getDataRange()`, () => {
  it("getDataRange spans A1 to the last row and column with content", () => {
    const { rt, sheet } = roster();
    sheet.cell(10, 2).background = "#ff0000"; // formatting only: not content
    rt.loadSource(`function f() {
      var s = SpreadsheetApp.getActive().getSheetByName("Cán bộ");
      return [s.getDataRange().getA1Notation(), s.getLastRow(), s.getLastColumn(), s.getMaxRows(), s.getMaxColumns()];
    }`);
    expect(rt.run("f")).toEqual(["A1:D3", 3, 4, 1000, 26]);
  });

  it("an empty sheet's data range is A1 and its last row/column 0", () => {
    const rt = createRuntime();
    rt.loadSource(`function f() {
      var s = SpreadsheetApp.getActiveSheet();
      return [s.getDataRange().getA1Notation(), s.getLastRow(), s.getLastColumn(), s.getName()];
    }`);
    expect(rt.run("f")).toEqual(["A1", 0, 0, "Trang tính1"]);
  });

  it("appendRow writes below the last row with content", () => {
    const { rt, sheet } = roster();
    rt.loadSource(
      `function f() { SpreadsheetApp.getActive().getSheetByName("Cán bộ").appendRow(["CB3", "Bình", "", 4]); }`,
    );
    rt.run("f");
    expect(sheet.values()[3]).toEqual(["CB3", "Bình", null, 4]);
  });
});

describe(`Spreadsheet.insertSheet — ${REF}/spreadsheet#insertSheet(String)`, () => {
  it("throws on a duplicate name, and the new sheet becomes active", () => {
    const { rt, model } = roster();
    rt.loadSource(
      `function f(n, i) { var s = SpreadsheetApp.getActive().insertSheet(n, i); return SpreadsheetApp.getActiveSheet().getName() + "|" + s.getIndex(); }`,
    );
    expect(() => rt.run("f", "Cán bộ")).toThrow(
      'A sheet with the name "Cán bộ" already exists. Please enter another name.',
    );
    expect(rt.run("f", "Cấu hình", 0)).toBe("Cấu hình|1");
    expect(model.sheets.map((s) => s.name)).toEqual(["Cấu hình", "Cán bộ"]);
  });

  it("deleteSheet refuses to remove the last sheet", () => {
    const rt = createRuntime();
    rt.loadSource(
      `function f() { var ss = SpreadsheetApp.getActive(); ss.deleteSheet(ss.getSheets()[0]); }`,
    );
    expect(() => rt.run("f")).toThrow("You can't remove all the sheets in a document.");
  });
});

describe(`Sheet.insertColumnsAfter — ${REF}/sheet#insertColumnsAfter(Integer,Integer)`, () => {
  it("shifts cells (values, formats, notes) to the right and grows the sheet", () => {
    const { rt, sheet } = roster();
    sheet.cell(1, 2).note = "tên";
    sheet.columnWidths.set(3, 150);
    rt.loadSource(`function f() {
      var s = SpreadsheetApp.getActive().getSheetByName("Cán bộ");
      s.insertColumnsAfter(1, 2);
      return [s.getMaxColumns(), s.getLastColumn()];
    }`);
    expect(rt.run("f")).toEqual([28, 6]);
    expect(sheet.values()[0]).toEqual(["Mã CB", null, null, "Họ và tên", "Ngày sinh", "Số"]);
    expect(sheet.get(1, 4)?.note).toBe("tên");
    expect(sheet.columnWidths.get(5)).toBe(150);
  });

  it("insertRowsAfter shifts rows down", () => {
    const { rt, sheet } = roster();
    rt.loadSource(
      `function f() { SpreadsheetApp.getActive().getSheetByName("Cán bộ").insertRowsAfter(1, 1); }`,
    );
    rt.run("f");
    expect(sheet.values().map((r) => r[0])).toEqual(["Mã CB", null, "CB1", "CB2"]);
    expect(sheet.maxRows).toBe(1001);
  });
});

describe(`formats and structure are stored — ${REF}/range`, () => {
  it("frozen rows, notes, backgrounds, fonts, number formats, alignment, wrap, widths, hidden columns", () => {
    const { rt, sheet } = roster();
    rt.loadSource(`function f() {
      var s = SpreadsheetApp.getActive().getSheetByName("Cán bộ");
      s.setFrozenRows(1);
      var h = s.getRange("A1:D1");
      h.setFontWeight("bold").setBackground("#cfe2f3").setFontColor("#1c4587").setHorizontalAlignment("center").setWrap(true);
      s.getRange("C2:C3").setNumberFormat("dd/mm/yyyy");
      s.getRange("B2").setNote("ghi chú").setFontStyle("italic");
      s.getRange("A2:B2").setBackgrounds([["#ff0000", null]]);
      s.setColumnWidth(2, 220);
      s.hideColumns(4);
      return [s.getFrozenRows(), h.getFontWeights(), s.getRange("B2").getNote(), s.getRange("A3").getBackground(),
        s.getRange("C2").getNumberFormat(), s.getRange("A1").getNumberFormat(), s.isColumnHiddenByUser(4)];
    }`);
    expect(rt.run("f")).toEqual([
      1,
      [["bold", "bold", "bold", "bold"]],
      "ghi chú",
      "#ffffff",
      "dd/mm/yyyy",
      "0.###############",
      true,
    ]);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.get(1, 1)).toMatchObject({
      fontWeight: "bold",
      background: "#cfe2f3",
      fontColor: "#1c4587",
      horizontalAlignment: "center",
      wrap: true,
    });
    expect(sheet.get(2, 2)).toMatchObject({ note: "ghi chú", fontStyle: "italic" });
    expect(sheet.get(2, 1)?.background).toBe("#ff0000");
    expect(sheet.get(3, 3)?.numberFormat).toBe("dd/mm/yyyy");
    expect(sheet.columnWidths.get(2)).toBe(220);
    expect(sheet.hiddenColumns.has(4)).toBe(true);
  });

  it(`data validations — ${REF}/data-validation-builder`, () => {
    const { rt, sheet, model } = roster();
    model.addSheet("Đơn vị", [["Đơn vị"], ["Huyện A"], ["Huyện B"]]);
    rt.loadSource(`function f() {
      var ss = SpreadsheetApp.getActive();
      var s = ss.getSheetByName("Cán bộ");
      var list = SpreadsheetApp.newDataValidation().requireValueInList(["Nam", "Nữ"], true).setAllowInvalid(false).setHelpText("Nam hoặc Nữ").build();
      s.getRange("E2:E3").setDataValidation(list);
      var inRange = SpreadsheetApp.newDataValidation().requireValueInRange(ss.getRange("'Đơn vị'!A2:A3")).build();
      s.getRange("F2").setDataValidation(inRange);
      s.getRange("G2").setDataValidation(SpreadsheetApp.newDataValidation().requireDate().build());
      s.getRange("H2").setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
      var got = s.getRange("E3").getDataValidation();
      var r = s.getRange("F2").getDataValidation();
      return [String(got.getCriteriaType()), got.getCriteriaType() === SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST,
        got.getCriteriaValues(), got.getHelpText(), got.getAllowInvalid(),
        r.getCriteriaValues()[0].getA1Notation(), r.getCriteriaValues()[0].getSheet().getName(),
        s.getRange("A1").getDataValidation(), got.copy().setHelpText("x").build().getHelpText()];
    }`);
    expect(rt.run("f")).toEqual([
      "VALUE_IN_LIST",
      true,
      [["Nam", "Nữ"], true],
      "Nam hoặc Nữ",
      false,
      "A2:A3",
      "Đơn vị",
      null,
      "x",
    ]);
    expect(sheet.get(2, 5)?.dataValidation).toEqual({
      criteria: "VALUE_IN_LIST",
      args: [["Nam", "Nữ"], true],
      allowInvalid: false,
      helpText: "Nam hoặc Nữ",
    });
    expect(sheet.get(2, 6)?.dataValidation?.args).toEqual(["'Đơn vị'!A2:A3", true]);
    expect(sheet.get(2, 7)?.dataValidation?.criteria).toBe("DATE_IS_VALID_DATE");
    expect(sheet.get(2, 8)?.dataValidation?.criteria).toBe("CHECKBOX");
    rt.loadSource(
      `function g() { SpreadsheetApp.getActive().getSheetByName("Cán bộ").getRange("E2:E3").clearDataValidations(); }`,
    );
    rt.run("g");
    expect(sheet.get(2, 5)?.dataValidation).toBeUndefined();
  });

  it(`conditional format rules — ${REF}/conditional-format-rule-builder`, () => {
    const { rt, sheet } = roster();
    rt.loadSource(`function f(d) {
      var s = SpreadsheetApp.getActive().getSheetByName("Cán bộ");
      var r1 = SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo("Quá hạn").setBackground("#f4cccc").setFontColor("#990000").setBold(true).setRanges([s.getRange("E2:E1000")]).build();
      var r2 = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied("=$A2=\\"\\"").setBackground("#eeeeee").setRanges([s.getRange("A2:D1000")]).build();
      var r3 = SpreadsheetApp.newConditionalFormatRule().whenDateBefore(d).setBackground("#ff0000").setRanges([s.getRange("C2:C")]).build();
      var r4 = SpreadsheetApp.newConditionalFormatRule().whenDateBefore(SpreadsheetApp.RelativeDate.TODAY).setItalic(true).setRanges([s.getRange("C2:C")]).build();
      var rules = s.getConditionalFormatRules();
      rules.push(r1, r2, r3, r4);
      s.setConditionalFormatRules(rules);
      var back = s.getConditionalFormatRules();
      return [back.length, String(back[0].getBooleanCondition().getCriteriaType()), back[0].getBooleanCondition().getCriteriaValues(),
        back[0].getBooleanCondition().getBackground(), back[0].getRanges()[0].getA1Notation()];
    }`);
    expect(rt.run("f", rt.date(2019, 1, 1))).toEqual([
      4,
      "TEXT_EQUAL_TO",
      ["Quá hạn"],
      "#f4cccc",
      "E2:E1000",
    ]);
    expect(sheet.conditionalFormatRules[0]).toEqual({
      ranges: ["E2:E1000"],
      condition: "TEXT_EQUAL_TO",
      values: ["Quá hạn"],
      background: "#f4cccc",
      fontColor: "#990000",
      bold: true,
    });
    expect(sheet.conditionalFormatRules[1]).toMatchObject({
      condition: "CUSTOM_FORMULA",
      values: ['=$A2=""'],
    });
    expect(sheet.conditionalFormatRules[2]?.condition).toBe("DATE_BEFORE");
    expect((sheet.conditionalFormatRules[2]!.values[0] as Date).toISOString()).toBe(
      "2018-12-31T17:00:00.000Z",
    );
    expect(sheet.conditionalFormatRules[3]).toMatchObject({
      condition: "DATE_BEFORE_RELATIVE",
      values: ["TODAY"],
      ranges: ["C2:C1000"],
    });
  });

  it(`protections — ${REF}/protection`, () => {
    const { rt, sheet } = roster();
    rt.loadSource(`function f() {
      var s = SpreadsheetApp.getActive().getSheetByName("Cán bộ");
      var p = s.getRange("E1:H1").protect().setDescription("Cột của add-on").setWarningOnly(true);
      var sp = s.protect().setDescription("Cả trang");
      sp.setUnprotectedRanges([s.getRange("A2:D1000")]);
      var ranges = s.getProtections(SpreadsheetApp.ProtectionType.RANGE);
      return [ranges.length, ranges[0].getDescription(), ranges[0].getRange().getA1Notation(), String(p.getProtectionType()),
        s.protect().getDescription()];
    }`);
    expect(rt.run("f")).toEqual([1, "Cột của add-on", "E1:H1", "RANGE", "Cả trang"]);
    expect(sheet.protections).toEqual([
      {
        type: "RANGE",
        range: "E1:H1",
        description: "Cột của add-on",
        warningOnly: true,
        editors: ["can.bo@example.org"],
        domainEdit: false,
        unprotectedRanges: [],
      },
      {
        type: "SHEET",
        description: "Cả trang",
        warningOnly: false,
        editors: ["can.bo@example.org"],
        domainEdit: false,
        unprotectedRanges: ["A2:D1000"],
      },
    ]);
  });

  it("clearContent keeps formats and notes; snapshot() is JSON-safe and stable", () => {
    const { rt, model, sheet } = roster();
    sheet.cell(2, 2).note = "n";
    const before = JSON.stringify(model.snapshot());
    rt.loadSource(
      `function f() { SpreadsheetApp.getActive().getSheetByName("Cán bộ").getRange("A1:D3").getValues(); }`,
    );
    rt.run("f");
    expect(JSON.stringify(model.snapshot())).toBe(before);
    rt.loadSource(
      `function g() { SpreadsheetApp.getActive().getSheetByName("Cán bộ").getRange("B2").clearContent(); }`,
    );
    rt.run("g");
    expect(sheet.get(2, 2)).toEqual({ value: null, note: "n" });
    const snap = model.snapshot() as { sheets: { cells: Record<string, unknown> }[] };
    expect(snap.sheets[0]?.cells.C2).toEqual({ value: "1990-05-13T17:00:00.000Z" });
  });

  it("getDisplayValues formats dates as dd/MM/yyyy in the spreadsheet's zone", () => {
    const { rt } = roster();
    rt.loadSource(
      `function f() { return SpreadsheetApp.getActive().getSheetByName("Cán bộ").getRange("A2:D3").getDisplayValues(); }`,
    );
    expect(rt.run("f")).toEqual([
      ["CB1", "An", "14/05/1990", "3"],
      ["CB2", "", "", "TRUE"],
    ]);
  });

  it("the active range defaults to A1 of the active sheet; select() and activate() change it", () => {
    const { rt, model } = roster();
    model.addSheet("Khác");
    rt.loadSource(`function f() { var r = SpreadsheetApp.getActiveRange(); return r.getSheet().getName() + "!" + r.getA1Notation(); }
      function g() { SpreadsheetApp.getActive().getSheetByName("Khác").getRange("B2:C3").activate(); }`);
    expect(rt.run("f")).toBe("Cán bộ!A1");
    rt.select("Cán bộ", "B2:B3");
    expect(rt.run("f")).toBe("Cán bộ!B2:B3");
    rt.run("g");
    expect(rt.run("f")).toBe("Khác!B2:C3");
  });
});
