/**
 * SpreadsheetModel → .xlsx, for opening in Excel, LibreOffice or Google Sheets.
 *
 * Written: values (dates as wall-clock readings of the spreadsheet's zone, with a date format
 * when the cell has none), formulas with their cached results (so a reader that does not know
 * the add-on's custom functions still shows the value), notes, backgrounds, font colour,
 * weight and style, number formats, alignment, wrapping, data validations (dropdowns), the
 * conditional format rules Excel can express (custom formulas such as `=$D2<TODAY()` as they
 * are), frozen rows/columns, column widths and hidden columns, rich text: a linked text as a real
 * hyperlink, styled runs as Excel rich text.
 *
 * Approximations, because .xlsx has no such thing: a CHECKBOX validation becomes a TRUE/FALSE
 * dropdown; text conditions (contains, starts with …) become formula conditions; conditions on
 * relative dates other than "today" are left out, as are the criteria Excel has no form for
 * (they are reported in `WriteReport.skipped`); a cell links to one place in Excel, so a text with
 * several different links keeps the first (also reported).
 */
import ExcelJS from "exceljs";
import type {
  CellModel,
  ConditionalFormatRuleModel,
  DataValidationModel,
  RichTextRunModel,
  SheetModel,
  SpreadsheetModel,
  TextStyleModel,
} from "../gas-runtime/model.ts";
import { DATE_CRITERIA, NUMBER_CRITERIA, PIXELS_PER_CHARACTER } from "./read.ts";
import { isMidnight, wallClockFromInstant } from "./zone.ts";

export interface WriteReport {
  /** What could not be written, one line each (sheet, what, why). */
  skipped: string[];
}

export const DATE_FORMAT = "dd/mm/yyyy";
export const DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm";

export async function writeXlsxFile(model: SpreadsheetModel, path: string): Promise<WriteReport> {
  const { workbook, report } = toWorkbook(model);
  await workbook.xlsx.writeFile(path);
  return report;
}

export async function writeXlsx(
  model: SpreadsheetModel,
): Promise<{ bytes: Uint8Array; report: WriteReport }> {
  const { workbook, report } = toWorkbook(model);
  const buffer = await workbook.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer as ArrayBuffer), report };
}

export function toWorkbook(model: SpreadsheetModel): {
  workbook: ExcelJS.Workbook;
  report: WriteReport;
} {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Đi cơ sở";
  // A fixed date keeps the file's bytes a function of the model alone.
  workbook.created = new Date(Date.UTC(2018, 4, 14));
  workbook.modified = workbook.created;
  const report: WriteReport = { skipped: [] };
  for (const sheet of model.sheets) writeSheet(workbook, sheet, model.timeZone, report);
  return { workbook, report };
}

function writeSheet(
  workbook: ExcelJS.Workbook,
  sheet: SheetModel,
  timeZone: string,
  report: WriteReport,
): void {
  const frozen = sheet.frozenRows > 0 || sheet.frozenColumns > 0;
  const ws = workbook.addWorksheet(sheet.name, {
    views: frozen
      ? [{ state: "frozen", xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }]
      : [],
  });
  for (const [col, px] of sheet.columnWidths) {
    ws.getColumn(col).width = Math.round((px / PIXELS_PER_CHARACTER) * 100) / 100;
  }
  for (const col of sheet.hiddenColumns) ws.getColumn(col).hidden = true;

  for (const [r, c, cell] of sheet.entries()) {
    writeCell(ws.getCell(r, c), cell, timeZone, (what) =>
      report.skipped.push(`${sheet.name}!${ws.getCell(r, c).address}: ${what}`),
    );
  }

  for (const rule of sheet.conditionalFormatRules) {
    const xlsx = conditionalRuleToXlsx(rule, timeZone);
    if (typeof xlsx === "string") {
      report.skipped.push(`${sheet.name} ${rule.ranges.join(" ")}: ${xlsx}`);
      continue;
    }
    ws.addConditionalFormatting({
      ref: rule.ranges.join(" "),
      rules: [xlsx as unknown as ExcelJS.ConditionalFormattingRule],
    });
  }
}

