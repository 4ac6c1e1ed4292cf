/**
 * The add-on's own tabs ("Kế hoạch cử", the "Văn bản" log) are recognised by the developer
 * metadata the add-on puts on them when it creates them, never by their names: a user may
 * rename them, and a user's tab that happens to bear the same name is never written into.
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
 */
import { findTab } from "../core/headers";
import type { TabDef } from "../core/schema";
import type { Workbook } from "./sheets";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The developer metadata key every own tab carries; its value says which tab it is. */
export const OWN_TAB_KEY = "di-co-so.tab";

/** The add-on's tab marked `value`, if it made one: its sheet and values (one search, one read). */
export function findOwnTab(
  workbook: Workbook,
  value: string,
): { sheet: Sheet; values: unknown[][] } | undefined {
  const found = workbook.ss
    .createDeveloperMetadataFinder()
    .withKey(OWN_TAB_KEY)
    .withValue(value)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .find();
  const sheet = found[0]?.getLocation().getSheet();
  if (!sheet) return undefined;
  const values = sheet.getDataRange().getValues();
  workbook.toFixedOffset(values);
  return { sheet, values };
}

/**
 * Creates the add-on's tab `value` at the end, marked, its first row frozen: named `tab.name`,
 * or when the user already has a tab of that name (or an alias) "<name> (2)", "(3)" …
 */
export function createOwnTab(workbook: Workbook, tab: TabDef, value: string): Sheet {
  const names = workbook.sheets().map((s) => s.name);
  const taken = (name: string) => findTab(names, { name, aliases: [] }) !== undefined;
  let name = tab.name;
  if (findTab(names, tab) !== undefined) {
    let n = 2;
    while (taken(`${tab.name} (${n})`)) n += 1;
    name = `${tab.name} (${n})`;
  }
  const sheet = workbook.insertSheet(name);
  markOwnTab(sheet, value);
  sheet.setFrozenRows(1);
  return sheet;
}

/** Marks `sheet` as the add-on's tab `value`. */
export function markOwnTab(sheet: Sheet, value: string): void {
  sheet.addDeveloperMetadata(
    OWN_TAB_KEY,
    value,
    SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
  );
}
