/**
 * The add-on's log of documents, the tab "Văn bản": what every user of the spreadsheet sees of
 * the documents runs (each action, its link, the Drive version of a form when the add-on wrote
 * it). The tab is recognised by the developer metadata the add-on puts on it when it creates it,
 * never by its name: a tab of the user's called "Văn bản" or "Documents" is never written into
 * (the add-on's log then takes another name, and the run's message says which).
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
 *
 * The log grows as needed: rows are inserted when an append would pass the sheet's last row
 * (a range past getMaxRows() cannot be written,
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns).
 */
import type { TabDef } from "../core/schema";
import { asLiteralText } from "../core/text";
import { createOwnTab, findOwnTab, markOwnTab } from "./own-tab";
import { DATE_TIME_FORMAT, type Workbook } from "./sheets";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The developer metadata value marking the log as the add-on's (own-tab.ts). */
const LOG_TAB_VALUE = "van-ban";

export interface LogTab {
  sheet: Sheet;
  name: string;
  /** Its values, header row first (empty when just created). */
  values: unknown[][];
}

/** The add-on's log, if it made one (one metadata search, one read). */
export function findLogTab(workbook: Workbook): LogTab | undefined {
  const found = findOwnTab(workbook, LOG_TAB_VALUE);
  return found && { ...found, name: found.sheet.getName() };
}

/**
 * Creates the log at the end, marked as the add-on's, its header in bold: named `tab.name`, or
 * when the user already has a tab of that name (or an alias) "Văn bản (2)", "(3)" …
 */
export function createLogTab(workbook: Workbook, tab: TabDef, header: readonly string[]): LogTab {
  return markLogTab(createOwnTab(workbook, tab, LOG_TAB_VALUE), [], header);
}

/** Marks `sheet` as the add-on's log and writes its header (the rows below are kept). */
export function markLogTab(sheet: Sheet, values: unknown[][], header: readonly string[]): LogTab {
  markOwnTab(sheet, LOG_TAB_VALUE);
  sheet
    .getRange(1, 1, 1, header.length)
    .setValues([[...header]])
    .setFontWeight("bold");
  const rows = values.length > 0 ? values : [[...header]];
  rows[0] = [...header];
  return { sheet, name: sheet.getName(), values: rows };
}

/**
 * Appends `rows` below the log's last row, inserting rows first when the sheet is too short;
 * `timeColumn` (0-based) gets the date-and-time format. Text is written as text.
 */
export function appendLogRows(
  log: LogTab,
  rows: readonly (readonly unknown[])[],
  timeColumn: number,
) {
  if (rows.length === 0) return;
  const { sheet } = log;
  const last = Math.max(1, sheet.getLastRow());
  const max = sheet.getMaxRows();
  if (last + rows.length > max) sheet.insertRowsAfter(max, last + rows.length - max);
  const width = Math.max(...rows.map((r) => r.length));
  const matrix = rows.map((r) =>
    Array.from({ length: width }, (_v, i) => {
      const v = r[i];
      return typeof v === "string" ? asLiteralText(v) : (v ?? "");
    }),
  );
  sheet.getRange(last + 1, 1, matrix.length, width).setValues(matrix);
  sheet.getRange(last + 1, timeColumn + 1, matrix.length, 1).setNumberFormat(DATE_TIME_FORMAT);
  log.values.push(...matrix);
}
