/**
 * .xlsx → SpreadsheetModel: what Google Sheets would hold after importing the file.
 *
 * Kept: values (date cells as instants of local midnight — or the time — in the spreadsheet's
 * zone), formulas with their cached results, notes, backgrounds, font colour/weight/style,
 * number formats, horizontal alignment, wrapping, data validations, conditional formats (the
 * kinds Sheets has), frozen rows/columns, column widths and hidden columns.
 * Rich text: a hyperlink cell becomes a text linked as a whole, styled runs keep their style.
 * Not kept: merged cells, images, charts, theme colours.
 */
import ExcelJS from "exceljs";
import { parseA1Range } from "../gas-runtime/a1.ts";
import type {
  CellModel,
  CellValue,
  ConditionalFormatRuleModel,
  DataValidationModel,
  RichTextRunModel,
  SheetModel,
  TextStyleModel,
} from "../gas-runtime/model.ts";
import { SpreadsheetModel } from "../gas-runtime/model.ts";
import { instantFromWallClock } from "./zone.ts";

export interface ReadOptions {
  /** The spreadsheet's time zone (the dates' zone). Default Asia/Ho_Chi_Minh. */
  timeZone?: string;
  /** The spreadsheet's name; default the file name without extension. */
  name?: string;
}

/** Pixels per character of column width (Calibri 11, Excel's default font). */
export const PIXELS_PER_CHARACTER = 7;

export async function readXlsxFile(
  path: string,
  options: ReadOptions = {},
): Promise<SpreadsheetModel> {
  const { readFile } = await import("node:fs/promises");
  const { basename, extname } = await import("node:path");
  const buffer = await readFile(path);
  return readXlsx(buffer, { name: basename(path, extname(path)), ...options });
}

/** Why bytes are not an .xlsx workbook; the message is Vietnamese and names no library. */
export class NotAWorkbookError extends Error {
  constructor(
    readonly reason: "notZip" | "protected" | "noWorkbook" | "damaged",
    message: string,
  ) {
    super(message);
    this.name = "NotAWorkbookError";
  }
}

const ZIP = [0x50, 0x4b]; // "PK": every .xlsx is a zip archive
/** An OLE2 compound file: an old .xls, or an .xlsx protected with a password (encrypted). */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Refuses, in Vietnamese, what is not an .xlsx workbook before any library reads it: text, a
 * .csv, an image, an old .xls or a password-protected file. The zip library's own messages
 * (in English) never reach the user.
 */
function refuseNonWorkbook(bytes: Uint8Array): void {
  if (startsWith(bytes, COMPOUND_FILE)) {
    throw new NotAWorkbookError(
      "protected",
      "tệp là bảng tính Excel cũ (.xls) hoặc .xlsx có đặt mật khẩu; hãy mở nó, bỏ mật khẩu nếu có, rồi lưu lại dạng .xlsx",
    );
  }
  if (!startsWith(bytes, ZIP)) {
    throw new NotAWorkbookError(
      "notZip",
      "tệp không phải bảng tính .xlsx (có thể là .csv, văn bản hoặc tệp khác đổi đuôi thành .xlsx)",
    );
  }
}

export async function readXlsx(
  data: Uint8Array | ArrayBuffer,
  options: ReadOptions = {},
): Promise<SpreadsheetModel> {
  const timeZone = options.timeZone ?? "Asia/Ho_Chi_Minh";
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  refuseNonWorkbook(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typing predates Node's generic Buffer; the bytes are what it wants.
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new NotAWorkbookError(
      "damaged",
      "tệp nén .xlsx bị hỏng hoặc tải về chưa trọn; hãy tải lại từ Google Sheets",
    );
  }
  // A zip that holds no workbook (any other archive renamed .xlsx) loads as zero sheets;
  // every real workbook has at least one.
  if (workbook.worksheets.length === 0) {
    throw new NotAWorkbookError(
      "noWorkbook",
      "tệp là một tệp nén nhưng không chứa bảng tính Excel nào",
    );
  }
  const model = new SpreadsheetModel({ name: options.name ?? "Đi cơ sở", timeZone });
  for (const ws of workbook.worksheets) {
    const sheet = model.addSheet(ws.name);
    readSheet(ws, sheet, timeZone);
  }
  return model;
}

