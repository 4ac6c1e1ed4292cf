/**
 * The report calendar of a posting (plan VI; rules.md "Reports and duties during a posting"):
 *
 * | code    | duty                                                   | due                          |
 * |---------|--------------------------------------------------------|------------------------------|
 * | BC-6T   | the cadre's report to the standing office, every 6 mo. | start + 6, 12 … before end   |
 * | BC-KT   | the cadre's final report to the Standing Committee     | the end date                 |
 * | NX-6T   | the receiving unit's evaluation, every 6 months        | as BC-6T                     |
 * | NX-KT   | the receiving unit's final written evaluation          | the end date                 |
 * | TD-CU   | group 1 only: exchange with the district Party committee| the end date                |
 * | SH-DANG | move Party membership to the receiving unit            | start + N days (setting)     |
 * | SH-DOAN | move Union membership to the receiving unit            | start + N days (setting)     |
 * | QT-KP   | settle the posting's expenses                          | end + N days (setting)       |
 *
 * Months are calendar months with end-of-month clamping, always counted from the start
 * (31/03/2019 + 6 = 30/09/2019, + 12 = 31/03/2020). A periodic date that falls on the end
 * date is the final report, not an extra one. Pure: no Apps Script global.
 */
import { addDays, addMonths, type Day, formatDay } from "./dates";
import type { Text } from "./i18n";
import { PERIODIC_EVALUATION_COLUMN, PERIODIC_REPORT_COLUMN, POSTING_COLUMNS } from "./schema";
import { SETTING_RANGES, type Settings } from "./settings";

export type DutyCode =
  | "BC-6T"
  | "BC-KT"
  | "NX-6T"
  | "NX-KT"
  | "TD-CU"
  | "SH-DANG"
  | "SH-DOAN"
  | "QT-KP";

export interface Duty {
  code: DutyCode;
  /** Periodic index (1, 2 …) of BC-6T / NX-6T. */
  n?: number;
  due: Day;
  /** The "Đợt cử đi" column (canonical Vietnamese header) that records the duty done. */
  header: string;
  label: Text;
}

/** The plan's section of each duty, for reasons ("Mục VI.1"). */
export const DUTY_SECTION: Record<DutyCode, string> = {
  "BC-6T": "VI.1",
  "BC-KT": "VI.1",
  "NX-6T": "VI.2",
  "NX-KT": "VI.2",
  "TD-CU": "VI.2",
  "SH-DANG": "VI.1",
  "SH-DOAN": "VI.1",
  "QT-KP": "VI.1",
};

/** The cadre's own reports: what "Hạn báo cáo tới", Tình trạng and =REPORT_DUE follow. */
const REPORT_CODES: ReadonlySet<DutyCode> = new Set<DutyCode>(["BC-6T", "BC-KT"]);

/** Order of duties that fall due the same day. */
const CODE_ORDER: readonly DutyCode[] = [
  "SH-DANG",
  "SH-DOAN",
  "BC-6T",
  "NX-6T",
  "BC-KT",
  "NX-KT",
  "TD-CU",
  "QT-KP",
];

/**
 * An upcoming duty is "due soon" within this many days of its date: the sidebar says so and
 * the sheet colours the date (set-up's conditional formats).
 */
export const DUE_SOON_DAYS = 30;

export interface CalendarInput {
  start: Day;
  /** Length in calendar months: Số tháng, or when blank the Số tháng tối thiểu setting. */
  months: number;
  /** Target group of the cadre: the Party committee exchange (TD-CU) is for group 1 only. */
  group: 1 | 2 | "NL" | undefined;
  /** End date; omitted = start + months. */
  end?: Day;
}

/**
 * The longest posting a calendar covers: the largest Số tháng tối đa the settings allow. A typo
 * (999999 for 12) is Không hợp lệ (TG-TD) and must not make a third of a million duties.
 */
const CALENDAR_MONTHS_CAP = SETTING_RANGES.maxMonths[1];

/** Every duty of a posting, sorted by due date (then the order of the plan). */
export function dutyCalendar(p: CalendarInput, settings: Settings): Duty[] {
  const cap = addMonths(p.start, CALENDAR_MONTHS_CAP);
  const end = Math.min(p.end ?? addMonths(p.start, Math.min(p.months, CALENDAR_MONTHS_CAP)), cap);
  const duties = [
    ...periodicDuties(p.start, end, settings),
    ...movesAndEnd(p, end, settings),
    {
      code: "QT-KP",
      due: addDays(end, settings.settlementDays),
      header: POSTING_COLUMNS.settled.header,
      label: { vi: "Quyết toán kinh phí", en: "expenses settlement" },
    } satisfies Duty,
  ];
  return duties.sort(
    (a, b) =>
      a.due - b.due ||
      CODE_ORDER.indexOf(a.code) - CODE_ORDER.indexOf(b.code) ||
      (a.n ?? 0) - (b.n ?? 0),
  );
}

