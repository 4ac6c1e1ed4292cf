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
 * plan (Không hợp lệ): those are to be corrected, not counted.
 *
 * Order of choice (KH-UT): the cadre whose window closes first goes first — earliest deadline
 * first — so nobody who could have been sent ages out while someone with more time was chosen;
 * ties by planned title (higher first), then by the roster's order. The choice is the greedy
 * algorithm of a matroid: cadres are taken in that order, and each is kept when all those
 * kept so far, and they, can still be given a year and a seat (an augmenting path in the flow
 * network cadre → seat kind of a year → year). So the plan places as many cadres as any plan
 * can, and a cadre left out could not have been placed together with the cadres before them,
 * whoever comes after. Then each kept cadre moves to the earliest year open to them, before
 * those with later deadlines, and gets a unit: the one that has received the fewest cadres in
 * the plan period, then the tab's order; Ủy viên BTV before Ủy viên BCH.
 *
 * Pure: no Apps Script global; nothing here throws on bad input.
 */
import { addMonths, type Day, dayOf, formatDay, yearOf } from "./dates";
import {
  type CheckContext,
  checkEligibility,
  type EligibilityResult,
  rosterContext,
} from "./eligibility";
import {
  type EligibilityWindow,
  eligibilityWindows,
  neverEligible,
  windowText,
} from "./eligibility-windows";
import type { Text } from "./i18n";
import type { PostingResult, PostingTable } from "./postings";
import { idKey, type RosterRow, type RosterTable } from "./roster";
import {
  POSTING_POSITIONS,
  type PostingPosition,
  type PostingStatus,
  type TargetGroup,
  UNIT_TYPES,
  type UnitType,
  wordOf,
} from "./schema";
import type { Settings } from "./settings";
import { fold } from "./text";
import type { Unit, UnitTable } from "./units";

// ------------------------------------------------------------------ inputs

/** A posting already in "Đợt cử đi", as the planner needs it. */
export interface RecordedPosting {
  /** 1-based sheet row. */
  row: number;
  /** idKey of its Mã CB, when readable. */
  cadre?: string;
  cadreId?: string;
  start?: Day;
  unit?: string;
  position?: PostingPosition;
  status: PostingStatus;
}

/** The postings tab with each row's check (its status decides whether it takes a seat). */
export function recordedPostings(
  table: PostingTable,
  results: readonly PostingResult[],
): RecordedPosting[] {
  return table.rows.map((p, i) => {
    const r: RecordedPosting = { row: p.row, status: results[i]?.status ?? "missingData" };
    if (p.cadreId.kind === "value") {
      r.cadreId = p.cadreId.value;
      r.cadre = idKey(p.cadreId.value);
    }
    if (p.start.kind === "value") r.start = p.start.value;
    if (p.unit.kind === "value") r.unit = p.unit.value;
    if (p.position.kind === "value") r.position = p.position.value;
    return r;
  });
}

export interface PlanInput {
  roster: RosterTable;
  postings: readonly RecordedPosting[];
  /** The postings tab's actual name, for the reasons. */
  postingsTab: string;
  units: UnitTable;
  settings: Settings;
  /** The day the plan is made on (the Ngày xét setting, or today): no start before it. */
  asOf: Day;
}

// ------------------------------------------------------------------ outputs

/** The seats a cadre of a group takes: Phó Bí thư (group 1), or Ủy viên BTV / BCH. */
export type SeatKind = "deputySecretary" | "member";

export const SEAT_KIND_WORDS: Record<SeatKind, Text> = {
  deputySecretary: { vi: "Phó Bí thư", en: "deputy secretary" },
  member: { vi: "Ủy viên BTV, Ủy viên BCH", en: "Standing or Executive Committee member" },
};

export interface PlanCadre {
  /** 1-based row of "Cán bộ". */
  row: number;
  id: string;
  name: string;
}

