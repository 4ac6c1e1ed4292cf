/**
 * What a request would do, said in the dialog before the user confirms: how many documents for
 * how many postings and which year, how many exist and what happens to them, what is skipped and
 * why, or why nothing can be made. It reads the sheet and lists this user's year folders it
 * already has (one Drive call a year); it never creates anything.
 */
import { documentsByKey } from "../../adapters/drive";
import { Workbook } from "../../adapters/sheets";
import { yearOf } from "../../core/dates";
import { type DocumentSpec, type PostingView, planDocuments } from "../../core/documents/model";
import { type Locale, pick, type Text } from "../../core/i18n";
import type { DocumentsPreview } from "../../shared/documents";
import { loadInput } from "./inputs";
import { documentRequestOf, type GenerateRequest, yearsOf } from "./request";
import { refusal } from "./run";
import { SavedState } from "./state";

/** How many of `specs` this user's add-on has made already (its year folders, listed). */
function existing(workbook: Workbook, specs: readonly DocumentSpec[]): number {
  const ids = new SavedState(workbook.ss.getId()).ids();
  let found = 0;
  for (const year of new Set(specs.map((s) => s.year))) {
    const folder = ids.years[String(year)];
    if (!folder) continue;
    const keys = documentsByKey(folder);
    found += specs.filter((s) => s.year === year && keys.has(s.key)).length;
  }
  return found;
}

function summaryText(request: GenerateRequest, specs: readonly DocumentSpec[], made: number): Text {
  const postings = new Set(specs.flatMap((s) => (s.posting ? [s.posting] : []))).size;
  const years = [...new Set(specs.map((s) => s.year))].sort().join(", ");
  const fresh = specs.length - made;
  const vi = [
    `Sẽ tạo ${fresh} văn bản${postings > 0 ? ` cho ${postings} đợt` : ""}, năm ${years}.`,
  ];
  const en = [
    `Will make ${fresh} documents${postings > 0 ? ` for ${postings} postings` : ""}, ${years}.`,
  ];
  if (made > 0 && request.onExisting === "skip") {
    vi.push(`${made} văn bản đã có được giữ nguyên.`);
    en.push(`${made} documents that exist are kept.`);
  } else if (made > 0) {
    vi.push(
      `${made} văn bản đã có được cập nhật; mẫu nào đã có người điền thì không bị ghi đè mà có bản mới bên cạnh.`,
    );
    en.push(
      `${made} documents that exist are updated; a form someone filled in is not overwritten: a new version is made beside it.`,
    );
  }
  return { vi: vi.join(" "), en: en.join(" ") };
}

/** Selected rows whose posting starts in another year than the one chosen: not made, and why. */
function otherYears(request: GenerateRequest, postings: readonly PostingView[]): Text[] {
  if (!request.rows || request.year === undefined) return [];
  const rows = new Set(request.rows);
  const byYear = new Map<number, number[]>();
  for (const p of postings) {
    if (!rows.has(p.row) || p.start === null || yearOf(p.start) === request.year) continue;
    byYear.set(yearOf(p.start), [...(byYear.get(yearOf(p.start)) ?? []), p.row]);
  }
  return [...byYear.entries()].map(([year, list]) => ({
    vi: `Dòng ${list.join(", ")}: đợt cử đi năm ${year}, không thuộc năm ${request.year} đã chọn (chọn năm ${year} để tạo).`,
    en: `Row${list.length > 1 ? "s" : ""} ${list.join(", ")}: postings of ${year}, not of the chosen ${request.year} (choose ${year} to make them).`,
  }));
}

const NOTHING: Text = {
  vi: "Không có văn bản nào để tạo với lựa chọn này.",
  en: "There is no document to make with these choices.",
};

/** The preview of `request` in the user's language. */
export function preview(request: GenerateRequest, locale: Locale): DocumentsPreview {
  const workbook = Workbook.active();
  const { input } = loadInput(workbook, yearsOf(request));
  const plan = planDocuments(input, documentRequestOf(request));
  const skipped = [
    ...plan.skipped.map((s) => s.reason),
    ...otherYears(request, input.postings),
  ].map((t) => pick(locale, t));
  const refused = refusal(plan.specs);
  if (refused) return { text: pick(locale, refused), documents: 0, canRun: false };
  if (plan.specs.length === 0) {
    return { text: [pick(locale, NOTHING), ...skipped].join(" "), documents: 0, canRun: false };
  }
  const made = existing(workbook, plan.specs);
  const text = [pick(locale, summaryText(request, plan.specs, made)), ...skipped].join(" ");
  return { text, documents: plan.specs.length, canRun: true };
}
