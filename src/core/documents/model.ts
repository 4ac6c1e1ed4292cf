/**
 * What each document says, built from the sheet's data: the plan of documents a request asks
 * for (one entry per Google Doc, with a stable key so that a re-run finds it again), and the
 * values of each document's placeholders.
 *
 * Privacy (rules.md, "Documents"): the proposal list shows each II.2 condition as Đạt / Không
 * đạt only. No value handed to a template is a raw sensitive cell: not the birth date, gender
 * details, pregnancy, children, discipline or ratings. These values simply do not exist here,
 * so a template that asks for {{Ngày sinh}} gets nothing and the run reports the placeholder.
 *
 * Who is on the proposal list of year N: the postings that start in year N (the cadres
 * actually proposed, with their unit and position), their conditions checked on the posting's
 * start date. A year without postings lists the roster's candidates instead: the cadres whose
 * status is "Đủ điều kiện" or "Cần BTV xem xét" on the day the postings would start — the
 * "Ngày xét" setting when it is set, else the first day of the "Quý bắt đầu" quarter of year N
 * (III.2) — and the document says which day that was.
 */
import { type Day, dayOf, formatDay, yearOf, ymd } from "../dates";
import type { Outcome } from "../eligibility";
import type { DutyState } from "../reports";
import { idKey } from "../roster";
import { fold } from "../text";
import type { TemplateKind } from "./layout";
import { placeholderName } from "./placeholders";

export type RequestKind = "proposal" | "reportForms" | "evaluationForms" | "summary";
export const REQUEST_KINDS: readonly RequestKind[] = [
  "proposal",
  "reportForms",
  "evaluationForms",
  "summary",
];

export interface ConditionView {
  code: string;
  outcome: Outcome;
}

export interface CadreView {
  id: string;
  name: string;
  department: string;
  position: string;
  plannedTitle: string;
  /** "Đối tượng 1", "Đối tượng 2", "Ngoại lệ" or "" (none). */
  group: string;
  /** The roster status word (Kết quả). */
  status: string;
  conditions: ConditionView[];
}

export interface DutyView {
  code: string;
  n?: number;
  label: string;
  due: Day;
  done: Day | null;
  state: DutyState["state"];
  daysLate?: number;
}

export interface PostingView {
  /** 1-based sheet row. */
  row: number;
  cadreId: string;
  /** The cadre's roster row checked on the posting's start date (absent: not in the roster). */
  cadre?: CadreView;
  unit: string;
  unitType: string;
  position: string;
  decisionNo: string;
  start: Day | null;
  end: Day | null;
  /** The posting status word (Kết quả of "Đợt cử đi"). */
  status: string;
  /**
   * Codes of the plan-III rules that make the posting Không hợp lệ or Thiếu dữ liệu (VT-*, TG-*,
   * SL-2, CB-DK): rule codes only, never the values behind them.
   */
  codes: string[];
  duties: DutyView[];
}

export interface DocumentsInput {
  today: Day;
  issuingBody: string;
  placeName: string;
  /** The plan's period (settings "Năm bắt đầu kế hoạch", "Năm kết thúc kế hoạch"). */
  planFirstYear: number;
  planLastYear: number;
  postings: PostingView[];
  /** Candidates of a year without postings (see candidateDay). */
  poolByYear: Record<number, CandidatePool>;
}

