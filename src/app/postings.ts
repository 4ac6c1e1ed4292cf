/**
 * "Kiểm tra đợt cử đi" (plan III, VI): checks every posting of "Đợt cử đi" — position, length,
 * start, quota, and the cadre's conditions on the start date — and tracks its reports. Reads
 * "Cấu hình", "Đợt cử đi", "Cán bộ" and "Đơn vị" once each and writes the add-on's own columns
 * Kết quả, Lý do, Hạn báo cáo tới, Tình trạng in one batch; nothing else is touched.
 * Also the custom function =REPORT_DUE(row).
 */
import { DATE_FORMAT, type TabRead, Workbook, writeOutputColumns } from "../adapters/sheets";
import { type Day, formatDay } from "../core/dates";
import type { Text } from "../core/i18n";
import {
  checkPostings,
  doneDates,
  overdueTally,
  type PostingResult,
  type PostingRowReader,
  postingMonths,
  postingRowReader,
  readPostings,
} from "../core/postings";
import {
  dutyCalendar,
  dutyStates,
  nextReportDue,
  overdueDuties,
  reportStateWords,
} from "../core/reports";
import { type RosterTable, readRoster } from "../core/roster";
import {
  DEADLINE_COLOURS,
  POSTING_COLUMNS,
  POSTING_OUTPUT,
  POSTING_STATUS,
  type PostingStatus,
  ROSTER_COLUMNS,
  STATUS_COLOURS,
  TABS,
  type UnitType,
} from "../core/schema";
import { type Settings, settingDef } from "../core/settings";
import { quote } from "../core/text";
import { readUnits, unitTypesOf } from "../core/units";
import { midnightOf } from "../core/zone";
import {
  type CheckSummary,
  countsText,
  readRequiredTab,
  statusCounts,
  withProblems,
} from "./check-summary";
import { logError, runCommand, UserError } from "./command";
import { asRows, cellMessage, everyRow, isMessage } from "./custom-functions/arguments";
import { contextFor } from "./custom-functions/context";
import { dateColumnIndex, headerRowProblem, POSTINGS_HOME } from "./custom-functions/home";
import { inFixedOffset, offsetsOf } from "./custom-functions/zone";
import { loadSettings } from "./settings";

const NO_POSTINGS: Text = {
  vi: 'Không tìm thấy tab "Đợt cử đi". Hãy chạy "Thiết lập bảng tính" (menu Đi cơ sở) để tạo tab và các cột, rồi nhập các đợt cử đi.',
  en: 'There is no "Đợt cử đi" tab. Run "Set up sheets" (Đi cơ sở menu) to create the tab and its columns, then enter the postings.',
};
const NO_ROSTER: Text = {
  vi: 'Không tìm thấy tab "Cán bộ": cần danh sách cán bộ để xét điều kiện của người được cử đi (CB-DK). Hãy chạy "Thiết lập bảng tính" rồi nhập danh sách cán bộ.',
  en: 'There is no "Cán bộ" tab: the roster is needed to check each posted cadre (CB-DK). Run "Set up sheets", then enter the cadres.',
};

/** The "Đơn vị" tab as folded unit name → type (used when a posting's Loại đơn vị is blank). */
export function unitTypes(values: readonly (readonly unknown[])[]): Map<string, UnitType> {
  return unitTypesOf(readUnits(values));
}

const STATUS_ORDER: readonly PostingStatus[] = ["valid", "invalid", "missingData"];

/** "N việc quá hạn ở M đợt" (or none), as of `today`: the same count as the sidebar's overview. */
export function overdueText(overdue: { tasks: number; postings: number }, today: Day): Text {
  const on = formatDay(today);
  if (overdue.tasks === 0) {
    return { vi: `không có việc quá hạn (tính đến ${on})`, en: `no overdue task (as of ${on})` };
  }
  return {
    vi: `${overdue.tasks} việc quá hạn ở ${overdue.postings} đợt (tính đến ${on})`,
    en: `${overdue.tasks} overdue task(s) in ${overdue.postings} posting(s) (as of ${on})`,
  };
}

/** The check's sentence: the postings checked, per status, the overdue tasks, then what to fix. */
function summary(done: Omit<CheckSummary, "message">, late: Text, problems: readonly Text[]): Text {
  const { tab, rows, counts } = done;
  const sentence: Text =
    rows === 0
      ? { vi: `Tab "${tab}" chưa có đợt nào.`, en: `The "${tab}" tab has no postings yet.` }
      : {
          vi: `Đã kiểm tra ${rows} đợt cử đi: ${countsText(counts, "vi")}; ${late.vi}.`,
          en: `Checked ${rows} postings: ${countsText(counts, "en")}; ${late.en}.`,
        };
  return withProblems(sentence, problems);
}

