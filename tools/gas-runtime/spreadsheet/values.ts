/**
 * Cell values as Sheets treats them: what a value written by the script becomes (as if typed into
 * the cell), how a cell displays, the names Google's messages give to argument types, and the
 * dimension check of every 2-D setter.
 * https://support.google.com/docs/answer/58515 (text, numbers, dates as typed)
 */
import type { GridRange } from "../a1.ts";
import type { CellModel, CellValue } from "../model.ts";
import { formatDate, instantOf, localTime } from "../time.ts";

/** What value handling needs of the runtime: the spreadsheet's zone and Google-style failure. */
export interface ValueContext {
  readonly timeZone: string;
  fail(message: string): never;
}

const MAX_CELL_CHARS = 50_000;
const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export function isDateValue(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

function hostDate(v: Date): Date {
  return new Date(Date.prototype.getTime.call(v));
}

/** The type name Google's "Cannot find method …" and "The parameters (…)" messages use. */
export function typeName(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (Array.isArray(v)) return `${v.length > 0 ? typeName(v[0]) : "Object"}[]`;
  if (isDateValue(v)) return "Date";
  if (typeof v === "string") return "String";
  if (typeof v === "object") return "Object";
  return typeof v;
}

/** A valid day and time of yyyy-mm-dd[ hh:mm[:ss]] text, as an instant in the zone; else null. */
function isoDate(t: string, timeZone: string): Date | null {
  const m = ISO_DATE_RE.exec(t);
  if (!m) return null;
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = m
    .slice(1)
    .map((x) => (x === undefined ? 0 : Number(x)));
  const probe = new Date(Date.UTC(y, mo - 1, d));
  const valid =
    probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
  return valid ? new Date(instantOf(timeZone, y, mo, d, h, mi, s)) : null;
}

/**
 * A value written by setValue(s)/appendRow, interpreted as if typed into the cell: "=…" is a
 * formula, "'…" literal text, numeric text a number, TRUE/FALSE a boolean, yyyy-mm-dd a date.
 * In a cell formatted as plain text ("@") strings stay text.
 */
export function typedValue(
  v: unknown,
  textFormat: boolean,
  ctx: ValueContext,
): { value: CellValue; formula?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === "number" || typeof v === "boolean") return { value: v };
  if (isDateValue(v)) return { value: hostDate(v) };
  if (typeof v !== "string") return typedValue(String(v), textFormat, ctx);
  if (v.length > MAX_CELL_CHARS) {
    ctx.fail(
      `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
    );
  }
  if (v === "") return { value: null };
  if (textFormat) return { value: v };
  if (v.startsWith("'")) return { value: v.length > 1 ? v.slice(1) : null };
  if (v.startsWith("=") && v.length > 1) return { value: null, formula: v };
  const t = v.trim();
  if (NUMBER_RE.test(t)) return { value: Number(t) };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  return { value: isoDate(t, ctx.timeZone) ?? v };
}

/** Writes a value as typed into the cell (see typedValue); it replaces the cell's rich text. */
export function writeTyped(cell: CellModel, v: unknown, ctx: ValueContext): void {
  const t = typedValue(v, cell.numberFormat === "@", ctx);
  cell.value = t.value;
  if (t.formula) cell.formula = t.formula;
  else delete cell.formula;
  delete cell.richText;
}

/** Writes a formula ("=…"); other text is written as typed. */
export function writeFormula(cell: CellModel, formula: unknown, ctx: ValueContext): void {
  const f = String(formula ?? "");
  if (!f.startsWith("=")) {
    writeTyped(cell, f, ctx);
    return;
  }
  cell.formula = f;
  cell.value = null;
  delete cell.richText;
}

/** The text a cell shows (getDisplayValue). */
export function displayValue(cell: CellModel | undefined, timeZone: string): string {
  const v = cell?.value ?? null;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") {
    const fmt = cell?.numberFormat;
    const m = fmt ? /^[#,]*0(?:\.(0+))?$/.exec(fmt) : null;
    if (m) {
      const s = v.toFixed(m[1]?.length ?? 0);
      return fmt?.includes(",") ? Number(s).toLocaleString("en-US") : s;
    }
    return String(v);
  }
  if (isDateValue(v)) {
    const ms = v.getTime();
    const t = localTime(ms, timeZone);
    const hasTime = t.hour || t.minute || t.second;
    return formatDate(ms, timeZone, hasTime ? "dd/MM/yyyy HH:mm:ss" : "dd/MM/yyyy");
  }
  return v;
}

/** The rows of a 2-D argument, or Google's message when it is not 2-D or not the range's size. */
export function check2D(
  values: unknown,
  g: GridRange,
  method: string,
  ctx: Pick<ValueContext, "fail">,
): unknown[][] {
  if (!Array.isArray(values) || values.some((r) => !Array.isArray(r))) {
    return ctx.fail(
      `The parameters (${typeName(values)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  const rows = values as unknown[][];
  if (rows.length !== g.numRows) {
    ctx.fail(
      `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${g.numRows}.`,
    );
  }
  for (const r of rows) {
    if (r.length !== g.numCols) {
      ctx.fail(
        `The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${g.numCols}.`,
      );
    }
  }
  return rows;
}
