/**
 * What the custom functions (=ELIGIBILITY, =REPORT_DUE, =AGE_LIMIT) share: reading their
 * arguments, and what they need besides a row: the header row, the settings, the time zone.
 *
 * Sheets runs each custom-function cell as its own execution and recalculates it only when
 * its arguments change (https://developers.google.com/apps-script/guides/sheets/functions).
 * So there are two forms:
 * - the full form, `=REPORT_DUE(A2:U2; A$1:U$1; 'Cấu hình'!A:B)`: the header row and the
 *   "Cấu hình" tab are arguments. Sheets recalculates the cell when either changes, and the
 *   cell costs no service call: the time zone is the add-on's own (appsscript.json), confirmed
 *   by the argument's date cells being local midnights there; only a spreadsheet kept in
 *   another zone is asked for its zone.
 * - the one-argument form, `=REPORT_DUE(A2:U2)`: the header is found above the argument (among
 *   the first rows of the argument's sheet, else of the function's own tab, at the same
 *   columns) and the settings read from "Cấu hình"; both are kept for this execution and HEADER_CACHE_SECONDS
 *   in the document cache. It costs a few service calls per cell, and does not notice a
 *   change of the header or the settings until its row changes.
 */
import manifest from "../../appsscript.json";
import { documentCache } from "../adapters/cache";
import { activeRange, type Sheet, sheetNamed, Workbook } from "../adapters/sheets";
import { isDate } from "../core/cells";
import { HEADER_SEARCH_ROWS, headerRowOf, mapColumns } from "../core/headers";
import type { Text } from "../core/i18n";
import { postingRowReader } from "../core/postings";
import { REQUIRED_HEADERS, rosterRowFromCells } from "../core/roster";
import {
  type ColumnDef,
  POSTING_COLUMNS,
  ROSTER_COLUMNS,
  SETTINGS_COLUMNS,
  TABS,
  type TabDef,
} from "../core/schema";
import type { Settings } from "../core/settings";
import { readSettings } from "../core/settings-tab";
import { fold } from "../core/text";
import { type OffsetAt, toFixedOffset, zoneOffsets } from "../core/zone";
import { UserError } from "./command";
import { loadSettings } from "./settings";

/** Seconds a header row and the settings stay cached across executions. */
export const HEADER_CACHE_SECONDS = 30;

/** The add-on's own time zone (the manifest's), which the full form assumes for the sheet. */
export const ADD_ON_ZONE: string = manifest.timeZone;

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

// ------------------------------------------------------------------ the tab a function reads

/** The tab whose rows a custom function reads, and how it recognises that tab's header. */
export interface Home {
  fn: "ELIGIBILITY" | "REPORT_DUE";
  tab: TabDef;
  /** One row of the tab, for messages: "một cán bộ" / "a cadre". */
  one: Text;
  /** Whether a row is this tab's header row. */
  fits: (header: readonly unknown[], offset: number) => boolean;
  /** A column that holds dates without a time: its cells tell the sheet's time zone. */
  dateColumn: ColumnDef;
  /** No header row found where the one-argument form looks. */
  noHeader: Text;
}

/** A roster header: one that holds the required columns (Mã CB, Họ và tên). */
function isRosterHeader(header: readonly unknown[], offset: number): boolean {
  const probe = rosterRowFromCells(header, [], offset);
  return REQUIRED_HEADERS.every((k) => !probe.absent.has(k));
}

/** A postings header: one that holds the "Ngày bắt đầu" column. */
function isPostingsHeader(header: readonly unknown[]): boolean {
  return postingRowReader(header).has("start");
}

export const ROSTER_HOME: Home = {
  fn: "ELIGIBILITY",
  tab: TABS.roster,
  one: { vi: "một cán bộ", en: "a cadre" },
  fits: isRosterHeader,
  dateColumn: ROSTER_COLUMNS.birth,
  noHeader: {
    vi: 'Không tìm thấy dòng tiêu đề có cột "Mã CB" và "Họ và tên" phía trên vùng được chọn. Hãy truyền cả dòng của tab Cán bộ, ví dụ =ELIGIBILITY(A2:Z2).',
    en: 'No header row with "Mã CB" and "Họ và tên" above the range. Pass a whole row of the Cán bộ tab, e.g. =ELIGIBILITY(A2:Z2).',
  },
};

export const POSTINGS_HOME: Home = {
  fn: "REPORT_DUE",
  tab: TABS.postings,
  one: { vi: "một đợt cử đi", en: "a posting" },
  fits: isPostingsHeader,
  dateColumn: POSTING_COLUMNS.start,
  noHeader: {
    vi: 'Không tìm thấy cột "Ngày bắt đầu" ở dòng tiêu đề phía trên vùng được chọn. Hãy truyền cả dòng của tab Đợt cử đi, ví dụ =REPORT_DUE(A2:Z2).',
    en: 'No "Ngày bắt đầu" (start date) column in the header row above the range. Pass a whole row of the Đợt cử đi tab, e.g. =REPORT_DUE(A2:Z2).',
  },
};

