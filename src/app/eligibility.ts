/**
 * "Kiểm tra điều kiện" (plan II): checks every cadre of "Cán bộ" on the reference date and
 * writes the add-on's own columns Kết quả, Lý do, Đủ điều kiện từ, Đủ tuổi đến, Kiểm tra lúc. One read of
 * "Cấu hình", one read of "Cán bộ", one batched write; nothing else in the sheet is touched.
 * Also the custom functions =ELIGIBILITY(row) and =AGE_LIMIT(date_of_birth).
 */
import { DATE_FORMAT, DATE_TIME_FORMAT, Workbook, writeOutputColumns } from "../adapters/sheets";
import { isBlank, isBlankRow, readDate } from "../core/cells";
import { type Day, dayFromInstant, formatDay } from "../core/dates";
import {
  ageLimitOf,
  checkEligibility,
  checkRoster,
  countStatuses,
  reasonLines,
} from "../core/eligibility";
import { eligibleFrom } from "../core/eligibility-windows";
import { duplicateColumnProblems } from "../core/headers";
import { pick, type Text } from "../core/i18n";
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
import { quote } from "../core/text";
import {
  type CheckSummary,
  countsText,
  missingHeadersError,
  runCommand,
  statusCounts,
  UserError,
  withProblems,
} from "./command";
import {
  argumentWidth,
  asRows,
  everyRow,
  headerContext,
  inFixedOffset,
  logError,
} from "./custom-functions";
import { userLocale } from "./menu";
import { loadSettings } from "./settings";

const NO_ROSTER: Text = {
  vi: 'Không tìm thấy tab "Cán bộ". Hãy chạy "Thiết lập bảng tính" (menu Đi cơ sở) để tạo tab và các cột, rồi nhập danh sách cán bộ.',
  en: 'There is no "Cán bộ" tab. Run "Set up sheets" (Đi cơ sở menu) to create the tab and its columns, then enter the cadres.',
};

const STATUS_ORDER: readonly RosterStatus[] = [
  "eligible",
  "notEligible",
  "missingData",
  "needsDecision",
];

function summary(
  counts: CheckSummary["counts"],
  total: number,
  on: Day,
  tab: string,
  problems: readonly Text[],
): Text {
  const sentence: Text =
    total === 0
      ? {
          vi: `Tab "${tab}" chưa có cán bộ nào (ngày xét ${formatDay(on)}).`,
          en: `The "${tab}" tab has no cadres yet (reference date ${formatDay(on)}).`,
        }
      : {
          vi: `Đã kiểm tra ${total} cán bộ, ngày xét ${formatDay(on)}: ${countsText(counts, "vi")}.`,
          en: `Checked ${total} cadres on ${formatDay(on)}: ${countsText(counts, "en")}.`,
        };
  return withProblems(sentence, problems);
}

/**
 * The roster's header problems for the toast: the missing columns in one sentence (each row's
 * reasons name them too), and each header that appears twice.
 */
function tabProblems(table: RosterTable): Text[] {
  const duplicates = duplicateColumnProblems(table.tab, ROSTER_COLUMNS, table.columns);
  const absent = (Object.keys(ROSTER_COLUMNS) as RosterKey[])
    .filter((k) => table.columns.index[k] === undefined)
    .map((k) => ROSTER_COLUMNS[k]);
  if (absent.length === 0) return duplicates;
  return [
    ...duplicates,
    {
      vi: `Tab "${table.tab}" chưa có cột ${absent.map((d) => `"${d.header}"`).join(", ")} (chạy "Thiết lập bảng tính" để thêm).`,
      en: `The "${table.tab}" tab has no ${absent.map((d) => `"${d.header}"`).join(", ")} column (run "Set up sheets" to add them).`,
    },
  ];
}

/**
 * Checks every cadre of "Cán bộ" and writes the add-on's columns, in Vietnamese whatever the
 * user's locale (the sheet is shared); the caller holds the document lock. Stops with a UserError when the tab, a required header or a setting is
 * unusable. Returns what the menu toasts and the sidebar shows.
 */
export function checkRosterTab(): CheckSummary {
  const workbook = Workbook.active();
  const offset = workbook.offsetMinutes();
  const { settings, problems: settingsProblems } = loadSettings(workbook);
  const tab = workbook.read(TABS.roster);
  if (!tab) throw new UserError(NO_ROSTER);
  const table = readRoster(tab.values, offset, tab.name);
  if (table.missingRequired.length > 0) {
    throw missingHeadersError(
      tab.name,
      table.missingRequired.map((k) => ROSTER_COLUMNS[k]),
    );
  }
  const on = settings.referenceDate ?? workbook.today();
  const checked = checkRoster(table, on, settings);

  const rows = Math.max(0, tab.values.length - 1);
  const result: unknown[] = new Array(rows).fill("");
  const colours: (string | null)[] = new Array(rows).fill(null);
  const reasons: unknown[] = new Array(rows).fill("");
  const eligibleFromCells: unknown[] = new Array(rows).fill("");
  const ageLimit: unknown[] = new Array(rows).fill("");
  const checkedAt: unknown[] = new Array(rows).fill("");
  const now = new Date();
  for (const { row, result: r, context } of checked) {
    const i = row.row - 2;
    result[i] = ROSTER_STATUS[r.status].vi;
    colours[i] = STATUS_COLOURS[r.status];
    // The sheet is shared by people of every locale: what it holds is Vietnamese (rules.md).
    reasons[i] = reasonLines(r, "vi");
    const from = eligibleFrom(row, on, settings, context, r);
    eligibleFromCells[i] = from === undefined ? "" : workbook.dateCell(from.day);
    ageLimit[i] = r.ageLimit === undefined ? "" : workbook.dateCell(r.ageLimit);
    checkedAt[i] = now;
  }
  writeOutputColumns(tab, [
    { def: ROSTER_OUTPUT.result, values: result, backgrounds: colours },
    { def: ROSTER_OUTPUT.reasons, values: reasons },
    { def: ROSTER_OUTPUT.eligibleFrom, values: eligibleFromCells, numberFormat: DATE_FORMAT },
    { def: ROSTER_OUTPUT.ageLimit, values: ageLimit, numberFormat: DATE_FORMAT },
    { def: ROSTER_OUTPUT.checkedAt, values: checkedAt, numberFormat: DATE_TIME_FORMAT },
  ]);
  const counts = statusCounts(STATUS_ORDER, countStatuses(checked), ROSTER_STATUS);
  return {
    tab: tab.name,
    rows: checked.length,
    counts,
    message: summary(counts, checked.length, on, tab.name, [
      ...tabProblems(table),
      ...settingsProblems,
    ]),
  };
}

