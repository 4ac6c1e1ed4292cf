/**
 * The values every document shares (the issuing body, the place and date, the plan's citation,
 * the signer) and those of a cadre and of a posting, under the names the templates use
 * (catalog.ts lists them); which Đoàn body a unit is comes from bodies.ts.
 */
import { type Day, formatDay, yearOf } from "../dates";
import { DEFAULT_SETTINGS } from "../settings";
import { type Province, provinceUnion, type UnitBody, unitBody } from "./bodies";
import type { CadreView, DocumentSettings, DocumentsInput, PostingView } from "./spec";
import { citedDate, count, dayText, formalDate, groupWords, POSITION_WORDS } from "./wording";

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
export function commonValues(input: DocumentsInput, year: number): Record<string, string> {
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
export function cadreValues(cadre: CadreView | undefined): Record<string, string> {
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

export function bodyOf(input: DocumentsInput, posting: PostingView): UnitBody | undefined {
  return posting.unit.trim() === ""
    ? undefined
    : unitBody(posting.unit, posting.unitType, province(input));
}

export function postingValues(input: DocumentsInput, posting: PostingView): Record<string, string> {
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

/** Postings that start in `year`, by start date then row (the order of SL-2). */
export function postingsOfYear(postings: readonly PostingView[], year: number): PostingView[] {
  return postings
    .filter((p) => p.start !== null && yearOf(p.start) === year)
    .sort((a, b) => (a.start as Day) - (b.start as Day) || a.row - b.row);
}

/** "Nguyễn Văn An – Phó Trưởng ban, Ban Tổ chức – Kiểm tra" of a cadre (or who is missing). */
export function whoText(cadre: CadreView | undefined): string {
  if (!cadre) return "(Chưa xác định được cán bộ)";
  const role = [cadre.position, cadre.department].filter((x) => x.trim() !== "").join(", ");
  return role ? `${cadre.name} – ${role}` : cadre.name;
}

/** "Huyện đoàn Tân Biên, Phó Bí thư" of a posting ("" when neither is known). */
export function placeText(input: DocumentsInput, posting: PostingView): string {
  const body = bodyOf(input, posting);
  const position = posting.position ? POSITION_WORDS[posting.position] : "";
  return [body?.name, position].filter((x) => x && x !== "").join(", ");
}

/** An input with nothing in it: what the lists' sample items are built from. */
export const EMPTY_INPUT: DocumentsInput = {
  today: 0,
  settings: DEFAULT_SETTINGS,
  postings: [],
  poolByYear: {},
};
