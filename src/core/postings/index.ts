/**
 * The postings tab "Đợt cử đi" and the rules of plan section III (rules.md "Where and how
 * long"), with the report calendar of section VI:
 *
 * | code  | rule                                                                              |
 * |-------|-----------------------------------------------------------------------------------|
 * | VT-1  | group 1: Phó Bí thư of a Huyện / Thành phố (never a Đoàn trực thuộc), Cấp ủy thống nhất = Có |
 * | VT-2  | group 2: Ủy viên BTV or Ủy viên BCH of a district, the city or a đoàn trực thuộc   |
 * | VT-NL | an exception: one of those positions (Phó Bí thư with Cấp ủy thống nhất = Có, never  |
 * |       | of a Đoàn trực thuộc), flagged for the Standing Committee's review                 |
 * | TG-12 | at least N months (Số tháng blank = N, the setting); a given end date = start + months |
 * | TG-TD | at most "Số tháng tối đa" months (36), a guard against typos; no section of the plan |
 * | TG-Q1 | the start lies in the start quarter (I)                                           |
 * | TG-KY | the start year lies in the plan period (the plan's title: "giai đoạn 2018 – 2022") |
 * | SL-2  | at most N postings start a year; those beyond the N-th (by start, then row) fail  |
 * | CB-DK | the cadre is in the roster and meets every II.2 condition on the start date       |
 *
 * CB-DK reuses the eligibility engine (eligibility.ts) on the posting's start date. Pure: no
 *
 * One module per rule of the plan: cadre.ts (CB-DK), position.ts (III.1, VT-*), time.ts
 * (III.2, TG-*), quota.ts (SL-2), duties.ts (VI); read.ts reads the tab, findings.ts words
 * the reasons. CB-DK reuses the eligibility engine on the posting's start date. Pure: no Apps
 * Script global; nothing here throws on bad input.
 */
import type { Day } from "../dates";
import type { EligibilityResult } from "../eligibility";
import type { Text } from "../i18n";
import type { Reason } from "../reasons";
import { type DutyState, overdueDuties, type ReportState } from "../reports";
import type { RosterRow, RosterTable } from "../roster";
import type { PostingStatus } from "../schema";
import type { Settings } from "../settings";
import { cadreRule, cadresById } from "./cadre";
import { type DutyTracking, dutyRules } from "./duties";
import { Findings } from "./findings";
import { positionRule, type UnitsTab } from "./position";
import { type Overflow, quotaOverflow, quotaRule } from "./quota";
import type { PostingRow, PostingTable } from "./read";
import { endRule, monthsRule, startRules } from "./time";

export { doneDates } from "./duties";
export {
  type PostingRow,
  type PostingRowReader,
  type PostingTable,
  postingRowReader,
  readPostings,
} from "./read";
export { postingMonths } from "./time";

export interface PostingResult {
  /** 1-based sheet row. */
  row: number;
  status: PostingStatus;
  /** Failed rules, then rules lacking data, then notes (the VT-NL review, late duties). */
  reasons: Reason[];
  /** The cadre's target group on the start date (from the eligibility engine). */
  group: 1 | 2 | "NL" | undefined;
  cadre?: { id: string; name: string };
  start?: Day;
  /** start + months: the end the calendar uses. */
  end?: Day;
  duties: DutyState[];
  /** Earliest cadre's report (BC-6T, BC-KT) not done. */
  nextDue: Day | undefined;
  /** Tình trạng of the cadre's reports; undefined when there is no calendar (no start). */
  state: ReportState | undefined;
  /**
   * The follow-up, apart from the validity: every duty not done yet (overdue first in date
   * order, as Việc cần làm lists them), and the earliest date among them (Hạn việc tới).
   */
  openTasks: { state: DutyState; text: Text }[];
  nextTask: Day | undefined;
  /** The eligibility engine's verdict on the start date (when the cadre was found). */
  eligibility?: EligibilityResult;
}

/** Units of the "Đơn vị" tab, used when a posting's "Loại đơn vị" is blank. */
export type CheckPostingsOptions = UnitsTab;

/** What every posting of one check is checked against. */
interface CheckContext {
  cadres: ReadonlyMap<string, RosterRow>;
  roster: RosterTable;
  settings: Settings;
  /** Today in the spreadsheet's zone. */
  today: Day;
  /** SL-2: the postings beyond their year's quota, by sheet row. */
  beyondQuota: ReadonlyMap<number, Overflow>;
  /** Canonical headers of the duty columns present in the tab. */
  dutyHeaders: ReadonlySet<string>;
  options: CheckPostingsOptions;
}

/**
 * Checks every posting against plan section III and tracks its section VI duties. `today` is
 * today in the spreadsheet's zone. Results are in the table's row order.
 */
export function checkPostings(
  postings: PostingTable,
  roster: RosterTable,
  settings: Settings,
  today: Day,
  options: CheckPostingsOptions = {},
): PostingResult[] {
  const context: CheckContext = {
    cadres: cadresById(roster),
    roster,
    settings,
    today,
    beyondQuota: quotaOverflow(postings.rows, settings),
    dutyHeaders: postings.dutyHeaders,
    options,
  };
  return postings.rows.map((p) => checkOne(p, context));
}

/**
 * The duties overdue across the postings, whoever owes them: how many, and in how many
 * postings. The check's message, the sidebar's overview and the demo count this same thing.
 */
export function overdueTally(results: readonly PostingResult[]): {
  tasks: number;
  postings: number;
} {
  let tasks = 0;
  let postings = 0;
  for (const r of results) {
    const n = overdueDuties(r.duties).length;
    tasks += n;
    if (n > 0) postings += 1;
  }
  return { tasks, postings };
}

/** One posting: every rule in the plan's order, then its duties' calendar. */
function checkOne(p: PostingRow, c: CheckContext): PostingResult {
  const f = new Findings(p.offsetMinutes);
  const id = f.need("CB-DK", "cadreId", p.cadreId);
  const start = f.need("TG", "start", p.start);
  const cadre = cadreRule(f, { id, start, ...c });
  positionRule(f, p, cadre.group, c.options);
  const months = monthsRule(f, p, c.settings);
  const end =
    start !== undefined && months !== undefined ? endRule(f, p, start, months) : undefined;
  if (start !== undefined) {
    startRules(f, start, c.settings);
    quotaRule(f, c.beyondQuota.get(p.row), start, c.settings);
  }
  const tracking: DutyTracking | undefined =
    start !== undefined && months !== undefined
      ? dutyRules(f, p, { start, months, group: cadre.group, ...c })
      : undefined;
  const status: PostingStatus =
    f.fails.length > 0 ? "invalid" : f.missing.length > 0 ? "missingData" : "valid";
  const row = cadre.row;
  return {
    row: p.row,
    status,
    reasons: [...f.fails, ...f.missing, ...f.notes],
    group: cadre.group,
    ...(row && id !== undefined
      ? { cadre: { id, name: row.name.kind === "value" ? row.name.value : "" } }
      : {}),
    ...(start !== undefined ? { start } : {}),
    ...(end !== undefined ? { end } : {}),
    duties: tracking?.duties ?? [],
    nextDue: tracking?.nextDue,
    state: tracking?.state,
    openTasks: tracking?.openTasks ?? [],
    nextTask: tracking?.nextTask,
    ...(cadre.eligibility ? { eligibility: cadre.eligibility } : {}),
  };
}