/** Menu "Kiểm tra điều kiện": the check, then a toast with the counts per status. */
export function menuCheckEligibility(): void {
  runCommand((ctx) => ctx.toast(checkRosterTab().message, 10));
}

// ------------------------------------------------------------------ custom functions

const NO_HEADER: Text = {
  vi: 'Không tìm thấy dòng tiêu đề có cột "Mã CB" và "Họ và tên" phía trên vùng được chọn. Hãy truyền cả dòng của tab Cán bộ, ví dụ =ELIGIBILITY(A2:Z2).',
  en: 'No header row with "Mã CB" and "Họ và tên" above the range. Pass a whole row of the Cán bộ tab, e.g. =ELIGIBILITY(A2:Z2).',
};

const UNREADABLE_ROW: Text = {
  vi: "Không xét được dòng này; hãy truyền cả dòng của tab Cán bộ, ví dụ =ELIGIBILITY(A2:Z2).",
  en: "This row could not be checked; pass a whole row of the Cán bộ tab, e.g. =ELIGIBILITY(A2:Z2).",
};

/** A roster header: one that holds the required columns (Mã CB, Họ và tên). */
function isRosterHeader(header: readonly unknown[], offset: number): boolean {
  const probe = rosterRowFromCells(header, [], offset);
  return REQUIRED_HEADERS.every((k) => !probe.absent.has(k));
}

/** No column is set aside when telling a row given to =ELIGIBILITY is blank. */
const NO_COLUMN: ReadonlySet<number> = new Set();

/** =ELIGIBILITY(row): the status word of each roster row given. */
export function ELIGIBILITY(row: unknown): string | string[][] {
  const rows = asRows(row);
  const single = rows.length === 1;
  const locale = userLocale();
  try {
    const ctx = headerContext("ELIGIBILITY", argumentWidth(rows), {
      tab: TABS.roster,
      fits: isRosterHeader,
      noHeader: NO_HEADER,
    });
    if (!("header" in ctx)) return everyRow(rows, pick(locale, ctx));
    const on = ctx.settings.referenceDate ?? dayFromInstant(Date.now(), ctx.offset);
    const out = inFixedOffset(rows, ctx).map((cells): string => {
      if (isBlankRow(cells, NO_COLUMN)) return "";
      const parsed = rosterRowFromCells(ctx.header, cells, ctx.offset);
      return ROSTER_STATUS[checkEligibility(parsed, on, ctx.settings).status].vi;
    });
    return single ? (out[0] as string) : out.map((s) => [s]);
  } catch (error) {
    logError(error);
    return everyRow(rows, pick(locale, UNREADABLE_ROW));
  }
}

/** =AGE_LIMIT(date_of_birth): the last age-eligible day of each date given. */
export function AGE_LIMIT(dateOfBirth: unknown): Date | string | (Date | string)[][] {
  const rows = asRows(dateOfBirth);
  const single = rows.length === 1 && (rows[0]?.length ?? 0) <= 1;
  const locale = userLocale();
  const everywhere = (text: string) => (single ? text : rows.map((r) => r.map(() => text)));
  try {
    const workbook = Workbook.active();
    let maxAge: number;
    try {
      maxAge = loadSettings(workbook).settings.maxAge;
    } catch (error) {
      if (error instanceof UserError) return everywhere(pick(locale, error.text));
      throw error;
    }
    const offset = workbook.offsetMinutes();
    workbook.toFixedOffset(rows);
    const one = (cell: unknown): Date | string => {
      if (isBlank(cell)) return "";
      const read = readDate(cell, offset);
      if (read.kind === "bad" && read.why) {
        return pick(locale, {
          vi: `Ngày sinh ${quote(cell, offset)}: ${read.why.vi}.`,
          en: `Date of birth ${quote(cell, offset)}: ${read.why.en}.`,
        });
      }
      if (read.kind !== "value") {
        return pick(locale, {
          vi: `Ngày sinh ${quote(cell)} không đọc được; hãy nhập ngày dạng dd/mm/yyyy.`,
          en: `Date of birth ${quote(cell)} cannot be read; type a date as dd/mm/yyyy.`,
        });
      }
      return workbook.dateCell(ageLimitOf(read.value, maxAge));
    };
    if (single) return one(rows[0]?.[0]);
    return rows.map((r) => r.map(one));
  } catch (error) {
    logError(error);
    return everywhere(
      pick(locale, {
        vi: "Không tính được; hãy truyền một ngày sinh hoặc một cột ngày sinh.",
        en: "Could not compute; pass a date of birth or a column of them.",
      }),
    );
  }
}
