/**
 * Plan section II.2 over time: the intervals of days ("windows") on which a cadre meets every
 * condition, each with the reason it opens and the reason it closes. Four conditions change
 * with the day, all through the eligibility engine's own helpers (eligibility.ts):
 *
 * | code       | the days it holds                                                         |
 * |------------|---------------------------------------------------------------------------|
 * | DK-TUOI    | from the birth date to the day before the (max age + 1)th birthday         |
 * | DK-XEPLOAI | the years Y whose N previous years are rated well (rating Y counts in Y+1) |
 * | DK-KYLUAT  | from the day after "Kỷ luật đến ngày"                                     |
 * | DK-NU      | (a woman) from the youngest child's N-month birthday                       |
 *
 * The others (DT, DK-BIENCHE, DK-PHAMCHAT, DK-DANG, the review and pregnancy parts, the row's
 * identity) hold on every day or on none. Each window found from the four is confirmed by the
 * point-in-time check itself on its first day, so "the day lies in a window" and
 * "checkEligibility says Đủ điều kiện that day" never disagree (a property test holds them to
 * it). Pure: no Apps Script global.
 */
import { type Day, dayOf, formatDay } from "./dates";
import {
  ageLimitOf,
  type CheckContext,
  type ConditionCode,
  checkEligibility,
  childQualifiesFrom,
  DAY_DEPENDENT,
  type EligibilityResult,
  ratingProblem,
  ratingsPassIn,
  SECTION,
  sanctionOverFrom,
} from "./eligibility";
import type { Text } from "./i18n";
import type { RosterRow } from "./roster";
import { RATING_COLUMN } from "./schema";
import type { Settings } from "./settings";

/** Why a window opens (its first day) or closes (its last day). */
interface WindowEdge {
  /** The window's first day (an opening) or last day (a closing). */
  day: Day;
  /** The condition that starts or stops holding there. */
  code: ConditionCode;
  /** The plan's section of the condition ("II.2"). */
  section: string;
  /** The reason in plain words with the deciding figures, e.g. "quá 30 tuổi từ ngày 15/03/2021". */
  text: Text;
}

/** Days `from` … `to` (both included) on which the cadre meets every condition of II.2. */
export interface EligibilityWindow {
  from: Day;
  to: Day;
  opens: WindowEdge;
  closes: WindowEdge;
}

/** An interval of one condition: unbounded ends are ±Infinity and have no edge. */
interface Span {
  from: Day;
  to: Day;
  opens?: WindowEdge;
  closes?: WindowEdge;
}

function edge(code: ConditionCode, day: Day, vi: string, en: string): WindowEdge {
  return { day, code, section: SECTION[code], text: { vi, en } };
}

/** DK-TUOI: the birth date to the last age-eligible day. */
function ageSpans(birth: Day, maxAge: number): Span[] {
  const limit = ageLimitOf(birth, maxAge);
  return [
    {
      from: birth,
      to: limit,
      opens: edge("DK-TUOI", birth, `sinh ngày ${formatDay(birth)}`, `born ${formatDay(birth)}`),
      closes: edge(
        "DK-TUOI",
        limit,
        `quá ${maxAge} tuổi từ ngày ${formatDay(limit + 1)}`,
        `over ${maxAge} years old from ${formatDay(limit + 1)}`,
      ),
    },
  ];
}

/** DK-XEPLOAI: runs of years whose N previous years are rated well, as days. */
function ratingSpans(row: RosterRow, n: number): Span[] | undefined {
  if (n <= 0) return undefined;
  const years = [...row.ratings.keys()];
  if (years.length === 0) return [];
  const first = Math.min(...years) + n;
  const last = Math.max(...years) + 1;
  const spans: Span[] = [];
  const rated = (y: number) =>
    n === 1 ? `xếp loại năm ${y - 1}` : `xếp loại các năm ${y - n}–${y - 1}`;
  const ratedEn = (y: number) =>
    n === 1 ? `the ${y - 1} rating` : `the ${y - n}–${y - 1} ratings`;
  let open: number | undefined;
  for (let y = first; y <= last + 1; y += 1) {
    const good = y <= last && ratingsPassIn(row, y, n);
    if (good && open === undefined) open = y;
    if (good || open === undefined) continue;
    // Years open … y - 1 pass; year y does not: the first of its N years that does not count.
    let why: Text | undefined;
    for (let k = y - n; k < y && why === undefined; k += 1) {
      // A year with no column yet: simply not rated so far (the usual end of a window).
      why = row.ratings.has(k)
        ? ratingProblem(row, k)
        : {
            vi: `chưa có cột "${RATING_COLUMN.header(k)}"`,
            en: `no "${RATING_COLUMN.header(k)}" column yet`,
          };
    }
    const from = dayOf(open, 1, 1);
    const to = dayOf(y - 1, 12, 31);
    spans.push({
      from,
      to,
      opens: edge(
        "DK-XEPLOAI",
        from,
        `từ năm ${open} xét ${rated(open)}: Hoàn thành tốt nhiệm vụ trở lên`,
        `from ${open} on, ${ratedEn(open)}: completed duties well or better`,
      ),
      closes: edge(
        "DK-XEPLOAI",
        to,
        `năm ${y} xét ${rated(y)}: ${why?.vi ?? "chưa đạt"}`,
        `${y} is judged on ${ratedEn(y)}: ${why?.en ?? "not good enough"}`,
      ),
    });
    open = undefined;
  }
  return spans;
}