/** The roster the postings' cadres are looked up in; a UserError when it cannot serve. */
function postingsRoster(workbook: Workbook, offset: number): RosterTable {
  const rosterTab = workbook.read(TABS.roster);
  if (!rosterTab) throw new UserError(NO_ROSTER);
  const roster = readRoster(rosterTab.values, offset, rosterTab.name);
  if (roster.missingRequired.includes("id")) {
    const def = ROSTER_COLUMNS.id;
    throw new UserError({
      vi: `Tab "${rosterTab.name}" không có cột "${def.header}", nên không tìm được cán bộ của các đợt cử đi. Hãy thêm cột này hoặc chạy "Thiết lập bảng tính".`,
      en: `The "${rosterTab.name}" tab has no "${def.header}" (${def.en}) column, so the postings' cadres cannot be found. Add it, or run "Set up sheets".`,
    });
  }
  return roster;
}

/**
 * Writes each posting's results into the add-on's columns of its row (`headerRow`: the tab's
 * header row), in Vietnamese whatever the user's locale.
 */
function writeResults(
  workbook: Workbook,
  tab: TabRead,
  headerRow: number,
  results: readonly PostingResult[],
): void {
  const rows = Math.max(0, tab.values.length - headerRow);
  const status: unknown[] = new Array(rows).fill("");
  const colours: (string | null)[] = new Array(rows).fill(null);
  const reasons: unknown[] = new Array(rows).fill("");
  const nextDue: unknown[] = new Array(rows).fill("");
  const state: unknown[] = new Array(rows).fill("");
  const overdueCounts: unknown[] = new Array(rows).fill("");
  const overdueColours: (string | null)[] = new Array(rows).fill(null);
  const nextTask: unknown[] = new Array(rows).fill("");
  const openTasks: unknown[] = new Array(rows).fill("");
  for (const r of results) {
    const i = r.row - headerRow - 1;
    status[i] = POSTING_STATUS[r.status].vi;
    colours[i] = STATUS_COLOURS[r.status];
    // The sheet is shared by people of every locale: what it holds is Vietnamese (rules.md).
    reasons[i] = r.reasons.map((x) => x.text.vi).join("\n");
    nextDue[i] = r.nextDue === undefined ? "" : workbook.dateCell(r.nextDue);
    state[i] = r.state ? reportStateWords(r.state) : "";
    // The follow-up, apart from the validity: no calendar (no start date), no count.
    if (r.start !== undefined && r.duties.length > 0) {
      const late = overdueDuties(r.duties).length;
      overdueCounts[i] = late;
      overdueColours[i] = late > 0 ? DEADLINE_COLOURS.past : null;
    }
    nextTask[i] = r.nextTask === undefined ? "" : workbook.dateCell(r.nextTask);
    openTasks[i] = r.openTasks.map((t) => t.text.vi).join("\n");
  }
  writeOutputColumns(tab, [
    { def: POSTING_OUTPUT.result, values: status, backgrounds: colours },
    { def: POSTING_OUTPUT.reasons, values: reasons },
    { def: POSTING_OUTPUT.nextDue, values: nextDue, numberFormat: DATE_FORMAT },
    { def: POSTING_OUTPUT.state, values: state },
    { def: POSTING_OUTPUT.overdue, values: overdueCounts, backgrounds: overdueColours },
    { def: POSTING_OUTPUT.nextTask, values: nextTask, numberFormat: DATE_FORMAT },
    { def: POSTING_OUTPUT.openTasks, values: openTasks },
  ]);
}

/**
 * Checks every posting of "Đợt cử đi" and writes the add-on's columns, in Vietnamese whatever the
 * user's locale (the sheet is shared); the caller holds the document lock. Stops with a UserError when a tab, a required header or a setting is
 * unusable. Returns what the menu toasts and the sidebar shows.
 */
export function checkPostingsTab(): CheckSummary {
  const workbook = Workbook.active();
  const offset = workbook.offsetMinutes();
  const { settings, problems: settingsProblems } = loadSettings(workbook);
  const { tab, table } = readRequiredTab(workbook, offset, {
    def: TABS.postings,
    absent: NO_POSTINGS,
    columns: POSTING_COLUMNS,
    read: readPostings,
  });
  const roster = postingsRoster(workbook, offset);
  const unitsTab = workbook.read(TABS.units);
  const units = unitsTab ? unitTypes(unitsTab.values) : new Map<string, UnitType>();
  const today = workbook.today();
  const results = checkPostings(table, roster, settings, today, {
    units,
    ...(unitsTab ? { unitsTab: unitsTab.name } : {}),
  });
  writeResults(workbook, tab, table.headerRow, results);
  const perStatus: Record<PostingStatus, number> = { valid: 0, invalid: 0, missingData: 0 };
  for (const r of results) perStatus[r.status] += 1;
  const done = {
    tab: tab.name,
    rows: results.length,
    counts: statusCounts(STATUS_ORDER, perStatus, POSTING_STATUS),
  };
  const late = overdueText(overdueTally(results), today);
  return { ...done, message: summary(done, late, [...table.problems, ...settingsProblems]) };
}

