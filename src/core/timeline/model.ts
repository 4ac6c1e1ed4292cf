/** What the timeline shows: the postings recorded, the plan, the eligible cadres' age-outs. */
import { addMonths, type Day, dayOf } from "../dates";
import type { PostingPlan } from "../posting-plan";
import type { PostingResult } from "../postings";
import type { DutyState } from "../reports";
import type { Settings } from "../settings";

export interface SvgNode {
  name: "svg" | "g" | "rect" | "line" | "text" | "path" | "circle" | "title" | "desc";
  attrs: Record<string, string | number>;
  /** Text content (text, title, desc). */
  text?: string;
  children?: SvgNode[];
}

/** A report deadline's state, as the marks show it. */
export type MarkState = "done" | "late" | "overdue" | "upcoming";

export interface TimelineBar {
  id: string;
  start: Day;
  end: Day;
  /** A posting that breaks the plan (Không hợp lệ) is drawn with a dotted outline. */
  invalid?: boolean;
  marks: { day: Day; state: MarkState; what: string }[];
}

export interface TimelineInput {
  firstYear: number;
  lastYear: number;
  /** Tuổi tối đa: an age-out diamond is the day a cadre is over it. */
  maxAge: number;
  today: Day;
  postings: TimelineBar[];
  planned: TimelineBar[];
  ageOuts: { id: string; day: Day }[];
}

// ------------------------------------------------------------------ from the plan

const MARK_OF: Record<DutyState["state"], MarkState> = {
  done: "done",
  doneLate: "late",
  overdue: "overdue",
  dueSoon: "upcoming",
  upcoming: "upcoming",
};

/** At most this many age-out diamonds (the soonest); more would not be readable at 300 px. */
const MAX_AGE_OUTS = 12;

/** The picture's content: the postings recorded, the plan, the eligible cadres' age-outs. */
export function timelineOf(
  plan: PostingPlan,
  postings: readonly PostingResult[],
  settings: Settings,
  today: Day,
): TimelineInput {
  const period = { firstYear: settings.planFirstYear, lastYear: settings.planLastYear };
  const bars: TimelineBar[] = [];
  const from = dayOf(settings.planFirstYear, 1, 1);
  const to = dayOf(settings.planLastYear, 12, 31);
  for (const p of postings) {
    // Postings outside the plan period (TG-KY) have no place in its columns.
    if (p.start === undefined || p.end === undefined || p.start > to || p.end < from) continue;
    const marks = p.duties
      .filter((d) => d.duty.code === "BC-6T" || d.duty.code === "BC-KT")
      .map((d) => ({ day: d.duty.due, state: MARK_OF[d.state], what: d.duty.header }));
    const bar: TimelineBar = {
      id: p.cadre?.id ?? `dòng ${p.row}`,
      start: p.start,
      end: p.end,
      marks,
    };
    if (p.status === "invalid") bar.invalid = true;
    bars.push(bar);
  }
  bars.sort((a, b) => a.start - b.start);
  const planned = plan.planned.map((p) => ({
    id: p.cadre.id,
    start: p.startFrom,
    end: addMonths(p.startFrom, settings.minMonths),
    marks: [],
  }));
  const ageOuts: { id: string; day: Day }[] = [];
  const windows = [
    ...plan.planned.map((p) => ({ id: p.cadre.id, windows: [p.window] })),
    ...plan.unplaced
      .filter((u) => u.rank !== undefined)
      .map((u) => ({ id: u.cadre.id, windows: u.windows })),
  ];
  for (const { id, windows: ws } of windows) {
    const age = ws.find((w) => w.closes.code === "DK-TUOI");
    if (age && age.to + 1 >= from && age.to + 1 <= to) ageOuts.push({ id, day: age.to + 1 });
  }
  ageOuts.sort((a, b) => a.day - b.day);
  const shown = ageOuts.slice(0, MAX_AGE_OUTS);
  return { ...period, maxAge: settings.maxAge, today, postings: bars, planned, ageOuts: shown };
}