/** One proposed posting. */
export interface PlannedPosting {
  year: number;
  cadre: PlanCadre;
  group: TargetGroup;
  unit: { name: string; type: UnitType; row: number };
  position: PostingPosition;
  /** The days of the start quarter on which the cadre may start (eligible, not before asOf). */
  startFrom: Day;
  startBy: Day;
  /** The eligibility window holding those days. */
  window: EligibilityWindow;
  /** 1-based place in the order of choice, among `candidates` cadres. */
  rank: number;
  /** Why this cadre, this year, this seat: plain words with the figures. */
  why: Text;
}

/** A cadre the plan does not place, and why. */
export interface UnplacedCadre {
  cadre: PlanCadre;
  reason: Text;
  /** The cadre's windows (none when a condition that does not change with the day fails). */
  windows: EligibilityWindow[];
  /** For a cadre who could start in some plan year: their place in the order of choice. */
  rank?: number;
}

/** A posting already recorded in a plan year. */
export interface RecordedInYear {
  row: number;
  cadreId: string;
  start: Day;
  unit?: string;
  position?: PostingPosition;
  /** Whether it takes a seat and the year's quota (it does unless Không hợp lệ). */
  counts: boolean;
}

export interface PlanYear {
  year: number;
  /** The start quarter's days open for a start: from max(quarter's first day, asOf). */
  from: Day;
  to: Day;
  /** The year's quota left for the plan after the recorded postings. */
  quota: number;
  recorded: RecordedInYear[];
  planned: PlannedPosting[];
}

export interface PostingPlan {
  asOf: Day;
  /** The remaining plan years, in order (empty when the plan period is over). */
  years: PlanYear[];
  /** Every proposed posting, by year then order of choice. */
  planned: PlannedPosting[];
  /** Cadres neither placed nor already posted, in the roster's order. */
  unplaced: UnplacedCadre[];
  /** Cadres with a row in "Đợt cử đi" (not planned again). */
  alreadyPosted: number;
  /** Cadres who could start in at least one plan year (those the order of choice ranks). */
  candidates: number;
  /** Problems of the units tab, for the run's message. */
  problems: Text[];
}

// ------------------------------------------------------------------ the order of choice

/**
 * Planned titles from the highest (KH-UT breaks ties of the deadline with them): Bí thư,
 * Phó Bí thư, Ủy viên BTV, heads (Trưởng ban, Chánh Văn phòng, Giám đốc), deputies (Phó …);
 * any other title after them, no title last.
 */
const TITLE_LADDER: readonly RegExp[] = [
  /^bi thu\b/,
  /^pho bi thu\b/,
  /^(uy vien ban thuong vu|uv btv|uy vien btv)\b/,
  /^(truong ban|chanh van phong|giam doc|truong phong)\b/,
  /^pho (truong ban|chanh van phong|giam doc|truong phong)\b/,
];

/** Rank of a planned title on the ladder: 0 for Bí thư … , then any title, then none. */
export function titleRank(row: RosterRow): number {
  if (row.plannedTitle.kind !== "value") return TITLE_LADDER.length + 1;
  const title = fold(row.plannedTitle.value);
  const i = TITLE_LADDER.findIndex((re) => re.test(title));
  return i < 0 ? TITLE_LADDER.length : i;
}

function seatKindOf(group: TargetGroup): SeatKind {
  return group === 1 ? "deputySecretary" : "member";
}

function positionsOf(kind: SeatKind): readonly PostingPosition[] {
  return kind === "deputySecretary" ? ["deputySecretary"] : ["standingMember", "executiveMember"];
}

interface Chance {
  year: number;
  from: Day;
  to: Day;
  window: EligibilityWindow;
}

/** A cadre who could start in at least one plan year. */
interface Candidate {
  index: number;
  cadre: PlanCadre;
  row: RosterRow;
  group: TargetGroup;
  kind: SeatKind;
  decision?: string;
  windows: EligibilityWindow[];
  chances: Chance[];
  /** The close of the last window holding a chance: the order of choice. */
  deadline: Day;
  title: number;
  rank: number;
}

function byChoice(a: Candidate, b: Candidate): number {
  return a.deadline - b.deadline || a.title - b.title || a.index - b.index;
}

// ------------------------------------------------------------------ the flow network

