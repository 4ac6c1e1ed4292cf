/**
 * "Lập kế hoạch cử…": who should go in which year (plan VI.3.1, with II and III). For each
 * remaining year of the plan period, up to *Số cán bộ tối đa mỗi năm* cadres start in the
 * start quarter, each
 *   - eligible (II.1–II.2) on a day of that quarter (eligibility-windows.ts),
 *   - not already in "Đợt cử đi",
 *   - matched to a free seat of a unit of "Đơn vị" (units.ts): group 1 → Phó Bí thư of a
 *     district-level or city union, with the local Party committee's agreement (VT-1);
 *     group 2 and an exception with its decision → Ủy viên BTV or Ủy viên BCH (VT-2, VT-NL).
 * Postings already recorded take their seats and their year's quota, unless they break the
 * plan (Không hợp lệ): those are to be corrected, not counted (years.ts).
 *
 * Order of choice (KH-UT, candidates.ts): the cadre whose window closes first goes first, so
 * nobody who could have been sent ages out while someone with more time was chosen; ties by
 * planned title, then the roster's order. The choice (choice.ts) places as many cadres as any
 * plan can, and leaves nobody out who could have been placed with those before them. Each
 * placed cadre then gets a unit: the one that has received the fewest cadres in the plan
 * period, then the tab's order; Ủy viên BTV before Ủy viên BCH. The reasons are reasons.ts's.
 *
 * Pure: no Apps Script global; nothing here throws on bad input.
 */
import type { PostingPosition } from "../schema";
import type { Settings } from "../settings";
import type { Unit, UnitTable } from "../units";
import { type Candidate, candidatesOf } from "./candidates";
import { choose, seatCapacity } from "./choice";
import { type PlanInput, type PlannedPosting, type PostingPlan, positionsOf } from "./model";
import { whyChosen, whyLeftOut } from "./reasons";
import { type OpenYears, openYears } from "./years";

export { type PlanChanges, planChanges, planLines } from "./changes";
export { type PlanInput, type PostingPlan, type RecordedPosting, recordedPostings } from "./model";
export { PLAN_DATE_COLUMNS, planLinesOf, planRowCells, planRows } from "./table";

/** The unit of the year with a free seat for the cadre's kind: fewest received, then tab order. */
function seatFor(c: Candidate, year: number, units: UnitTable, open: OpenYears) {
  const seats = open.seats.get(year)!;
  let best: { unit: Unit; position: PostingPosition } | undefined;
  for (const unit of units.units) {
    const position = positionsOf(c.kind).find((p) => seats.get(unit)![p] > 0);
    if (position === undefined) continue;
    const n = open.received.get(unit) ?? 0;
    if (!best || n < (open.received.get(best.unit) ?? 0)) best = { unit, position };
  }
  if (best) {
    seats.get(best.unit)![best.position] -= 1;
    open.received.set(best.unit, (open.received.get(best.unit) ?? 0) + 1);
  }
  return best;
}

function posting(
  c: Candidate,
  year: number,
  seat: { unit: Unit; position: PostingPosition },
  candidates: number,
  settings: Settings,
): PlannedPosting {
  const chance = c.chances.find((ch) => ch.year === year)!;
  const { unit, position } = seat;
  const p: PlannedPosting = {
    year,
    cadre: c.cadre,
    group: c.group,
    unit: { name: unit.name, type: unit.type, row: unit.row },
    position,
    startFrom: chance.from,
    startBy: chance.to,
    window: chance.window,
    rank: c.rank,
    why: { vi: "", en: "" },
  };
  p.why = whyChosen(p, c, candidates, settings);
  return p;
}

/** Plans the remaining years of the plan period (see the module's comment). */
export function planPostings(input: PlanInput): PostingPlan {
  const { settings, units } = input;
  const open = openYears(input);
  const { years } = open;
  const { candidates, unplaced, alreadyPosted } = candidatesOf(input, years);
  const cap = seatCapacity(years, open.seats);
  const chosen = choose(candidates, years, cap);
  const planned: PlannedPosting[] = [];
  for (const [c, year] of chosen) {
    const seat = seatFor(c, year, units, open);
    // Always found: the year's seats of the kind were counted in the choice.
    if (seat) planned.push(posting(c, year, seat, candidates.length, settings));
  }
  planned.sort((a, b) => a.year - b.year || a.rank - b.rank);
  for (const p of planned) years.find((y) => y.year === p.year)!.planned.push(p);
  const tabs = { postings: input.postingsTab, units: units.tab };
  for (const c of candidates) {
    if (chosen.has(c)) continue;
    const reason = whyLeftOut(c, years, cap, settings, tabs);
    unplaced.push({ index: c.index, cadre: c.cadre, reason, windows: c.windows, rank: c.rank });
  }
  unplaced.sort((a, b) => a.index - b.index);
  return {
    asOf: input.asOf,
    years,
    planned,
    unplaced: unplaced.map(({ index: _index, ...u }) => u),
    alreadyPosted,
    candidates: candidates.length,
    problems: units.problems,
  };
}