function otherHome(home: Home): Home {
  return home === ROSTER_HOME ? POSTINGS_HOME : ROSTER_HOME;
}

/** A row of the other tab given to `home`'s function. */
function wrongTab(home: Home): Text {
  const other = otherHome(home);
  return {
    vi: `Đây là dòng của tab "${other.tab.name}"; =${home.fn} đọc ${home.one.vi} của tab "${home.tab.name}", ví dụ =${home.fn}('${home.tab.name}'!A2:Z2).`,
    en: `This is a row of the "${other.tab.name}" tab; =${home.fn} reads ${home.one.en} of the "${home.tab.name}" tab, e.g. =${home.fn}('${home.tab.name}'!A2:Z2).`,
  };
}

/** The header row itself given as a row (e.g. =REPORT_DUE(A:U)). */
function headerRowText(home: Home): Text {
  return {
    vi: `Đây là dòng tiêu đề, không phải ${home.one.vi}; vùng nên bắt đầu từ dòng dưới tiêu đề, ví dụ =${home.fn}(A2:Z2).`,
    en: `This is the header row, not ${home.one.en}; start the range below the header, e.g. =${home.fn}(A2:Z2).`,
  };
}

/** The header argument is not `home`'s header row. */
function notAHeader(home: Home): Text {
  return {
    vi: `Đối số thứ hai phải là dòng tiêu đề của tab "${home.tab.name}", ví dụ A$1:Z$1.`,
    en: `The second argument must be the header row of the "${home.tab.name}" tab, e.g. A$1:Z$1.`,
  };
}

/**
 * A message for a row of the argument that is not `home`'s kind of row: the header row itself
 * (its date column holds that column's name), else undefined. `dateIndex` is the date column's
 * 0-based index in the header.
 */
export function headerRowProblem(
  home: Home,
  cells: readonly unknown[],
  dateIndex: number | undefined,
): Text | undefined {
  if (dateIndex === undefined) return undefined;
  const cell = cells[dateIndex];
  if (typeof cell !== "string") return undefined;
  const name = fold(cell);
  return name === fold(home.dateColumn.header) || name === fold(home.dateColumn.en)
    ? headerRowText(home)
    : undefined;
}

/** The 0-based column of `home`'s date column in `header`, if present. */
export function dateColumnIndex(home: Home, header: readonly unknown[]): number | undefined {
  return mapColumns(header, { date: home.dateColumn }).index.date;
}

// ------------------------------------------------------------------ time zone

/** A time zone and its offsets, for reading date cells and writing dates. */
export interface Zone {
  zone: string;
  /** The zone's UTC offset in minutes, now: the core's fixed offset. */
  offset: number;
}

/** This execution's zone offsets, by zone (Intl formatters are made once). */
const offsetsByZone = new Map<string, OffsetAt>();

/**
 * The zone's UTC offset at any instant (core/zone.ts), made once per execution; where Intl
 * does not know the zone, the offset of now for every instant.
 */
export function offsetsOf(ctx: Zone): OffsetAt {
  let offsets = offsetsByZone.get(ctx.zone);
  if (!offsets) {
    offsets = zoneOffsets(ctx.zone, Date.now()) ?? (() => ctx.offset);
    offsetsByZone.set(ctx.zone, offsets);
  }
  return offsets;
}

/** The spreadsheet's own zone (service calls). */
function spreadsheetZone(): Zone {
  const workbook = Workbook.active();
  return { zone: workbook.zone(), offset: workbook.offsetMinutes() };
}

/**
 * The sheet's time zone without a service call when `dates` allow it: Sheets hands a date cell
 * over as the instant of local midnight in the spreadsheet's zone, so when every Date among
 * `dates` is a local midnight in the add-on's zone, that zone gives every one of them its day.
 * Otherwise (a sheet kept in another zone) the spreadsheet is asked.
 */
export function zoneFor(dates: Iterable<unknown>): Zone {
  let own = offsetsByZone.get(ADD_ON_ZONE);
  if (!own) {
    own = zoneOffsets(ADD_ON_ZONE, Date.now());
    if (!own) return spreadsheetZone();
    offsetsByZone.set(ADD_ON_ZONE, own);
  }
  for (const cell of dates) {
    if (!isDate(cell)) continue;
    const ms = cell.getTime();
    if (!Number.isNaN(ms) && (ms + own(ms) * 60_000) % 86_400_000 !== 0) return spreadsheetZone();
  }
  return { zone: ADD_ON_ZONE, offset: own(Date.now()) };
}

/** The cells of column `index` of `rows` (nothing when there is no such column). */
export function* columnCells(rows: readonly unknown[][], index: number | undefined) {
  if (index === undefined) return;
  for (const row of rows) yield row[index];
}

