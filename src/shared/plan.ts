/**
 * What the sidebar's plan tab and overview receive from the server (src/app/plan.ts): the plan
 * "Lập kế hoạch cử…" makes from the tabs as they are, in the user's language, and the plan
 * period's timeline as a node tree (core/timeline) the page builds without parsing markup.
 * Plain JSON: google.script.run carries it.
 */
import type { SvgNode } from "../core/timeline";

export interface PlannedView {
  id: string;
  name: string;
  /** "Phó Bí thư Thành đoàn Tây Ninh". */
  seat: string;
  /** "01/01/2022 – 31/03/2022": the days the cadre may start. */
  start: string;
  /** One line per rule, in the user's language. */
  why: string[];
}

export interface PlanOverview {
  /** The plan in a sentence, in the user's language. */
  summary: string;
  /** The reference date the plan is made on, dd/mm/yyyy. */
  asOf: string;
  years: { year: number; planned: PlannedView[] }[];
  /** Eligible cadres without a place, and why. */
  waiting: { id: string; name: string; why: string[] }[];
  timeline: SvgNode;
}

/** What "Lập kế hoạch cử…" in the sidebar returns: what it wrote, and the plan. */
export interface PlanRunView {
  message: string;
  overview: PlanOverview;
}
