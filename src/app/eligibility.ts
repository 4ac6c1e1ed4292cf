/**
 * "Kiểm tra điều kiện" (plan II): checks every cadre of "Cán bộ" on the reference date and
 * writes the add-on's own columns Kết quả, Lý do, Đủ tuổi đến, Kiểm tra lúc. One read of
 * "Cấu hình", one read of "Cán bộ", one batched write; nothing else in the sheet is touched.
 * Also the custom functions =ELIGIBILITY(row) and =AGE_LIMIT(date_of_birth).
 */
import { Workbook, writeOutputColumns } from "../adapters/sheets";
import { isBlank, readDate } from "../core/cells";
import { type Day, dayFromInstant, formatDay } from "../core/dates";
import {
  ageLimitOf,
  checkEligibility,
  checkRoster,
  countStatuses,
  reasonLines,
} from "../core/eligibility";
import { type Locale, pick, type Text } from "../core/i18n";
import {
  REQUIRED_HEADERS,
  type RosterKey,
  type RosterTable,
  readRoster,
  rosterRowFromCells,
} from "../core/roster";
import {
  ROSTER_COLUMNS,
  ROSTER_OUTPUT,
  ROSTER_STATUS,
  type RosterStatus,
  STATUS_COLOURS,
  TABS,
} from "../core/schema";
import { DEFAULT_SETTINGS, readSettings, type Settings } from "../core/settings";
import { quote } from "../core/text";
import { runCommand, UserError } from "./command";
import { userLocale } from "./menu";

export const DATE_FORMAT = "dd/mm/yyyy";
export const DATE_TIME_FORMAT = "dd/mm/yyyy HH:mm";

const NO_ROSTER: Text = {
  vi: 'Không tìm thấy tab "Cán bộ". Hãy chạy "Thiết lập bảng tính" (menu Đi cơ sở) để tạo tab và các cột, rồi nhập danh sách cán bộ.',
  en: 'There is no "Cán bộ" tab. Run "Set up sheets" (Đi cơ sở menu) to create the tab and its columns, then enter the cadres.',
};

interface SettingsLoad {
  settings: Settings;
  unknownKeys: string[];
}

/** Reads "Cấu hình" (defaults when the tab is missing); a value that cannot be read stops the run. */
function loadSettings(workbook: Workbook, offset: number): SettingsLoad {
  const tab = workbook.read(TABS.settings);
  if (!tab) return { settings: { ...DEFAULT_SETTINGS }, unknownKeys: [] };
  const read = readSettings(tab.values, offset);
  if (read.errors.length > 0) {
    throw new UserError({
      vi: read.errors.map((e) => e.message.vi).join("\n"),
      en: read.errors.map((e) => e.message.en).join("\n"),
    });
  }
  return { settings: read.settings, unknownKeys: read.unknownKeys };
}

const STATUS_ORDER: readonly RosterStatus[] = [
  "eligible",
  "notEligible",
  "missingData",
  "needsDecision",
];

function summary(
  counts: Record<RosterStatus, number>,
  total: number,
  on: Day,
  unknownKeys: readonly string[],
  problems: readonly Text[],
): Text {
  const parts = (l: Locale) =>
    STATUS_ORDER.filter((s) => counts[s] > 0).map(
      (s) => `${counts[s]} ${pick(l, ROSTER_STATUS[s])}`,
    );
  const vi = [
    total === 0
      ? `Tab "Cán bộ" chưa có cán bộ nào (ngày xét ${formatDay(on)}).`
      : `Đã kiểm tra ${total} cán bộ, ngày xét ${formatDay(on)}: ${parts("vi").join(", ")}.`,
  ];
  const en = [
    total === 0
      ? `The "Cán bộ" tab has no cadres yet (reference date ${formatDay(on)}).`
      : `Checked ${total} cadres on ${formatDay(on)}: ${parts("en").join(", ")}.`,
  ];
  for (const p of problems) {
    vi.push(p.vi);
    en.push(p.en);
  }
  if (unknownKeys.length > 0) {
    const keys = unknownKeys.map((k) => quote(k)).join(", ");
    vi.push(`Tab "Cấu hình" có khóa không dùng đến (bỏ qua): ${keys}.`);
    en.push(`The "Cấu hình" tab has keys the add-on does not know (ignored): ${keys}.`);
  }
  return { vi: vi.join(" "), en: en.join(" ") };
}

