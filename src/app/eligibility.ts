/**
 * "Kiểm tra điều kiện" (plan II): checks every cadre of "Cán bộ" on the reference date and
 * writes the add-on's own columns Kết quả, Lý do, Đủ điều kiện từ, Đủ tuổi đến, Kiểm tra lúc. One read of
 * "Cấu hình", one read of "Cán bộ", one batched write; nothing else in the sheet is touched.
 * Also the custom functions =ELIGIBILITY(row; [header]; [settings]; [date]) and
 * =AGE_LIMIT(date_of_birth; [settings]) (custom-functions/context.ts: the two forms).
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
import type { Text } from "../core/i18n";
import { type RosterKey, type RosterTable, readRoster, rosterRowFromCells } from "../core/roster";
import {
  ROSTER_COLUMNS,
  ROSTER_OUTPUT,
  ROSTER_STATUS,
  type RosterStatus,
  STATUS_COLOURS,
  TABS,
} from "../core/schema";
import { quote } from "../core/text";
import { midnightOf } from "../core/zone";
import {
  type CheckSummary,
  countsText,
  readRequiredTab,
  statusCounts,
  withProblems,
} from "./check-summary";
import { logError, runCommand } from "./command";
import { asRows, cellMessage, everyRow, isMessage, isOmitted } from "./custom-functions/arguments";
import { contextFor } from "./custom-functions/context";
import { dateColumnIndex, headerRowProblem, ROSTER_HOME } from "./custom-functions/home";
import { settingsDates, settingsOf } from "./custom-functions/settings";
import { inFixedOffset, offsetsOf, type Zone, zoneFor } from "./custom-functions/zone";
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

/** The check's sentence: the cadres checked on `on`, per status, then what to fix. */
function summary(done: Omit<CheckSummary, "message">, on: Day, problems: readonly Text[]): Text {
  const { tab, rows, counts } = done;
  const sentence: Text =
    rows === 0
      ? {
          vi: `Tab "${tab}" chưa có cán bộ nào (ngày xét ${formatDay(on)}).`,
          en: `The "${tab}" tab has no cadres yet (reference date ${formatDay(on)}).`,
        }
      : {
          vi: `Đã kiểm tra ${rows} cán bộ, ngày xét ${formatDay(on)}: ${countsText(counts, "vi")}.`,
          en: `Checked ${rows} cadres on ${formatDay(on)}: ${countsText(counts, "en")}.`,
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
  const { tab, table } = readRequiredTab(workbook, offset, {
    def: TABS.roster,
    absent: NO_ROSTER,
    columns: ROSTER_COLUMNS,
    read: readRoster,
  });
  const on = settings.referenceDate ?? workbook.today();
  const checked = checkRoster(table, on, settings);

  const rows = Math.max(0, tab.values.length - table.headerRow);
  const result: unknown[] = new Array(rows).fill("");
  const colours: (string | null)[] = new Array(rows).fill(null);
  const reasons: unknown[] = new Array(rows).fill("");
  const eligibleFromCells: unknown[] = new Array(rows).fill("");
  const ageLimit: unknown[] = new Array(rows).fill("");
  const checkedAt: unknown[] = new Array(rows).fill("");
  const now = new Date();
  for (const { row, result: r, context } of checked) {
    const i = row.row - table.headerRow - 1;
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
  const done = {
    tab: tab.name,
    rows: checked.length,
    counts: statusCounts(STATUS_ORDER, countStatuses(checked), ROSTER_STATUS),
  };
  return { ...done, message: summary(done, on, [...tabProblems(table), ...settingsProblems]) };
}

/** Menu "Kiểm tra điều kiện": the check, then a toast with the counts per status. */
export function menuCheckEligibility(): void {
  runCommand((ctx) => ctx.toast(checkRosterTab().message, 10));
}

// ------------------------------------------------------------------ custom functions

const UNREADABLE_ROW: Text = {
  vi: "Không xét được dòng này; hãy truyền cả dòng của tab Cán bộ, ví dụ =ELIGIBILITY(A2:Z2).",
  en: "This row could not be checked; pass a whole row of the Cán bộ tab, e.g. =ELIGIBILITY(A2:Z2).",
};

/** No column is set aside when telling a row given to =ELIGIBILITY is blank. */
const NO_COLUMN: ReadonlySet<number> = new Set();

/** The reference date given as =ELIGIBILITY's fourth argument (its cell), or a message. */
function referenceDateArgument(given: unknown, ctx: Zone): Day | Text {
  const cell = inFixedOffset([[given]], ctx)[0]?.[0];
  const read = readDate(cell, ctx.offset);
  if (read.kind === "value") return read.value;
  const why = read.kind === "bad" ? read.why : undefined;
  return {
    vi: `Ngày xét ${quote(cell, ctx.offset)} (đối số thứ tư)${why ? `: ${why.vi}` : " không đọc được"}; hãy truyền một ngày, ví dụ DATE(2024;1;1).`,
    en: `The reference date ${quote(cell, ctx.offset)} (fourth argument)${why ? `: ${why.en}` : " cannot be read"}; pass a date, e.g. DATE(2024;1;1).`,
  };
}

/**
 * =ELIGIBILITY(row; [header]; [settings]; [date]): the status word of each roster row given, on
 * `date`, else the "Ngày xét" setting, else today (the one day the formula does not follow:
 * Sheets recalculates a custom function only when its arguments change).
 */
export function ELIGIBILITY(
  row: unknown,
  header?: unknown,
  settings?: unknown,
  date?: unknown,
): string | string[][] {
  const rows = asRows(row);
  const single = rows.length === 1;
  try {
    const dateCell = isOmitted(date) ? "" : asRows(date)[0]?.[0];
    const dated = !isBlank(dateCell);
    const ctx = contextFor(ROSTER_HOME, rows, { header, settings, dates: [dateCell] });
    if (isMessage(ctx)) return everyRow(rows, cellMessage(ctx));
    const given = dated ? referenceDateArgument(dateCell, ctx) : undefined;
    if (typeof given === "object") return everyRow(rows, cellMessage(given));
    const on = given ?? ctx.settings.referenceDate ?? dayFromInstant(Date.now(), ctx.offset);
    const dateIndex = dateColumnIndex(ROSTER_HOME, ctx.header);
    const out = inFixedOffset(rows, ctx).map((cells): string => {
      if (isBlankRow(cells, NO_COLUMN)) return "";
      const odd = headerRowProblem(ROSTER_HOME, cells, dateIndex);
      if (odd) return cellMessage(odd);
      const parsed = rosterRowFromCells(ctx.header, cells, ctx.offset);
      return ROSTER_STATUS[checkEligibility(parsed, on, ctx.settings).status].vi;
    });
    return single ? (out[0] as string) : out.map((s) => [s]);
  } catch (error) {
    logError(error);
    return everyRow(rows, cellMessage(UNREADABLE_ROW));
  }
}

/**
 * =AGE_LIMIT(date_of_birth; [settings]): the last age-eligible day of each date given (the
 * "Tuổi tối đa" setting; it does not depend on today).
 */
export function AGE_LIMIT(
  dateOfBirth: unknown,
  settings?: unknown,
): Date | string | (Date | string)[][] {
  const rows = asRows(dateOfBirth);
  const single = rows.length === 1 && (rows[0]?.length ?? 0) <= 1;
  const everywhere = (text: string) => (single ? text : rows.map((r) => r.map(() => text)));
  try {
    const zone = zoneFor([...rows.flat(), ...settingsDates(settings)]);
    const read = settingsOf(settings, zone);
    if (isMessage(read)) return everywhere(cellMessage(read));
    const offsetAt = offsetsOf(zone);
    const { offset } = zone;
    inFixedOffset(rows, zone);
    const one = (cell: unknown): Date | string => {
      if (isBlank(cell)) return "";
      const birth = readDate(cell, offset);
      if (birth.kind === "bad" && birth.why) {
        return cellMessage({
          vi: `Ngày sinh ${quote(cell, offset)}: ${birth.why.vi}.`,
          en: `Date of birth ${quote(cell, offset)}: ${birth.why.en}.`,
        });
      }
      if (birth.kind !== "value") {
        return cellMessage({
          vi: `Ngày sinh ${quote(cell)} không đọc được; hãy nhập ngày dạng dd/mm/yyyy.`,
          en: `Date of birth ${quote(cell)} cannot be read; type a date as dd/mm/yyyy.`,
        });
      }
      return new Date(midnightOf(ageLimitOf(birth.value, read.maxAge), offsetAt));
    };
    if (single) return one(rows[0]?.[0]);
    return rows.map((r) => r.map(one));
  } catch (error) {
    logError(error);
    return everywhere(
      cellMessage({
        vi: "Không tính được; hãy truyền một ngày sinh hoặc một cột ngày sinh.",
        en: "Could not compute; pass a date of birth or a column of them.",
      }),
    );
  }
}