function writeCell(
  xc: ExcelJS.Cell,
  cell: CellModel,
  timeZone: string,
  skip: (what: string) => void,
): void {
  const value =
    cell.value instanceof Date ? wallClockFromInstant(cell.value, timeZone) : cell.value;
  if (cell.formula) {
    const formula = cell.formula.replace(/^=/, "");
    xc.value = (
      value === null || value === ""
        ? { formula }
        : { formula, result: value as string | number | boolean | Date }
    ) as ExcelJS.CellFormulaValue;
  } else if (typeof value === "string" && cell.richText?.length) {
    xc.value = richTextToXlsx(value, cell.richText, skip);
  } else if (value !== null) {
    xc.value = value;
  }
  if (cell.numberFormat) xc.numFmt = cell.numberFormat;
  else if (value instanceof Date) xc.numFmt = isMidnight(value) ? DATE_FORMAT : DATE_TIME_FORMAT;
  if (cell.note) xc.note = cell.note;
  if (cell.background) {
    const argb = argbOf(cell.background);
    if (argb) xc.fill = { type: "pattern", pattern: "solid", fgColor: { argb } };
  }
  const font: Partial<ExcelJS.Font> = {};
  if (cell.fontWeight === "bold") font.bold = true;
  if (cell.fontStyle === "italic") font.italic = true;
  const fontArgb = cell.fontColor ? argbOf(cell.fontColor) : undefined;
  if (fontArgb) font.color = { argb: fontArgb };
  if (Object.keys(font).length > 0) xc.font = font;
  const horizontal = horizontalOf(cell.horizontalAlignment);
  if (horizontal || cell.wrap) {
    xc.alignment = {
      ...(horizontal ? { horizontal } : {}),
      ...(cell.wrap ? { wrapText: true } : {}),
      vertical: "top",
    };
  }
  if (cell.dataValidation) {
    const dv = validationToXlsx(cell.dataValidation, timeZone);
    if (typeof dv === "string") skip(dv);
    else xc.dataValidation = dv;
  }
}

const NAMED_COLOURS: Record<string, string> = {
  black: "#000000",
  white: "#ffffff",
  red: "#ff0000",
  green: "#008000",
  blue: "#0000ff",
  yellow: "#ffff00",
  gray: "#808080",
  grey: "#808080",
  orange: "#ffa500",
};

