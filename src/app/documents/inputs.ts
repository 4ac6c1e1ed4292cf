/**
 * What the documents are made from: "Cấu hình", "Đợt cử đi", "Cán bộ" and "Đơn vị", read once
 * each, checked (the postings and eligibility engines), turned into the documents model's input.
 */
import type { Workbook } from "../../adapters/sheets";
import { cadreViewOf, postingViewsOf } from "../../core/documents/input";
import {
  type CandidatePool,
  candidateDay,
  type DocumentsInput,
  type PostingView,
  yearsPresent,
} from "../../core/documents/model";
import { checkRoster } from "../../core/eligibility";
import { checkPostings, readPostings } from "../../core/postings";
import { readRoster } from "../../core/roster";
import { TABS, type UnitType } from "../../core/schema";
import { unitTypes } from "../postings";
import { loadSettings } from "../settings";

export interface Loaded {
  input: DocumentsInput;
  /** Keys of "Cấu hình" the add-on does not know: named in the run's message. */
  unknownKeys: string[];
}

/** Reads "Cấu hình", "Đợt cử đi", "Cán bộ" and "Đơn vị" once each. */
export function loadInput(workbook: Workbook, years: (all: number[]) => number[]): Loaded {
  const offset = workbook.offsetMinutes();
  const { settings, unknownKeys } = loadSettings(workbook);
  const today = workbook.today();
  const rosterTab = workbook.read(TABS.roster);
  const roster = rosterTab ? readRoster(rosterTab.values, offset, rosterTab.name) : undefined;
  const postingsTab = workbook.read(TABS.postings);
  let postings: PostingView[] = [];
  if (postingsTab && roster) {
    const table = readPostings(postingsTab.values, offset, postingsTab.name);
    const unitsTab = workbook.read(TABS.units);
    const units = unitsTab ? unitTypes(unitsTab.values) : new Map<string, UnitType>();
    const results = checkPostings(table, roster, settings, today, { units });
    postings = postingViewsOf(
      postingsTab.values[0] ?? [],
      table,
      results,
      roster.rows,
      units,
      settings,
    );
  }
  const poolByYear: Record<number, CandidatePool> = {};
  const withPostings = new Set(yearsPresent(postings));
  if (roster) {
    for (const y of years(yearsPresent(postings))) {
      if (withPostings.has(y)) continue;
      const day = candidateDay(settings.referenceDate, settings.startQuarter, y);
      const cadres = checkRoster(roster, day.on, settings)
        .filter((c) => c.result.status === "eligible" || c.result.status === "needsDecision")
        .map((c) => cadreViewOf(c.row, c.result));
      poolByYear[y] = { ...day, cadres };
    }
  }
  return { input: { today, settings, postings, poolByYear }, unknownKeys };
}