function readSheet(ws: ExcelJS.Worksheet, sheet: SheetModel, timeZone: string): void {
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (xc, c) => {
      const cell = readCell(xc, timeZone);
      if (cell) Object.assign(sheet.cell(r, c), cell);
    });
  });

  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  if (view?.state === "frozen") {
    sheet.frozenRows = view.ySplit ?? 0;
    sheet.frozenColumns = view.xSplit ?? 0;
  }

  const columnCount = ws.columnCount;
  for (let c = 1; c <= columnCount; c++) {
    const column = ws.getColumn(c);
    if (column.width !== undefined) {
      sheet.columnWidths.set(c, Math.round(column.width * PIXELS_PER_CHARACTER));
    }
    if (column.hidden) sheet.hiddenColumns.add(c);
  }

  const validations = (ws as unknown as { dataValidations: { model: Record<string, unknown> } })
    .dataValidations.model;
  for (const [address, dv] of Object.entries(validations)) {
    if (!dv) continue;
    // exceljs spreads a validation over a range into one entry per cell address.
    const at = parseA1Range(address, sheet.maxRows, sheet.maxColumns);
    const model = validationFromXlsx(dv as ExcelJS.DataValidation, timeZone);
    if (at && model) sheet.cell(at.row, at.col).dataValidation = model;
  }

  const formats = (ws as unknown as { conditionalFormattings?: XlsxConditionalFormatting[] })
    .conditionalFormattings;
  for (const cf of formats ?? []) {
    for (const rule of cf.rules ?? []) {
      const model = conditionalRuleFromXlsx(cf.ref, rule);
      if (model) sheet.conditionalFormatRules.push(model);
    }
  }

  const dimensions = ws.dimensions as unknown as { bottom?: number; right?: number } | undefined;
  sheet.maxRows = Math.max(sheet.maxRows, dimensions?.bottom ?? 0, ws.rowCount);
  sheet.maxColumns = Math.max(sheet.maxColumns, dimensions?.right ?? 0, columnCount);
}

/** One cell's model, or undefined when nothing of it is worth keeping. */
export function readCell(xc: ExcelJS.Cell, timeZone: string): Partial<CellModel> | undefined {
  const out: Partial<CellModel> = {};
  const raw = xc.value as unknown;
  if (raw !== null && raw !== undefined) {
    if (typeof raw === "object" && !(raw instanceof Date)) {
      const v = raw as Record<string, unknown>;
      if ("formula" in v || "sharedFormula" in v) {
        const formula = xc.formula;
        if (formula) out.formula = `=${formula}`;
        out.value = plainValue(v.result, timeZone);
      } else {
        out.value = plainValue(raw, timeZone);
        const runs = typeof out.value === "string" ? richTextRuns(v) : [];
        if (runs.length > 0) out.richText = runs;
      }
    } else {
      out.value = plainValue(raw, timeZone);
    }
  }

  const note = xc.note as unknown;
  if (typeof note === "string" && note !== "") out.note = note;
  else if (note && typeof note === "object") {
    const texts = (note as { texts?: { text: string }[] }).texts ?? [];
    const text = texts.map((t) => t.text).join("");
    if (text !== "") out.note = text;
  }

  const fill = xc.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } };
  if (fill?.type === "pattern" && fill.pattern === "solid") {
    const colour = cssColour(fill.fgColor?.argb);
    if (colour) out.background = colour;
  }
  const font = xc.font as { bold?: boolean; italic?: boolean; color?: { argb?: string } };
  if (font?.bold) out.fontWeight = "bold";
  if (font?.italic) out.fontStyle = "italic";
  const fontColour = cssColour(font?.color?.argb);
  if (fontColour && fontColour !== "#000000") out.fontColor = fontColour;
  if (xc.numFmt && xc.numFmt !== "General") out.numberFormat = xc.numFmt;
  const alignment = xc.alignment as { horizontal?: string; wrapText?: boolean } | undefined;
  if (alignment?.horizontal) out.horizontalAlignment = alignment.horizontal;
  if (alignment?.wrapText) out.wrap = true;

  return Object.keys(out).length > 0 ? out : undefined;
}

