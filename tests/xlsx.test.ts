/**
 * .xlsx ⇄ the runtime's spreadsheet model (tools/xlsx): what a user exporting from Google Sheets
 * and opening the demo's output in Excel or Sheets would notice — dates on the same calendar
 * day, formulas with their values, notes, colours, dropdowns, frozen header.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type CellModel, SpreadsheetModel } from "../tools/gas-runtime/model";
import { readXlsx } from "../tools/xlsx/read";
import { writeXlsx } from "../tools/xlsx/write";

/** Local midnight (or time) of a day in Asia/Ho_Chi_Minh, UTC+7: how Sheets hands a date over. */
const hcm = (y: number, m: number, d: number, h = 0, min = 0) =>
  new Date(Date.UTC(y, m - 1, d, h, min) - 7 * 3_600_000);

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function excel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe("reading an .xlsx", () => {
  it("reads a date cell as local midnight of the spreadsheet's zone, not UTC midnight", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Cán bộ");
    ws.getCell("A1").value = new Date(Date.UTC(2018, 4, 14));
    ws.getCell("A1").numFmt = "dd/mm/yyyy";
    ws.getCell("A2").value = new Date(Date.UTC(2021, 5, 15, 9, 30));
    ws.getCell("A2").numFmt = "dd/mm/yyyy hh:mm";
    const bytes = await bytesOf(wb);

    const vn = (await readXlsx(bytes)).sheet("Cán bộ")!;
    expect((vn.get(1, 1)!.value as Date).toISOString()).toBe("2018-05-13T17:00:00.000Z");
    expect((vn.get(2, 1)!.value as Date).toISOString()).toBe("2021-06-15T02:30:00.000Z");

    // Another zone, with summer time: 14/05/2018 00:00 in New York is 04:00 UTC.
    const ny = (await readXlsx(bytes, { timeZone: "America/New_York" })).sheet("Cán bộ")!;
    expect((ny.get(1, 1)!.value as Date).toISOString()).toBe("2018-05-14T04:00:00.000Z");
  });

  it("keeps formulas with their cached results, shared formulas, rich text, links and errors", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 1;
    ws.getCell("A2").value = 2;
    ws.getCell("B1").value = { formula: "A1*2", result: 2 };
    ws.getCell("B2").value = { sharedFormula: "B1", result: 4 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell("C1").value = {
      richText: [{ text: "Xin " }, { text: "chào", font: { bold: true } }],
    };
    ws.getCell("C2").value = { text: "Biên bản", hyperlink: "https://example.org/doc" };
    ws.getCell("D1").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    const s = (await readXlsx(await bytesOf(wb))).sheet("S")!;
    expect(s.get(1, 2)).toMatchObject({ value: 2, formula: "=A1*2" });
    expect(s.get(2, 2)).toMatchObject({ value: 4, formula: "=A2*2" });
    expect(s.get(1, 3)!.value).toBe("Xin chào");
    expect(s.get(2, 3)!.value).toBe("Biên bản");
    expect(s.get(1, 4)!.value).toBe("#N/A");
  });

  it("reads dropdowns, notes, fills, bold and the frozen header", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Đợt cử đi", { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
    ws.getCell("A1").value = "Vị trí";
    ws.getCell("A1").font = { bold: true };
    ws.getCell("A1").note = "Chọn trong danh sách";
    ws.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF4C7C3" } };
    ws.getCell("A2").dataValidation = {
      type: "list",
      formulae: ['"Phó Bí thư,Ủy viên BTV,Ủy viên BCH"'],
      showErrorMessage: true,
      errorStyle: "stop",
      prompt: "Chọn vị trí",
    };
    ws.getCell("B2").dataValidation = {
      type: "list",
      formulae: ["'Đơn vị'!$A$2:$A$100"],
      showErrorMessage: false,
    };
    const s = (await readXlsx(await bytesOf(wb))).sheet("Đợt cử đi")!;
    expect(s.frozenRows).toBe(1);
    expect(s.get(1, 1)).toMatchObject({
      value: "Vị trí",
      note: "Chọn trong danh sách",
      background: "#f4c7c3",
      fontWeight: "bold",
    });
    expect(s.get(2, 1)!.dataValidation).toEqual({
      criteria: "VALUE_IN_LIST",
      args: [["Phó Bí thư", "Ủy viên BTV", "Ủy viên BCH"], true],
      allowInvalid: false,
      helpText: "Chọn vị trí",
    });
    expect(s.get(2, 2)!.dataValidation).toEqual({
      criteria: "VALUE_IN_RANGE",
      args: ["'Đơn vị'!A2:A100", true],
      allowInvalid: true,
    });
  });
});

