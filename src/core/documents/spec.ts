/**
 * The shapes the documents are made from and of: the views of the sheet's postings and cadres
 * (input.ts builds them from the checks' results), the settings the documents quote, a request
 * for documents, and the plan of documents it gives (one spec per Google Doc, with a stable key
 * so that a re-run finds it again).
 */
import { type Day, dayOf, formatDay } from "../dates";
import type { ConditionCode, Outcome } from "../eligibility";
import type { Text } from "../i18n";
import type { DutyCode, DutyState } from "../reports";
import { idKey } from "../roster";
import type {
  PostingPosition,
  PostingStatus,
  RosterStatus,
  TargetGroup,
  UnitType,
} from "../schema";
import type { TemplateKind } from "./style";
import type { WordingSettings } from "./wording";

export type RequestKind = "proposal" | "reportForms" | "evaluationForms" | "summary";
export const REQUEST_KINDS: readonly RequestKind[] = [
  "proposal",
  "reportForms",
  "evaluationForms",
  "summary",
];

export interface CadreView {
  id: string;
  name: string;
  department: string;
  position: string;
  plannedTitle: string;
  group: TargetGroup | undefined;
  /** The roster status on the day the cadre was checked. */
  status: RosterStatus;
  conditions: { code: ConditionCode; outcome: Outcome }[];
}

export interface DutyView {
  code: DutyCode;
  n?: number;
  due: Day;
  done: Day | null;
  state: DutyState["state"];
}

export interface PostingView {
  /** 1-based sheet row. */
  row: number;
  cadreId: string;
  /** The cadre's roster row checked on the posting's start date (absent: not in the roster). */
  cadre?: CadreView;
  unit: string;
  /** The row's Loại đơn vị, else the "Đơn vị" tab's type of the unit. */
  unitType?: UnitType;
  position?: PostingPosition;
  decisionNo: string;
  start: Day | null;
  /** start + months. */
  end: Day | null;
  months?: number;
  /** Ngày kết thúc as typed, when it disagrees with start + months. */
  endMismatch?: Day;
  partyAgreed?: boolean;
  status: PostingStatus;
  /** Codes of the rules the posting check found (plan III, CB-DK), in its order. */
  codes: string[];
  /** Whether the check left a note for the Standing Committee's review (VT-NL). */
  review: boolean;
  duties: DutyView[];
  /** The receiving unit's final assessment (VI.2), as typed: task completion, prospects. */
  completion: string;
  prospects: string;
}

/** The settings the documents quote. */
export interface DocumentSettings extends WordingSettings {
  issuingBody: string;
  placeName: string;
  /** The plan's number and symbol, "51-KH/TĐTN-TCKT". */
  planNumber: string;
  /** The plan's date. */
  planDate: Day | null;
  /** Who signs Ban Tổ chức – Kiểm tra's documents ("" = a line to sign by hand). */
  signer: string;
}

export interface DocumentsInput {
  today: Day;
  settings: DocumentSettings;
  postings: PostingView[];
  /** Candidates of a year without postings (see candidateDay). */
  poolByYear: Record<number, CandidatePool>;
}

/** The candidates of a year without postings, and the day their conditions were checked on. */
export interface CandidatePool {
  on: Day;
  /** "setting": the "Ngày xét" setting; "startQuarter": day 1 of the "Quý bắt đầu" quarter. */
  from: "setting" | "startQuarter";
  /** Cadres who are eligible or await the Standing Committee's decision that day. */
  cadres: CadreView[];
}

/**
 * The day a year's candidates are checked on when the year has no postings: the "Ngày xét"
 * setting when it is set, else the first day of the start quarter of that year (III.2: the
 * postings start from the first quarter), when the postings would start.
 */
export function candidateDay(
  referenceDate: Day | null,
  startQuarter: number,
  year: number,
): Pick<CandidatePool, "on" | "from"> {
  if (referenceDate !== null) return { on: referenceDate, from: "setting" };
  return { on: dayOf(year, (startQuarter - 1) * 3 + 1, 1), from: "startQuarter" };
}

export interface DocumentRequest {
  year?: number;
  kinds: RequestKind[];
  /** 1-based rows of "Đợt cử đi"; absent = every posting of the year(s). */
  rows?: number[];
  /** The postings (postingKey) to make forms for, whatever their rows now; with `rows`, both. */
  postings?: string[];
}

/**
 * A posting's identity that survives rows inserted, deleted or sorted while documents are
 * made: its cadre (Mã CB, matched like IDs) and its start date. Documents' keys and the links
 * written back to the sheet rely on it, never on a row number seen minutes earlier.
 */
export function postingKey(cadreId: string, start: Day): string {
  return `${idKey(cadreId)}|${formatDay(start)}`;
}

/** The key of a posting view; null without a readable start date. */
export function keyOfPosting(posting: Pick<PostingView, "cadreId" | "start">): string | null {
  return posting.start === null ? null : postingKey(posting.cadreId, posting.start);
}

/** Where a document's link goes in the posting row. */
export type LinkColumn = "reports" | "evaluations";

export type Item = Record<string, string>;

export interface DocumentSpec {
  /** Stable identity: the same document on every run (kept in the file's appProperties). */
  key: string;
  template: TemplateKind;
  year: number;
  /** File name, e.g. "2019 – CB01 Nguyễn Văn An – Báo cáo 6 tháng lần 1". */
  title: string;
  /** Short label used next to the link in the sheet, e.g. "Báo cáo 6 tháng lần 1". */
  label: string;
  /** Posting row the document belongs to (per-posting documents), when the plan was made. */
  row?: number;
  /** postingKey of that posting: where its link goes, whatever its row is by then. */
  posting?: string;
  linkColumn?: LinkColumn;
  /** Placeholder values (names as written in the templates). */
  values: Record<string, string>;
  /**
   * The items of each list block, by the list's marker placeholder (layout.ts, LIST_MARKERS):
   * the table row holding {{STT}} is repeated once per item of `lists.STT`.
   */
  lists?: Record<string, Item[]>;
}

export interface PlanSkip {
  /** The posting row it concerns, if any. */
  row?: number;
  reason: Text;
}

export interface DocumentPlan {
  specs: DocumentSpec[];
  skipped: PlanSkip[];
  years: number[];
}

/**
 * A short, stable fingerprint of a text (FNV-1a, 32 bits, hex): the documents a job has done,
 * and the content of the sidebar's selected row.
 */
export function keyHash(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
