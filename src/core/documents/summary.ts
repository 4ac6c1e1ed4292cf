/**
 * The results summary of a year (VI.2, VI.3.1): where each posting stands (not begun, under
 * way, over), the reports and evaluations in, the cadre's other duties of VI.1, the receiving
 * unit's final assessment, and apart from them the Standing Committee's own duty; every count
 * of its overview is taken from the postings its table lists.
 */
import type { Day } from "../dates";
import type { DutyCode } from "../reports";
import { RATINGS, wordOf } from "../schema";
import { fold } from "../text";
import type { DocumentSpec, DocumentsInput, DutyView, Item, PlanSkip, PostingView } from "./spec";
import {
  bodyOf,
  cadreValues,
  commonValues,
  EMPTY_INPUT,
  placeText,
  postingsOfYear,
  whoText,
} from "./values";
import { count, dayText } from "./wording";

type Phase = "notStarted" | "ongoing" | "ended";

function postingPhase(p: PostingView, today: Day): Phase {
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
  const place = placeText(input, p);
  const duties = cadreDutiesText(p);
  return {
    STT: String(n),
    ...cadreValues(p.cadre),
    "Cán bộ": whoText(p.cadre),
    "Nơi đến, thời gian": `${place || "Chưa xác định"}; ${dayText(p.start)} – ${dayText(p.end)} (${PHASE_WORDS[phase]})`,
    "Thực hiện trách nhiệm":
      phase === "notStarted" ? "Chưa bắt đầu" : [reportsText(p), duties].filter((x) => x).join(" "),
    "Đánh giá của đơn vị": assessmentText(p, phase),
  };
}

/** "03 cán bộ …: 01 đã kết thúc đợt công tác, 02 đang thực hiện" — the phases there are. */
function phaseSentence(phases: readonly Phase[], year: number): string {
  const total = `Năm ${year} có ${count(phases.length)} cán bộ được cử đi đào tạo thực tế tại cơ sở`;
  const present = (["ended", "ongoing", "notStarted"] as const)
    .map((phase) => ({ phase, n: phases.filter((x) => x === phase).length }))
    .filter((x) => x.n > 0);
  if (present.length === 1) return `${total}, đều ${PHASE_SENTENCE_WORDS[present[0]!.phase]}.`;
  return `${total}: ${present.map((x) => `${count(x.n)} ${PHASE_SENTENCE_WORDS[x.phase]}`).join(", ")}.`;
}

const PHASE_SENTENCE_WORDS: Record<Phase, string> = {
  ended: "đã kết thúc đợt công tác",
  ongoing: "đang thực hiện",
  notStarted: "chưa bắt đầu",
};

/** How many reports and evaluations that fell due are in; none due yet is said as such. */
function reportsSentence(postings: readonly PostingView[]): string {
  const due = (codes: string[]) =>
    postings.flatMap((p) => p.duties.filter((d) => codes.includes(d.code) && isDue(d)));
  const reports = due(["BC-6T", "BC-KT"]);
  const evaluations = due(["NX-6T", "NX-KT"]);
  if (reports.length === 0 && evaluations.length === 0) {
    return "Chế độ báo cáo: chưa đến kỳ báo cáo của cán bộ và kỳ nhận xét của đơn vị tiếp nhận.";
  }
  const part = (duties: DutyView[], who: string, verb: string, what: string) =>
    duties.length === 0
      ? `${who} chưa đến kỳ ${what}`
      : `${who} đã ${verb} ${count(duties.filter(isDone).length)}/${count(duties.length)} ${what} đến kỳ`;
  return `Chế độ báo cáo: ${part(reports, "cán bộ", "nộp", "báo cáo")}; ${part(evaluations, "đơn vị tiếp nhận", "gửi", "nhận xét")}.`;
}

/** The summary's first part: counts taken from the very postings its table lists. */
function summaryOverview(input: DocumentsInput, postings: readonly PostingView[], year: number) {
  const phases = postings.map((p) => postingPhase(p, input.today));
  const ended = postings.filter((_p, i) => phases[i] === "ended");
  const lines = [phaseSentence(phases, year), reportsSentence(postings)];
  if (ended.length > 0) {
    const parts = RATINGS.map((o) => ({
      word: wordOf(RATINGS, o.value),
      n: ended.filter((p) => completionWord(p.completion) === wordOf(RATINGS, o.value)).length,
    }))
      .filter((r) => r.n > 0)
      .map((r) => `${count(r.n)} ${r.word}`);
    const unrated = ended.filter((p) => completionWord(p.completion) === "").length;
    if (unrated > 0) parts.push(`${count(unrated)} chưa có đánh giá`);
    lines.push(
      `Kết quả đánh giá của đơn vị tiếp nhận khi kết thúc đợt công tác: ${parts.join(", ")}.`,
    );
  }
  return lines.join(" ");
}

/** The Standing Committee's own duty of VI.2: the exchange with the Party committee (group 1). */
function standingCommitteeText(input: DocumentsInput, postings: readonly PostingView[]): string {
  const all = postings.flatMap((p) =>
    p.duties.filter((d) => d.code === "TD-CU").map((d) => ({ p, d })),
  );
  if (all.length === 0) {
    return "Trong năm không có cán bộ thuộc đối tượng 1 được cử đi, nên không phát sinh việc Ban Thường vụ Tỉnh đoàn trao đổi với cấp ủy địa phương về đánh giá cán bộ (Mục VI.2 của Kế hoạch).";
  }
  const exchanges = all.filter((x) => isDue(x.d));
  if (exchanges.length === 0) {
    return "Chưa đến thời điểm Ban Thường vụ Tỉnh đoàn trao đổi với cấp ủy địa phương về đánh giá cán bộ thuộc đối tượng 1 (khi kết thúc đợt công tác, Mục VI.2 của Kế hoạch).";
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

export function summarySpec(input: DocumentsInput, year: number): DocumentSpec | PlanSkip {
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

/** One item of the summary's list, to know which placeholders are per-item fields (lists.ts). */
export const SUMMARY_SAMPLE: Item = summaryItem(EMPTY_INPUT, 1, {
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
});
