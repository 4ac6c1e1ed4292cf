/**
 * "Kiểm tra điều kiện" (plan II): checks every cadre of "Cán bộ" on the reference date and
 * writes the add-on's own columns Kết quả, Lý do, Đủ tuổi đến, Kiểm tra lúc. One read of
 * "Cấu hình", one read of "Cán bộ", one batched write; nothing else in the sheet is touched.
 * Also the custom functions =ELIGIBILITY(row) and =AGE_LIMIT(date_of_birth).
 */
import { Workbook, writeOutputColumns } from "../adapters/sheets";
import { isBlank, readDate } from "../core/cells";
import { type Day, formatDay } from "../core/dates";
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

/**
 * The header cells above the argument of the calling formula: row 1 of the referenced sheet
 * (the formula's own sheet when none is named), from the argument's first column.
 */
function headerForArgument(ctx: CustomContext, width: number): unknown[] | undefined {
  const ss = ctx.workbook.ss;
  let sheet: GoogleAppsScript.Spreadsheet.Sheet | null = null;
  let column = 1;
  try {
    const cell = SpreadsheetApp.getActiveRange();
    if (cell) {
      sheet = cell.getSheet();
      const ref = firstReference(cell.getFormula(), "ELIGIBILITY");
      if (ref) {
        column = ref.column;
        if (ref.sheetName !== undefined) sheet = ss.getSheetByName(ref.sheetName) ?? sheet;
      }
    }
  } catch {
    sheet = null;
  }
  const fits = (header: unknown[]) => {
    const probe = rosterRowFromCells(header, [], ctx.offset);
    return REQUIRED_HEADERS.every((k) => !probe.absent.has(k));
  };
  if (sheet) {
    const header = sheet.getRange(1, column, 1, width).getValues()[0] ?? [];
    if (fits(header)) return header;
  }
  const roster = ctx.workbook.find(TABS.roster);
  if (roster && roster !== sheet) {
    const header = roster.getRange(1, column, 1, width).getValues()[0] ?? [];
    if (fits(header)) return header;
  }
  return undefined;
}

/** =ELIGIBILITY(row): the status word of each roster row given. */
export function ELIGIBILITY(row: unknown): string | string[][] {
  const rows = asRows(row);
  const single = rows.length === 1;
  try {
    const ctx = customContext();
    if (!("workbook" in ctx)) return message(rows, pick(userLocale(), ctx));
    const width = Math.max(1, ...rows.map((r) => r.length));
    const header = headerForArgument(ctx, width);
    if (!header) return message(rows, pick(ctx.locale, NO_HEADER));
    const out = rows.map((cells): string => {
      if (cells.every((c) => isBlank(c) || c === false)) return "";
      const parsed = rosterRowFromCells(header, cells, ctx.offset);
      return ROSTER_STATUS[checkEligibility(parsed, ctx.on, ctx.settings).status].vi;
    });
    return single ? (out[0] as string) : out.map((s) => [s]);
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return message(rows, pick(userLocale(), UNREADABLE_ROW));
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