/**
 * A residual graph with unit-free integer capacities, grown and shrunk at its end: the cadre
 * being tried is the last node added, and its edges are removed again when it is left out.
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

  /** Removes the last node and its edges (they are the last ones added). */
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
      const u = queue[q]!;
      for (const id of this.adjacency[u]!) {
        const v = this.to[id]!;
        if (this.cap[id]! <= 0 || via.has(v)) continue;
        via.set(v, id);
        if (v === sink) {
          for (let at = sink; at !== source; ) {
            const e = via.get(at)!;
            this.cap[e]! -= 1;
            this.cap[e ^ 1]! += 1;
            at = this.to[e ^ 1]!;
          }
          return true;
        }
        queue.push(v);
      }
    }
    return false;
  }
}

// ------------------------------------------------------------------ words

const ROMAN = ["I", "II", "III", "IV"];

function quarterOf(settings: Settings, year: number): string {
  return `quý ${ROMAN[settings.startQuarter - 1] ?? settings.startQuarter}/${year}`;
}

function quarterEn(settings: Settings, year: number): string {
  return `Q${settings.startQuarter} ${year}`;
}

function joined(items: readonly string[]): string {
  return items.join(", ");
}

// ------------------------------------------------------------------ the plan

/** The start quarter's first and last days in `year`. */
function quarterDays(settings: Settings, year: number): { from: Day; to: Day } {
  const from = dayOf(year, (settings.startQuarter - 1) * 3 + 1, 1);
  return { from, to: addMonths(from, 3) - 1 };
}

