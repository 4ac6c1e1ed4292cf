/**
 * The plan years still open (VI.3.1, III.2): each year of the plan period whose start quarter
 * has days left on or after the planning day, with its quota and the seats of its units, less
 * what the postings already recorded that year take (those that break the plan excepted).
 */
import { addMonths, type Day, dayOf, yearOf } from "../dates";
import type { PostingPosition } from "../schema";
import type { Settings } from "../settings";
import { fold } from "../text";
import type { Unit, UnitTable } from "../units";
import type { PlanInput, PlanYear, RecordedInYear, RecordedPosting } from "./model";

/** A year's seats left per unit. */
export type SeatsLeft = Map<Unit, Record<PostingPosition, number>>;

export interface OpenYears {
  years: PlanYear[];
  /** Seats left in each year, per unit (the plan takes them as it places cadres). */
  seats: Map<number, SeatsLeft>;
  /** Cadres each unit receives over the plan period (recorded, then planned). */
  received: Map<Unit, number>;
}

/** The start quarter's first and last days in `year`. */
export function quarterDays(settings: Settings, year: number): { from: Day; to: Day } {
  const from = dayOf(year, (settings.startQuarter - 1) * 3 + 1, 1);
  return { from, to: addMonths(from, 3) - 1 };
}

function unitOf(units: UnitTable, p: RecordedPosting): Unit | undefined {
  return p.unit === undefined ? undefined : units.byName.get(fold(p.unit));
}

/** A recorded posting takes its seat and its year's place unless it breaks the plan. */
function counts(p: RecordedPosting): boolean {
  return p.status !== "invalid";
}

/** The year's recorded postings, its quota left, and its units' seats left. */
function openYear(input: PlanInput, year: number, from: Day, to: Day) {
  const seats: SeatsLeft = new Map();
  for (const u of input.units.units) seats.set(u, { ...u.seats });
  const recorded: RecordedInYear[] = [];
  let taken = 0;
  for (const p of input.postings) {
    if (p.start === undefined || yearOf(p.start) !== year) continue;
    const r: RecordedInYear = {
      row: p.row,
      cadreId: p.cadreId ?? "",
      start: p.start,
      counts: counts(p),
    };
    if (p.unit !== undefined) r.unit = p.unit;
    if (p.position !== undefined) r.position = p.position;
    recorded.push(r);
    if (!r.counts) continue;
    taken += 1;
    const unit = unitOf(input.units, p);
    const left = unit && seats.get(unit);
    if (left && p.position !== undefined && left[p.position] > 0) left[p.position] -= 1;
  }
  const quota = Math.max(0, input.settings.maxPerYear - taken);
  const planYear: PlanYear = { year, from, to, quota, recorded, planned: [] };
  return { planYear, seats };
}

/** The remaining years of the plan period, from the planning day `input.asOf`. */
export function openYears(input: PlanInput): OpenYears {
  const { settings, asOf } = input;
  const years: PlanYear[] = [];
  const seats = new Map<number, SeatsLeft>();
  for (let year = settings.planFirstYear; year <= settings.planLastYear; year += 1) {
    const q = quarterDays(settings, year);
    const from = Math.max(q.from, asOf);
    if (from > q.to) continue;
    const open = openYear(input, year, from, q.to);
    years.push(open.planYear);
    seats.set(year, open.seats);
  }
  const received = new Map<Unit, number>();
  for (const p of input.postings) {
    const unit = unitOf(input.units, p);
    if (!unit || p.start === undefined || !counts(p)) continue;
    const y = yearOf(p.start);
    if (y >= settings.planFirstYear && y <= settings.planLastYear) {
      received.set(unit, (received.get(unit) ?? 0) + 1);
    }
  }
  return { years, seats, received };
}