/** Menu "Kiểm tra đợt cử đi": the check, then a toast with the counts and overdue tasks. */
export function menuCheckPostings(): void {
  runCommand((ctx) => ctx.toast(checkPostingsTab().message, 10));
}

// ------------------------------------------------------------------ =REPORT_DUE(row)

/** The "Số tháng tối thiểu" setting, named where a blank "Số tháng" takes its value. */
const MIN_MONTHS = settingDef("minMonths");

/** The next report due of one row (a Day), "" when all are in, or a message. */
export function reportDueOf(
  reader: PostingRowReader,
  cells: readonly unknown[],
  settings: Settings,
  offset: number,
): Day | "" | Text {
  if (reader.isBlank(cells)) return "";
  const p = reader.read(cells, offset);
  const col = (d: { header: string }) => `"${d.header}"`;
  if (p.start.kind === "blank") {
    return {
      vi: `Chưa có ${col(POSTING_COLUMNS.start)}.`,
      en: `No ${col(POSTING_COLUMNS.start)} (start date) yet.`,
    };
  }
  if (p.start.kind === "bad") {
    const { why } = p.start;
    return why
      ? {
          vi: `${col(POSTING_COLUMNS.start)} ghi ${quote(p.start.raw, offset)}: ${why.vi}.`,
          en: `${col(POSTING_COLUMNS.start)} says ${quote(p.start.raw, offset)}: ${why.en}.`,
        }
      : {
          vi: `${col(POSTING_COLUMNS.start)} không đọc được: ${quote(p.start.raw, offset)}; hãy nhập ngày dạng dd/mm/yyyy.`,
          en: `${col(POSTING_COLUMNS.start)} cannot be read: ${quote(p.start.raw, offset)}; type a date as dd/mm/yyyy.`,
        };
  }
  const read = postingMonths(p.months, settings);
  if (read.kind !== "value" || read.value === 0) {
    const raw = read.kind === "bad" ? read.raw : 0;
    return {
      vi: `${col(POSTING_COLUMNS.months)} không đọc được: ${quote(raw, offset)}; hãy nhập số tháng (để trống = ${settings.minMonths}, theo cấu hình "${MIN_MONTHS.vi}").`,
      en: `${col(POSTING_COLUMNS.months)} cannot be read: ${quote(raw, offset)}; type a number of months (blank = ${settings.minMonths}, the "${MIN_MONTHS.en}" setting).`,
    };
  }
  const months = read.value;
  const states = dutyStates(
    dutyCalendar({ start: p.start.value, months, group: undefined }, settings),
    doneDates(p.done),
    p.start.value,
  );
  return nextReportDue(states) ?? "";
}

const UNREADABLE_ROW: Text = {
  vi: "Không tính được hạn báo cáo của dòng này; hãy truyền cả dòng của tab Đợt cử đi, ví dụ =REPORT_DUE(A2:Z2).",
  en: "Could not compute this row's report due date; pass a whole row of the Đợt cử đi tab, e.g. =REPORT_DUE(A2:Z2).",
};

/**
 * =REPORT_DUE(row; [header]; [settings]): the next report due date of each posting row given
 * (blank when all are in). It depends on the row, the header and the settings only, not on
 * today.
 */
export function REPORT_DUE(
  row: unknown,
  header?: unknown,
  settings?: unknown,
): Date | string | (Date | string)[][] {
  const rows = asRows(row);
  const single = rows.length === 1;
  const message = (text: Text) => everyRow(rows, cellMessage(text));
  try {
    const ctx = contextFor(POSTINGS_HOME, rows, { header, settings });
    if (isMessage(ctx)) return message(ctx);
    const offsetAt = offsetsOf(ctx);
    const reader = postingRowReader(ctx.header);
    const dateIndex = dateColumnIndex(POSTINGS_HOME, ctx.header);
    const out = inFixedOffset(rows, ctx).map((cells): Date | string => {
      try {
        const odd = headerRowProblem(POSTINGS_HOME, cells, dateIndex);
        if (odd) return cellMessage(odd);
        const due = reportDueOf(reader, cells, ctx.settings, ctx.offset);
        if (typeof due === "number") return new Date(midnightOf(due, offsetAt));
        return typeof due === "string" ? due : cellMessage(due);
      } catch (error) {
        logError(error);
        return cellMessage(UNREADABLE_ROW);
      }
    });
    return single ? (out[0] as Date | string) : out.map((v) => [v]);
  } catch (error) {
    logError(error);
    return message(UNREADABLE_ROW);
  }
}