describe("writing an .xlsx", () => {
  it("writes a date as the same calendar day with a date format, a time with hours", async () => {
    const model = new SpreadsheetModel();
    const s = model.addSheet("Cán bộ", [[hcm(2019, 1, 7), hcm(2021, 6, 15, 9, 30)]]);
    s.cell(1, 3).value = hcm(1992, 2, 29);
    s.cell(1, 3).numberFormat = "d/m/yyyy";
    const ws = (await excel((await writeXlsx(model)).bytes)).getWorksheet("Cán bộ")!;
    expect((ws.getCell("A1").value as Date).toISOString()).toBe("2019-01-07T00:00:00.000Z");
    expect(ws.getCell("A1").numFmt).toBe("dd/mm/yyyy");
    expect((ws.getCell("B1").value as Date).toISOString()).toBe("2021-06-15T09:30:00.000Z");
    expect(ws.getCell("B1").numFmt).toBe("dd/mm/yyyy hh:mm");
    expect((ws.getCell("C1").value as Date).toISOString()).toBe("1992-02-29T00:00:00.000Z");
    expect(ws.getCell("C1").numFmt).toBe("d/m/yyyy");
  });

  it("writes a formula with its cached result, so readers without the add-on show the value", async () => {
    const model = new SpreadsheetModel();
    const s = model.addSheet("Đợt cử đi", [
      ["Hạn"],
      [{ formula: "=REPORT_DUE(A2:S2)", value: null }],
    ]);
    s.cell(2, 1).value = hcm(2019, 7, 7);
    const ws = (await excel((await writeXlsx(model)).bytes)).getWorksheet("Đợt cử đi")!;
    const v = ws.getCell("A2").value as ExcelJS.CellFormulaValue;
    expect(v.formula).toBe("REPORT_DUE(A2:S2)");
    expect((v.result as Date).toISOString()).toBe("2019-07-07T00:00:00.000Z");
  });

  it("writes the add-on's status colours as conditional formats and its dropdowns as validations", async () => {
    const model = new SpreadsheetModel();
    const s = model.addSheet("Cán bộ", [["Kết quả"], ["Đủ điều kiện"]]);
    s.conditionalFormatRules.push(
      {
        ranges: ["A2:A1000"],
        condition: "TEXT_EQUAL_TO",
        values: ["Đủ điều kiện"],
        background: "#b7e1cd",
      },
      {
        ranges: ["A2:A1000"],
        condition: "CUSTOM_FORMULA",
        values: ['=$A2="Thiếu dữ liệu"'],
        background: "#fce8b2",
      },
    );
    s.cell(2, 2).dataValidation = {
      criteria: "VALUE_IN_LIST",
      args: [["Có", "Không"], true],
      allowInvalid: false,
      helpText: "Có hoặc Không",
    };
    s.cell(2, 3).dataValidation = { criteria: "DATE_IS_VALID_DATE", args: [], allowInvalid: false };
    const { bytes, report } = await writeXlsx(model);
    expect(report.skipped).toEqual([]);
    const ws = (await excel(bytes)).getWorksheet("Cán bộ")!;
    const rules = (
      ws as unknown as {
        conditionalFormattings: { ref: string; rules: { type: string; formulae: string[] }[] }[];
      }
    ).conditionalFormattings;
    expect(rules.map((r) => [r.ref, r.rules[0]!.type, r.rules[0]!.formulae[0]])).toEqual([
      ["A2:A1000", "expression", 'A2="Đủ điều kiện"'],
      ["A2:A1000", "expression", '$A2="Thiếu dữ liệu"'],
    ]);
    expect(ws.getCell("B2").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Có,Không"'],
      showErrorMessage: true,
      prompt: "Có hoặc Không",
    });
    expect(ws.getCell("C2").dataValidation).toMatchObject({
      type: "date",
      operator: "greaterThan",
    });

    // And back: the colours and rules come back as the model's own kinds.
    const back = (await readXlsx(bytes)).sheet("Cán bộ")!;
    expect(back.conditionalFormatRules).toEqual([
      {
        ranges: ["A2:A1000"],
        condition: "CUSTOM_FORMULA",
        values: ['=A2="Đủ điều kiện"'],
        background: "#b7e1cd",
      },
      {
        ranges: ["A2:A1000"],
        condition: "CUSTOM_FORMULA",
        values: ['=$A2="Thiếu dữ liệu"'],
        background: "#fce8b2",
      },
    ]);
    expect(back.get(2, 3)!.dataValidation?.criteria).toBe("DATE_IS_VALID_DATE");
  });
});