/** Missing headers of the roster, named once in the toast (each row's reasons name them too). */
function tabProblems(table: RosterTable): Text[] {
  const absent = (Object.keys(ROSTER_COLUMNS) as RosterKey[])
    .filter((k) => table.columns.index[k] === undefined)
    .map((k) => ROSTER_COLUMNS[k]);
  if (absent.length === 0) return [];
  return [
    {
      vi: `Tab "Cán bộ" chưa có cột ${absent.map((d) => `"${d.header}"`).join(", ")} (chạy "Thiết lập bảng tính" để thêm).`,
      en: `The "Cán bộ" tab has no ${absent.map((d) => `"${d.header}"`).join(", ")} column (run "Set up sheets" to add them).`,
    },
  ];
}

/** Menu "Kiểm tra điều kiện". */
export function menuCheckEligibility(): void {
  runCommand((ctx) => {
    const workbook = Workbook.active();
    const offset = workbook.offsetMinutes();
    const { settings, unknownKeys } = loadSettings(workbook, offset);
    const tab = workbook.read(TABS.roster);
    if (!tab) throw new UserError(NO_ROSTER);
    const table = readRoster(tab.values, offset);
    if (table.missingRequired.length > 0) {
      const missing = table.missingRequired.map((k) => ROSTER_COLUMNS[k]);
      throw new UserError({
        vi: `Tab "${tab.name}" không có cột ${missing.map((d) => `"${d.header}"`).join(" và ")} ở dòng tiêu đề (dòng 1), nên chưa kiểm tra được. Hãy thêm cột (đúng tên như trên) hoặc chạy "Thiết lập bảng tính".`,
        en: `The "${tab.name}" tab has no ${missing.map((d) => `"${d.header}" (${d.en})`).join(" or ")} column in its header row (row 1), so nothing was checked. Add the column with that header, or run "Set up sheets".`,
      });
    }
    const on = settings.referenceDate ?? workbook.today();
    const checked = checkRoster(table, on, settings);

    const rows = Math.max(0, tab.values.length - 1);
    const result: unknown[] = new Array(rows).fill("");
    const colours: (string | null)[] = new Array(rows).fill(null);
    const reasons: unknown[] = new Array(rows).fill("");
    const ageLimit: unknown[] = new Array(rows).fill("");
    const checkedAt: unknown[] = new Array(rows).fill("");
    const now = new Date();
    // One Date per distinct day: setValues copies values, so rows may share it.
    const dates = new Map<Day, Date>();
    const dateOf = (day: Day): Date => {
      let date = dates.get(day);
      if (!date) {
        date = workbook.dateCell(day);
        dates.set(day, date);
      }
      return date;
    };
    for (const { row, result: r } of checked) {
      const i = row.row - 2;
      result[i] = ROSTER_STATUS[r.status].vi;
      colours[i] = STATUS_COLOURS[r.status];
      reasons[i] = reasonLines(r, ctx.locale);
      ageLimit[i] = r.ageLimit === undefined ? "" : dateOf(r.ageLimit);
      checkedAt[i] = now;
    }
    writeOutputColumns(tab, [
      { def: ROSTER_OUTPUT.result, values: result, backgrounds: colours },
      { def: ROSTER_OUTPUT.reasons, values: reasons },
      { def: ROSTER_OUTPUT.ageLimit, values: ageLimit, numberFormat: DATE_FORMAT },
      { def: ROSTER_OUTPUT.checkedAt, values: checkedAt, numberFormat: DATE_TIME_FORMAT },
    ]);
    ctx.toast(
      summary(countStatuses(checked), checked.length, on, unknownKeys, tabProblems(table)),
      10,
    );
  });
}