/** The links and styled runs of a hyperlink or rich-text value, offsets in its text. */
function richTextRuns(v: Record<string, unknown>): RichTextRunModel[] {
  if (typeof v.hyperlink === "string" && typeof v.text === "string") {
    return [{ start: 0, end: v.text.length, link: v.hyperlink }];
  }
  if (!Array.isArray(v.richText)) return [];
  const runs: RichTextRunModel[] = [];
  let at = 0;
  for (const piece of v.richText as { text: string; font?: Partial<ExcelJS.Font> }[]) {
    const style = styleOf(piece.font ?? {});
    if (Object.keys(style).length > 0) runs.push({ start: at, end: at + piece.text.length, style });
    at += piece.text.length;
  }
  return runs;
}

function styleOf(font: Partial<ExcelJS.Font>): TextStyleModel {
  const style: TextStyleModel = {};
  if (font.bold) style.bold = true;
  if (font.italic) style.italic = true;
  if (font.underline) style.underline = true;
  if (font.strike) style.strikethrough = true;
  const colour = cssColour(font.color?.argb);
  if (colour) style.foregroundColor = colour;
  return style;
}

/** A value as Sheets holds it: Date → instant in the zone, rich text → its text, error → its code. */
function plainValue(raw: unknown, timeZone: string): CellValue {
  if (raw === null || raw === undefined) return null;
  if (raw instanceof Date) return instantFromWallClock(raw, timeZone);
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") return raw;
  if (typeof raw === "object") {
    const v = raw as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      return (v.richText as { text: string }[]).map((t) => t.text).join("");
    }
    if (typeof v.error === "string") return v.error;
    if ("text" in v) return plainValue(v.text, timeZone);
    if ("result" in v) return plainValue(v.result, timeZone);
  }
  return String(raw);
}

/** "FFF4C7C3" → "#f4c7c3"; undefined for theme/indexed colours. */
export function cssColour(argb: string | undefined): string | undefined {
  if (!argb || !/^[0-9a-f]{8}$/i.test(argb)) return undefined;
  return `#${argb.slice(2).toLowerCase()}`;
}

/** An Excel operator → Sheets' criteria, for numbers (validations, cellIs conditions) and dates. */
export const NUMBER_CRITERIA: Record<string, string> = {
  between: "NUMBER_BETWEEN",
  notBetween: "NUMBER_NOT_BETWEEN",
  equal: "NUMBER_EQUAL_TO",
  notEqual: "NUMBER_NOT_EQUAL_TO",
  greaterThan: "NUMBER_GREATER_THAN",
  greaterThanOrEqual: "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  lessThan: "NUMBER_LESS_THAN",
  lessThanOrEqual: "NUMBER_LESS_THAN_OR_EQUAL_TO",
};

export const DATE_CRITERIA: Record<string, string> = {
  between: "DATE_BETWEEN",
  notBetween: "DATE_NOT_BETWEEN",
  equal: "DATE_EQUAL_TO",
  greaterThan: "DATE_AFTER",
  greaterThanOrEqual: "DATE_ON_OR_AFTER",
  lessThan: "DATE_BEFORE",
  lessThanOrEqual: "DATE_ON_OR_BEFORE",
};

/** Excel serial 1 = 1900-01-01: "a date after day 0" is how a valid-date rule is written. */
const VALID_DATE_LIMIT = Date.UTC(1900, 0, 1);

