/**
 * Plan section VI during a posting: the calendar of its duties (reports BC-*, evaluations
 * NX-*, TD-CU, SH-*, QT-KP; core/reports.ts), what the duty columns say was done, and a note
 * for each duty late or overdue.
 */
import type { Read } from "../cells";
import { type Day, formatDay } from "../dates";
import type { Text } from "../i18n";
import type { Reason } from "../reasons";
import {
  DUTY_SECTION,
  type DutyCode,
  type DutyState,
  dutyCalendar,
  dutyStates,
  lateDutyText,
  nextDutyDue,
  nextReportDue,
  openDuties,
  openTaskText,
  type ReportState,
  reportState,
} from "../reports";
import type { Settings } from "../settings";
import { quote } from "../text";
import { col, type Findings, reason } from "./findings";
import { dutyCodeOf, type PostingRow } from "./read";

/**
 * The days a posting's duties were done, for dutyStates: a readable date, or `true` for a
 * filled cell whose day cannot be read (done, day unknown); blank cells are left out. With
 * `today`, a date after it is a slip (doneDateContradictions says so): done, day unknown.
 */
export function doneDates(
  done: ReadonlyMap<string, Read<Day>>,
  today = Number.POSITIVE_INFINITY,
): Map<string, Day | true> {
  const out = new Map<string, Day | true>();
  for (const [header, read] of done) {
    if (read.kind === "value") out.set(header, read.value > today ? true : read.value);
    else if (read.kind === "bad") out.set(header, true);
  }
  return out;
}

export interface DutyCheck {
  start: Day;
  months: number;
  group: 1 | 2 | "NL" | undefined;
  settings: Settings;
  /** Today in the spreadsheet's zone. */
  today: Day;
  /** Canonical headers of the duty columns present in the tab. */
  dutyHeaders: ReadonlySet<string>;
}

export interface DutyTracking {
  duties: DutyState[];
  /** Earliest cadre's report (BC-6T, BC-KT) not done. */
  nextDue: Day | undefined;
  state: ReportState;
  /**
   * The follow-up, apart from the validity: every duty not done yet (overdue first in date
   * order, as Việc cần làm lists them), and the earliest date among them (Hạn việc tới).
   */
  openTasks: { state: DutyState; text: Text }[];
  nextTask: Day | undefined;
}

/** The posting's duties on `today`; an unreadable done date lacks data, a late duty is noted. */
export function dutyRules(f: Findings, p: PostingRow, c: DutyCheck): DutyTracking {
  const done = doneDates(p.done, c.today);
  for (const [header, read] of p.done) {
    if (read.kind === "bad") {
      const shown = quote(read.raw, p.offsetMinutes);
      f.missing.push(
        read.why
          ? reason(
              dutyCodeOf(header),
              `cột "${header}" ghi ${shown}: ${read.why.vi} (vẫn tính là đã xong)`,
              `column "${header}" says ${shown}: ${read.why.en} (counted as done)`,
              "VI",
            )
          : reason(
              dutyCodeOf(header),
              `cột "${header}" không đọc được ngày: ${shown} (vẫn tính là đã xong)`,
              `column "${header}" holds no readable date: ${shown} (counted as done)`,
              "VI",
            ),
      );
    }
  }
  f.notes.push(...doneDateContradictions(p, c.start, c.today));
  const calendar = dutyCalendar({ start: c.start, months: c.months, group: c.group }, c.settings);
  const duties = dutyStates(calendar, done, c.today);
  for (const s of duties) {
    const text = lateDutyText(s);
    if (text) f.notes.push({ code: s.duty.code, section: DUTY_SECTION[s.duty.code], text });
  }
  const openTasks = openDuties(duties).map((s) => ({
    state: s,
    text: openTaskText(s, c.dutyHeaders.has(s.duty.header)),
  }));
  return {
    duties,
    nextDue: nextReportDue(duties),
    state: reportState(duties),
    openTasks,
    nextTask: nextDutyDue(duties),
  };
}

/** Duties that may be done before the posting starts (the membership moves). */
const BEFORE_START_OK: ReadonlySet<string> = new Set(["SH-DANG", "SH-DOAN"]);

/**
 * Done dates that cannot be right: after today, or (a report, an evaluation, the exchange or
 * the settlement) before the posting started. Notes that ask the clerk to check the cell; the
 * duty still counts as done and the status is unchanged.
 */
function doneDateContradictions(p: PostingRow, start: Day, today: Day): Reason[] {
  const notes: Reason[] = [];
  for (const [header, read] of p.done) {
    if (read.kind !== "value") continue;
    const code = dutyCodeOf(header);
    const on = formatDay(read.value);
    const section = DUTY_SECTION[code as DutyCode] ?? "VI";
    if (read.value > today) {
      notes.push(
        reason(
          code,
          `lưu ý, cột "${header}" ghi ${on}, sau hôm nay (${formatDay(today)}); hãy kiểm tra lại (vẫn tính là đã xong)`,
          `note, column "${header}" says ${on}, after today (${formatDay(today)}); check it (counted as done)`,
          section,
        ),
      );
    } else if (read.value < start && !BEFORE_START_OK.has(code)) {
      const s = col("start");
      notes.push(
        reason(
          code,
          `lưu ý, cột "${header}" ghi ${on}, trước "${s.header}" ${formatDay(start)}; hãy kiểm tra lại (vẫn tính là đã xong)`,
          `note, column "${header}" says ${on}, before the "${s.header}" (${s.en}) ${formatDay(start)}; check it (counted as done)`,
          section,
        ),
      );
    }
  }
  return notes;
}
