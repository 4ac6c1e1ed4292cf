/**
 * A custom function's arguments as Sheets hands them over: rows of a range or one value, an
 * optional argument left out, the formula's first range, and the messages its cells show.
 */
import type { Text } from "../../core/i18n";

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

/**
 * A custom function's message, as its cell shows it: in Vietnamese, whoever's edit made Sheets
 * compute it, like everything else the add-on puts in cells of the shared sheet (and without
 * a service call to read the user's locale).
 */
export function cellMessage(text: Text): string {
  return text.vi;
}

/** An optional argument left out: Apps Script passes undefined (an empty cell gives ""). */
export function isOmitted(arg: unknown): boolean {
  return arg === undefined || arg === null;
}

/** Whether a custom function's helper answered with a message instead of a value. */
export function isMessage(value: object): value is Text {
  return "vi" in value && "en" in value;
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