export function validationFromXlsx(
  dv: ExcelJS.DataValidation,
  timeZone: string,
): DataValidationModel | undefined {
  const allowInvalid = !dv.showErrorMessage || (dv.errorStyle ?? "stop") !== "stop";
  const base = { allowInvalid, ...(dv.prompt ? { helpText: dv.prompt } : {}) };
  const formulae = (dv.formulae ?? []) as unknown[];
  const first = formulae[0];
  switch (dv.type) {
    case "list": {
      if (typeof first !== "string") return undefined;
      if (first.startsWith('"')) {
        const items = first.slice(1, first.endsWith('"') ? -1 : undefined).split(",");
        return { criteria: "VALUE_IN_LIST", args: [items, true], ...base };
      }
      return { criteria: "VALUE_IN_RANGE", args: [first.replace(/\$/g, ""), true], ...base };
    }
    case "whole":
    case "decimal": {
      const criteria = NUMBER_CRITERIA[dv.operator ?? "between"];
      return criteria ? { criteria, args: formulae.map(Number), ...base } : undefined;
    }
    case "date": {
      const dates = formulae.map((f) =>
        f instanceof Date ? instantFromWallClock(f, timeZone) : f,
      );
      if (
        dv.operator === "greaterThan" &&
        first instanceof Date &&
        first.getTime() <= VALID_DATE_LIMIT
      ) {
        return { criteria: "DATE_IS_VALID_DATE", args: [], ...base };
      }
      const criteria = DATE_CRITERIA[dv.operator ?? "between"];
      return criteria ? { criteria, args: dates, ...base } : undefined;
    }
    case "custom":
      return typeof first === "string"
        ? { criteria: "CUSTOM_FORMULA", args: [`=${first}`], ...base }
        : undefined;
    default:
      return undefined;
  }
}

export interface XlsxConditionalRule {
  type: string;
  operator?: string;
  formulae?: unknown[];
  text?: string;
  style?: {
    fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } };
    font?: {
      color?: { argb?: string };
      bold?: boolean;
      italic?: boolean;
      underline?: boolean;
      strike?: boolean;
    };
  };
  priority?: number;
}

export interface XlsxConditionalFormatting {
  ref: string;
  rules: XlsxConditionalRule[];
}

export function conditionalRuleFromXlsx(
  ref: string,
  rule: XlsxConditionalRule,
): ConditionalFormatRuleModel | undefined {
  const formulae = (rule.formulae ?? []).map(String);
  let condition: string | undefined;
  let values: unknown[] = [];
  if (rule.type === "expression" && formulae[0]) {
    condition = "CUSTOM_FORMULA";
    values = [`=${formulae[0]}`];
  } else if (rule.type === "cellIs" && rule.operator) {
    const quoted = /^"(.*)"$/.exec(formulae[0] ?? "");
    if (rule.operator === "equal" && quoted) {
      condition = "TEXT_EQUAL_TO";
      values = [quoted[1]!.replace(/""/g, '"')];
    } else {
      condition = NUMBER_CRITERIA[rule.operator];
      values = formulae.map(Number);
    }
  } else if (rule.type === "containsText") {
    condition =
      rule.operator === "containsBlanks"
        ? "CELL_EMPTY"
        : rule.operator === "notContainsBlanks"
          ? "CELL_NOT_EMPTY"
          : rule.text !== undefined && rule.operator === "containsText"
            ? "TEXT_CONTAINS"
            : undefined;
    if (condition === "TEXT_CONTAINS") values = [rule.text];
  }
  if (!condition) return undefined;
  const out: ConditionalFormatRuleModel = {
    ranges: ref.split(/\s+/).filter(Boolean),
    condition,
    values,
  };
  const fill = rule.style?.fill;
  const background = cssColour(fill?.bgColor?.argb ?? fill?.fgColor?.argb);
  if (background) out.background = background;
  const font = rule.style?.font;
  const fontColour = cssColour(font?.color?.argb);
  if (fontColour) out.fontColor = fontColour;
  if (font?.bold) out.bold = true;
  if (font?.italic) out.italic = true;
  if (font?.underline) out.underline = true;
  if (font?.strike) out.strikethrough = true;
  return out;
}
