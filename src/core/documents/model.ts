/**
 * What each document says, built from the sheet's data: the plan of documents a request asks
 * for (one entry per Google Doc, with a stable key so that a re-run finds it again), and the
 * values of each document's placeholders. How it is said lives in wording.ts (official
 * Vietnamese, no code, no sheet word, no internal ID or deadline, the sensitive conditions
 * unnamed); which Đoàn body a unit is, in bodies.ts; what the templates look like, in layout.ts.
 *
 * The proposal list of year N (VI.3.1, "tối đa 02 cán bộ/1 năm"): the postings that start in
 * year N and are valid with an eligible cadre, at most the year's quota, taken in the order of
 * SL-2 (start date, then row) and listed in the order of II.1 (group 1, group 2, the
 * exceptions); the others of the year go to the annex with the plain reasons they are not
 * proposed, those the Standing Committee decides apart ("đề nghị Ban Thường vụ xem xét"). A
 * year without postings presents the roster's eligible cadres on the day the postings would
 * start and asks the Standing Committee to choose at most the quota. Every number the text
 * states is counted from the lists it shows.
 *
 * A year outside the plan period (the settings "Năm bắt đầu kế hoạch" – "Năm kết thúc kế
 * hoạch") gets no document; the run says why, naming the settings.
 */
import { type Day, dayOf, formatDay, yearOf, ymd } from "../dates";
import type { ConditionCode, Outcome } from "../eligibility";
import type { Text } from "../i18n";
import type { DutyCode, DutyState } from "../reports";
import { idKey } from "../roster";
import {
  type PostingPosition,
  type PostingStatus,
  RATINGS,
  type RosterStatus,
  type TargetGroup,
  type UnitType,
  wordOf,
} from "../schema";
import { DEFAULT_SETTINGS } from "../settings";
import { fold } from "../text";
import { type Province, provinceUnion, type UnitBody, unitBody } from "./bodies";
import { LIST_MARKERS, type TemplateKind } from "./layout";
import { placeholderName } from "./placeholders";
import {
  asParagraph,
  citedDate,
  count,
  dayText,
  formalDate,
  groupWords,
  POSITION_WORDS,
  plannedPositionOf,
  ROMAN,
  reasonSentences,
  type WordingSettings,
} from "./wording";

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

// ------------------------------------------------------------------ common values

const orDots = (text: string | undefined): string =>
  text === undefined || text.trim() === "" ? "…" : text.trim();

function province(input: DocumentsInput): Province {
  return { issuingBody: input.settings.issuingBody, place: input.settings.placeName };
}

/** "Kế hoạch số 51-KH/TĐTN-TCKT ngày 14/5/2018 của Ban Thường vụ Tỉnh đoàn về …". */
function planCitation(s: DocumentSettings): string {
  const date = s.planDate === null ? "" : ` ngày ${citedDate(s.planDate)}`;
  return `Kế hoạch số ${s.planNumber}${date} của Ban Thường vụ Tỉnh đoàn về cử cán bộ Tỉnh đoàn đi đào tạo thực tế tại cơ sở (giai đoạn ${s.planFirstYear} – ${s.planLastYear})`;
}

/**
 * The issuer's part of the department's symbols, from the plan's own number: "51-KH/TĐTN-TCKT"
 * → "TĐTN-TCKT" (a Tờ trình of the department is "…-TTr/TĐTN-TCKT").
 */
function departmentSymbol(planNumber: string): string {
  const slash = planNumber.indexOf("/");
  return slash >= 0 ? planNumber.slice(slash + 1).trim() : "TĐTN-TCKT";
}

/** Values every document shares. */
function commonValues(input: DocumentsInput, year: number): Record<string, string> {
  const s = input.settings;
  return {
    "Cơ quan ban hành": s.issuingBody,
    "Cơ quan cấp trên": provinceUnion(province(input)),
    "Địa danh": s.placeName,
    "Ngày tháng năm": formalDate(input.today),
    "Ngày số liệu": formatDay(input.today),
    Năm: String(year),
    "Kế hoạch": planCitation(s),
    "Số kế hoạch": s.planNumber,
    "Ký hiệu Ban": departmentSymbol(s.planNumber),
    "Năm bắt đầu kế hoạch": String(s.planFirstYear),
    "Năm kết thúc kế hoạch": String(s.planLastYear),
    "Số cán bộ tối đa": count(s.maxPerYear),
    "Người ký": s.signer.trim() === "" ? "……………………………" : s.signer.trim(),
  };
}

