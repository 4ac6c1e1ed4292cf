/**
 * Turns the engines' results into the sidebar's JSON views (src/shared/sidebar.ts): dates as
 * dd/MM/yyyy, texts in the user's language. Pure: no Apps Script global, so it is tested
 * directly and the Apps Script side (sidebar.ts) stays a thin reader of the selection.
 */
import type { Read } from "../core/cells";
import { type Day, dayOf, formatDay, ymd } from "../core/dates";
import { CONDITION_NAMES, type ConditionCode, type EligibilityResult } from "../core/eligibility";
import { fill, type Locale, pick, type Text } from "../core/i18n";
import type { PostingResult } from "../core/postings";
import type { Reason } from "../core/reasons";
import type { DutyState } from "../core/reports";
import { reportState } from "../core/reports";
import type { RosterRow } from "../core/roster";
import { POSTING_STATUS, ROSTER_STATUS, type TargetGroup } from "../core/schema";
import type { Settings } from "../core/settings";
import type {
  AgingOutView,
  CadreView,
  DutyView,
  OverdueView,
  PostingView,
  YearView,
} from "../shared/sidebar";

const GROUP_TEXT: Record<string, Text> = {
  "1": { vi: "Đối tượng 1", en: "Group 1" },
  "2": { vi: "Đối tượng 2", en: "Group 2" },
  NL: { vi: "Ngoại lệ", en: "Exception" },
};

function groupText(locale: Locale, group: TargetGroup | undefined): string {
  const text = group === undefined ? undefined : GROUP_TEXT[String(group)];
  return text ? pick(locale, text) : "";
}

/** A text cell's value, "" when blank or unreadable. */
function valueText(read: Read<string>): string {
  return read.kind === "value" ? read.value : "";
}

/** The "Cán bộ" row as the sidebar shows it. */
export function cadreView(
  locale: Locale,
  tab: string,
  row: RosterRow,
  result: EligibilityResult,
): CadreView {
  const condCodes = new Set<string>(result.conditions.map((c) => c.code));
  const inCondition = new Set<Reason>(
    result.conditions.flatMap((c) => (c.reason ? [c.reason] : [])),
  );
  return {
    kind: "cadre",
    tab,
    row: row.row,
    id: valueText(row.id),
    name: valueText(row.name),
    status: result.status,
    statusText: pick(locale, ROSTER_STATUS[result.status]),
    groupText: groupText(locale, result.group),
    on: formatDay(result.on),
    conditions: result.conditions.map((c) => {
      const view: CadreView["conditions"][number] = {
        code: c.code,
        label: pick(locale, CONDITION_NAMES[c.code as ConditionCode]),
        mark: c.outcome,
      };
      if (c.reason) view.reason = pick(locale, c.reason.text);
      return view;
    }),
    otherReasons: result.reasons
      .filter((r) => !inCondition.has(r) && !condCodes.has(r.code))
      .map((r) => pick(locale, r.text)),
    warnings: result.warnings.map((r) => pick(locale, r.text)),
    ageLimit: result.ageLimit === undefined ? null : formatDay(result.ageLimit),
    qualifiesFrom: result.qualifiesFrom === undefined ? null : formatDay(result.qualifiesFrom),
  };
}

const DUTY_STATE_TEXT = {
  done: { vi: "Đã xong", en: "Done" },
  doneOn: { vi: "Đã xong ngày {d}", en: "Done on {d}" },
  doneLate: { vi: "Xong trễ {n} ngày ({d})", en: "Done {n} days late ({d})" },
  overdue: { vi: "Quá hạn {n} ngày", en: "Overdue by {n} days" },
  dueSoon: { vi: "Sắp đến hạn (còn {n} ngày)", en: "Due soon ({n} days left)" },
  upcoming: { vi: "Chưa đến hạn", en: "Not yet due" },
} as const;

function dutyStateText(locale: Locale, s: DutyState, today: Day): string {
  const d = s.done === undefined ? "" : formatDay(s.done);
  switch (s.state) {
    case "done":
      return s.done === undefined
        ? pick(locale, DUTY_STATE_TEXT.done)
        : fill(pick(locale, DUTY_STATE_TEXT.doneOn), { d });
    case "doneLate":
      return fill(pick(locale, DUTY_STATE_TEXT.doneLate), { n: s.daysLate ?? 0, d });
    case "overdue":
      return fill(pick(locale, DUTY_STATE_TEXT.overdue), { n: s.daysLate ?? 0 });
    case "dueSoon":
      return fill(pick(locale, DUTY_STATE_TEXT.dueSoon), { n: s.duty.due - today });
    default:
      return pick(locale, DUTY_STATE_TEXT.upcoming);
  }
}

function dutyView(locale: Locale, s: DutyState, today: Day): DutyView {
  return {
    code: s.duty.code,
    label: pick(locale, s.duty.label),
    due: formatDay(s.duty.due),
    state: s.state,
    stateText: dutyStateText(locale, s, today),
    column: s.duty.header,
  };
}