describe("round trip: read → write → read", () => {
  /** Every kind of cell a roster holds, including the awkward ones. */
  function awkwardModel(): SpreadsheetModel {
    const model = new SpreadsheetModel();
    const nfd = "Ho\u0300 va\u0300 te\u0302n"; // "Hò và tên"-like, decomposed as pasted from Word
    const s = model.addSheet("Cán bộ", [
      ["Mã CB", nfd, "Ngày sinh", "Ghi chú", "Tổng", "Đúng", "Kiểm tra lúc"],
      [
        "CB001",
        "Nguyễn Văn An",
        hcm(1990, 2, 28),
        "(chữ)",
        { formula: "=1+2", value: 3 },
        true,
        hcm(2021, 6, 15, 14, 5),
      ],
      [
        "CB002",
        "Trần Thị Bình",
        "14/5/2018",
        "+84 912 345 678",
        { formula: '=A3&"-x"', value: "CB002-x" },
        false,
        null,
      ],
      [
        "CB003",
        "  hai  khoảng  trắng ",
        hcm(1992, 2, 29),
        "Dòng 1\nDòng 2",
        { formula: "=C4+1", value: hcm(1992, 3, 1) },
        null,
        0.5,
      ],
      [42, 1e-7, -3, "'trích dẫn", { formula: "=NA()", value: "#N/A" }, "TRUE", ""],
    ]);
    // Text starting with "=" that is not a formula (asLiteralText's result, as Sheets stores it).
    s.cell(2, 4).value = "=không phải công thức";
    s.cell(1, 1).note = "Mã cán bộ: duy nhất";
    s.cell(3, 2).note = "Ghi chú\ncó hai dòng";
    s.cell(2, 3).numberFormat = "dd/mm/yyyy";
    s.cell(4, 7).numberFormat = "0.00%";
    s.cell(1, 2).background = "#d9e2f3";
    s.cell(1, 2).fontWeight = "bold";
    s.frozenRows = 1;
    model.addSheet("Trống", []);
    return model;
  }

  function cellsOf(model: SpreadsheetModel): Record<string, Partial<CellModel>> {
    const out: Record<string, Partial<CellModel>> = {};
    for (const sheet of model.sheets) {
      for (const [r, c, cell] of sheet.entries()) {
        const v = cell.value instanceof Date ? cell.value.toISOString() : cell.value;
        if (v === null && !cell.formula && !cell.note) continue;
        out[`${sheet.name}!R${r}C${c}`] = {
          value: v as CellModel["value"],
          ...(cell.formula ? { formula: cell.formula } : {}),
          ...(cell.note ? { note: cell.note } : {}),
        };
      }
    }
    return out;
  }

  it("keeps every value, formula and note exactly", async () => {
    const model = awkwardModel();
    const once = await readXlsx((await writeXlsx(model)).bytes);
    const twice = await readXlsx((await writeXlsx(once)).bytes);
    expect(cellsOf(once)).toEqual(cellsOf(model));
    expect(cellsOf(twice)).toEqual(cellsOf(model));
    expect(once.sheets.map((s) => s.name)).toEqual(["Cán bộ", "Trống"]);
    expect(once.sheet("Cán bộ")!.frozenRows).toBe(1);
    expect(once.sheet("Cán bộ")!.get(1, 2)).toMatchObject({
      background: "#d9e2f3",
      fontWeight: "bold",
    });
    // Text that looks like a formula stays text.
    expect(once.sheet("Cán bộ")!.get(2, 4)).toMatchObject({ value: "=không phải công thức" });
    expect(once.sheet("Cán bộ")!.get(2, 4)!.formula).toBeUndefined();
  });
});