/** Plans the remaining years of the plan period (see the module's comment). */
export function planPostings(input: PlanInput): PostingPlan {
  const { roster, settings, asOf, units } = input;

  // ---- the remaining years, their quota and seats (recorded postings take theirs)
  const years: PlanYear[] = [];
  const seatsLeft = new Map<number, Map<Unit, Record<PostingPosition, number>>>();
  const received = new Map<Unit, number>();
  const posted = new Set<string>();
  for (const p of input.postings) if (p.cadre !== undefined) posted.add(p.cadre);
  for (const p of input.postings) {
    const unit = p.unit === undefined ? undefined : units.byName.get(fold(p.unit));
    if (!unit || p.start === undefined || p.status === "invalid") continue;
    const y = yearOf(p.start);
    if (y >= settings.planFirstYear && y <= settings.planLastYear) {
      received.set(unit, (received.get(unit) ?? 0) + 1);
    }
  }
  for (let year = settings.planFirstYear; year <= settings.planLastYear; year += 1) {
    const q = quarterDays(settings, year);
    const from = Math.max(q.from, asOf);
    if (from > q.to) continue;
    const seats = new Map<Unit, Record<PostingPosition, number>>();
    for (const u of units.units) seats.set(u, { ...u.seats });
    const recorded: RecordedInYear[] = [];
    let taken = 0;
    for (const p of input.postings) {
      if (p.start === undefined || yearOf(p.start) !== year) continue;
      const counts = p.status !== "invalid";
      const r: RecordedInYear = { row: p.row, cadreId: p.cadreId ?? "", start: p.start, counts };
      if (p.unit !== undefined) r.unit = p.unit;
      if (p.position !== undefined) r.position = p.position;
      recorded.push(r);
      if (!counts) continue;
      taken += 1;
      const unit = p.unit === undefined ? undefined : units.byName.get(fold(p.unit));
      const left = unit && seats.get(unit);
      if (left && p.position !== undefined && left[p.position] > 0) left[p.position] -= 1;
    }
    seatsLeft.set(year, seats);
    years.push({
      year,
      from,
      to: q.to,
      quota: Math.max(0, settings.maxPerYear - taken),
      recorded,
      planned: [],
    });
  }

  // ---- the cadres: who could start in which year
  const candidates: Candidate[] = [];
  const unplaced: (UnplacedCadre & { index: number })[] = [];
  let alreadyPosted = 0;
  const firstDay = years[0]?.from ?? asOf;
  roster.rows.forEach((row, index) => {
    const id = row.id.kind === "value" ? row.id.value : "";
    const cadre: PlanCadre = {
      row: row.row,
      id,
      name: row.name.kind === "value" ? row.name.value : "",
    };
    if (id !== "" && posted.has(idKey(id))) {
      alreadyPosted += 1;
      return;
    }
    if (years.length === 0) return;
    const context: CheckContext = id === "" ? {} : rosterContext(roster, id);
    const first = checkEligibility(row, firstDay, settings, context);
    if (neverEligible(first)) {
      unplaced.push({ index, cadre, reason: notEligible(first), windows: [] });
      return;
    }
    const windows = eligibilityWindows(row, settings, context);
    const chances: Chance[] = [];
    for (const y of years) {
      for (const w of windows) {
        const from = Math.max(w.from, y.from);
        const to = Math.min(w.to, y.to);
        if (from <= to) {
          chances.push({ year: y.year, from, to, window: w });
          break;
        }
      }
    }
    const group = first.group;
    if (chances.length === 0 || group === undefined) {
      unplaced.push({
        index,
        cadre,
        reason: noChance(windows, first, years, settings),
        windows,
      });
      return;
    }
    const c: Candidate = {
      index,
      cadre,
      row,
      group,
      kind: seatKindOf(group),
      windows,
      chances,
      deadline: chances[chances.length - 1]!.window.to,
      title: titleRank(row),
      rank: 0,
    };
    if (group === "NL" && row.decision.kind === "value") c.decision = row.decision.value;
    candidates.push(c);
  });
  candidates.sort(byChoice);
  candidates.forEach((c, i) => {
    c.rank = i + 1;
  });

  // ---- the choice: the matroid greedy over the flow network
  const flow = new Flow();
  const sink = flow.node();
  const yearNode = new Map<number, number>();
  const kindNode = new Map<string, number>();
  const kindCap = new Map<string, number>();
  let capacity = 0;
  for (const y of years) {
    const yn = flow.node();
    yearNode.set(y.year, yn);
    flow.edge(yn, sink, y.quota);
    const seats = seatsLeft.get(y.year)!;
    let yearSeats = 0;
    for (const kind of ["deputySecretary", "member"] as const) {
      let n = 0;
      for (const left of seats.values()) for (const p of positionsOf(kind)) n += left[p];
      const kn = flow.node();
      kindNode.set(`${y.year}:${kind}`, kn);
      kindCap.set(`${y.year}:${kind}`, n);
      flow.edge(kn, yn, n);
      yearSeats += n;
    }
    capacity += Math.min(y.quota, yearSeats);
  }
  const kept: { c: Candidate; edges: number[] }[] = [];
  for (const c of candidates) {
    if (kept.length >= capacity) break;
    const node = flow.node();
    const edges = c.chances.map((ch) => flow.edge(node, kindNode.get(`${ch.year}:${c.kind}`)!, 1));
    if (flow.augment(node, sink)) kept.push({ c, edges });
    else flow.dropLast(edges);
  }

  // ---- each kept cadre's year, then earliest years first for the earliest deadlines
  const yearOfKept = new Map<Candidate, number>();
  for (const { c, edges } of kept) {
    const used = edges.findIndex((e) => flow.cap[e] === 0);
    yearOfKept.set(c, c.chances[used]!.year);
  }
  const load = new Map<string, number>();
  const count = new Map<number, number>();
  for (const [c, y] of yearOfKept) {
    load.set(`${y}:${c.kind}`, (load.get(`${y}:${c.kind}`) ?? 0) + 1);
    count.set(y, (count.get(y) ?? 0) + 1);
  }
  const quotaOf = new Map(years.map((y) => [y.year, y.quota]));
  const order = kept.map((k) => k.c); // already in the order of choice
  const canTake = (y: number, kind: SeatKind) =>
    (count.get(y) ?? 0) < quotaOf.get(y)! &&
    (load.get(`${y}:${kind}`) ?? 0) < kindCap.get(`${y}:${kind}`)!;
  const move = (c: Candidate, from: number, to: number) => {
    load.set(`${from}:${c.kind}`, load.get(`${from}:${c.kind}`)! - 1);
    count.set(from, count.get(from)! - 1);
    load.set(`${to}:${c.kind}`, (load.get(`${to}:${c.kind}`) ?? 0) + 1);
    count.set(to, (count.get(to) ?? 0) + 1);
    yearOfKept.set(c, to);
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const [i, a] of order.entries()) {
      const ya = yearOfKept.get(a)!;
      for (const ch of a.chances) {
        if (ch.year >= ya) break;
        if (canTake(ch.year, a.kind)) {
          move(a, ya, ch.year);
          changed = true;
          break;
        }
        // A later cadre of the same seat kind in that earlier year trades places with a.
        const b = order
          .slice(i + 1)
          .find(
            (x) =>
              x.kind === a.kind &&
              yearOfKept.get(x) === ch.year &&
              x.chances.some((xc) => xc.year === ya),
          );
        if (b) {
          yearOfKept.set(b, ya);
          yearOfKept.set(a, ch.year);
          changed = true;
          break;
        }
      }
      if (changed) break;
    }
  }

  // ---- a unit and a position for each, in the order of choice
  const planned: PlannedPosting[] = [];
  const placed = new Set<Candidate>();
  for (const c of order) {
    const year = yearOfKept.get(c)!;
    const seats = seatsLeft.get(year)!;
    let best: { unit: Unit; position: PostingPosition } | undefined;
    for (const unit of units.units) {
      const position = positionsOf(c.kind).find((p) => seats.get(unit)![p] > 0);
      if (position === undefined) continue;
      if (!best || (received.get(unit) ?? 0) < (received.get(best.unit) ?? 0)) {
        best = { unit, position };
      }
    }
    if (!best) continue; // cannot happen: the kind's seats of the year were counted
    seats.get(best.unit)![best.position] -= 1;
    received.set(best.unit, (received.get(best.unit) ?? 0) + 1);
    const chance = c.chances.find((ch) => ch.year === year)!;
    const posting: PlannedPosting = {
      year,
      cadre: c.cadre,
      group: c.group,
      unit: { name: best.unit.name, type: best.unit.type, row: best.unit.row },
      position: best.position,
      startFrom: chance.from,
      startBy: chance.to,
      window: chance.window,
      rank: c.rank,
      why: { vi: "", en: "" },
    };
    posting.why = whyChosen(posting, c, candidates.length, settings);
    planned.push(posting);
    placed.add(c);
  }
  planned.sort((a, b) => a.year - b.year || a.rank - b.rank);
  for (const p of planned) years.find((y) => y.year === p.year)!.planned.push(p);

  // ---- those left out: which years were full, or had no seat of their kind
  for (const c of candidates) {
    if (placed.has(c)) continue;
    unplaced.push({
      index: c.index,
      cadre: c.cadre,
      reason: whyLeftOut(c, years, kindCap, settings, {
        postings: input.postingsTab,
        units: units.tab,
      }),
      windows: c.windows,
      rank: c.rank,
    });
  }
  unplaced.sort((a, b) => a.index - b.index);
  return {
    asOf,
    years,
    planned,
    unplaced: unplaced.map(({ index: _index, ...u }) => u),
    alreadyPosted,
    candidates: candidates.length,
    problems: units.problems,
  };
}