/**
 * Re-expresses, in place, the Date cells of a custom function's argument for the core's fixed
 * offset, as Workbook.read does for the tabs (core/zone.ts), and returns the rows.
 */
export function inFixedOffset(rows: unknown[][], ctx: Zone): unknown[][] {
  toFixedOffset(rows, offsetsOf(ctx), ctx.offset);
  return rows;
}

/** Whether a custom function's helper answered with a message instead of a value. */
export function isMessage(value: object): value is Text {
  return "vi" in value && "en" in value;
}

// ------------------------------------------------------------------ settings

/** The settings argument is not the two columns of "Cấu hình". */
const NOT_SETTINGS: Text = {
  vi: `Đối số cấu hình phải là hai cột "${SETTINGS_COLUMNS.key.header}" và "${SETTINGS_COLUMNS.value.header}" của tab "${TABS.settings.name}", ví dụ '${TABS.settings.name}'!A:B.`,
  en: `The settings argument must be the "${SETTINGS_COLUMNS.key.header}" and "${SETTINGS_COLUMNS.value.header}" columns of the "${TABS.settings.name}" tab, e.g. '${TABS.settings.name}'!A:B.`,
};

const SETTINGS_HEADER = new Set(
  [SETTINGS_COLUMNS.key.header, SETTINGS_COLUMNS.key.en].map((h) => fold(h)),
);

/** The Date cells of a settings argument (its values), to tell the zone. */
export function settingsDates(arg: unknown): unknown[] {
  return isOmitted(arg) ? [] : asRows(arg).map((r) => r[1]);
}

/**
 * The settings given as an argument (`'Cấu hình'!A:B`: key, value, the header row first or not),
 * read as the tab is (core/settings.ts); a value that cannot be read gives its message, as a
 * menu command does. Keys the add-on does not know are ignored.
 */
export function settingsFromArgument(arg: unknown, ctx: Zone): Settings | Text {
  const rows = asRows(arg).map((r) => [...r]);
  if (argumentWidth(rows) < 2) return NOT_SETTINGS;
  inFixedOffset(rows, ctx);
  const first = rows[0]?.[0];
  const hasHeader = typeof first === "string" && SETTINGS_HEADER.has(fold(first));
  const read = readSettings(hasHeader ? rows : [["", ""], ...rows], ctx.offset);
  if (read.errors.length > 0) {
    return {
      vi: read.errors.map((e) => e.message.vi).join(" "),
      en: read.errors.map((e) => e.message.en).join(" "),
    };
  }
  return read.settings;
}

/** The settings from the "Cấu hình" tab (service calls), or the message of one it cannot read. */
function settingsFromTab(workbook: Workbook): Settings | Text {
  try {
    return loadSettings(workbook).settings;
  } catch (error) {
    if (error instanceof UserError) return error.text;
    throw error;
  }
}

/** The settings: from the argument when given, else from the tab. */
export function settingsOf(arg: unknown, ctx: Zone): Settings | Text {
  return isOmitted(arg) ? settingsFromTab(Workbook.active()) : settingsFromArgument(arg, ctx);
}

// ------------------------------------------------------------------ the header row

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

/**
 * The one-argument form's context: the header row above `home.fn`'s argument of `width`
 * columns, found among the first rows of the argument's sheet (the formula's own sheet unless
 * the formula names another; a title may stand above it, core/headers.ts headerRowOf) when it
 * is `home`'s header, else among those of `home.tab` at the same columns; the settings from
 * "Cấu hình"; the spreadsheet's zone. A header of the other tab there says the row is of the
 * wrong tab; no header at all gives `home.noHeader`.
 */
export function headerContext(home: Home, width: number): HeaderContext | Text {
  const { sheet, column } = argumentSource(home.fn);
  const key = `${home.fn}:v5:${sheet ? sheet.getName() : ""}:${column}:${width}`;
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
  const settings = settingsFromTab(workbook);
  if (isMessage(settings)) return settings;
  /** `h`'s header row among the first rows of `top`, at the argument's columns. */
  const headerIn = (top: unknown[][], h: Home): unknown[] | undefined => {
    const row = top[headerRowOf(h.tab, top)] ?? [];
    return h.fits(row, offset) ? row : undefined;
  };
  const topOf = (s: Sheet) =>
    s.getRange(1, column, Math.min(HEADER_SEARCH_ROWS, s.getMaxRows()), width).getValues();
  let header: unknown[] | undefined;
  if (sheet) {
    const top = topOf(sheet);
    header = headerIn(top, home);
    if (!header && headerIn(top, otherHome(home))) return wrongTab(home);
  }
  if (!header) {
    const tabSheet = workbook.find(home.tab);
    if (tabSheet && (!sheet || tabSheet.getSheetId() !== sheet.getSheetId())) {
      header = headerIn(topOf(tabSheet), home);
    }
  }
  if (!header) return home.noHeader;
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

/** A cell that cannot be computed shows a readable message; the details go to the log. */
export { logError } from "./command";