describe("rich-text links and formula conditional formats in the .xlsx", () => {
  it("a linked label is a real hyperlink in Excel, and a link again when read back", async () => {
    const model = new SpreadsheetModel();
    const s = model.addSheet("Đợt cử đi", [["Văn bản", "Ghi chú"]]);
    Object.assign(s.cell(2, 1), {
      value: "Quyết định CB001",
      richText: [{ start: 0, end: 16, link: "https://docs.google.com/document/d/abc/edit" }],
    });
    Object.assign(s.cell(2, 2), {
      value: "Xin chào",
      richText: [{ start: 4, end: 8, style: { bold: true } }],
    });
    const { bytes, report } = await writeXlsx(model);
    const ws = (await excel(bytes)).getWorksheet("Đợt cử đi")!;
    expect(ws.getCell("A2").value).toEqual({
      text: "Quyết định CB001",
      hyperlink: "https://docs.google.com/document/d/abc/edit",
    });
    expect(ws.getCell("B2").value).toEqual({
      richText: [{ text: "Xin " }, { text: "chào", font: { bold: true } }],
    });
    expect(report.skipped).toEqual([]);
    const back = (await readXlsx(bytes)).sheet("Đợt cử đi")!;
    expect(back.get(2, 1)).toMatchObject({
      value: "Quyết định CB001",
      richText: [{ start: 0, end: 16, link: "https://docs.google.com/document/d/abc/edit" }],
    });
    expect(back.get(2, 2)).toMatchObject({
      value: "Xin chào",
      richText: [{ start: 4, end: 8, style: { bold: true } }],
    });
  });

  it("a text with two different links keeps the first and says so", async () => {
    const model = new SpreadsheetModel();
    const s = model.addSheet("S");
    Object.assign(s.cell(1, 1), {
      value: "a b",
      richText: [
        { start: 0, end: 1, link: "https://a.example" },
        { start: 2, end: 3, link: "https://b.example" },
      ],
    });
    const { bytes, report } = await writeXlsx(model);
    const ws = (await excel(bytes)).getWorksheet("S")!;
    expect(ws.getCell("A1").value).toEqual({ text: "a b", hyperlink: "https://a.example" });
    expect(report.skipped).toEqual(["S!A1: 2 links in one cell: only the first is kept"]);
  });

  it("a custom-formula rule with TODAY() is written as an Excel formula rule and read back the same", async () => {
    const model = new SpreadsheetModel();
    const s = model.addSheet("Đợt cử đi", [["Hạn báo cáo"]]);
    s.conditionalFormatRules.push({
      ranges: ["D2:D1000"],
      condition: "CUSTOM_FORMULA",
      values: ['=AND($D2<>"",$D2<TODAY())'],
      background: "#f4cccc",
      fontColor: "#990000",
    });
    const { bytes, report } = await writeXlsx(model);
    expect(report.skipped).toEqual([]);
    const back = (await readXlsx(bytes)).sheet("Đợt cử đi")!;
    expect(back.conditionalFormatRules).toEqual([
      {
        ranges: ["D2:D1000"],
        condition: "CUSTOM_FORMULA",
        values: ['=AND($D2<>"",$D2<TODAY())'],
        background: "#f4cccc",
        fontColor: "#990000",
      },
    ]);
  });
});
