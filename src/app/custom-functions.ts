/**
 * What the custom functions (=ELIGIBILITY, =REPORT_DUE) share: reading their range argument,
 * and finding the header row above it. A custom function receives only the values of its
 * argument, so the columns are found through the formula's own sheet: row 1 from the
 * argument's first column. That header and the settings are read once, kept for this
 * execution and for HEADER_CACHE_SECONDS in the document cache, so a column of 1 000 formulas
 * does not read the header 1 000 times (custom functions are read-only and must stay far
 * inside their 30 s).
 */
import { Workbook } from "../adapters/sheets";
import type { Text } from "../core/i18n";
import type { TabDef } from "../core/schema";
import type { Settings } from "../core/settings";
import { type OffsetAt, toFixedOffset, zoneOffsets } from "../core/zone";
import { UserError } from "./command";
import { loadSettings } from "./settings";

/** Seconds a header row and the settings stay cached across executions. */
export const HEADER_CACHE_SECONDS = 30;

/** Rows of a custom function's argument: a range gives a 2-D array, a single cell a value. */
export function asRows(arg: unknown): unknown[][] {
  if (Array.isArray(arg)) return arg.map((r) => (Array.isArray(r) ? (r as unknown[]) : [r]));
  return [[arg]];
}

/** The width of a custom function's argument: its widest row, at least 1. */
export function argumentWidth(rows: readonly unknown[][]): number {
  return rows.reduce((w, r) => Math.max(w, r.length), 1);
}

/** The same text in every row the formula fills: one cell for one row, else a column. */
export function everyRow(rows: readonly unknown[][], text: string): string | string[][] {
  return rows.length === 1 ? text : rows.map(() => [text]);
}

/** Where a formula's first range argument starts: its sheet (if named) and 1-based column. */
export function firstReference(
  formula: string,
  fn: string,
): { sheetName?: string; column: number; row?: number } | undefined {
  const at = formula.toUpperCase().indexOf(`${fn.toUpperCase()}(`);
  if (at < 0) return undefined;
  const rest = formula.slice(at + fn.length + 1);
  const m = /^\s*(?:(?:'((?:[^']|'')+)'|([^\s'!(),;:]+))!)?\$?([A-Za-z]{1,3})\$?(\d*)/.exec(rest);
  if (!m) return undefined;
  const letters = (m[3] as string).toUpperCase();
  let column = 0;
  for (const ch of letters) column = column * 26 + (ch.charCodeAt(0) - 64);
  const sheetName = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const out: { sheetName?: string; column: number; row?: number } = { column };
  if (sheetName !== undefined) out.sheetName = sheetName;
  if (m[4]) out.row = Number(m[4]);
  return out;
}

/** What a custom function needs besides its argument's values. */
export interface HeaderContext {
  /** Row 1 above the argument, from its first column, as wide as the argument. */
  header: unknown[];
  settings: Settings;
  /** The spreadsheet zone's UTC offset in minutes, now. */
  offset: number;
  /** The spreadsheet's time zone. */
  zone: string;
}

/** This execution's memo (a new execution starts with an empty one in Apps Script). */
const memo = new Map<string, HeaderContext>();

function documentCache(): GoogleAppsScript.Cache.Cache | null {
  try {
    return CacheService.getDocumentCache();
  } catch {
    return null;
  }
}

/** The sheet and 1-based first column of the calling formula's argument. */
function argumentSource(fn: string): {
  sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  column: number;
} {
  const cell = SpreadsheetApp.getActiveRange();
  if (!cell) return { sheet: null, column: 1 };
  let sheet = cell.getSheet();
  let column = 1;
  const ref = firstReference(cell.getFormula(), fn);
  if (ref) {
    column = ref.column;
    if (ref.sheetName !== undefined) {
      sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(ref.sheetName) ?? sheet;
    }
  }
  return { sheet, column };
}

/**
 * The header row above custom function `fn`'s argument of `width` columns: row 1 of the
 * argument's sheet (the formula's own sheet unless the formula names another) when `fits`
 * accepts it, else row 1 of `tab` at the same columns. When neither fits, the `noHeader`
 * message; when a setting cannot be read, that setting's message.
 */
export function headerContext(
  fn: string,
  width: number,
  home: {
    tab: TabDef;
    fits: (header: readonly unknown[], offset: number) => boolean;
    noHeader: Text;
  },
): HeaderContext | Text {
  const { sheet, column } = argumentSource(fn);
  const key = `${fn}:v3:${sheet ? sheet.getName() : ""}:${column}:${width}`;
  const known = memo.get(key);
  if (known) return known;
  const cache = documentCache();
  const cached = cache?.get(key);
  if (cached) {
    try {
      const parsed = JSON.parse(cached) as HeaderContext;
      memo.set(key, parsed);
      return parsed;
    } catch {
      // read afresh below
    }
  }
  const workbook = Workbook.active();
  const offset = workbook.offsetMinutes();
  let settings: Settings;
  try {
    settings = loadSettings(workbook).settings;
  } catch (error) {
    if (error instanceof UserError) return error.text;
    throw error;
  }
  let header: unknown[] | undefined;
  if (sheet) {
    const row = sheet.getRange(1, column, 1, width).getValues()[0] ?? [];
    if (home.fits(row, offset)) header = row;
  }
  if (!header) {
    const tabSheet = workbook.find(home.tab);
    if (tabSheet && (!sheet || tabSheet.getSheetId() !== sheet.getSheetId())) {
      const row = tabSheet.getRange(1, column, 1, width).getValues()[0] ?? [];
      if (home.fits(row, offset)) header = row;
    }
  }
  if (!header) return home.noHeader;
  const context: HeaderContext = { header, settings, offset, zone: workbook.zone() };
  memo.set(key, context);
  try {
    cache?.put(key, JSON.stringify(context), HEADER_CACHE_SECONDS);
  } catch {
    // a full cache only costs a re-read next time
  }
  return context;
}

/**
 * Re-expresses, in place, the Date cells of a custom function's argument for the core's fixed
 * offset, as Workbook.read does for the tabs (core/zone.ts), and returns the rows.
 */
export function inFixedOffset(rows: unknown[][], ctx: HeaderContext): unknown[][] {
  toFixedOffset(rows, offsetsOf(ctx), ctx.offset);
  return rows;
}

/** This execution's zone offsets, by zone (Intl formatters are made once). */
const offsetsByZone = new Map<string, OffsetAt>();

/**
 * The spreadsheet zone's UTC offset at any instant (core/zone.ts), made once per execution;
 * where Intl does not know the zone, the offset of now for every instant.
 */
export function offsetsOf(ctx: HeaderContext): OffsetAt {
  let offsets = offsetsByZone.get(ctx.zone);
  if (!offsets) {
    offsets = zoneOffsets(ctx.zone, Date.now()) ?? (() => ctx.offset);
    offsetsByZone.set(ctx.zone, offsets);
  }
  return offsets;
}

/** A cell that cannot be computed shows a readable message; the details go to the log. */
export { logError } from "./command";
