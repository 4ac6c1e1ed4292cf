import { type CheckContext, checkEligibility, rosterContext } from "../eligibility";
import { type EligibilityWindow, eligibilityWindows, neverEligible } from "../eligibility-windows";
import { idKey, type RosterRow } from "../roster";
import { fold } from "../text";
import type { Candidate, Chance } from "./model";
import {
  type PlanCadre,
  type PlanInput,
  type PlanYear,
  seatKindOf,
  type UnplacedCadre,
} from "./model";
import { noChance, notEligible } from "./reasons";

export type { Candidate };

/**
 * Planned titles from the highest: Bí thư, Phó Bí thư, Ủy viên BTV, heads (Trưởng ban, Chánh
 * Văn phòng, Giám đốc, Trưởng phòng), their deputies; any other title after them, none last.
 */
const TITLE_LADDER: readonly RegExp[] = [
  /^bi thu\b/,
  /^pho bi thu\b/,
  /^(uy vien ban thuong vu|uv btv|uy vien btv)\b/,
  /^(truong ban|chanh van phong|giam doc|truong phong)\b/,
  /^pho (truong ban|chanh van phong|giam doc|truong phong)\b/,
];

/** Rank of a planned title on the ladder (0 = Bí thư …), then any title, then none. */
function titleRank(row: RosterRow): number {
  if (row.plannedTitle.kind !== "value") return TITLE_LADDER.length + 1;
  const title = fold(row.plannedTitle.value);
  const i = TITLE_LADDER.findIndex((re) => re.test(title));
  return i < 0 ? TITLE_LADDER.length : i;
}

/** The order of choice: deadline, then title, then the roster's order. */
function byChoice(a: Candidate, b: Candidate): number {
  return a.deadline - b.deadline || a.title - b.title || a.index - b.index;
}

/** The start quarters of `years` that a window holds part of. */
function chancesOf(windows: readonly EligibilityWindow[], years: readonly PlanYear[]): Chance[] {
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
  return chances;
}

export interface Candidates {
  /** In the order of choice, ranked. */
  candidates: Candidate[];
  /** Cadres with no chance, and why (in the roster's order). */
  unplaced: (UnplacedCadre & { index: number })[];
  alreadyPosted: number;
}

/** Every cadre of the roster: already posted, a candidate, or left out for want of a chance. */
export function candidatesOf(input: PlanInput, years: readonly PlanYear[]): Candidates {
  const { roster, settings } = input;
  const posted = new Set(input.postings.flatMap((p) => (p.cadre === undefined ? [] : [p.cadre])));
  const out: Candidates = { candidates: [], unplaced: [], alreadyPosted: 0 };
  const firstDay = years[0]?.from ?? input.asOf;
  roster.rows.forEach((row, index) => {
    const id = row.id.kind === "value" ? row.id.value : "";
    const name = row.name.kind === "value" ? row.name.value : "";
    const cadre: PlanCadre = { row: row.row, id, name };
    if (id !== "" && posted.has(idKey(id))) {
      out.alreadyPosted += 1;
      return;
    }
    if (years.length === 0) return;
    const context: CheckContext = id === "" ? {} : rosterContext(roster, id);
    const first = checkEligibility(row, firstDay, settings, context);
    if (neverEligible(first)) {
      out.unplaced.push({ index, cadre, reason: notEligible(first), windows: [] });
      return;
    }
    const windows = eligibilityWindows(row, settings, context);
    const chances = chancesOf(windows, years);
    const group = first.group;
    const last = chances[chances.length - 1];
    if (!last || group === undefined) {
      const reason = noChance(windows, first, years, settings);
      out.unplaced.push({ index, cadre, reason, windows });
      return;
    }
    const deadline = last.window.to;
    const c: Candidate = {
      index,
      cadre,
      row,
      group,
      kind: seatKindOf(group),
      windows,
      chances,
      deadline,
      title: titleRank(row),
      rank: 0,
    };
    if (group === "NL" && row.decision.kind === "value") c.decision = row.decision.value;
    out.candidates.push(c);
  });
  out.candidates.sort(byChoice);
  out.candidates.forEach((c, i) => {
    c.rank = i + 1;
  });
  return out;
}
