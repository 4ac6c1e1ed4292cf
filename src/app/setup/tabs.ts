/**
 * A tab's header row made complete: the missing headers appended at the right of the data
 * (existing columns never move), where each column ends up, the frozen header row.
 */
import type { Sheet } from "../../adapters/sheets";
import { isBlank } from "../../core/cells";
import { type ColumnSpec, locate } from "./columns";
import type { Report } from "./report";

/** Columns a tab ends up with: spec → 1-based column. */
export type Placed = { spec: ColumnSpec; column: number }[];

/** A tab as set-up finds it: its sheet, its data range's values, its 1-based header row. */
export interface FoundTab {
  sheet: Sheet;
  values: unknown[][];
  headerRow: number;
}

/** True when a data range holds nothing at all (a new sheet's [[""]]). */
export function isEmpty(values: readonly (readonly unknown[])[]): boolean {
  return values.every((row) => row.every((c) => isBlank(c)));
}

/**
 * Appends the headers `specs` lacks to the header row (row `headerRow`), at the right of the
 * data (one setValues), and returns where every spec's column is. A column already in the
 * header row, under any spelling the readers accept, is never added again.
 */
export function ensureHeaders(tab: FoundTab, specs: readonly ColumnSpec[], report: Report): Placed {
  const { sheet, values, headerRow } = tab;
  const header = values[headerRow - 1] ?? [];
  const found = locate(header, specs);
  const missing = specs.filter((_s, i) => found[i] === undefined);
  const first = isEmpty(values) ? 1 : Math.max(...values.map((r) => r.length)) + 1;
  const placed: Placed = [];
  let next = first;
  specs.forEach((spec, i) => {
    const at = found[i];
    if (at !== undefined) placed.push({ spec, column: at + 1 });
    else {
      placed.push({ spec, column: next });
      next += 1;
    }
  });
  if (missing.length > 0) {
    const maxColumns = sheet.getMaxColumns();
    const last = first + missing.length - 1;
    if (last > maxColumns) sheet.insertColumnsAfter(maxColumns, last - maxColumns);
    sheet
      .getRange(headerRow, first, 1, missing.length)
      .setValues([missing.map((s) => s.def.header)])
      .setFontWeight("bold");
    report.addedHeaders += missing.length;
    if (first === 1) {
      // A tab that was empty: its header row grows with the new columns.
      values[headerRow - 1] = missing.map((s) => s.def.header);
    } else {
      values[headerRow - 1] = [...header, ...missing.map((s) => s.def.header)];
    }
  }
  return placed;
}

/** The rows below the header row of one column, as far as the sheet goes. */
export function dataColumn(
  sheet: Sheet,
  column: number,
  laid: { headerRow: number; maxRows: number },
) {
  return sheet.getRange(laid.headerRow + 1, column, Math.max(1, laid.maxRows - laid.headerRow), 1);
}

/** A tab as laid out: its sheet, actual name, header row, where each column is, and its rows. */
export interface Laid {
  sheet: Sheet;
  name: string;
  /** 1-based row of the header row. */
  headerRow: number;
  placed: Placed;
  maxRows: number;
}

/**
 * Freezes a tab down to its header row when nothing is frozen; rows the user froze (more or
 * fewer) are left as they are, and the report says so when they differ from the header row.
 */
export function freezeHeader(sheet: Sheet, tab: string, headerRow: number, report: Report): void {
  const frozen = sheet.getFrozenRows();
  if (frozen === 0) sheet.setFrozenRows(headerRow);
  else if (frozen !== headerRow) report.keptFrozen.push({ tab, rows: frozen });
}