// ------------------------------------------------------------------ the reasons

/** The check's reasons on the first plan day: a condition that never holds, or missing data. */
function notEligible(result: EligibilityResult): Text {
  return {
    vi: result.reasons.map((r) => r.text.vi).join("\n"),
    en: result.reasons.map((r) => r.text.en).join("\n"),
  };
}

function line(code: string, section: string, vi: string, en: string): Text {
  return { vi: `[${code}] Mục ${section}: ${vi}`, en: `[${code}] Section ${section}: ${en}` };
}

function lines(parts: readonly Text[]): Text {
  return { vi: parts.map((t) => t.vi).join("\n"), en: parts.map((t) => t.en).join("\n") };
}

/** A cadre eligible on some days, none of them in a start quarter of the remaining years. */
function noChance(
  windows: readonly EligibilityWindow[],
  first: EligibilityResult,
  years: readonly PlanYear[],
  settings: Settings,
): Text {
  const w0 = windows[0];
  const wn = windows[windows.length - 1];
  const y0 = years[0]!;
  const yn = years[years.length - 1]!;
  if (!w0 || !wn) return notEligible(first);
  if (wn.to < y0.from) {
    const c = wn.closes;
    if (c.code === "DK-TUOI") {
      return line(
        c.code,
        c.section,
        `quá ${settings.maxAge} tuổi trước ${quarterOf(settings, y0.year)} (đủ điều kiện đến ${formatDay(wn.to)})`,
        `over ${settings.maxAge} before ${quarterEn(settings, y0.year)} (eligible until ${formatDay(wn.to)})`,
      );
    }
    return line(
      c.code,
      c.section,
      `hết đủ điều kiện trước ${quarterOf(settings, y0.year)}: đủ điều kiện đến ${formatDay(wn.to)} (${c.text.vi})`,
      `no longer eligible before ${quarterEn(settings, y0.year)}: eligible until ${formatDay(wn.to)} (${c.text.en})`,
    );
  }
  if (w0.from > yn.to) {
    const o = w0.opens;
    return line(
      o.code,
      o.section,
      `chỉ đủ điều kiện từ ${formatDay(w0.from)} (${o.text.vi}), sau ${quarterOf(settings, yn.year)}, lượt cuối của kế hoạch`,
      `eligible only from ${formatDay(w0.from)} (${o.text.en}), after ${quarterEn(settings, yn.year)}, the plan's last round`,
    );
  }
  const shown = windows.filter((w) => w.to >= y0.from && w.from <= yn.to).map(windowText);
  const rounds = years.map((y) => quarterOf(settings, y.year));
  return line(
    "TG-Q1",
    "III.2",
    `đủ điều kiện ${joined(shown)}, không trùng lượt cử nào còn lại (${joined(rounds)})`,
    `eligible ${joined(shown)}, in none of the remaining rounds (${joined(years.map((y) => quarterEn(settings, y.year)))})`,
  );
}

