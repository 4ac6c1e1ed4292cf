/**
 * The choice (KH-UT) as the greedy algorithm of a matroid: cadres are taken in the order of
 * choice, and each is kept when all those kept so far, and they, can still be given a year and
 * a seat — an augmenting path in the flow network
 *
 *     cadre ──1──▶ seat kind of a year (its seats) ──▶ year (its quota) ──▶ end
 *
 * The sets of cadres that can all be placed form a matroid (a gammoid), so the kept set is as
 * large as any plan's, and a cadre left out could not have been placed together with the
 * cadres before them, whoever comes after. Then each kept cadre moves to the earliest year
 * open to them, before those with later deadlines.
 */

import type { Candidate } from "./candidates";
import type { PlanYear, SeatKind } from "./model";
import { positionsOf, SEAT_KINDS } from "./model";
import type { SeatsLeft } from "./years";

/**
 * A residual graph with integer capacities, grown and shrunk at its end: the cadre being tried
 * is the last node added, and its edges are removed again when it is left out.
 */
class Flow {
  readonly to: number[] = [];
  readonly cap: number[] = [];
  readonly adjacency: number[][] = [];

  node(): number {
    this.adjacency.push([]);
    return this.adjacency.length - 1;
  }

  edge(from: number, to: number, capacity: number): number {
    const id = this.to.length;
    this.to.push(to, from);
    this.cap.push(capacity, 0);
    this.adjacency[from]!.push(id);
    this.adjacency[to]!.push(id + 1);
    return id;
  }

  /** Removes the last node and its edges (the last ones added, carrying no flow). */
  dropLast(edges: readonly number[]): void {
    for (let i = edges.length - 1; i >= 0; i -= 1) {
      const id = edges[i]!;
      this.adjacency[this.to[id]!]!.pop();
      this.to.length = id;
      this.cap.length = id;
    }
    this.adjacency.pop();
  }

  /** One unit from `source` to `sink` along a shortest residual path; false when none. */
  augment(source: number, sink: number): boolean {
    const via = new Map<number, number>([[source, -1]]);
    const queue = [source];
    for (let q = 0; q < queue.length; q += 1) {
      for (const id of this.adjacency[queue[q]!]!) {
        const v = this.to[id]!;
        if (this.cap[id]! <= 0 || via.has(v)) continue;
        via.set(v, id);
        if (v === sink) {
          for (let at = sink; at !== source; at = this.to[via.get(at)! ^ 1]!) {
            const e = via.get(at)!;
            this.cap[e]! -= 1;
            this.cap[e ^ 1]! += 1;
          }
          return true;
        }
        queue.push(v);
      }
    }
    return false;
  }
}

/** "2021:member": a seat kind of a year. */
const slot = (year: number, kind: SeatKind) => `${year}:${kind}`;

/** Each year's seats of each kind (for the network and the reasons). */
export function seatCapacity(
  years: readonly PlanYear[],
  seats: ReadonlyMap<number, SeatsLeft>,
): Map<string, number> {
  const cap = new Map<string, number>();
  for (const y of years) {
    for (const kind of SEAT_KINDS) {
      let n = 0;
      for (const left of seats.get(y.year)!.values())
        for (const p of positionsOf(kind)) n += left[p];
      cap.set(slot(y.year, kind), n);
    }
  }
  return cap;
}

/** The kept cadres (in the order of choice) and each one's year. */
function keep(
  candidates: readonly Candidate[],
  years: readonly PlanYear[],
  cap: ReadonlyMap<string, number>,
): Map<Candidate, number> {
  const flow = new Flow();
  const end = flow.node();
  const slots = new Map<string, number>();
  let room = 0;
  for (const y of years) {
    const yearNode = flow.node();
    flow.edge(yearNode, end, y.quota);
    let seats = 0;
    for (const kind of SEAT_KINDS) {
      const n = cap.get(slot(y.year, kind))!;
      const node = flow.node();
      slots.set(slot(y.year, kind), node);
      flow.edge(node, yearNode, n);
      seats += n;
    }
    room += Math.min(y.quota, seats);
  }
  const kept: { c: Candidate; edges: number[] }[] = [];
  for (const c of candidates) {
    if (kept.length >= room) break;
    const node = flow.node();
    const edges = c.chances.map((ch) => flow.edge(node, slots.get(slot(ch.year, c.kind))!, 1));
    if (flow.augment(node, end)) kept.push({ c, edges });
    else flow.dropLast(edges);
  }
  const yearOf = new Map<Candidate, number>();
  for (const { c, edges } of kept) {
    yearOf.set(c, c.chances[edges.findIndex((e) => flow.cap[e] === 0)]!.year);
  }
  return yearOf;
}

/**
 * Moves each kept cadre, in the order of choice, to an earlier year open to them: into a free
 * place of that year, or trading places with a later cadre of the same seat kind there.
 */
function earliestFirst(
  yearOf: Map<Candidate, number>,
  years: readonly PlanYear[],
  cap: ReadonlyMap<string, number>,
): void {
  const order = [...yearOf.keys()];
  const quota = new Map(years.map((y) => [y.year, y.quota]));
  const load = new Map<string, number>();
  const count = new Map<number, number>();
  const add = (c: Candidate, year: number, n: number) => {
    load.set(slot(year, c.kind), (load.get(slot(year, c.kind)) ?? 0) + n);
    count.set(year, (count.get(year) ?? 0) + n);
  };
  for (const [c, y] of yearOf) add(c, y, 1);
  const free = (year: number, kind: SeatKind) =>
    (count.get(year) ?? 0) < quota.get(year)! &&
    (load.get(slot(year, kind)) ?? 0) < cap.get(slot(year, kind))!;
  const step = (): boolean => {
    for (const [i, a] of order.entries()) {
      const from = yearOf.get(a)!;
      for (const ch of a.chances) {
        if (ch.year >= from) break;
        if (free(ch.year, a.kind)) {
          add(a, from, -1);
          add(a, ch.year, 1);
          yearOf.set(a, ch.year);
          return true;
        }
        const b = order
          .slice(i + 1)
          .find(
            (x) =>
              x.kind === a.kind &&
              yearOf.get(x) === ch.year &&
              x.chances.some((xc) => xc.year === from),
          );
        if (b) {
          yearOf.set(b, from);
          yearOf.set(a, ch.year);
          return true;
        }
      }
    }
    return false;
  };
  // Each step moves a cadre earlier, only ever after those before them: it ends.
  while (step());
}

/** The cadres placed, each with their year, in the order of choice. */
export function choose(
  candidates: readonly Candidate[],
  years: readonly PlanYear[],
  cap: ReadonlyMap<string, number>,
): Map<Candidate, number> {
  const yearOf = keep(candidates, years, cap);
  earliestFirst(yearOf, years, cap);
  return yearOf;
}
