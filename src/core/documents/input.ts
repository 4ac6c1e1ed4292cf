/**
 * The sheet's data as the documents see it: the views model.ts words its documents from, made
 * from what the checks already computed (the postings check's results, the eligibility engine's
 * verdicts, the report calendar). Nothing here decides a rule again.
 */
import { readChoice, readText } from "../cells";
import type { EligibilityResult } from "../eligibility";
import { mapColumns } from "../headers";
import { type PostingResult, type PostingRow, type PostingTable, postingMonths } from "../postings";
import { idKey, type RosterRow } from "../roster";
import { POSTING_ASSESSMENT_COLUMNS, PROSPECTS, RATINGS, type UnitType, wordOf } from "../schema";
import type { Settings } from "../settings";
import { fold } from "../text";
import type { CadreView, PostingView } from "./spec";

/** Codes of the posting check's rules (plan III and CB-DK), not the duties' late notes. */
const PLAN_III_CODE = /^(?:VT|TG|SL|CB)(?:-|$)/;

const text = (read: { kind: string; value?: unknown }): string =>
  read.kind === "value" ? String(read.value) : "";

/** A roster row and its verdict on a day, as a document shows the cadre. */
export function cadreViewOf(row: RosterRow, result: EligibilityResult): CadreView {
  return {
    id: text(row.id),
    name: text(row.name),
    department: text(row.department),
    position: text(row.position),
    plannedTitle: text(row.plannedTitle),
    group: result.group,
    status: result.status,
    conditions: result.conditions.map((c) => ({ code: c.code, outcome: c.outcome })),
  };
}

/** A free-text assessment cell: the dropdown's canonical word when it is one, else as typed. */
function assessment<T>(cell: unknown, options: Parameters<typeof readChoice<T>>[1]): string {
  const choice = readChoice(cell as never, options);
  if (choice.kind === "value") return wordOf(options, choice.value);
  const typed = readText(cell as never);
  return typed.kind === "value" ? typed.value : "";
}

/**
 * The postings as documents see them: each row with its check's result, its cadre (checked on
 * the start date), its unit's type (the row's, else the "Đơn vị" tab's) and the receiving
 * unit's final assessment (its columns found in `header`, the tab's header row).
 */
export function postingViewsOf(
  header: readonly unknown[],
  table: PostingTable,
  results: readonly PostingResult[],
  roster: readonly RosterRow[],
  units: ReadonlyMap<string, UnitType>,
  settings: Settings,
): PostingView[] {
  const byRow = new Map<number, PostingRow>(table.rows.map((r) => [r.row, r]));
  const rosterById = new Map<string, RosterRow>();
  for (const r of roster) {
    if (r.id.kind === "value" && !rosterById.has(idKey(r.id.value))) {
      rosterById.set(idKey(r.id.value), r);
    }
  }
  const at = mapColumns(header, POSTING_ASSESSMENT_COLUMNS).index;
  const views: PostingView[] = [];
  for (const result of results) {
    const row = byRow.get(result.row);
    if (!row) continue;
    const cadreId = text(row.cadreId);
    const rosterRow = cadreId ? rosterById.get(idKey(cadreId)) : undefined;
    const unit = text(row.unit);
    const unitType =
      row.unitType.kind === "value" ? row.unitType.value : (units.get(fold(unit)) ?? undefined);
    const months = postingMonths(row.months, settings);
    const view: PostingView = {
      row: result.row,
      cadreId,
      unit,
      decisionNo: text(row.decisionNo),
      start: result.start ?? null,
      end: result.end ?? null,
      status: result.status,
      codes: [...new Set(result.reasons.map((r) => r.code))].filter((c) => PLAN_III_CODE.test(c)),
      review: result.reasons.some((r) => r.code === "VT-NL"),
      duties: result.duties.map((d) => ({
        code: d.duty.code,
        ...(d.duty.n !== undefined ? { n: d.duty.n } : {}),
        due: d.duty.due,
        done: d.done ?? null,
        state: d.state,
      })),
      completion: at.completion === undefined ? "" : assessment(row.cells[at.completion], RATINGS),
      prospects: at.prospects === undefined ? "" : assessment(row.cells[at.prospects], PROSPECTS),
    };
    if (unitType !== undefined) view.unitType = unitType;
    if (row.position.kind === "value") view.position = row.position.value;
    if (months.kind === "value") view.months = months.value;
    if (row.end.kind === "value" && result.end !== undefined && row.end.value !== result.end) {
      view.endMismatch = row.end.value;
    }
    if (row.partyAgreed.kind === "value") view.partyAgreed = row.partyAgreed.value;
    if (rosterRow && result.eligibility) view.cadre = cadreViewOf(rosterRow, result.eligibility);
    views.push(view);
  }
  return views;
}