/** Why a cadre goes in this year, to this seat (KH-UT, TG-Q1, VT-1 / VT-2 / VT-NL). */
function whyChosen(p: PlannedPosting, c: Candidate, candidates: number, settings: Settings): Text {
  const last = c.chances[c.chances.length - 1]!.window;
  const years = c.chances.map((ch) => ch.year);
  const when =
    years.length === 1
      ? { vi: `chỉ còn cử được năm ${years[0]}`, en: `${years[0]} is the only year left` }
      : {
          vi: `có thể cử các năm ${joined(years.map(String))}`,
          en: `could go in ${joined(years.map(String))}`,
        };
  const order = line(
    "KH-UT",
    "VI.3.1",
    `thứ tự xét ${c.rank}/${candidates}: đủ điều kiện đến ${formatDay(c.deadline)} (${last.closes.text.vi}); ${when.vi}`,
    `place ${c.rank} of ${candidates} in the order of choice: eligible until ${formatDay(c.deadline)} (${last.closes.text.en}); ${when.en}`,
  );
  const q = quarterDays(settings, p.year);
  const narrower: Text[] = [];
  if (p.startFrom > q.from && p.startFrom === p.window.from) narrower.push(p.window.opens.text);
  if (p.startBy < q.to) narrower.push(p.window.closes.text);
  const note =
    narrower.length === 0
      ? { vi: "", en: "" }
      : {
          vi: ` (${joined(narrower.map((t) => t.vi))})`,
          en: ` (${joined(narrower.map((t) => t.en))})`,
        };
  const start = line(
    "TG-Q1",
    "III.2",
    `bắt đầu trong ${quarterOf(settings, p.year)}, từ ${formatDay(p.startFrom)} đến ${formatDay(p.startBy)}${note.vi}`,
    `starts in ${quarterEn(settings, p.year)}, between ${formatDay(p.startFrom)} and ${formatDay(p.startBy)}${note.en}`,
  );
  const position = wordOf(POSTING_POSITIONS, p.position);
  const where = `${position} ${p.unit.name}`;
  const seat =
    p.group === 1
      ? line(
          "VT-1",
          "III.1",
          `đối tượng 1 đi ${where}; cần sự thống nhất của cấp ủy địa phương`,
          `group 1 goes as ${where}; the local Party committee must agree`,
        )
      : p.group === 2
        ? line("VT-2", "III.1", `đối tượng 2 đi ${where}`, `group 2 goes as ${where}`)
        : line(
            "VT-NL",
            "II.1, III.1",
            `trường hợp ngoại lệ${c.decision ? ` (Quyết định BTV ${c.decision})` : ""} đi ${where}; BTV xem xét vị trí theo quyết định`,
            `an exception${c.decision ? ` (decision ${c.decision})` : ""} goes as ${where}; the Standing Committee reviews the position`,
          );
  return lines([order, start, seat]);
}

