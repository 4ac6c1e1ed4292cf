/**
 * What the sidebar and the server say to each other (google.script.run): the JSON views of a
 * row, the overview, a check's counts and a documents run. Plain JSON only.
 */
import type { Outcome } from "../core/eligibility";
import type { Locale } from "../core/i18n";
import type { DutyState } from "../core/reports";
import type { PostingStatus, RosterStatus } from "../core/schema";

/** ✓ / ✗ / ? / – of one condition (rules.md II.1–II.2): the eligibility engine's outcome. */
export type Mark = Outcome;

export interface ConditionView {
  /** Rule code, e.g. "DK-TUOI". */
  code: string;
  /** Short name of the condition, e.g. "Độ tuổi". */
  label: string;
  mark: Mark;
  /** Why it failed or what is missing: "[DK-TUOI] Mục II.2: …" (absent when it holds). */
  reason?: string;
}

/** A row of "Cán bộ". */
export interface CadreView {
  kind: "cadre";
  tab: string;
  row: number;
  id: string;
  name: string;
  status: RosterStatus;
  statusText: string;
  /** "Đối tượng 1" / "Đối tượng 2" / "Ngoại lệ" / "" when none applies. */
  groupText: string;
  /** The reference date of the check (Ngày xét or today). */
  on: string;
  conditions: ConditionView[];
  /** Reasons that belong to no single condition (duplicate ID, unreadable settings…). */
  otherReasons: string[];
  /**
   * Cells that contradict each other (a man recorded as pregnant, a child born before the
   * cadre): the warning lines the check writes into Lý do; they leave the status as it is.
   */
  warnings: string[];
  /** Last day within the age limit (the day before the 31st birthday). */
  ageLimit: string | null;
  /** First day a woman with a young child qualifies (the child's second birthday). */
  qualifiesFrom: string | null;
}

export interface DutyView {
  code: string;
  label: string;
  due: string;
  state: DutyState["state"];
  /** "Đã xong ngày 10/07/2019", "Quá hạn 12 ngày" … */
  stateText: string;
  /** The column that records it. */
  column: string;
}

/** A row of "Đợt cử đi". */
export interface PostingView {
  kind: "posting";
  tab: string;
  row: number;
  cadreId: string;
  cadreName: string;
  unit: string;
  position: string;
  start: string | null;
  end: string | null;
  status: PostingStatus;
  statusText: string;
  reasons: string[];
  duties: DutyView[];
  nextDue: string | null;
  /** "Đúng hạn" / "Quá hạn N ngày" / "Hoàn thành" (in the user's language). */
  reportStateText: string;
  /** Duties past their date and not done, whoever owes them: apart from `status`. */
  overdue: number;
  /** Every duty not done yet, one line each (as the sheet's "Việc cần làm"). */
  openTasks: { text: string; overdue: boolean }[];
}

/** Anything else: another tab, the header row, an empty row. */
export interface NoRowView {
  kind: "none";
  tab: string;
  row: number;
  /** What to do to see something here. */
  hint: string;
}

export type SelectionView = CadreView | PostingView | NoRowView;

export interface ViewResponse {
  locale: Locale;
  /** Identifies the selection and its row's content; the page sends it back when it polls. */
  key: string;
  /** false: nothing changed since `known`; `view` is then omitted. */
  changed: boolean;
  view?: SelectionView;
  /** Today in the spreadsheet's time zone (omitted when unchanged). */
  today?: string;
}

export interface YearView {
  year: number;
  postings: number;
  quota: number;
  /** More postings start that year than the quota allows (SL-2). */
  over: boolean;
  /** Cadres of that year's postings (IDs and names as typed). */
  cadres: string[];
}

export interface OverdueView {
  row: number;
  cadre: string;
  duty: string;
  due: string;
  daysLate: number;
}

export interface AgingOutView {
  row: number;
  id: string;
  name: string;
  ageLimit: string;
}

export interface OverviewResponse {
  locale: Locale;
  today: string;
  years: YearView[];
  /**
   * "13 việc quá hạn ở 5 đợt (tính đến 15/06/2021)": the figure of Kiểm tra đợt cử đi's
   * message and of the demo (app/postings.ts overdueText), in the user's language.
   */
  overdueSummary: string;
  overdue: OverdueView[];
  /** Cadres still within the age limit today who pass it before the next round opens. */
  agingOut: AgingOutView[];
  /** First day of the next start quarter (01/01 of next year by default). */
  nextRound: string;
  /** Problems reading the workbook (missing tab, unreadable settings), in the user's language. */
  problems: string[];
}

interface CheckCount {
  /** The status words written into the sheet (the contract's Vietnamese words). */
  words: string;
  /** The same status in the user's language. */
  text: string;
  count: number;
}

export interface CheckResponse {
  locale: Locale;
  /** "Kiểm tra điều kiện" or "Kiểm tra đợt cử đi", in the user's language. */
  title: string;
  /** One line saying what was done, e.g. "Đã kiểm tra 12 cán bộ, ngày xét 01/01/2019: …" */
  message: string;
  rows: number;
  counts: CheckCount[];
}

/** A row the sidebar selects in the sheet: the overview's overdue and ageing-out items. */
export interface RowTarget {
  tab: "roster" | "postings";
  /** The sheet's row number (below the header row). */
  row: number;
}

/** What the sidebar asks the document generator for (documentsGenerate's request). */
export type { GenerateCall as DocumentsRequest } from "./documents";

interface DocumentLink {
  title: string;
  url: string;
}

export interface DocumentsResponse {
  locale: Locale;
  /** Documents created or updated by this call. */
  made: number;
  /** false: the rest continues in the background (Apps Script's time limit). */
  done: boolean;
  message: string;
  documents: DocumentLink[];
}
