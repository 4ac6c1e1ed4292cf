/**
 * CB-DK (plan II.2 applied in III): the posting's cadre is in the roster and meets every
 * condition of section II on the posting's start date. Reuses the eligibility engine.
 */
import type { Day } from "../dates";
import { formatDay } from "../dates";
import { checkEligibility, type EligibilityResult, rosterContext } from "../eligibility";
import type { Reason } from "../reasons";
import { idKey, type RosterRow, type RosterTable } from "../roster";
import type { Settings } from "../settings";
import { quote } from "../text";
import { type Findings, reason } from "./findings";

/** The roster's rows by Mã CB (idKey); a duplicate ID keeps its first row. */
export function cadresById(roster: RosterTable): Map<string, RosterRow> {
  const cadres = new Map<string, RosterRow>();
  for (const r of roster.rows) {
    if (r.id.kind !== "value") continue;
    const key = idKey(r.id.value);
    if (!cadres.has(key)) cadres.set(key, r);
  }
  return cadres;
}

/** What CB-DK found out about the posting's cadre. */
export interface CadreFinding {
  row?: RosterRow;
  /** The eligibility engine's verdict on the start date (when the cadre and start are known). */
  eligibility?: EligibilityResult;
  /** The cadre's target group on the start date. */
  group?: 1 | 2 | "NL";
}

export interface CadreCheck {
  /** The posting's Mã CB (undefined when blank or unreadable). */
  id: string | undefined;
  start: Day | undefined;
  cadres: ReadonlyMap<string, RosterRow>;
  roster: RosterTable;
  settings: Settings;
}

/** CB-DK: the cadre is in the roster, and eligible on the start date. */
export function cadreRule(f: Findings, c: CadreCheck): CadreFinding {
  if (c.id === undefined) return {};
  const row = c.cadres.get(idKey(c.id));
  if (!row) {
    const tab = c.roster.tab;
    f.fails.push(
      reason(
        "CB-DK",
        `Mã CB ${quote(c.id)} không có trong tab "${tab}"`,
        `cadre ID ${quote(c.id)} is not in the "${tab}" tab`,
      ),
    );
    return {};
  }
  if (c.start === undefined) return { row };
  const eligibility = checkEligibility(row, c.start, c.settings, rosterContext(c.roster, c.id));
  cadreDecision(f, eligibility, { id: c.id, start: c.start, rosterTab: c.roster.tab });
  return eligibility.group === undefined
    ? { row, eligibility }
    : { row, eligibility, group: eligibility.group };
}

/** CB-DK: the eligibility engine's verdict on the start date, its failing reasons quoted. */
function cadreDecision(
  f: Findings,
  e: EligibilityResult,
  posting: { id: string; start: Day; rosterTab: string },
): void {
  const { id, start, rosterTab } = posting;
  const on = formatDay(start);
  const who = { vi: `Mã CB ${quote(id)}`, en: `cadre ID ${quote(id)}` };
  const quoteAll = (into: Reason[]) => {
    for (const r of e.reasons) {
      into.push(
        reason(
          "CB-DK",
          `${who.vi} vào ngày bắt đầu ${on}: ${r.text.vi}`,
          `${who.en} on the start date ${on}: ${r.text.en}`,
        ),
      );
    }
  };
  switch (e.status) {
    case "eligible":
      return;
    case "notEligible":
      if (e.reasons.length === 0) {
        f.fails.push(
          reason(
            "CB-DK",
            `${who.vi} không đủ điều kiện vào ngày bắt đầu ${on}`,
            `${who.en} is not eligible on the start date ${on}`,
          ),
        );
      }
      quoteAll(f.fails);
      return;
    case "missingData":
      quoteAll(f.missing);
      return;
    case "needsDecision":
      // An exception without the Standing Committee's decision: the decision is missing data.
      f.missing.push(
        reason(
          "CB-DK",
          `${who.vi} là trường hợp ngoại lệ (ô "Đối tượng" ghi "Ngoại lệ"), cần ghi "Quyết định BTV" trong tab "${rosterTab}" trước khi cử đi`,
          `${who.en} is an exception ("Đối tượng" (Target group) says "Ngoại lệ"): enter the "Quyết định BTV" (Standing Committee decision) in the "${rosterTab}" tab first`,
        ),
      );
      quoteAll(f.missing);
      return;
  }
}
