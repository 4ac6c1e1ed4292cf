/**
 * The add-on's own tab "Kế hoạch cử", written by "Lập kế hoạch cử…". The tab is recognised by
 * the developer metadata the add-on puts on it when it creates it — not by its name, so a user
 * may rename it, and a tab of the user's that happens to be called "Kế hoạch cử" is never
 * written into (the add-on's tab then takes another name). Developer metadata:
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
 * ("find the developer metadata … withKey … withLocationType").
 *
 * A run costs the same few calls whatever the plan's size: find the tab, read it (for what
 * changed), write the block over it, its formats and the header's note.
 */
import { PLAN_TAB } from "../core/schema";
import { asLiteralText } from "../core/text";
import { createOwnTab, findOwnTab, OWN_TAB_KEY } from "./own-tab";
import { DATE_FORMAT, type Workbook } from "./sheets";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The developer metadata key and value marking the plan's tab as the add-on's. */
export const PLAN_TAB_KEY = OWN_TAB_KEY;
export const PLAN_TAB_VALUE = "ke-hoach-cu";

/** The add-on's plan tab, if it made one: its sheet, its name, and its values. */
export function findPlanTab(workbook: Workbook): { sheet: Sheet; values: unknown[][] } | undefined {
  return findOwnTab(workbook, PLAN_TAB_VALUE);
}

/**
 * Creates the plan's tab at the end, marked as the add-on's: "Kế hoạch cử", or when the user
 * already has a tab of that name (or an alias), "Kế hoạch cử (2)", "(3)" … Warning-only
 * protection tells whoever edits it that the next plan replaces it.
 */
export function createPlanTab(workbook: Workbook, warning: string): Sheet {
  const sheet = createOwnTab(workbook, PLAN_TAB, PLAN_TAB_VALUE);
  sheet.protect().setWarningOnly(true).setDescription(warning);
  return sheet;
}

export interface PlanTabContent {
  header: readonly string[];
  rows: readonly (readonly unknown[])[];
  /** 0-based columns holding dates. */
  dateColumns: readonly number[];
  /** 0-based column of the status, coloured by `backgrounds` (one per row). */
  statusColumn: number;
  backgrounds: readonly (string | null)[];
  /** The header's first cell's note: when and how the plan was made. */
  note: string;
}

/**
 * Replaces the tab's content with the plan: one block of values over the previous plan (whose
 * `previousRows` rows past the new end are cleared), the dates' format, the statuses' colours,
 * the header in bold with its note. Text is written as text, never as a formula.
 */
export function writePlanTab(sheet: Sheet, content: PlanTabContent, previousRows: number): void {
  const width = content.header.length;
  const needed = content.rows.length + 1;
  const rows = sheet.getMaxRows();
  if (needed > rows) sheet.insertRowsAfter(rows, needed - rows);
  // The block below overwrites the previous plan; only its rows past the new end are cleared.
  if (previousRows > needed) {
    sheet.getRange(needed + 1, 1, previousRows - needed, sheet.getMaxColumns()).clear();
  }
  const matrix = [content.header, ...content.rows].map((row) =>
    row.map((v) => (typeof v === "string" ? asLiteralText(v) : (v ?? ""))),
  );
  sheet.getRange(1, 1, matrix.length, width).setValues(matrix);
  const header = sheet.getRange(1, 1, 1, width);
  header.setFontWeight("bold");
  sheet.getRange(1, 1).setNote(content.note);
  const n = content.rows.length;
  if (n === 0) return;
  for (const c of content.dateColumns) sheet.getRange(2, c + 1, n, 1).setNumberFormat(DATE_FORMAT);
  sheet
    .getRange(2, content.statusColumn + 1, n, 1)
    .setBackgrounds(content.backgrounds.map((b) => [b as string]));
  sheet.getRange(2, width, n, 1).setWrap(true);
}

/** Shows the plan's tab to the user who asked for it. */
export function showPlanTab(sheet: Sheet): void {
  sheet.activate();
}
