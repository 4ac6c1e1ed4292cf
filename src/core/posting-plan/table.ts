/**
 * The plan as the rows of its tab "Kế hoạch cử" (PLAN_COLUMNS): the proposed postings by year
 * and order of choice, then every other cadre not yet posted, in the roster's order, with why
 * they are not placed. And back: the proposed postings a previous run left in the tab.
 */

import { readText, readWholeNumber } from "../cells";
import type { Day } from "../dates";
import { mapColumns } from "../headers";
import type { Text } from "../i18n";
import {
  PLAN_COLUMNS,
  PLAN_STATUS,
  type PlanStatus,
  POSTING_POSITIONS,
  TARGET_GROUPS,
  type TargetGroup,
  UNIT_TYPES,
  type UnitType,
  wordOf,
} from "../schema";
import { fold } from "../text";
import type { PlanLine } from "./changes";
import type { PostingPlan } from "./model";

/** One row of the plan's tab, before dates become cells. */
export interface PlanRow {
  status: PlanStatus;
  year?: number;
  id: string;
  name: string;
  group?: TargetGroup;
  unit?: string;
  unitType?: UnitType;
  position?: string;
  startFrom?: Day;
  startBy?: Day;
  eligibleFrom?: Day;
  eligibleUntil?: Day;
  why: Text;
}

/** The tab's rows: proposed postings first, then the cadres not placed. */
export function planRows(plan: PostingPlan): PlanRow[] {
  const rows: PlanRow[] = plan.planned.map((p) => ({
    status: "planned",
    year: p.year,
    id: p.cadre.id,
    name: p.cadre.name,
    group: p.group,
    unit: p.unit.name,
    unitType: p.unit.type,
    position: wordOf(POSTING_POSITIONS, p.position),
    startFrom: p.startFrom,
    startBy: p.startBy,
    eligibleFrom: p.window.from,
    eligibleUntil: p.window.to,
    why: p.why,
  }));
  const first = plan.years[0]?.from ?? plan.asOf;
  for (const u of plan.unplaced) {
    const row: PlanRow = {
      status: u.rank === undefined ? "notEligible" : "waiting",
      id: u.cadre.id,
      name: u.cadre.name,
      why: u.reason,
    };
    // The window the reason is about: the one reaching the plan years, else the last one.
    const w = u.windows.find((x) => x.to >= first) ?? u.windows[u.windows.length - 1];
    if (w) {
      row.eligibleFrom = w.from;
      row.eligibleUntil = w.to;
    }
    rows.push(row);
  }
  return rows;
}

/** A row's cells in PLAN_COLUMNS order; days through `date` (a Date cell in the sheet). */
export function planRowCells(row: PlanRow, date: (day: Day) => unknown): unknown[] {
  const day = (d: Day | undefined) => (d === undefined ? "" : date(d));
  return [
    row.year ?? "",
    PLAN_STATUS[row.status].vi,
    row.id,
    row.name,
    row.group === undefined ? "" : wordOf(TARGET_GROUPS, row.group),
    row.unit ?? "",
    row.unitType === undefined ? "" : wordOf(UNIT_TYPES, row.unitType),
    row.position ?? "",
    day(row.startFrom),
    day(row.startBy),
    day(row.eligibleFrom),
    day(row.eligibleUntil),
    // The sheet is shared: what it holds is Vietnamese.
    row.why.vi,
  ];
}

/** The 0-based columns of PLAN_COLUMNS holding dates. */
export const PLAN_DATE_COLUMNS: readonly number[] = (
  ["startFrom", "startBy", "eligibleFrom", "eligibleUntil"] as const
).map((k) => Object.keys(PLAN_COLUMNS).indexOf(k));

/** The proposed postings a previous run wrote into the tab (its values, header row first). */
export function planLinesOf(values: readonly (readonly unknown[])[]): PlanLine[] {
  const columns = mapColumns(values[0] ?? [], PLAN_COLUMNS).index;
  const at = (row: readonly unknown[], key: keyof typeof PLAN_COLUMNS) => {
    const i = columns[key];
    return i === undefined ? undefined : row[i];
  };
  const planned = fold(PLAN_STATUS.planned.vi);
  const lines: PlanLine[] = [];
  for (const row of values.slice(1)) {
    const status = readText(at(row, "result"));
    const year = readWholeNumber(at(row, "year"));
    const id = readText(at(row, "id"));
    if (status.kind !== "value" || fold(status.value) !== planned) continue;
    if (year.kind !== "value" || id.kind !== "value") continue;
    const unit = readText(at(row, "unit"));
    const position = readText(at(row, "position"));
    lines.push({
      year: year.value,
      id: id.value,
      unit: unit.kind === "value" ? unit.value : "",
      position: position.kind === "value" ? position.value : "",
    });
  }
  return lines;
}