/** Sheet-header placeholders of a cadre (Vietnamese header and English alias). */
function cadreValues(cadre: CadreView | undefined): Record<string, string> {
  const v: Record<string, string> = {
    "Họ và tên": orDots(cadre?.name),
    "Ban/Văn phòng": orDots(cadre?.department),
    "Chức vụ": orDots(cadre?.position),
    "Quy hoạch chức danh": orDots(cadre?.plannedTitle),
    "Đối tượng": orDots(groupWords(cadre?.group)),
  };
  return withAliases(v, {
    "Họ và tên": "Full name",
    "Ban/Văn phòng": "Department",
    "Chức vụ": "Position",
    "Quy hoạch chức danh": "Planned position",
    "Đối tượng": "Target group",
  });
}

function bodyOf(input: DocumentsInput, posting: PostingView): UnitBody | undefined {
  return posting.unit.trim() === ""
    ? undefined
    : unitBody(posting.unit, posting.unitType, province(input));
}

function postingValues(input: DocumentsInput, posting: PostingView): Record<string, string> {
  const body = bodyOf(input, posting);
  const v: Record<string, string> = {
    "Đơn vị tiếp nhận": orDots(body?.name),
    "Vị trí": orDots(posting.position && POSITION_WORDS[posting.position]),
    "Ngày bắt đầu": dayText(posting.start),
    "Ngày kết thúc": dayText(posting.end),
    "Số tháng": posting.months === undefined ? "…" : String(posting.months),
    "Số quyết định": orDots(posting.decisionNo),
    "Ban Thường vụ đơn vị": body?.standing ?? "Ban Thường vụ …",
    "Cơ quan cấp trên đơn vị": body?.header.superior ?? provinceUnion(province(input)),
    "Cơ quan đơn vị": body?.header.issuer ?? "BCH …",
    "Địa danh đơn vị": body?.place ?? input.settings.placeName,
    "Ký hiệu đơn vị": body?.symbol ?? "…",
  };
  return withAliases(v, {
    "Đơn vị tiếp nhận": "Receiving unit",
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

// ------------------------------------------------------------------ the proposal list

/** Postings that start in `year`, by start date then row (the order of SL-2). */
function postingsOfYear(postings: readonly PostingView[], year: number): PostingView[] {
  return postings
    .filter((p) => p.start !== null && yearOf(p.start) === year)
    .sort((a, b) => (a.start as Day) - (b.start as Day) || a.row - b.row);
}

const GROUP_ORDER = (g: TargetGroup | undefined) =>
  g === 1 ? 0 : g === 2 ? 1 : g === "NL" ? 2 : 3;

/** A proposed or considered candidate: a posting of the year, or a cadre of the pool. */
interface Candidate {
  cadre?: CadreView;
  posting?: PostingView;
}

/** Who is proposed and who goes to the annex (with why), for the year's postings. */
interface Selection {
  proposed: Candidate[];
  annex: { candidate: Candidate; reasons: string[]; review: boolean; quotaOnly?: boolean }[];
}

/**
 * The year's proposal: the valid postings with an eligible cadre, at most the quota in the
 * order of SL-2, then shown by group (II.1); every other posting goes to the annex.
 */
function selectProposal(
  postings: readonly PostingView[],
  year: number,
  settings: WordingSettings,
): Selection {
  const ofYear = postingsOfYear(postings, year);
  const proposed: PostingView[] = [];
  const annex: Selection["annex"] = [];
  for (const p of ofYear) {
    const eligible = p.status === "valid" && p.cadre?.status === "eligible";
    if (eligible && proposed.length < settings.maxPerYear) {
      proposed.push(p);
      continue;
    }
    const reasons = reasonSentences(factsOf(p), settings);
    if (eligible) {
      reasons.push(
        `vượt quá số lượng tối đa ${count(settings.maxPerYear)} cán bộ/năm theo Mục VI.3.1 của Kế hoạch`,
      );
    }
    const review = p.cadre?.status === "needsDecision" && p.status !== "invalid";
    const quotaOnly =
      p.cadre?.status === "eligible" && p.codes.every((c) => c === "SL-2") && reasons.length > 0;
    annex.push({ candidate: { cadre: p.cadre, posting: p }, reasons, review, quotaOnly });
  }
  proposed.sort(
    (a, b) =>
      GROUP_ORDER(a.cadre?.group) - GROUP_ORDER(b.cadre?.group) ||
      (a.start as Day) - (b.start as Day) ||
      a.row - b.row,
  );
  return { proposed: proposed.map((p) => ({ cadre: p.cadre, posting: p })), annex };
}

function factsOf(p: PostingView) {
  return {
    known: p.cadre !== undefined,
    group: p.cadre?.group,
    status: p.cadre?.status,
    conditions: p.cadre?.conditions ?? [],
    unitType: p.unitType,
    position: p.position,
    partyAgreed: p.partyAgreed,
    start: p.start,
    months: p.months,
    endMismatch: p.endMismatch,
    codes: p.codes,
  };
}

/** "Huyện đoàn Tân Biên, Phó Bí thư" of a posting; the plan's position for a pool cadre. */
function destination(input: DocumentsInput, c: Candidate): string {
  if (!c.posting) return `${plannedPositionOf(c.cadre?.group)} (dự kiến)`;
  const body = bodyOf(input, c.posting);
  const position = c.posting.position ? POSITION_WORDS[c.posting.position] : "";
  return [body?.name, position].filter((x) => x && x !== "").join(", ") || "Chưa xác định";
}

/** "Từ 07/01/2019, 12 tháng" of a posting; "Từ quý I/2020, 12 tháng" for a pool cadre. */
function expectedTime(input: DocumentsInput, c: Candidate, year: number): string {
  const s = input.settings;
  if (!c.posting) return `Từ quý ${ROMAN[s.startQuarter - 1]}/${year}, ${s.minMonths} tháng`;
  const months = c.posting.months === undefined ? "" : `, ${c.posting.months} tháng`;
  return `Từ ${dayText(c.posting.start)}${months}`;
}

/** III.1: the local Party committee's agreement, asked of group 1 (and of a Phó Bí thư). */
function agreementText(c: Candidate): string {
  const asked = c.cadre?.group === 1 || c.posting?.position === "deputySecretary";
  if (!asked) return "Không yêu cầu";
  if (c.posting?.partyAgreed === true) return "Đã thống nhất";
  if (c.posting?.partyAgreed === false) return "Chưa thống nhất";
  return "Chưa có ý kiến";
}

function whoText(c: Candidate): string {
  if (!c.cadre) return "(Chưa xác định được cán bộ)";
  const role = [c.cadre.position, c.cadre.department].filter((x) => x.trim() !== "").join(", ");
  return role ? `${c.cadre.name} – ${role}` : c.cadre.name;
}

function groupText(c: Candidate): string {
  const group = groupWords(c.cadre?.group);
  const title = c.cadre?.plannedTitle.trim() ?? "";
  if (group === "") return "Chưa xác định";
  return title ? `${group}; quy hoạch ${title}` : group;
}

function proposalItem(input: DocumentsInput, n: number, c: Candidate, year: number): Item {
  return {
    STT: String(n),
    ...cadreValues(c.cadre),
    "Cán bộ": whoText(c),
    "Đối tượng, quy hoạch": groupText(c),
    "Nơi đến, vị trí": destination(input, c),
    "Thời gian dự kiến": expectedTime(input, c, year),
    "Ý kiến cấp ủy": agreementText(c),
  };
}

function annexItem(
  input: DocumentsInput,
  n: number,
  a: Selection["annex"][number],
  year: number,
): Item {
  return {
    "STT phụ lục": String(n),
    "Cán bộ": whoText(a.candidate),
    "Đối tượng, quy hoạch": groupText(a.candidate),
    "Nơi đến, thời gian": `${destination(input, a.candidate)}; ${expectedTime(input, a.candidate, year).toLocaleLowerCase("vi")}`,
    "Lý do": asParagraph(a.reasons),
    "Đề nghị": a.review
      ? "Đề nghị Ban Thường vụ xem xét"
      : a.quotaOnly
        ? "Xem xét vào năm sau"
        : "Chưa đủ điều kiện",
  };
}

/** What the proposal's note says about the day the conditions were checked on. */
function checkedOnText(pool: CandidatePool | undefined): string {
  if (!pool) {
    return "Điều kiện, tiêu chuẩn của từng cán bộ được xét tại ngày bắt đầu dự kiến của đợt cử đi.";
  }
  const { y, m } = ymd(pool.on);
  const quarter = ROMAN[Math.floor((m - 1) / 3)];
  return pool.from === "setting"
    ? `Điều kiện, tiêu chuẩn của từng cán bộ được xét tại ngày ${formatDay(pool.on)}.`
    : `Điều kiện, tiêu chuẩn của từng cán bộ được xét tại ngày ${formatDay(pool.on)}, ngày đầu quý ${quarter} năm ${y}, thời điểm bắt đầu cử cán bộ đi theo Mục III.2 của Kế hoạch.`;
}

/** The proposal's main sentence: what is proposed (numbers counted from its table). */
function proposalSentence(proposed: number, year: number, maxPerYear: number, fromPool: boolean) {
  if (fromPool) {
    return `Qua rà soát, Ban Tổ chức – Kiểm tra Tỉnh đoàn xác định ${count(proposed)} cán bộ đủ điều kiện, tiêu chuẩn cử đi đào tạo thực tế tại cơ sở năm ${year}; kính đề nghị Ban Thường vụ Tỉnh đoàn xem xét, lựa chọn tối đa ${count(maxPerYear)} cán bộ trong danh sách sau:`;
  }
  if (proposed === 0) {
    return `Qua rà soát, năm ${year} chưa có cán bộ đủ điều kiện, tiêu chuẩn để đề xuất cử đi đào tạo thực tế tại cơ sở.`;
  }
  return `Ban Tổ chức – Kiểm tra Tỉnh đoàn đề xuất ${count(proposed)} cán bộ đủ điều kiện, tiêu chuẩn đi đào tạo thực tế tại cơ sở năm ${year}, cụ thể như sau:`;
}

/** After the table: the annex, if any, and the day the conditions were checked on. */
function proposalNote(annexed: number, pool: CandidatePool | undefined): string {
  const annex =
    annexed > 0
      ? `Ngoài ra, ${count(annexed)} trường hợp đã được xem xét nhưng chưa đề xuất; lý do tại Phụ lục kèm theo. `
      : "";
  return `${annex}${checkedOnText(pool)}`;
}

/** A list with nothing in it shows one row saying so (the table keeps its header). */
function orNone(items: Item[], template: TemplateKind, marker: string): Item[] {
  if (items.length > 0) return items;
  const fields = Object.keys(SAMPLE_ITEMS[template]?.[marker] ?? {});
  return [{ ...Object.fromEntries(fields.map((f) => [f, ""])), "Cán bộ": "Không có" }];
}

function proposalSpec(input: DocumentsInput, year: number): DocumentSpec | PlanSkip {
  const ofYear = postingsOfYear(input.postings, year);
  const pool = ofYear.length > 0 ? undefined : input.poolByYear[year];
  let proposed: Candidate[];
  let annex: Selection["annex"];
  if (pool) {
    const eligible = pool.cadres.filter((c) => c.status === "eligible");
    proposed = eligible
      .map((cadre) => ({ cadre }))
      .sort((a, b) => GROUP_ORDER(a.cadre.group) - GROUP_ORDER(b.cadre.group));
    annex = pool.cadres
      .filter((c) => c.status === "needsDecision")
      .map((cadre) => ({
        candidate: { cadre },
        reasons: reasonSentences(
          {
            known: true,
            group: cadre.group,
            status: cadre.status,
            conditions: cadre.conditions,
            start: pool.on,
            codes: [],
          },
          input.settings,
        ),
        review: true,
      }));
  } else {
    ({ proposed, annex } = selectProposal(input.postings, year, input.settings));
  }
  if (proposed.length === 0 && annex.length === 0) {
    return {
      reason: {
        vi: `Năm ${year} không có đợt cử đi nào và không có cán bộ nào đủ điều kiện: chưa tạo Tờ trình đề xuất.`,
        en: `${year} has no posting and no eligible cadre: no proposal list was made.`,
      },
    };
  }
  const items = proposed.map((c, i) => proposalItem(input, i + 1, c, year));
  const annexItems = annex.map((a, i) => annexItem(input, i + 1, a, year));
  return {
    key: `proposal:${year}`,
    template: "proposal",
    year,
    title: `${year} – Danh sách đề xuất`,
    label: "Danh sách đề xuất",
    values: {
      ...commonValues(input, year),
      "Số cán bộ đề xuất": count(items.length),
      "Số trường hợp chưa đề xuất": count(annexItems.length),
      "Đề xuất": proposalSentence(
        items.length,
        year,
        input.settings.maxPerYear,
        pool !== undefined,
      ),
      "Ghi chú": proposalNote(annexItems.length, pool),
    },
    lists: {
      STT: orNone(items, "proposal", "STT"),
      "STT phụ lục": orNone(annexItems, "proposal", "STT phụ lục"),
    },
  };
}

// ------------------------------------------------------------------ report and evaluation forms

/** "6 tháng lần 1" / "khi kết thúc đợt công tác". */
function periodName(duty: DutyView): string {
  return duty.code.endsWith("-KT") ? "khi kết thúc đợt công tác" : `6 tháng lần ${duty.n ?? 1}`;
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
  "BC-KT": { template: "finalReport", link: "reports", name: "Báo cáo" },
  "NX-6T": { template: "evaluation", link: "evaluations", name: "Nhận xét" },
  "NX-KT": { template: "evaluation", link: "evaluations", name: "Nhận xét" },
};

/** The sheet's label of a form ("Báo cáo 6 tháng lần 1", "Nhận xét kết thúc"). */
function formLabel(duty: DutyView): string {
  const series = SERIES[duty.code]!;
  return `${series.name} ${duty.code.endsWith("-KT") ? "kết thúc" : `6 tháng lần ${duty.n ?? 1}`}`;
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
    const label = formLabel(duty);
    const final = duty.code.endsWith("-KT");
    const values: Record<string, string> = {
      ...commonValues(input, year),
      ...cadreValues(posting.cadre),
      ...postingValues(input, posting),
      "Kỳ báo cáo": periodName(duty),
      "Từ ngày": dayText(periodStart(posting, duty)),
      "Đến ngày": dayText(final ? posting.end : duty.due),
      // VI.1: every 6 months to the standing office; at the end, to the Standing Committee.
      "Kính gửi": final ? "Ban Thường vụ Tỉnh đoàn" : "Thường trực Tỉnh đoàn",
    };
    return {
      key: `${series.template === "finalReport" ? "report" : series.template}:${posting.cadreId}:${formatDay(start)}:${final ? "final" : (duty.n ?? 1)}`,
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

// ------------------------------------------------------------------ the results summary

/** Where a posting stands on `today`: not begun, under way, or over. */
function postingPhase(p: PostingView, today: Day): "notStarted" | "ongoing" | "ended" {
  if (p.start !== null && today < p.start) return "notStarted";
  if (p.end !== null && today >= p.end) return "ended";
  return "ongoing";
}

const PHASE_WORDS = {
  notStarted: "chưa bắt đầu",
  ongoing: "đang thực hiện",
  ended: "đã kết thúc",
} as const;

const isDue = (d: DutyView) => d.state !== "upcoming" && d.state !== "dueSoon";
const isDone = (d: DutyView) => d.state === "done" || d.state === "doneLate";

/** "đã nộp 02/02 (01 chậm so với định kỳ)" of a series of reports that fell due. */
function seriesText(duties: readonly DutyView[], verb: string): string {
  const due = duties.filter(isDue);
  if (due.length === 0) return "chưa đến kỳ";
  const done = due.filter(isDone).length;
  const late = due.filter((d) => d.state === "doneLate").length;
  const lateText = late > 0 ? ` (${count(late)} chậm so với định kỳ)` : "";
  return `đã ${verb} ${count(done)}/${count(due.length)}${lateText}`;
}

/** The cadre's and the unit's reports (VI.1, VI.2), as the summary states them. */
function reportsText(p: PostingView): string {
  const own = p.duties.filter((d) => d.code === "BC-6T" || d.code === "BC-KT");
  const unit = p.duties.filter((d) => d.code === "NX-6T" || d.code === "NX-KT");
  return `Báo cáo của cán bộ: ${seriesText(own, "nộp")}. Nhận xét của đơn vị: ${seriesText(unit, "gửi")}.`;
}

const CADRE_DUTIES: { codes: DutyCode[]; words: string }[] = [
  { codes: ["SH-DANG", "SH-DOAN"], words: "Chuyển sinh hoạt Đảng, Đoàn" },
  { codes: ["QT-KP"], words: "Quyết toán kinh phí" },
];

/** The cadre's other duties of VI.1 that fell due: done or not. */
function cadreDutiesText(p: PostingView): string {
  const parts: string[] = [];
  for (const { codes, words } of CADRE_DUTIES) {
    const duties = p.duties.filter((d) => codes.includes(d.code));
    if (duties.length === 0 || !duties.some(isDue)) continue;
    parts.push(`${words}: ${duties.every(isDone) ? "đã thực hiện" : "chưa thực hiện"}`);
  }
  return parts.length === 0 ? "" : `${parts.join("; ")}.`;
}

/** The receiving unit's final assessment (VI.2), when the posting has ended. */
function assessmentText(p: PostingView, phase: ReturnType<typeof postingPhase>): string {
  if (phase !== "ended") return "Chưa đến thời điểm đánh giá";
  const completion = completionWord(p.completion);
  if (completion === "" && p.prospects.trim() === "") return "Đơn vị chưa gửi đánh giá";
  const parts = [
    completion === "" ? "Mức độ hoàn thành nhiệm vụ: chưa có" : completion,
    p.prospects.trim() === "" ? "" : `Khả năng phát triển: ${p.prospects.trim()}`,
  ].filter((x) => x !== "");
  return `${parts.join("; ")}.`;
}

/** The rating as the four levels are worded ("HTTNV" → "Hoàn thành tốt nhiệm vụ"). */
function completionWord(typed: string): string {
  const t = typed.trim();
  if (t === "") return "";
  const option = RATINGS.find((o) => o.words.some((w) => fold(w) === fold(t)));
  return option ? wordOf(RATINGS, option.value) : t;
}

function summaryItem(input: DocumentsInput, n: number, p: PostingView): Item {
  const phase = postingPhase(p, input.today);
  const body = bodyOf(input, p);
  const place = [body?.name, p.position ? POSITION_WORDS[p.position] : ""]
    .filter((x) => x && x !== "")
    .join(", ");
  const duties = cadreDutiesText(p);
  return {
    STT: String(n),
    ...cadreValues(p.cadre),
    "Cán bộ": whoText({ cadre: p.cadre, posting: p }),
    "Nơi đến, thời gian": `${place || "Chưa xác định"}; ${dayText(p.start)} – ${dayText(p.end)} (${PHASE_WORDS[phase]})`,
    "Thực hiện trách nhiệm":
      phase === "notStarted" ? "Chưa bắt đầu" : [reportsText(p), duties].filter((x) => x).join(" "),
    "Đánh giá của đơn vị": assessmentText(p, phase),
  };
}

/** The summary's first part: counts taken from the very postings its table lists. */
function summaryOverview(input: DocumentsInput, postings: readonly PostingView[], year: number) {
  const phases = postings.map((p) => postingPhase(p, input.today));
  const n = (phase: string) => phases.filter((x) => x === phase).length;
  const reportsDue = postings.flatMap((p) =>
    p.duties.filter((d) => (d.code === "BC-6T" || d.code === "BC-KT") && isDue(d)),
  );
  const evaluationsDue = postings.flatMap((p) =>
    p.duties.filter((d) => (d.code === "NX-6T" || d.code === "NX-KT") && isDue(d)),
  );
  const ended = postings.filter((_p, i) => phases[i] === "ended");
  const ratings = RATINGS.map((o) => ({
    word: wordOf(RATINGS, o.value),
    n: ended.filter((p) => completionWord(p.completion) === wordOf(RATINGS, o.value)).length,
  })).filter((r) => r.n > 0);
  const unrated = ended.filter((p) => completionWord(p.completion) === "").length;
  const lines = [
    `Năm ${year} có ${count(postings.length)} cán bộ được cử đi đào tạo thực tế tại cơ sở: ${count(n("ended"))} đã kết thúc đợt công tác, ${count(n("ongoing"))} đang thực hiện, ${count(n("notStarted"))} chưa bắt đầu.`,
    `Chế độ báo cáo: cán bộ đã nộp ${count(reportsDue.filter(isDone).length)}/${count(reportsDue.length)} báo cáo đến kỳ; đơn vị tiếp nhận đã gửi ${count(evaluationsDue.filter(isDone).length)}/${count(evaluationsDue.length)} nhận xét đến kỳ.`,
  ];
  if (ended.length > 0) {
    const parts = ratings.map((r) => `${count(r.n)} ${r.word}`);
    if (unrated > 0) parts.push(`${count(unrated)} chưa có đánh giá`);
    lines.push(
      `Kết quả đánh giá của đơn vị tiếp nhận khi kết thúc đợt công tác: ${parts.join(", ")}.`,
    );
  }
  return lines.join(" ");
}

/** The Standing Committee's own duty of VI.2: the exchange with the Party committee (group 1). */
function standingCommitteeText(input: DocumentsInput, postings: readonly PostingView[]): string {
  const exchanges = postings.flatMap((p) =>
    p.duties.filter((d) => d.code === "TD-CU" && isDue(d)).map((d) => ({ p, d })),
  );
  if (exchanges.length === 0) {
    return "Trong năm chưa đến thời điểm Ban Thường vụ Tỉnh đoàn trao đổi với cấp ủy địa phương về việc đánh giá cán bộ thuộc đối tượng 1.";
  }
  const named = (x: { p: PostingView }) => {
    const body = bodyOf(input, x.p);
    return `đồng chí ${x.p.cadre?.name ?? "…"}${body ? ` (${body.name})` : ""}`;
  };
  const done = exchanges.filter((x) => isDone(x.d));
  const open = exchanges.filter((x) => !isDone(x.d));
  const parts = [];
  if (done.length > 0) parts.push(`đã trao đổi đối với ${done.map(named).join(", ")}`);
  if (open.length > 0) parts.push(`chưa trao đổi đối với ${open.map(named).join(", ")}`);
  return `Việc Ban Thường vụ Tỉnh đoàn trao đổi với cấp ủy địa phương về đánh giá cán bộ thuộc đối tượng 1 (Mục VI.2 của Kế hoạch): ${parts.join("; ")}.`;
}

function summarySpec(input: DocumentsInput, year: number): DocumentSpec | PlanSkip {
  const postings = postingsOfYear(input.postings, year);
  if (postings.length === 0) {
    return {
      reason: {
        vi: `Năm ${year} không có đợt cử đi nào: chưa tạo Báo cáo tổng hợp kết quả.`,
        en: `${year} has no posting: no results summary was made.`,
      },
    };
  }
  const items = postings.map((p, i) => summaryItem(input, i + 1, p));
  return {
    key: `summary:${year}`,
    template: "summary",
    year,
    title: `${year} – Báo cáo tổng hợp kết quả`,
    label: "Báo cáo tổng hợp kết quả",
    values: {
      ...commonValues(input, year),
      "Số cán bộ": count(items.length),
      "Tình hình chung": summaryOverview(input, postings, year),
      "Trách nhiệm của Ban Thường vụ": standingCommitteeText(input, postings),
    },
    lists: { STT: items },
  };
}

// ------------------------------------------------------------------ the plan of documents

/** The years present: every posting's start year, sorted. */
export function yearsPresent(postings: readonly PostingView[]): number[] {
  return [...new Set(postings.flatMap((p) => (p.start === null ? [] : [yearOf(p.start)])))].sort(
    (a, b) => a - b,
  );
}

/** Whether `year` lies in the plan period. */
function inPlanPeriod(settings: WordingSettings, year: number): boolean {
  return year >= settings.planFirstYear && year <= settings.planLastYear;
}

/** Why a year outside the plan period gets no document, naming the settings that say so. */
function outsidePeriodText(settings: WordingSettings, year: number): Text {
  const period = `${settings.planFirstYear} – ${settings.planLastYear}`;
  return {
    vi: `Năm ${year} nằm ngoài giai đoạn của kế hoạch (${period}, khóa "Năm bắt đầu kế hoạch" và "Năm kết thúc kế hoạch" trong tab "Cấu hình"): không tạo văn bản cho năm này.`,
    en: `${year} is outside the plan period (${period}, the keys "Năm bắt đầu kế hoạch" (Plan first year) and "Năm kết thúc kế hoạch" (Plan last year) of the "Cấu hình" tab): no document is made for that year.`,
  };
}

/**
 * The documents a request asks for, in the order they are made: the proposal list(s), then
 * each posting's forms (row order), then the summary(ies). Years: the requested one; without
 * one, the years of the selected rows, or every year present; a year outside the plan period
 * is refused with its reason.
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
  const asked =
    request.year !== undefined
      ? [request.year]
      : yearsPresent(rowSet || keySet ? selected : input.postings);
  const years: number[] = [];
  for (const y of asked) {
    if (inPlanPeriod(input.settings, y)) years.push(y);
    else skipped.push({ reason: outsidePeriodText(input.settings, y) });
  }
  const kinds = new Set(request.kinds);
  const specs: DocumentSpec[] = [];
  const add = (made: DocumentSpec | PlanSkip) => {
    if ("key" in made) specs.push(made);
    else skipped.push(made);
  };
  if (kinds.has("proposal")) for (const y of years) add(proposalSpec(input, y));
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
          reason: { vi: `Dòng ${p.row}: chưa có Mã CB.`, en: `Row ${p.row}: no cadre ID.` },
        });
        continue;
      }
      if (!p.cadre) {
        skipped.push({
          row: p.row,
          reason: {
            vi: `Dòng ${p.row}: Mã CB "${p.cadreId}" không có trong tab "Cán bộ", chưa tạo mẫu báo cáo, nhận xét.`,
            en: `Row ${p.row}: cadre ID "${p.cadreId}" is not in the "Cán bộ" tab, so no report or evaluation form was made.`,
          },
        });
        continue;
      }
      if (kinds.has("reportForms")) specs.push(...formSpecs(input, p, "reportForms"));
      if (kinds.has("evaluationForms")) specs.push(...formSpecs(input, p, "evaluationForms"));
    }
  }
  if (kinds.has("summary")) for (const y of years) add(summarySpec(input, y));
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

/**
 * The list blocks of a template: for each, its marker placeholder (the table row holding it is
 * the block) and whether a placeholder is one of its per-item fields. Only the proposal (its
 * list and its annex) and the summary have lists.
 */
export function listsOf(
  template: TemplateKind,
): { marker: string; isField: (placeholder: string) => boolean }[] {
  const samples = SAMPLE_ITEMS[template];
  if (!samples) return [];
  return LIST_MARKERS[template].map((marker) => {
    const fields = new Set(Object.keys(samples[marker] ?? {}).map(fold));
    return { marker, isField: (p: string) => fields.has(fold(placeholderName(p))) };
  });
}

const SAMPLE_SETTINGS: DocumentSettings = DEFAULT_SETTINGS;
const SAMPLE_INPUT: DocumentsInput = {
  today: 0,
  settings: SAMPLE_SETTINGS,
  postings: [],
  poolByYear: {},
};
const SAMPLE_POSTING: PostingView = {
  row: 0,
  cadreId: "",
  unit: "",
  decisionNo: "",
  start: null,
  end: null,
  status: "invalid",
  codes: [],
  review: false,
  duties: [],
  completion: "",
  prospects: "",
};

/** One item of each list, to know which placeholders are per-item fields. */
const SAMPLE_ITEMS: Partial<Record<TemplateKind, Record<string, Item>>> = {
  proposal: {
    STT: proposalItem(SAMPLE_INPUT, 1, {}, 0),
    "STT phụ lục": annexItem(SAMPLE_INPUT, 1, { candidate: {}, reasons: [], review: false }, 0),
  },
  summary: { STT: summaryItem(SAMPLE_INPUT, 1, SAMPLE_POSTING) },
};