/**
 * Why a cadre who could start in some years is not placed: in each of those years, the quota or
 * the seats of their kind taken by cadres before them in the order of choice (or, when only the
 * whole plan fills it, by everyone placed there).
 */
function whyLeftOut(
  c: Candidate,
  years: readonly PlanYear[],
  seatCap: ReadonlyMap<string, number>,
  settings: Settings,
  tabs: { postings: string; units: string },
): Text {
  const parts: Text[] = [
    line(
      "KH-UT",
      "VI.3.1",
      `thứ tự xét ${c.rank}: đủ điều kiện đến ${formatDay(c.deadline)}; các năm có thể cử đều đã kín`,
      `place ${c.rank} in the order of choice: eligible until ${formatDay(c.deadline)}; every year open to them is full`,
    ),
  ];
  const code = c.group === 1 ? "VT-1" : c.group === 2 ? "VT-2" : "VT-NL";
  const kind = SEAT_KIND_WORDS[c.kind];
  for (const ch of c.chances) {
    const y = years.find((x) => x.year === ch.year)!;
    const counted = y.recorded.filter((r) => r.counts);
    const cap = seatCap.get(`${y.year}:${c.kind}`) ?? 0;
    const before = y.planned.filter((p) => p.rank < c.rank);
    const sameKind = (list: readonly PlannedPosting[]) =>
      list.filter((p) => seatKindOf(p.group) === c.kind);
    const quotaFull = (list: readonly PlannedPosting[]) => list.length >= y.quota;
    const seatsFull = (list: readonly PlannedPosting[]) => sameKind(list).length >= cap;
    const byQuota = quotaFull(before) || (!seatsFull(before) && quotaFull(y.planned));
    if (byQuota) {
      const list = quotaFull(before) ? before : y.planned;
      parts.push(
        line(
          "KH-UT",
          "VI.3.1",
          `năm ${y.year} đã đủ ${settings.maxPerYear} cán bộ (${joined([...list.map((p) => p.cadre.id), ...counted.map((r) => `dòng ${r.row} của tab "${tabs.postings}"`)])})`,
          `${y.year} already has ${settings.maxPerYear} cadres (${joined([...list.map((p) => p.cadre.id), ...counted.map((r) => `row ${r.row} of "${tabs.postings}"`)])})`,
        ),
      );
      continue;
    }
    const taken = sameKind(seatsFull(before) ? before : y.planned).map((p) => p.cadre.id);
    parts.push(
      taken.length > 0
        ? line(
            code,
            "III.1",
            `năm ${y.year} không còn chỗ ${kind.vi} (đã dành cho ${joined(taken)})`,
            `${y.year} has no ${kind.en} seat left (given to ${joined(taken)})`,
          )
        : line(
            code,
            "III.1",
            `năm ${y.year} các đơn vị của tab "${tabs.units}" không còn chỗ ${kind.vi}`,
            `in ${y.year} the units of "${tabs.units}" have no ${kind.en} seat left`,
          ),
    );
  }
  return lines(parts);
}

/** "Đoàn trực thuộc", "Huyện" …: a unit type's word. */
export function unitTypeWord(type: UnitType): string {
  return wordOf(UNIT_TYPES, type);
}