/** The candidates of a year without postings, and the day their conditions were checked on. */
export interface CandidatePool {
  on: Day;
  /** "setting": the "Ngày xét" setting; "startQuarter": day 1 of the "Quý bắt đầu" quarter. */
  from: "setting" | "startQuarter";
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

const QUARTERS = ["I", "II", "III", "IV"];

/** What the proposal's note says about the day the conditions were checked on. */
function checkedOnText(pool: Omit<CandidatePool, "cadres"> | undefined): string {
  if (!pool) return "ngày bắt đầu của từng đợt cử đi";
  const { y, m } = ymd(pool.on);
  if (pool.from === "setting") return `ngày ${formatDay(pool.on)} (Ngày xét trong tab Cấu hình)`;
  return `ngày ${formatDay(pool.on)}, ngày đầu quý ${QUARTERS[Math.floor((m - 1) / 3)]} năm ${y} (Quý bắt đầu trong tab Cấu hình, Mục III.2)`;
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
  /** Items of the list block (proposal, summary). */
  items?: Record<string, string>[];
}

export interface PlanSkip {
  row: number;
  reason: { vi: string; en: string };
}

export interface DocumentPlan {
  specs: DocumentSpec[];
  skipped: PlanSkip[];
  years: number[];
}

export const CONDITION_LABELS: readonly { code: string; label: string }[] = [
  { code: "DK-BIENCHE", label: "Biên chế" },
  { code: "DK-PHAMCHAT", label: "Phẩm chất" },
  { code: "DK-DANG", label: "Đảng viên/nguồn phát triển Đảng" },
  { code: "DK-TUOI", label: "Độ tuổi" },
  { code: "DK-XEPLOAI", label: "Kết quả công tác hằng năm" },
  { code: "DK-KYLUAT", label: "Không trong thời gian kỷ luật" },
  { code: "DK-NU", label: "Không mang thai, nuôi con nhỏ" },
];

const OUTCOME_WORDS: Record<Outcome, string> = {
  pass: "Đạt",
  fail: "Không đạt",
  missing: "Chưa đủ dữ liệu",
  notApplicable: "Không áp dụng",
};

function outcomeWord(outcome: Outcome | undefined): string {
  return outcome ? OUTCOME_WORDS[outcome] : "—";
}

/** "ngày 7 tháng 1 năm 2019", the date line of an administrative document. */
export function formalDate(day: Day): string {
  const { y, m, d } = ymd(day);
  return `ngày ${d} tháng ${m} năm ${y}`;
}

const dayText = (day: Day | null | undefined): string => (day == null ? "…" : formatDay(day));
const orDots = (text: string): string => (text.trim() === "" ? "…" : text);

/** Values every document shares. */
function commonValues(input: DocumentsInput, year: number): Record<string, string> {
  return {
    "Hôm nay": formatDay(input.today),
    "Ngày tháng năm": formalDate(input.today),
    Năm: String(year),
    "Cơ quan ban hành": input.issuingBody,
    "Địa danh": input.placeName,
    "Năm bắt đầu kế hoạch": String(input.planFirstYear),
    "Năm kết thúc kế hoạch": String(input.planLastYear),
    "Plan first year": String(input.planFirstYear),
    "Plan last year": String(input.planLastYear),
  };
}

/** The receiving unit as an issuing body, "Huyện Gò Dầu" → "BCH ĐOÀN HUYỆN GÒ DẦU". */
export function unitIssuingBody(unit: string): string {
  const upper = unit.trim().toLocaleUpperCase("vi");
  if (upper === "") return "BCH ĐOÀN …";
  const f = fold(unit);
  return /^(doan|thanh doan|huyen doan|bch)\b/.test(f) ? upper : `BCH ĐOÀN ${upper}`;
}

/** Sheet-header placeholders of a cadre (Vietnamese header and English alias). */
function cadreValues(cadre: CadreView | undefined, cadreId: string): Record<string, string> {
  const v: Record<string, string> = {
    "Mã CB": cadreId,
    "Họ và tên": orDots(cadre?.name ?? ""),
    "Ban/Văn phòng": orDots(cadre?.department ?? ""),
    "Chức vụ": orDots(cadre?.position ?? ""),
    "Quy hoạch chức danh": orDots(cadre?.plannedTitle ?? ""),
    "Đối tượng": orDots(cadre?.group ?? ""),
  };
  return withAliases(v, {
    "Mã CB": "ID",
    "Họ và tên": "Full name",
    "Ban/Văn phòng": "Department",
    "Chức vụ": "Position",
    "Quy hoạch chức danh": "Planned position",
    "Đối tượng": "Target group",
  });
}

function postingValues(posting: PostingView): Record<string, string> {
  const v: Record<string, string> = {
    "Đơn vị tiếp nhận": orDots(posting.unit),
    "Loại đơn vị": orDots(posting.unitType),
    "Vị trí": orDots(posting.position),
    "Ngày bắt đầu": dayText(posting.start),
    "Ngày kết thúc": dayText(posting.end),
    "Số quyết định": orDots(posting.decisionNo),
    "Cơ quan đơn vị tiếp nhận": unitIssuingBody(posting.unit),
  };
  return withAliases(v, {
    "Đơn vị tiếp nhận": "Receiving unit",
    "Loại đơn vị": "Unit type",
    "Ngày bắt đầu": "Start date",
    "Ngày kết thúc": "End date",
    "Số quyết định": "Decision no.",
  });
}

function withAliases(
  values: Record<string, string>,
  aliases: Record<string, string>,
): Record<string, string> {
  const out = { ...values };
  for (const [vi, en] of Object.entries(aliases)) {
    const v = values[vi];
    if (v !== undefined) out[en] = v;
  }
  return out;
}

/** The conditions of a cadre: one placeholder per rule code and a one-line summary. */
function conditionValues(cadre: CadreView | undefined): Record<string, string> {
  const v: Record<string, string> = {};
  const parts: string[] = [];
  for (const { code, label } of CONDITION_LABELS) {
    const word = outcomeWord(cadre?.conditions.find((c) => c.code === code)?.outcome);
    v[code] = word;
    parts.push(`${label}: ${word}`);
  }
  v["Điều kiện"] = cadre ? parts.join("; ") : "Không có trong tab Cán bộ";
  return v;
}

/** "[BC-6T] …" words of a duty's state. */
export function dutyStateText(duty: DutyView): string {
  switch (duty.state) {
    case "done":
      return `xong ${dayText(duty.done)}, đúng hạn`;
    case "doneLate":
      return `[${duty.code}] xong ${dayText(duty.done)}, trễ ${duty.daysLate ?? 0} ngày (hạn ${dayText(duty.due)})`;
    case "overdue":
      return `[${duty.code}] quá hạn ${duty.daysLate ?? 0} ngày (hạn ${dayText(duty.due)})`;
    case "dueSoon":
      return `sắp đến hạn ${dayText(duty.due)}`;
    case "upcoming":
      return `chưa đến hạn (${dayText(duty.due)})`;
  }
}

const REPORT_CODES = new Set(["BC-6T", "BC-KT", "NX-6T", "NX-KT"]);

/** The posting's overall state for the summary. */
function postingStateWord(duties: readonly DutyView[]): string {
  const overdue = duties.filter((d) => d.state === "overdue").length;
  const late = duties.filter((d) => d.state === "doneLate").length;
  if (overdue > 0) return `Quá hạn (${overdue} việc chưa làm)`;
  const open = duties.filter((d) => d.state === "dueSoon" || d.state === "upcoming").length;
  if (open === 0) return late > 0 ? `Hoàn thành (${late} việc trễ hạn)` : "Hoàn thành đúng hạn";
  return late > 0 ? `Đang thực hiện (${late} việc trễ hạn)` : "Đang thực hiện, đúng hạn";
}

function summaryCounts(postings: readonly PostingView[]): string {
  const reports = postings.flatMap((p) => p.duties.filter((d) => REPORT_CODES.has(d.code)));
  const count = (s: DutyState["state"]) => reports.filter((d) => d.state === s).length;
  const due = reports.filter((d) => d.state !== "upcoming" && d.state !== "dueSoon").length;
  if (postings.length === 0) return "Chưa có cán bộ nào được cử đi trong năm.";
  return (
    `${postings.length} cán bộ; ${due} báo cáo, nhận xét đã đến hạn: ${count("done")} nộp đúng hạn, ` +
    `${count("doneLate")} nộp trễ, ${count("overdue")} quá hạn chưa nộp; ` +
    `${count("dueSoon") + count("upcoming")} chưa đến hạn.`
  );
}

/**
 * The first day a form covers: a final one (-KT) the whole posting, from its start; a 6-month
 * one from the due date of the previous one of its series, or from the start for the first.
 */
function periodStart(posting: PostingView, duty: DutyView): Day | null {
  if (duty.code.endsWith("-KT")) return posting.start;
  let previous: Day | null = null;
  for (const d of posting.duties) {
    if (d.code === duty.code && d.due < duty.due && (previous === null || d.due > previous)) {
      previous = d.due;
    }
  }
  return previous ?? posting.start;
}

const SERIES: Record<string, { template: TemplateKind; link: LinkColumn; name: string }> = {
  "BC-6T": { template: "report", link: "reports", name: "Báo cáo" },
  "BC-KT": { template: "report", link: "reports", name: "Báo cáo" },
  "NX-6T": { template: "evaluation", link: "evaluations", name: "Nhận xét" },
  "NX-KT": { template: "evaluation", link: "evaluations", name: "Nhận xét" },
};

/** "6 tháng lần 1" / "kết thúc" */
function periodName(duty: DutyView): string {
  return duty.code.endsWith("-KT") ? "kết thúc" : `6 tháng lần ${duty.n ?? 1}`;
}

function formSpecs(input: DocumentsInput, posting: PostingView, kind: RequestKind): DocumentSpec[] {
  const start = posting.start as Day;
  const year = yearOf(start);
  const wanted = kind === "reportForms" ? ["BC-6T", "BC-KT"] : ["NX-6T", "NX-KT"];
  const duties = posting.duties
    .filter((d) => wanted.includes(d.code))
    .sort((a, b) => a.due - b.due || (a.code.endsWith("-KT") ? 1 : -1));
  const name = posting.cadre?.name ?? "";
  return duties.map((duty) => {
    const series = SERIES[duty.code]!;
    const label = `${series.name} ${periodName(duty)}`;
    const toStanding = duty.code.endsWith("-KT");
    const values: Record<string, string> = {
      ...commonValues(input, year),
      ...cadreValues(posting.cadre, posting.cadreId),
      ...postingValues(posting),
      "Kỳ báo cáo": periodName(duty),
      "Từ ngày": dayText(periodStart(posting, duty)),
      "Đến ngày": dayText(duty.due),
      "Hạn nộp": dayText(duty.due),
      "Kính gửi": toStanding ? "Ban Thường vụ Tỉnh đoàn" : "Thường trực Tỉnh đoàn",
    };
    return {
      key: `${series.template}:${posting.cadreId}:${formatDay(start)}:${duty.code.endsWith("-KT") ? "final" : (duty.n ?? 1)}`,
      template: series.template,
      year,
      title: `${year} – ${posting.cadreId}${name ? ` ${name}` : ""} – ${label}`,
      label,
      row: posting.row,
      posting: postingKey(posting.cadreId, start),
      linkColumn: series.link,
      values,
    };
  });
}

function proposalItem(n: number, cadre: CadreView | undefined, posting?: PostingView) {
  return {
    STT: String(n),
    ...cadreValues(cadre, cadre?.id ?? posting?.cadreId ?? ""),
    "Đơn vị tiếp nhận": orDots(posting?.unit ?? ""),
    "Vị trí": orDots(posting?.position ?? ""),
    "Ngày bắt đầu": dayText(posting?.start),
    ...conditionValues(cadre),
    "Kết quả": proposalVerdict(cadre, posting),
  };
}

/**
 * A candidate's "Kết quả xét": the cadre's status on the start date, or, when the posting
 * itself breaks a rule of plan III (over the year's quota, wrong position, not in Q1 …), the
 * posting's status with those rule codes — so the Standing Committee sees it in the list.
 */
function proposalVerdict(cadre: CadreView | undefined, posting?: PostingView): string {
  if (posting && posting.codes.length > 0) return `${posting.status} (${posting.codes.join(", ")})`;
  return cadre?.status ?? "Không có trong tab Cán bộ";
}

function proposalSpec(input: DocumentsInput, year: number): DocumentSpec {
  const postings = postingsOfYear(input.postings, year);
  const pool = postings.length > 0 ? undefined : input.poolByYear[year];
  const items =
    postings.length > 0
      ? postings.map((p, i) => proposalItem(i + 1, p.cadre, p))
      : (pool?.cadres ?? []).map((c, i) => proposalItem(i + 1, c));
  return {
    key: `proposal:${year}`,
    template: "proposal",
    year,
    title: `${year} – Danh sách đề xuất`,
    label: "Danh sách đề xuất",
    values: {
      ...commonValues(input, year),
      "Số cán bộ": String(items.length).padStart(2, "0"),
      "Ngày xét điều kiện": checkedOnText(pool),
    },
    items,
  };
}

function summaryItem(n: number, p: PostingView) {
  const reports = p.duties.filter((d) => REPORT_CODES.has(d.code));
  const others = p.duties.filter((d) => !REPORT_CODES.has(d.code));
  const describe = (list: DutyView[]) =>
    list.length === 0 ? "—" : list.map((d) => `${d.label}: ${dutyStateText(d)}`).join("; ");
  return {
    STT: String(n),
    ...cadreValues(p.cadre, p.cadreId),
    ...postingValues(p),
    "Báo cáo, nhận xét": describe(reports),
    "Nhiệm vụ khác": describe(others),
    "Tình trạng": postingStateWord(p.duties),
  };
}

function summarySpec(input: DocumentsInput, year: number): DocumentSpec {
  const postings = postingsOfYear(input.postings, year);
  const items = postings.map((p, i) => summaryItem(i + 1, p));
  return {
    key: `summary:${year}`,
    template: "summary",
    year,
    title: `${year} – Báo cáo tổng hợp kết quả`,
    label: "Báo cáo tổng hợp kết quả",
    values: {
      ...commonValues(input, year),
      "Số cán bộ": String(items.length).padStart(2, "0"),
      "Tổng hợp": summaryCounts(postings),
    },
    items,
  };
}

/** Postings that start in `year`, by start date then row. */
function postingsOfYear(postings: readonly PostingView[], year: number): PostingView[] {
  return postings
    .filter((p) => p.start !== null && yearOf(p.start) === year)
    .sort((a, b) => (a.start as Day) - (b.start as Day) || a.row - b.row);
}

/** The years present: every posting's start year, sorted. */
export function yearsPresent(postings: readonly PostingView[]): number[] {
  return [...new Set(postings.flatMap((p) => (p.start === null ? [] : [yearOf(p.start)])))].sort(
    (a, b) => a - b,
  );
}

/**
 * The documents a request asks for, in the order they are made: the proposal list(s), then
 * each posting's forms (row order), then the summary(ies). Years: the requested one; without
 * one, the years of the selected rows, or every year present.
 */
export function planDocuments(input: DocumentsInput, request: DocumentRequest): DocumentPlan {
  const rowSet = request.rows && request.rows.length > 0 ? new Set(request.rows) : null;
  const keySet = request.postings ? new Set(request.postings) : null;
  const skipped: PlanSkip[] = [];
  const selected = input.postings.filter((p) => {
    if (rowSet && !rowSet.has(p.row)) return false;
    if (!keySet) return true;
    const key = keyOfPosting(p);
    return key !== null && keySet.has(key);
  });
  const years =
    request.year !== undefined
      ? [request.year]
      : yearsPresent(rowSet || keySet ? selected : input.postings);
  const kinds = new Set(request.kinds);
  const specs: DocumentSpec[] = [];
  if (kinds.has("proposal")) for (const y of years) specs.push(proposalSpec(input, y));
  if (kinds.has("reportForms") || kinds.has("evaluationForms")) {
    for (const p of [...selected].sort((a, b) => a.row - b.row)) {
      if (p.start === null) {
        skipped.push({
          row: p.row,
          reason: {
            vi: `Dòng ${p.row}: chưa có Ngày bắt đầu đọc được, chưa tạo được mẫu báo cáo, nhận xét.`,
            en: `Row ${p.row}: no readable start date, so no report or evaluation form was made.`,
          },
        });
        continue;
      }
      if (!years.includes(yearOf(p.start))) continue;
      if (p.cadreId.trim() === "") {
        skipped.push({
          row: p.row,
          reason: {
            vi: `Dòng ${p.row}: chưa có Mã CB.`,
            en: `Row ${p.row}: no cadre ID.`,
          },
        });
        continue;
      }
      if (kinds.has("reportForms")) specs.push(...formSpecs(input, p, "reportForms"));
      if (kinds.has("evaluationForms")) specs.push(...formSpecs(input, p, "evaluationForms"));
    }
  }
  if (kinds.has("summary")) for (const y of years) specs.push(summarySpec(input, y));
  return { specs, skipped, years };
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

const SAMPLE_POSTING: PostingView = {
  row: 0,
  cadreId: "",
  unit: "",
  unitType: "",
  position: "",
  decisionNo: "",
  start: null,
  end: null,
  status: "",
  codes: [],
  duties: [],
};

/**
 * Whether a placeholder of a list template is a per-item field (the row holding one is the list
 * block). Proposal and summary only; other templates have no list.
 */
export function listFieldTest(
  template: TemplateKind,
): ((placeholder: string) => boolean) | undefined {
  let item: Record<string, string>;
  if (template === "proposal") item = proposalItem(1, undefined, SAMPLE_POSTING);
  else if (template === "summary") item = summaryItem(1, SAMPLE_POSTING);
  else return undefined;
  const set = new Set(Object.keys(item).map(fold));
  return (placeholder) => set.has(fold(placeholderName(placeholder)));
}