// ------------------------------------------------------------------ custom functions

interface CustomContext {
  workbook: Workbook;
  offset: number;
  settings: Settings;
  on: Day;
  locale: Locale;
}

/** Settings for a custom function: the "Cấu hình" tab (read-only), defaults when unreadable. */
function customContext(): CustomContext | Text {
  const workbook = Workbook.active();
  const offset = workbook.offsetMinutes();
  const locale = userLocale();
  let settings: Settings;
  try {
    settings = loadSettings(workbook, offset).settings;
  } catch (error) {
    if (error instanceof UserError) return error.text;
    settings = { ...DEFAULT_SETTINGS };
  }
  return { workbook, offset, settings, on: settings.referenceDate ?? workbook.today(), locale };
}

/** Rows of a custom function's argument: a range gives a 2-D array, a single cell a value. */
function asRows(arg: unknown): unknown[][] {
  if (Array.isArray(arg)) {
    return arg.map((r) => (Array.isArray(r) ? (r as unknown[]) : [r]));
  }
  return [[arg]];
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

const NO_HEADER: Text = {
  vi: 'Không tìm thấy dòng tiêu đề có cột "Mã CB" và "Họ và tên" phía trên vùng được chọn. Hãy truyền cả dòng của tab Cán bộ, ví dụ =ELIGIBILITY(A2:Z2).',
  en: 'No header row with "Mã CB" and "Họ và tên" above the range. Pass a whole row of the Cán bộ tab, e.g. =ELIGIBILITY(A2:Z2).',
};

/** What ELIGIBILITY needs besides the row: the header above it, the settings, the zone. */
interface EligibilityContext {
  header: unknown[];
  settings: Settings;
  offset: number;
}

/** Seconds the header and settings stay cached across executions (CacheService). */
export const ELIGIBILITY_CACHE_SECONDS = 60;
const CACHE_PREFIX = "ELIGIBILITY:v1:";

/** One execution's memo: many cells computed in one execution read the header once. */
const memo = new Map<string, EligibilityContext>();

function documentCache(): GoogleAppsScript.Cache.Cache | null {
  try {
    return typeof CacheService === "undefined" ? null : CacheService.getDocumentCache();
  } catch {
    return null;
  }
}

/** The sheet and 1-based first column of the calling formula's argument. */
function argumentSource(): { sheet: GoogleAppsScript.Spreadsheet.Sheet | null; column: number } {
  try {
    const cell = SpreadsheetApp.getActiveRange();
    if (!cell) return { sheet: null, column: 1 };
    let sheet = cell.getSheet();
    let column = 1;
    const ref = firstReference(cell.getFormula(), "ELIGIBILITY");
    if (ref) {
      column = ref.column;
      if (ref.sheetName !== undefined) {
        sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(ref.sheetName) ?? sheet;
      }
    }
    return { sheet, column };
  } catch {
    return { sheet: null, column: 1 };
  }
}

/**
 * The header cells above the argument (row 1 of the argument's sheet — the formula's own sheet
 * unless the formula names another — from the argument's first column; the "Cán bộ" tab when
 * that row is not a roster header), the settings and the zone. Read once, then kept for
 * ELIGIBILITY_CACHE_SECONDS in the document cache, keyed by sheet, first column and width, and
 * in this execution's memo.
 */
function eligibilityContext(width: number): EligibilityContext | Text {
  const { sheet, column } = argumentSource();
  const key = `${CACHE_PREFIX}${sheet ? sheet.getName() : ""}:${column}:${width}`;
  const known = memo.get(key);
  if (known) return known;
  const cache = documentCache();
  const cached = cache?.get(key);
  if (cached) {
    try {
      const parsed = JSON.parse(cached) as EligibilityContext;
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
    settings = loadSettings(workbook, offset).settings;
  } catch (error) {
    if (error instanceof UserError) return error.text;
    settings = { ...DEFAULT_SETTINGS };
  }
  const fits = (header: unknown[]) => {
    const probe = rosterRowFromCells(header, [], offset);
    return REQUIRED_HEADERS.every((k) => !probe.absent.has(k));
  };
  let header: unknown[] | undefined;
  if (sheet) {
    const row = sheet.getRange(1, column, 1, width).getValues()[0] ?? [];
    if (fits(row)) header = row;
  }
  if (!header) {
    const roster = workbook.find(TABS.roster);
    if (roster && (!sheet || roster.getSheetId() !== sheet.getSheetId())) {
      const row = roster.getRange(1, column, 1, width).getValues()[0] ?? [];
      if (fits(row)) header = row;
    }
  }
  if (!header) return NO_HEADER;
  const context: EligibilityContext = { header, settings, offset };
  memo.set(key, context);
  try {
    cache?.put(key, JSON.stringify(context), ELIGIBILITY_CACHE_SECONDS);
  } catch {
    // a full cache only costs a re-read next time
  }
  return context;
}

/** =ELIGIBILITY(row): the status word of each roster row given. */
export function ELIGIBILITY(row: unknown): string | string[][] {
  const rows = asRows(row);
  const single = rows.length === 1;
  const locale = userLocale();
  try {
    const width = rows.reduce((w, r) => Math.max(w, r.length), 1);
    const ctx = eligibilityContext(width);
    if (!("header" in ctx)) return message(rows, pick(locale, ctx));
    const on = ctx.settings.referenceDate ?? dayFromInstant(Date.now(), ctx.offset);
    const out = rows.map((cells): string => {
      if (cells.every((c) => isBlank(c) || c === false)) return "";
      const parsed = rosterRowFromCells(ctx.header, cells, ctx.offset);
      return ROSTER_STATUS[checkEligibility(parsed, on, ctx.settings).status].vi;
    });
    return single ? (out[0] as string) : out.map((s) => [s]);
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return message(rows, pick(locale, UNREADABLE_ROW));
  }
}

const UNREADABLE_ROW: Text = {
  vi: "Không xét được dòng này; hãy truyền cả dòng của tab Cán bộ, ví dụ =ELIGIBILITY(A2:Z2).",
  en: "This row could not be checked; pass a whole row of the Cán bộ tab, e.g. =ELIGIBILITY(A2:Z2).",
};

function message(rows: unknown[][], text: string): string | string[][] {
  return rows.length === 1 ? text : rows.map(() => [text]);
}

/** =AGE_LIMIT(date_of_birth): the last age-eligible day of each date given. */
export function AGE_LIMIT(dateOfBirth: unknown): Date | string | (Date | string)[][] {
  const rows = asRows(dateOfBirth);
  const single = rows.length === 1 && (rows[0]?.length ?? 0) <= 1;
  const locale = userLocale();
  try {
    const ctx = customContext();
    if (!("workbook" in ctx))
      return single ? pick(locale, ctx) : rows.map((r) => r.map(() => pick(locale, ctx)));
    const one = (cell: unknown): Date | string => {
      if (isBlank(cell)) return "";
      const read = readDate(cell, ctx.offset);
      if (read.kind !== "value") {
        return pick(ctx.locale, {
          vi: `Ngày sinh ${quote(cell)} không đọc được; hãy nhập ngày dạng dd/mm/yyyy.`,
          en: `Date of birth ${quote(cell)} cannot be read; type a date as dd/mm/yyyy.`,
        });
      }
      return ctx.workbook.dateCell(ageLimitOf(read.value, ctx.settings.maxAge));
    };
    if (single) return one(rows[0]?.[0]);
    return rows.map((r) => r.map(one));
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    const text = pick(locale, {
      vi: "Không tính được; hãy truyền một ngày sinh hoặc một cột ngày sinh.",
      en: "Could not compute; pass a date of birth or a column of them.",
    });
    return single ? text : rows.map((r) => r.map(() => text));
  }
}