/** BC-6T and NX-6T: every N months from the start, before the end (that date is BC-KT's). */
function periodicDuties(start: Day, end: Day, settings: Settings): Duty[] {
  const interval = Math.max(1, settings.reportIntervalMonths);
  const duties: Duty[] = [];
  for (let n = 1; ; n += 1) {
    const due = addMonths(start, n * interval);
    if (due >= end) break; // the date that falls on the end is the final report
    duties.push({
      code: "BC-6T",
      n,
      due,
      header: PERIODIC_REPORT_COLUMN.header(n),
      label: {
        vi: `Báo cáo ${interval} tháng lần ${n}`,
        en: `${interval}-month report ${n}`,
      },
    });
    duties.push({
      code: "NX-6T",
      n,
      due,
      header: PERIODIC_EVALUATION_COLUMN.header(n),
      label: {
        vi: `Nhận xét ${interval} tháng lần ${n} của đơn vị tiếp nhận`,
        en: `receiving unit's ${interval}-month evaluation ${n}`,
      },
    });
  }
  return duties;
}

/** SH-DANG, SH-DOAN after the start; BC-KT, NX-KT and (group 1) TD-CU on the end date. */
function movesAndEnd(p: CalendarInput, end: Day, settings: Settings): Duty[] {
  const move = addDays(p.start, settings.membershipMoveDays);
  const duties: Duty[] = [
    {
      code: "SH-DANG",
      due: move,
      header: POSTING_COLUMNS.partyMoved.header,
      label: { vi: "Chuyển sinh hoạt Đảng", en: "Party membership move" },
    },
    {
      code: "SH-DOAN",
      due: move,
      header: POSTING_COLUMNS.unionMoved.header,
      label: { vi: "Chuyển sinh hoạt Đoàn", en: "Union membership move" },
    },
    {
      code: "BC-KT",
      due: end,
      header: POSTING_COLUMNS.finalReport.header,
      label: { vi: "Báo cáo kết thúc", en: "final report" },
    },
    {
      code: "NX-KT",
      due: end,
      header: POSTING_COLUMNS.finalEvaluation.header,
      label: {
        vi: "Nhận xét kết thúc của Ban Thường vụ đơn vị tiếp nhận",
        en: "receiving unit's final evaluation",
      },
    },
  ];
  if (p.group === 1) {
    duties.push({
      code: "TD-CU",
      due: end,
      header: POSTING_COLUMNS.partyExchange.header,
      label: {
        vi: "Trao đổi với cấp ủy địa phương về đánh giá cán bộ",
        en: "exchange with the local Party committee on the evaluation",
      },
    });
  }
  return duties;
}

export interface DutyState {
  duty: Duty;
  /** The day it was done; undefined when not done, or done on a day that cannot be read. */
  done: Day | undefined;
  state: "done" | "doneLate" | "overdue" | "dueSoon" | "upcoming";
  /** Days after the due date: when it was done (doneLate), or today (overdue). */
  daysLate?: number;
}

/**
 * Where each duty stands today. `doneDates` maps a duty's header to the day it was done;
 * `true` means the cell is filled but holds no readable date (done, day unknown: a report is
 * done when its cell is filled); absent or undefined means not done.
 */
export function dutyStates(
  duties: readonly Duty[],
  doneDates: ReadonlyMap<string, Day | true | undefined>,
  today: Day,
): DutyState[] {
  return duties.map((duty) => {
    const done = doneDates.get(duty.header);
    if (done === true) return { duty, done: undefined, state: "done" };
    if (done !== undefined) {
      return done > duty.due
        ? { duty, done, state: "doneLate", daysLate: done - duty.due }
        : { duty, done, state: "done" };
    }
    if (today > duty.due) {
      return { duty, done: undefined, state: "overdue", daysLate: today - duty.due };
    }
    if (duty.due - today <= DUE_SOON_DAYS) return { duty, done: undefined, state: "dueSoon" };
    return { duty, done: undefined, state: "upcoming" };
  });
}

function isOpen(s: DutyState): boolean {
  return s.state === "overdue" || s.state === "dueSoon" || s.state === "upcoming";
}

/**
 * Every duty not done yet, whoever owes it (the cadre, the receiving unit, the office), in
 * date order: what is left to do for a posting.
 */
export function openDuties(states: readonly DutyState[]): DutyState[] {
  return states.filter(isOpen);
}