/** DK-NU: a woman's youngest child's N-month birthday onwards. */
function childSpans(row: RosterRow, months: number): Span[] | undefined {
  if (row.gender.kind !== "value" || row.gender.value !== "Nữ") return undefined;
  if (row.youngestChild.kind !== "value") return undefined;
  const from = childQualifiesFrom(row.youngestChild.value, months);
  return [
    {
      from,
      to: Number.POSITIVE_INFINITY,
      opens: edge(
        "DK-NU",
        from,
        `con nhỏ nhất đủ ${months} tháng tuổi ngày ${formatDay(from)}`,
        `youngest child ${months} months old on ${formatDay(from)}`,
      ),
    },
  ];
}

/** DK-KYLUAT: the day after the sanction's end onwards. */
function sanctionSpans(row: RosterRow): Span[] | undefined {
  if (row.disciplineUntil.kind !== "value") return undefined;
  const until = row.disciplineUntil.value;
  const from = sanctionOverFrom(until);
  return [
    {
      from,
      to: Number.POSITIVE_INFINITY,
      opens: edge(
        "DK-KYLUAT",
        from,
        `hết thời gian kỷ luật (kỷ luật đến ngày ${formatDay(until)})`,
        `the disciplinary sanction is over (it ran until ${formatDay(until)})`,
      ),
    },
  ];
}

/** The days in both `a` and `b` (each sorted and disjoint); on a tie, `a`'s edge is kept. */
function intersect(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    const from = Math.max(x.from, y.from);
    const to = Math.min(x.to, y.to);
    if (from <= to) {
      const span: Span = { from, to };
      const opens = y.from > x.from ? y.opens : x.opens;
      const closes = y.to < x.to ? y.closes : x.closes;
      if (opens) span.opens = opens;
      if (closes) span.closes = closes;
      out.push(span);
    }
    if (x.to < y.to) i += 1;
    else j += 1;
  }
  return out;
}

/** Whether a condition that does not depend on the day fails or lacks data in `result`. */
export function neverEligible(result: EligibilityResult): boolean {
  return result.conditions.some(
    (c) => !DAY_DEPENDENT.has(c.code) && (c.outcome === "fail" || c.outcome === "missing"),
  );
}

/**
 * Every window of the cadre, in order: the days on which checkEligibility(row, day) says
 * Đủ điều kiện. `context` is the row's roster context (a duplicate Mã CB), as for the check.
 */
export function eligibilityWindows(
  row: RosterRow,
  settings: Settings,
  context: CheckContext = {},
): EligibilityWindow[] {
  if (row.birth.kind !== "value") return [];
  let spans = ageSpans(row.birth.value, settings.maxAge);
  for (const more of [
    ratingSpans(row, settings.ratingYears),
    childSpans(row, settings.youngChildMonths),
    sanctionSpans(row),
  ]) {
    if (more) spans = intersect(spans, more);
  }
  const windows: EligibilityWindow[] = [];
  for (const s of spans) {
    // Every day-dependent condition holds from s.from to s.to; the others hold on every day or
    // on none, which the check on the first day tells.
    const check = checkEligibility(row, s.from, settings, context);
    if (check.status !== "eligible") {
      if (neverEligible(check)) return [];
      continue;
    }
    windows.push({ from: s.from, to: s.to, opens: s.opens!, closes: s.closes! });
  }
  return windows;
}

/** The window holding `day`, if any. */
export function windowOn(
  windows: readonly EligibilityWindow[],
  day: Day,
): EligibilityWindow | undefined {
  return windows.find((w) => w.from <= day && day <= w.to);
}

/**
 * "Đủ điều kiện từ": the first day on or after `on` on which the cadre is eligible (`on` itself
 * when eligible that day), with its window; undefined when no such day is known. `checked` is
 * the check on `on`, when the caller has it.
 */
export function eligibleFrom(
  row: RosterRow,
  on: Day,
  settings: Settings,
  context: CheckContext = {},
  checked: EligibilityResult = checkEligibility(row, on, settings, context),
): { day: Day; window: EligibilityWindow } | undefined {
  if (checked.status !== "eligible" && neverEligible(checked)) return undefined;
  const window = eligibilityWindows(row, settings, context).find((w) => w.to >= on);
  return window ? { day: Math.max(on, window.from), window } : undefined;
}

/** "01/01/2020 – 14/03/2021": a window's days. */
export function windowText(w: { from: Day; to: Day }): string {
  return `${formatDay(w.from)} – ${formatDay(w.to)}`;
}
