/** What the plan of postings reads and what it gives: the types, and the postings recorded. */
import type { Day } from "../dates";
import type { EligibilityWindow } from "../eligibility-windows";
import type { Text } from "../i18n";
import type { PostingResult, PostingTable } from "../postings";
import { idKey, type RosterRow, type RosterTable } from "../roster";
import type { PostingPosition, PostingStatus, TargetGroup, UnitType } from "../schema";
import type { Settings } from "../settings";
import type { UnitTable } from "../units";

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

/** The seats a cadre of a group takes: Phó Bí thư (group 1), or Ủy viên BTV / BCH. */
export type SeatKind = "deputySecretary" | "member";
export const SEAT_KINDS: readonly SeatKind[] = ["deputySecretary", "member"];

export const SEAT_KIND_WORDS: Record<SeatKind, Text> = {
  deputySecretary: { vi: "Phó Bí thư", en: "deputy secretary" },
  member: { vi: "Ủy viên BTV, Ủy viên BCH", en: "Standing or Executive Committee member" },
};

/** III.1: group 1 goes as Phó Bí thư; group 2 and an exception as Ủy viên BTV or BCH. */
export function seatKindOf(group: TargetGroup): SeatKind {
  return group === 1 ? "deputySecretary" : "member";
}

/** The positions of a seat kind, in the order they are given (Ủy viên BTV before BCH). */
export function positionsOf(kind: SeatKind): readonly PostingPosition[] {
  return kind === "deputySecretary" ? ["deputySecretary"] : ["standingMember", "executiveMember"];
}

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
  /** 1-based place in the order of choice, among the plan's `candidates`. */
  rank: number;
  /** Why this cadre, this year, this seat: one line per rule, with the figures. */
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

/** A start quarter the cadre is eligible in: its first and last eligible day, and the window. */
export interface Chance {
  year: number;
  from: Day;
  to: Day;
  window: EligibilityWindow;
}

export interface Candidate {
  /** Index in the roster's rows (its order). */
  index: number;
  cadre: PlanCadre;
  row: RosterRow;
  group: TargetGroup;
  kind: SeatKind;
  /** Quyết định BTV of an exception. */
  decision?: string;
  windows: EligibilityWindow[];
  /** The remaining years the cadre can start in, in order. */
  chances: Chance[];
  /** The close of the last window holding a chance: the order of choice. */
  deadline: Day;
  /** The planned title's rank (titleRank). */
  title: number;
  /** 1-based place in the order of choice. */
  rank: number;
}
