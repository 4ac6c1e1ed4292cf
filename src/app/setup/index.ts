/**
 * "Thiết lập bảng tính": makes a spreadsheet ready for the add-on without touching any data.
 * - creates the missing tabs (Cán bộ, Đợt cử đi, Đơn vị, Cấu hình);
 * - appends the missing headers at the right of each tab (existing columns never move);
 * - dropdowns for every vocabulary (existing odd values are flagged, not rejected), units from
 *   "Đơn vị", cadre IDs from "Cán bộ", date validation on date columns;
 * - a frozen header row; conditional formatting of the statuses and of overdue reports;
 * - "Cấu hình" gains every missing key with its default and an explanatory note;
 * - "Đơn vị" is seeded with Tây Ninh's units when it has none.
 * Running it twice gives the same sheet as running it once.
 */
import { type Sheet, Workbook } from "../../adapters/sheets";
import { headerRowOf } from "../../core/headers";
import { TABS, type TabDef } from "../../core/schema";
import type { Settings } from "../../core/settings";
import { readSettings } from "../../core/settings-tab";
import { runCommand } from "../command";
import { type ColumnSpec, postingSpecs, rosterSpecs, unitSpecs } from "./columns";
import { applyHighlights } from "./highlights";
import { newReport, type Report, summary } from "./report";
import { ensureSettings, settingsForSetUp } from "./settings";
import { ensureHeaders, freezeHeader, type Laid } from "./tabs";
import { seedUnits } from "./units";
import { applyValidation } from "./validation";

/** The four tabs set-up works on, each found under any of its names or created. */
const ORDER = [TABS.roster, TABS.postings, TABS.units, TABS.settings] as const;

/** Each tab's sheet, the missing ones created (and named in the report). */
function ensureTabs(workbook: Workbook, report: Report): Map<TabDef, Sheet> {
  const sheets = new Map<TabDef, Sheet>();
  for (const tab of ORDER) {
    let sheet = workbook.find(tab);
    if (!sheet) {
      sheet = workbook.insert(tab);
      report.createdTabs.push(tab.name);
    }
    sheets.set(tab, sheet);
  }
  return sheets;
}

/** The name a sheet goes by in the workbook (an alias such as "Cadres" is kept). */
function nameOf(workbook: Workbook, sheet: Sheet): string {
  return workbook.sheets().find((s) => s.sheet === sheet)?.name ?? sheet.getName();
}

/**
 * "Cấu hình" completed, and the settings the other tabs' columns follow (the roster's rating
 * columns follow the plan period), with what set-up says about them; its name and header row.
 */
function setUpSettings(workbook: Workbook, sheet: Sheet, report: Report) {
  const values = sheet.getDataRange().getValues();
  ensureSettings(sheet, values, report);
  const name = nameOf(workbook, sheet);
  const read = readSettings(values, workbook.offsetMinutes(), name);
  return {
    ...settingsForSetUp(read, name),
    name,
    headerRow: headerRowOf(TABS.settings, values) + 1,
  };
}

/** Đơn vị, Cán bộ and Đợt cử đi with their headers completed (Đơn vị seeded when empty). */
function layTabs(
  workbook: Workbook,
  sheets: ReadonlyMap<TabDef, Sheet>,
  settings: Settings,
  report: Report,
): Map<TabDef, Laid> {
  const specs = new Map<TabDef, ColumnSpec[]>([
    [TABS.roster, rosterSpecs(settings)],
    [TABS.postings, postingSpecs(settings)],
    [TABS.units, unitSpecs()],
  ]);
  const laid = new Map<TabDef, Laid>();
  for (const tab of [TABS.units, TABS.roster, TABS.postings]) {
    const sheet = sheets.get(tab)!;
    const name = nameOf(workbook, sheet);
    const values = sheet.getDataRange().getValues();
    const headerRow = headerRowOf(tab, values) + 1;
    if (headerRow > 1) report.headerRows.push({ tab: name, row: headerRow });
    const found = { sheet, values, headerRow };
    const placed = ensureHeaders(found, specs.get(tab)!, report);
    if (tab === TABS.units) seedUnits(found, placed, report);
    laid.set(tab, { sheet, name, headerRow, placed, maxRows: sheet.getMaxRows() });
  }
  return laid;
}

/** Menu "Thiết lập bảng tính". */
export function menuSetUp(): void {
  runCommand((ctx) => {
    const workbook = Workbook.active();
    const report = newReport();
    const sheets = ensureTabs(workbook, report);
    const settingsSheet = sheets.get(TABS.settings)!;
    const settings = setUpSettings(workbook, settingsSheet, report);
    const laid = layTabs(workbook, sheets, settings.settings, report);
    for (const [tab, one] of laid) {
      freezeHeader(one.sheet, one.name, one.headerRow, report);
      applyValidation(one, laid, report);
      applyHighlights(tab, one);
    }
    freezeHeader(settingsSheet, settings.name, settings.headerRow, report);
    ctx.toast(summary(report, settings.said), 10);
  });
}