/** The duties whose date has passed without being done (all duties, not only reports). */
export function overdueDuties(states: readonly DutyState[]): DutyState[] {
  return states.filter((s) => s.state === "overdue");
}

/** The earliest date of a duty not done yet (any duty); undefined when all are done. */
export function nextDutyDue(states: readonly DutyState[]): Day | undefined {
  let next: Day | undefined;
  for (const s of states) {
    if (isOpen(s) && (next === undefined || s.duty.due < next)) next = s.duty.due;
  }
  return next;
}

/**
 * One line of "Việc cần làm" for a duty not done: "Quá hạn 525 ngày: Báo cáo kết thúc (BC-KT),
 * hạn 07/01/2020" or "Hạn 07/07/2021: Báo cáo 6 tháng lần 2 (BC-6T)". `columnInTab` false: the
 * tab has no column to record it, and the line says to add it.
 */
export function openTaskText(s: DutyState, columnInTab = true): Text {
  const { duty } = s;
  const what = { vi: `${duty.label.vi} (${duty.code})`, en: `${duty.label.en} (${duty.code})` };
  const column = columnInTab
    ? { vi: "", en: "" }
    : {
        vi: `; tab chưa có cột "${duty.header}", hãy thêm cột này`,
        en: `; the tab has no "${duty.header}" column: add it`,
      };
  const due = formatDay(duty.due);
  if (s.state === "overdue") {
    return {
      vi: `Quá hạn ${s.daysLate} ngày: ${what.vi}, hạn ${due}${column.vi}`,
      en: `Overdue by ${s.daysLate} days: ${what.en}, due ${due}${column.en}`,
    };
  }
  return { vi: `Hạn ${due}: ${what.vi}${column.vi}`, en: `Due ${due}: ${what.en}${column.en}` };
}

/** The earliest cadre's report (BC-6T, BC-KT) not done; undefined when all are done. */
export function nextReportDue(states: readonly DutyState[]): Day | undefined {
  let next: Day | undefined;
  for (const s of states) {
    if (!REPORT_CODES.has(s.duty.code) || !isOpen(s)) continue;
    if (next === undefined || s.duty.due < next) next = s.duty.due;
  }
  return next;
}

export type ReportState =
  | { kind: "onTime" }
  | { kind: "overdue"; days: number }
  | { kind: "complete" };

/**
 * Tình trạng of a posting's reports: "Hoàn thành" when every cadre's report is in,
 * "Quá hạn N ngày" when one is missing past its date (N counts from the oldest missing one),
 * else "Đúng hạn". Other duties that are late are named in the reasons instead.
 */
export function reportState(states: readonly DutyState[]): ReportState {
  let days = 0;
  let open = false;
  for (const s of states) {
    if (!REPORT_CODES.has(s.duty.code)) continue;
    if (isOpen(s)) open = true;
    if (s.state === "overdue") days = Math.max(days, s.daysLate ?? 0);
  }
  if (days > 0) return { kind: "overdue", days };
  return open ? { kind: "onTime" } : { kind: "complete" };
}

/** The Tình trạng words (sheet data words: always the contract's Vietnamese). */
export const REPORT_STATE_WORDS = {
  onTime: "Đúng hạn",
  /** Followed by " N ngày". */
  overdue: "Quá hạn",
  complete: "Hoàn thành",
} as const;

/** The Tình trạng cell of a posting: "Đúng hạn", "Quá hạn N ngày" or "Hoàn thành". */
export function reportStateWords(state: ReportState): string {
  switch (state.kind) {
    case "complete":
      return REPORT_STATE_WORDS.complete;
    case "overdue":
      return `${REPORT_STATE_WORDS.overdue} ${state.days} ngày`;
    default:
      return REPORT_STATE_WORDS.onTime;
  }
}

/**
 * A reason line for a duty done after its date, naming its code, the plan's section, the
 * column and the dates; undefined for any other duty. (A duty not done is no reason of the
 * posting's validity: it is an open task, openTaskText.)
 */
export function lateDutyText(s: DutyState): Text | undefined {
  const { duty } = s;
  const head = `[${duty.code}] `;
  if (s.state === "doneLate" && s.done !== undefined) {
    return {
      vi: `${head}Mục ${DUTY_SECTION[duty.code]}: ${duty.label.vi} trễ ${s.daysLate} ngày (hạn ${formatDay(duty.due)}, cột "${duty.header}" ghi ${formatDay(s.done)})`,
      en: `${head}Section ${DUTY_SECTION[duty.code]}: ${duty.label.en} ${s.daysLate} days late (due ${formatDay(duty.due)}, column "${duty.header}" says ${formatDay(s.done)})`,
    };
  }
  return undefined;
}
