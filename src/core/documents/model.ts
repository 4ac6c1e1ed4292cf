/**
 * What each document says, built from the sheet's data: the plan of documents a request asks
 * for (one entry per Google Doc, with a stable key so that a re-run finds it again), and the
 * values of each document's placeholders. The shapes live in spec.ts; the values every
 * document shares in values.ts; each kind of document in its own module (proposal.ts,
 * forms.ts, summary.ts); how it is said in wording.ts (official Vietnamese, no code, no sheet
 * word, no internal ID or deadline, the sensitive conditions unnamed); which Đoàn body a unit
 * is, in bodies.ts; what the templates look like, in layout.ts.
 *
 * A year outside the plan period (the settings "Năm bắt đầu kế hoạch" – "Năm kết thúc kế
 * hoạch") gets no document; the run says why, naming the settings.
 */
import { yearOf } from "../dates";
import type { Text } from "../i18n";
import { formSpecs } from "./forms";
import { proposalSpec } from "./proposal";
import {
  type DocumentPlan,
  type DocumentRequest,
  type DocumentSpec,
  type DocumentsInput,
  keyOfPosting,
  type PlanSkip,
  type PostingView,
  type RequestKind,
} from "./spec";
import { summarySpec } from "./summary";
import type { WordingSettings } from "./wording";

export { listsOf } from "./lists";
export {
  type CadreView,
  type CandidatePool,
  candidateDay,
  type DocumentPlan,
  type DocumentRequest,
  type DocumentSettings,
  type DocumentSpec,
  type DocumentsInput,
  type DutyView,
  keyHash,
  keyOfPosting,
  type LinkColumn,
  type PostingView,
  postingKey,
  REQUEST_KINDS,
  type RequestKind,
} from "./spec";

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
    for (const p of [...selected].sort((x, y) => x.row - y.row)) {
      const made = formsOf(input, p, kinds, years);
      if (Array.isArray(made)) specs.push(...made);
      else skipped.push(made);
    }
  }
  if (kinds.has("summary")) for (const y of years) add(summarySpec(input, y));
  return { specs, skipped, years };
}

/** A posting's forms of the kinds asked, or why it gets none (nothing: not one of the years). */
function formsOf(
  input: DocumentsInput,
  p: PostingView,
  kinds: ReadonlySet<RequestKind>,
  years: readonly number[],
): DocumentSpec[] | PlanSkip {
  if (p.start === null) {
    return {
      row: p.row,
      reason: {
        vi: `Dòng ${p.row}: chưa có Ngày bắt đầu đọc được, chưa tạo được mẫu báo cáo, nhận xét.`,
        en: `Row ${p.row}: no readable start date, so no report or evaluation form was made.`,
      },
    };
  }
  if (!years.includes(yearOf(p.start))) return [];
  const { minMonths, maxMonths } = input.settings;
  if (p.months !== undefined && p.months > maxMonths) {
    return {
      row: p.row,
      reason: {
        vi: `Dòng ${p.row}: Số tháng ${p.months} ngoài khoảng cho phép ${minMonths}–${maxMonths} tháng (khóa "Số tháng tối đa" trong tab "Cấu hình"), chưa tạo mẫu báo cáo, nhận xét; hãy sửa Số tháng.`,
        en: `Row ${p.row}: ${p.months} months is outside the allowed ${minMonths}–${maxMonths} (the "Số tháng tối đa" key of "Cấu hình"), so no report or evaluation form was made; correct the months.`,
      },
    };
  }
  if (p.cadreId.trim() === "") {
    return {
      row: p.row,
      reason: { vi: `Dòng ${p.row}: chưa có Mã CB.`, en: `Row ${p.row}: no cadre ID.` },
    };
  }
  if (!p.cadre) {
    return {
      row: p.row,
      reason: {
        vi: `Dòng ${p.row}: Mã CB "${p.cadreId}" không có trong tab "Cán bộ", chưa tạo mẫu báo cáo, nhận xét.`,
        en: `Row ${p.row}: cadre ID "${p.cadreId}" is not in the "Cán bộ" tab, so no report or evaluation form was made.`,
      },
    };
  }
  return [
    ...(kinds.has("reportForms") ? formSpecs(input, p, "reportForms") : []),
    ...(kinds.has("evaluationForms") ? formSpecs(input, p, "evaluationForms") : []),
  ];
}
