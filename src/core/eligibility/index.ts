/**
 * Who may go (plan section II, rules.md): the target groups DT-1, DT-2, DT-NL (II.1), the
 * seven conditions DK-* (II.2) on a reference date, and the roster statuses with their
 * precedence:
 *   1. Không đủ điều kiện — a rule fails on data that is present;
 *   2. Thiếu dữ liệu      — no rule fails, but a needed cell is blank or unreadable
 *                           (also: a duplicate or blank Mã CB, a blank Họ và tên);
 *   3. Cần BTV xem xét    — Ngoại lệ (DT-NL) without a Standing Committee decision;
 *   4. Đủ điều kiện.
 * Every failing rule and every missing item is listed, one reason per rule code, each naming
 * the code, the plan's section and the figures that decided it.
 *
 * The rules live in one module per section: target-groups.ts (II.1, DT-*), conditions.ts
 * (II.2, DK-*), identity.ts (MA-CB, HO-TEN), contradictions.ts (cells that
 * disagree); codes.ts names them, parts.ts words them.
 */
import type { Day } from "../dates";
import { type Locale, pick } from "../i18n";
import type { Reason } from "../reasons";
import type { RosterRow, RosterTable } from "../roster";
import type { RosterStatus } from "../schema";
import type { Settings } from "../settings";
import type { ConditionResult, EligibilityResult } from "./codes";
import {
  checkAge,
  checkDiscipline,
  checkParty,
  checkPayroll,
  checkRatings,
  checkStanding,
  checkWoman,
} from "./conditions";
import { contradictions } from "./contradictions";
import { type CheckContext, identityReasons, rosterContext } from "./identity";
import { checkGroup } from "./target-groups";

export {
  CONDITION_CODES,
  CONDITION_NAMES,
  type ConditionCode,
  DAY_DEPENDENT,
  type EligibilityResult,
  type Outcome,
  SECTION,
} from "./codes";
export {
  ageLimitOf,
  childQualifiesFrom,
  ratingProblem,
  ratingsPassIn,
  sanctionOverFrom,
} from "./conditions";
export type { CheckContext } from "./identity";
export { rosterContext } from "./identity";

/**
 * Checks one roster row on the reference date `on` (the Ngày xét setting or today for the
 * roster; a posting's start date for CB-DK). Never throws.
 */
export function checkEligibility(
  row: RosterRow,
  on: Day,
  settings: Settings,
  context: CheckContext = {},
): EligibilityResult {
  const dt = checkGroup(row);
  const age = checkAge(row, on, settings.maxAge);
  const woman = checkWoman(row, on, settings.youngChildMonths);
  const conditions: ConditionResult[] = [
    dt.result,
    checkPayroll(row),
    checkStanding(row),
    checkParty(row),
    age.result,
    checkRatings(row, on, settings.ratingYears),
    checkDiscipline(row, on),
    woman.result,
  ];
  const identity = identityReasons(row, context);
  const reasons: Reason[] = [...identity];
  for (const c of conditions) if (c.reason) reasons.push(c.reason);
  let status: RosterStatus;
  if (conditions.some((c) => c.outcome === "fail")) status = "notEligible";
  else if (
    identity.length > 0 ||
    conditions.some((c) => c.outcome === "missing" && !(c.code === "DT" && dt.awaitingDecision))
  )
    status = "missingData";
  else if (dt.awaitingDecision) status = "needsDecision";
  else status = "eligible";
  const result: EligibilityResult = {
    status,
    group: dt.group,
    conditions,
    reasons,
    warnings: contradictions(row),
    ageLimit: age.ageLimit,
    qualifiesFrom: woman.qualifiesFrom,
    on,
  };
  if (age.age) result.age = age.age;
  return result;
}

/** The "Lý do" cell: one line per reason, then one per warning, in the user's language. */
export function reasonLines(result: EligibilityResult, locale: Locale): string {
  return [...result.reasons, ...result.warnings].map((r) => pick(locale, r.text)).join("\n");
}

/** A checked roster row. */
export interface CheckedRow {
  row: RosterRow;
  result: EligibilityResult;
  /** The row's roster context (a duplicate Mã CB), for checking it on other days. */
  context: CheckContext;
}

/** Every row of a roster table on `on`, duplicate Mã CB marked on each of their rows. */
export function checkRoster(table: RosterTable, on: Day, settings: Settings): CheckedRow[] {
  return table.rows.map((row) => {
    const context = row.id.kind === "value" ? rosterContext(table, row.id.value) : {};
    return { row, result: checkEligibility(row, on, settings, context), context };
  });
}

/** How many rows have each status. */
export function countStatuses(checked: readonly CheckedRow[]): Record<RosterStatus, number> {
  const counts: Record<RosterStatus, number> = {
    notEligible: 0,
    missingData: 0,
    needsDecision: 0,
    eligible: 0,
  };
  for (const c of checked) counts[c.result.status] += 1;
  return counts;
}