/** "#f4c7c3" / "#fff" / "red" → "FFF4C7C3"; undefined when not a colour. */
export function argbOf(css: string): string | undefined {
  const c = NAMED_COLOURS[css.toLowerCase()] ?? css;
  const long = /^#([0-9a-f]{6})$/i.exec(c);
  if (long) return `FF${long[1]!.toUpperCase()}`;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(c);
  if (short)
    return `FF${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase();
  return undefined;
}

function horizontalOf(a: string | undefined): ExcelJS.Alignment["horizontal"] | undefined {
  const v = a?.toLowerCase().replace(/^general-/, "");
  if (v === "left" || v === "center" || v === "right") return v;
  return undefined;
}

/** Sheets' criteria → Excel's operator: read.ts's tables the other way round. */
function operators(
  criteria: Record<string, string>,
): Record<string, ExcelJS.DataValidationOperator> {
  return Object.fromEntries(
    Object.entries(criteria).map(([operator, c]) => [
      c,
      operator as ExcelJS.DataValidationOperator,
    ]),
  );
}

const NUMBER_OPERATORS = operators(NUMBER_CRITERIA);
const DATE_OPERATORS = operators(DATE_CRITERIA);

/** A data validation in exceljs form, or why it cannot be written. */
export function validationToXlsx(
  dv: DataValidationModel,
  timeZone: string,
): ExcelJS.DataValidation | string {
  const base = {
    allowBlank: true,
    showErrorMessage: !dv.allowInvalid,
    errorStyle: "stop",
    ...(dv.helpText ? { showInputMessage: true, prompt: dv.helpText.slice(0, 255) } : {}),
  };
  switch (dv.criteria) {
    case "VALUE_IN_LIST": {
      const items = (dv.args[0] as unknown[]).map(String);
      const list = `"${items.join(",")}"`;
      if (list.length > 257 || items.some((i) => i.includes(","))) {
        return "dropdown list longer than 255 characters or with commas: not written";
      }
      return { type: "list", formulae: [list], ...base };
    }
    case "VALUE_IN_RANGE":
      return { type: "list", formulae: [absolute(String(dv.args[0]))], ...base };
    case "CHECKBOX":
      return { type: "list", formulae: ['"TRUE,FALSE"'], ...base };
    case "DATE_IS_VALID_DATE":
      return {
        type: "date",
        operator: "greaterThan",
        formulae: [new Date(Date.UTC(1899, 11, 31))],
        ...base,
      };
    case "CUSTOM_FORMULA":
      return { type: "custom", formulae: [String(dv.args[0]).replace(/^=/, "")], ...base };
    default: {
      const numberOp = NUMBER_OPERATORS[dv.criteria];
      if (numberOp) return { type: "decimal", operator: numberOp, formulae: dv.args, ...base };
      const dateOp = DATE_OPERATORS[dv.criteria];
      if (dateOp && dv.args.every((a) => a instanceof Date)) {
        return {
          type: "date",
          operator: dateOp,
          formulae: dv.args.map((a) => wallClockFromInstant(a as Date, timeZone)),
          ...base,
        };
      }
      return `validation ${dv.criteria} has no .xlsx form: not written`;
    }
  }
}

/** "'Đơn vị'!A2:A1000" → "'Đơn vị'!$A$2:$A$1000" (a dropdown's source does not move). */
function absolute(a1: string): string {
  const bang = a1.lastIndexOf("!");
  const sheet = bang >= 0 ? a1.slice(0, bang + 1) : "";
  const range = bang >= 0 ? a1.slice(bang + 1) : a1;
  return (
    sheet +
    range.replace(/\$?([A-Z]{1,3})\$?(\d*)/gi, (_m, col, row) =>
      row ? `$${col}$${row}` : `$${col}`,
    )
  );
}

function topLeft(ranges: string[]): string {
  return (ranges[0] ?? "A1").split(":")[0]!.replace(/\$/g, "");
}

/** Linked text → a hyperlink cell (Excel links a whole cell); styled runs → Excel rich text. */
function richTextToXlsx(
  text: string,
  runs: RichTextRunModel[],
  skip: (what: string) => void,
): ExcelJS.CellValue {
  const links = [...new Set(runs.map((r) => r.link).filter((l): l is string => Boolean(l)))];
  if (links.length > 0) {
    if (links.length > 1) skip(`${links.length} links in one cell: only the first is kept`);
    return { text, hyperlink: links[0] as string };
  }
  const pieces: ExcelJS.RichText[] = [];
  let at = 0;
  for (const run of [...runs].sort((a, b) => a.start - b.start)) {
    if (run.start > at) pieces.push({ text: text.slice(at, run.start) });
    pieces.push({ text: text.slice(run.start, run.end), font: fontOf(run.style ?? {}) });
    at = run.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return { richText: pieces };
}

function fontOf(style: TextStyleModel): Partial<ExcelJS.Font> {
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.underline) font.underline = true;
  if (style.strikethrough) font.strike = true;
  if (style.fontSize) font.size = style.fontSize;
  if (style.fontFamily) font.name = style.fontFamily;
  const argb = style.foregroundColor ? argbOf(style.foregroundColor) : undefined;
  if (argb) font.color = { argb };
  return font;
}

function excelString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A conditional format rule in exceljs form, or why it cannot be written. */
export function conditionalRuleToXlsx(
  rule: ConditionalFormatRuleModel,
  timeZone: string,
): Record<string, unknown> | string {
  const tl = topLeft(rule.ranges);
  const v = rule.values;
  const text = String(v[0] ?? "");
  const number = (x: unknown) =>
    x instanceof Date
      ? String(wallClockFromInstant(x, timeZone).getTime() / 86_400_000 + 25_569)
      : String(Number(x));
  let formula: string | undefined;
  switch (rule.condition) {
    case "CUSTOM_FORMULA":
      formula = text.replace(/^=/, "");
      break;
    case "TEXT_EQUAL_TO":
      formula = `${tl}=${excelString(text)}`;
      break;
    case "TEXT_NOT_EQUAL_TO":
      formula = `${tl}<>${excelString(text)}`;
      break;
    case "TEXT_CONTAINS":
      formula = `ISNUMBER(SEARCH(${excelString(text)},${tl}))`;
      break;
    case "TEXT_DOES_NOT_CONTAIN":
      formula = `NOT(ISNUMBER(SEARCH(${excelString(text)},${tl})))`;
      break;
    case "TEXT_STARTS_WITH":
      formula = `LEFT(${tl},${text.length})=${excelString(text)}`;
      break;
    case "TEXT_ENDS_WITH":
      formula = `RIGHT(${tl},${text.length})=${excelString(text)}`;
      break;
    case "CELL_EMPTY":
      formula = `LEN(TRIM(${tl}))=0`;
      break;
    case "CELL_NOT_EMPTY":
      formula = `LEN(TRIM(${tl}))>0`;
      break;
    case "NUMBER_EQUAL_TO":
    case "DATE_EQUAL_TO":
      formula = `${tl}=${dateOrNumber(v[0], number)}`;
      break;
    case "NUMBER_NOT_EQUAL_TO":
      formula = `${tl}<>${number(v[0])}`;
      break;
    case "NUMBER_GREATER_THAN":
    case "DATE_AFTER":
      formula = `AND(ISNUMBER(${tl}),${tl}>${dateOrNumber(v[0], number)})`;
      break;
    case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
      formula = `AND(ISNUMBER(${tl}),${tl}>=${number(v[0])})`;
      break;
    case "NUMBER_LESS_THAN":
    case "DATE_BEFORE":
      formula = `AND(ISNUMBER(${tl}),${tl}<${dateOrNumber(v[0], number)})`;
      break;
    case "NUMBER_LESS_THAN_OR_EQUAL_TO":
      formula = `AND(ISNUMBER(${tl}),${tl}<=${number(v[0])})`;
      break;
    case "NUMBER_BETWEEN":
      formula = `AND(ISNUMBER(${tl}),${tl}>=${number(v[0])},${tl}<=${number(v[1])})`;
      break;
    case "NUMBER_NOT_BETWEEN":
      formula = `AND(ISNUMBER(${tl}),OR(${tl}<${number(v[0])},${tl}>${number(v[1])}))`;
      break;
    default:
      return `conditional format ${rule.condition} has no .xlsx form: not written`;
  }
  if (formula.includes("\u0000")) return `conditional format ${rule.condition}: unsupported date`;
  const style: Record<string, unknown> = {};
  const bg = rule.background ? argbOf(rule.background) : undefined;
  if (bg) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: bg } };
  const font: Record<string, unknown> = {};
  const fc = rule.fontColor ? argbOf(rule.fontColor) : undefined;
  if (fc) font.color = { argb: fc };
  if (rule.bold) font.bold = true;
  if (rule.italic) font.italic = true;
  if (rule.underline) font.underline = true;
  if (rule.strikethrough) font.strike = true;
  if (Object.keys(font).length > 0) style.font = font;
  return { type: "expression", formulae: [formula], style };
}

/** A relative date: "TODAY" → TODAY(); "TOMORROW"/"YESTERDAY" likewise; else a date/number. */
function dateOrNumber(x: unknown, number: (x: unknown) => string): string {
  if (x === "TODAY") return "TODAY()";
  if (x === "TOMORROW") return "TODAY()+1";
  if (x === "YESTERDAY") return "TODAY()-1";
  if (typeof x === "string" && /^[A-Z_]+$/.test(x)) return "\u0000";
  return number(x);
}
