/**
 * What a custom function (=ELIGIBILITY, =REPORT_DUE, =AGE_LIMIT) reads a row with: the header
 * row, the settings, the time zone.
 *
 * Sheets runs each custom-function cell as its own execution and recalculates it only when
 * its arguments change (https://developers.google.com/apps-script/guides/sheets/functions).
 * So there are two forms:
 * - the full form, `=REPORT_DUE(A2:U2; A$1:U$1; 'Cấu hình'!A:B)`: the header row and the
 *   "Cấu hình" tab are arguments. Sheets recalculates the cell when either changes, and the
 *   cell costs no service call: the time zone is the add-on's own (appsscript.json), confirmed
 *   by the argument's date cells being local midnights there (zone.ts); only a spreadsheet
 *   kept in another zone is asked for its zone.
 * - the one-argument form, `=REPORT_DUE(A2:U2)`: the header is found above the argument (among
 *   the first rows of the argument's sheet, else of the function's own tab, at the same
 *   columns) and the settings read from "Cấu hình"; both are kept for this execution and
 *   HEADER_CACHE_SECONDS in the document cache. It costs a few service calls per cell, and does
 *   not notice a change of the header or the settings until its row changes.
 */
import { type Cache, documentCache } from "../../adapters/cache";
import { activeRange, type Sheet, sheetNamed, Workbook } from "../../adapters/sheets";
import { HEADER_SEARCH_ROWS, headerRowOf } from "../../core/headers";
import type { Text } from "../../core/i18n";
import type { Settings } from "../../core/settings";
import { argumentWidth, asRows, firstReference, isMessage, isOmitted } from "./arguments";
import { dateColumnIndex, type Home, notAHeader, otherHome, wrongTab } from "./home";
import { settingsDates, settingsFromArgument, settingsFromTab, settingsOf } from "./settings";
import { columnCells, type Zone, zoneFor } from "./zone";

/** Seconds a header row and the settings stay cached across executions. */
const HEADER_CACHE_SECONDS = 30;

/** What a custom function reads a row with. */
export interface HeaderContext extends Zone {
  /** The header row of the function's tab, at the argument's columns. */
  header: unknown[];
  settings: Settings;
}

/** This execution's memo of the one-argument form (a new execution starts empty). */
const memo = new Map<string, HeaderContext>();

/** The sheet and 1-based first column of the calling formula's argument. */
function argumentSource(fn: string): {
  sheet: Sheet | null;
  column: number;
} {
  const cell = activeRange();
  if (!cell) return { sheet: null, column: 1 };
  let sheet = cell.getSheet();
  let column = 1;
  const ref = firstReference(cell.getFormula(), fn);
  if (ref) {
    column = ref.column;
    if (ref.sheetName !== undefined) {
      sheet = sheetNamed(ref.sheetName) ?? sheet;
    }
  }
  return { sheet, column };
}

/** The context another execution kept under `key` in the document cache, now in the memo too. */
function cachedContext(key: string, cache: Cache | null): HeaderContext | undefined {
  const cached = cache?.get(key);
  if (!cached) return undefined;
  try {
    const parsed = JSON.parse(cached) as HeaderContext;
    memo.set(key, parsed);
    return parsed;
  } catch {
    return undefined; // read afresh
  }
}

/** Where the one-argument form looks for its header row. */
interface Search {
  home: Home;
  workbook: Workbook;
  /** The argument's sheet, if known. */
  sheet: Sheet | null;
  /** The argument's 1-based first column and its width. */
  column: number;
  width: number;
}

/** The first rows of `sheet` at the argument's columns. */
function topRows(sheet: Sheet, search: Search): unknown[][] {
  const rows = Math.min(HEADER_SEARCH_ROWS, sheet.getMaxRows());
  return sheet.getRange(1, search.column, rows, search.width).getValues();
}

/** `home`'s header row among `top` (a title may stand above it), if there. */
function headerAmong(top: unknown[][], home: Home, offset: number): unknown[] | undefined {
  const row = top[headerRowOf(home.tab, top)] ?? [];
  return home.fits(row, offset) ? row : undefined;
}

/**
 * The header row above the argument: among the first rows of the argument's sheet when it is
 * `home`'s header (a header of the other tab there says the row is of the wrong tab), else
 * among those of `home.tab`; no header at all gives `home.noHeader`.
 */
function findHeader(search: Search, offset: number): unknown[] | Text {
  const { home, sheet } = search;
  if (sheet) {
    const top = topRows(sheet, search);
    const header = headerAmong(top, home, offset);
    if (header) return header;
    if (headerAmong(top, otherHome(home), offset)) return wrongTab(home);
  }
  const tabSheet = search.workbook.find(home.tab);
  if (tabSheet && (!sheet || tabSheet.getSheetId() !== sheet.getSheetId())) {
    const header = headerAmong(topRows(tabSheet, search), home, offset);
    if (header) return header;
  }
  return home.noHeader;
}

/**
 * The one-argument form's context: the header row above `home.fn`'s argument of `width`
 * columns, found among the first rows of the argument's sheet (the formula's own sheet unless
 * the formula names another; core/headers.ts headerRowOf) when it is `home`'s header, else
 * among those of `home.tab` at the same columns; the settings from "Cấu hình"; the
 * spreadsheet's zone. A header of the other tab there says the row is of the wrong tab; no
 * header at all gives `home.noHeader`.
 */
function headerContext(home: Home, width: number): HeaderContext | Text {
  const { sheet, column } = argumentSource(home.fn);
  const key = `${home.fn}:v5:${sheet ? sheet.getName() : ""}:${column}:${width}`;
  const known = memo.get(key);
  if (known) return known;
  const cache = documentCache();
  const cached = cachedContext(key, cache);
  if (cached) return cached;
  const workbook = Workbook.active();
  const offset = workbook.offsetMinutes();
  const settings = settingsFromTab(workbook);
  if (isMessage(settings)) return settings;
  const header = findHeader({ home, workbook, sheet, column, width }, offset);
  if (!Array.isArray(header)) return header;
  const context: HeaderContext = { header, settings, offset, zone: workbook.zone() };
  memo.set(key, context);
  // A refused value (a full cache) only costs a re-read next time.
  cache?.put(key, JSON.stringify(context), HEADER_CACHE_SECONDS);
  return context;
}

/**
 * What `home.fn` reads `rows` with, in either form. `header` and `settings` are the optional
 * arguments (omitted: found as the one-argument form finds them); `dates` are further date
 * cells the function reads (its own date argument), which also tell the zone.
 */
export function contextFor(
  home: Home,
  rows: readonly unknown[][],
  given: { header?: unknown; settings?: unknown; dates?: readonly unknown[] },
): HeaderContext | Text {
  if (isOmitted(given.header)) {
    const found = headerContext(home, argumentWidth(rows as unknown[][]));
    if (!("header" in found) || isOmitted(given.settings)) return found;
    const settings = settingsFromArgument(given.settings, found);
    return isMessage(settings) ? settings : { ...found, settings };
  }
  const header = asRows(given.header)[0] ?? [];
  const dateIndex = dateColumnIndex(home, header);
  const zone = zoneFor([
    ...columnCells(rows, dateIndex),
    ...settingsDates(given.settings),
    ...(given.dates ?? []),
  ]);
  if (!home.fits(header, zone.offset)) {
    return otherHome(home).fits(header, zone.offset) ? wrongTab(home) : notAHeader(home);
  }
  const settings = settingsOf(given.settings, zone);
  return isMessage(settings) ? settings : { ...zone, header, settings };
}