const REPORT_STATE_TEXT = {
  onTime: { vi: "Đúng hạn", en: "On time" },
  complete: { vi: "Hoàn thành", en: "Complete" },
  overdue: { vi: "Quá hạn {n} ngày", en: "Overdue by {n} days" },
  none: { vi: "Chưa có lịch (thiếu ngày bắt đầu)", en: "No calendar (no start date)" },
} as const;

function reportStateText(locale: Locale, states: readonly DutyState[] | undefined): string {
  if (!states || states.length === 0) return pick(locale, REPORT_STATE_TEXT.none);
  const s = reportState(states);
  if (s.kind === "overdue") return fill(pick(locale, REPORT_STATE_TEXT.overdue), { n: s.days });
  return pick(locale, REPORT_STATE_TEXT[s.kind]);
}

/** A "Đợt cử đi" row to show: its tab's name, its check, the words of its own cells as typed. */
interface ShownPosting {
  tab: string;
  result: PostingResult;
  /** The Mã CB is shown as typed when no cadre of the roster has it. */
  cells: { unit: string; position: string; cadreId: string };
}

/** The "Đợt cử đi" row as the sidebar shows it. */
export function postingView(locale: Locale, shown: ShownPosting, today: Day): PostingView {
  const { tab, result, cells } = shown;
  return {
    kind: "posting",
    tab,
    row: result.row,
    cadreId: result.cadre?.id ?? cells.cadreId,
    cadreName: result.cadre?.name ?? "",
    unit: cells.unit,
    position: cells.position,
    start: result.start === undefined ? null : formatDay(result.start),
    end: result.end === undefined ? null : formatDay(result.end),
    status: result.status,
    statusText: pick(locale, POSTING_STATUS[result.status]),
    reasons: result.reasons.map((r) => pick(locale, r.text)),
    duties: result.duties.map((s) => dutyView(locale, s, today)),
    nextDue: result.nextDue === undefined ? null : formatDay(result.nextDue),
    reportStateText: reportStateText(
      locale,
      result.start === undefined ? undefined : result.duties,
    ),
    overdue: result.duties.filter((s) => s.state === "overdue").length,
    openTasks: result.openTasks.map((t) => ({
      text: pick(locale, t.text),
      overdue: t.state.state === "overdue",
    })),
  };
}

/**
 * The first day of the next round: the first day of the start quarter (Quý bắt đầu) that
 * comes after today. With the default (quarter I) that is 1 January of next year, or of this
 * year on 1 January itself not counted (the round has opened).
 */
export function nextRoundStart(today: Day, startQuarter: number): Day {
  const { y } = ymd(today);
  const month = (startQuarter - 1) * 3 + 1;
  const thisYear = dayOf(y, month, 1);
  return today < thisYear ? thisYear : dayOf(y + 1, month, 1);
}

export interface YearInput {
  start: Day | undefined;
  cadre: string;
}

/** Postings that start in each plan year (and any other year a posting starts in) vs the quota. */
export function yearViews(postings: readonly YearInput[], settings: Settings): YearView[] {
  const byYear = new Map<number, string[]>();
  for (let y = settings.planFirstYear; y <= settings.planLastYear; y += 1) byYear.set(y, []);
  for (const p of postings) {
    if (p.start === undefined) continue;
    const y = ymd(p.start).y;
    const list = byYear.get(y) ?? [];
    list.push(p.cadre);
    byYear.set(y, list);
  }
  return [...byYear.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, cadres]) => ({
      year,
      postings: cadres.length,
      quota: settings.maxPerYear,
      over: cadres.length > settings.maxPerYear,
      cadres: cadres.filter((c) => c !== ""),
    }));
}

export function overdueViews(
  locale: Locale,
  results: readonly PostingResult[],
  cadreOf: (r: PostingResult) => string,
): OverdueView[] {
  const out: OverdueView[] = [];
  for (const r of results) {
    for (const s of r.duties) {
      if (s.state !== "overdue") continue;
      out.push({
        row: r.row,
        cadre: cadreOf(r),
        duty: `${pick(locale, s.duty.label)} (${s.duty.code})`,
        due: formatDay(s.duty.due),
        daysLate: s.daysLate ?? 0,
      });
    }
  }
  return out.sort((a, b) => b.daysLate - a.daysLate || a.row - b.row);
}

export interface AgeInput {
  row: RosterRow;
  ageLimit: Day | undefined;
}

/** Cadres within the age limit today whose last eligible day falls before the next round. */
export function agingOutViews(
  cadres: readonly AgeInput[],
  today: Day,
  nextRound: Day,
): AgingOutView[] {
  return cadres
    .filter((c) => c.ageLimit !== undefined && c.ageLimit >= today && c.ageLimit < nextRound)
    .sort((a, b) => (a.ageLimit ?? 0) - (b.ageLimit ?? 0))
    .map((c) => ({
      row: c.row.row,
      id: valueText(c.row.id),
      name: valueText(c.row.name),
      ageLimit: formatDay(c.ageLimit as Day),
    }));
}
