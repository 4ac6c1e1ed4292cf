/**
 * The default templates, as plain data: what the add-on writes into Google Docs the first time,
 * after which the staff own them. Every layout choice rests on a rule, cited where it is made:
 *
 * - Nghị định 30/2020/NĐ-CP, Phụ lục I ("Thể thức và kỹ thuật trình bày văn bản hành chính"),
 *   for the page, the fonts, the paragraphs and the "Nơi nhận" block;
 * - the Đoàn's own rules on its documents (Quyết định 367-QĐ/TWĐTN-VP of 29/10/2013 and its
 *   guide 29-HD/TWĐTN-VP, "Thể thức văn bản của Đoàn TNCS Hồ Chí Minh"), as the plan
 *   51-KH/TĐTN-TCKT itself shows them: the issuing body top left with "***" and the number and
 *   symbol under it, "ĐOÀN TNCS HỒ CHÍ MINH" top right with the place and date under it, the
 *   collective signature "TM. BAN THƯỜNG VỤ", "Lưu VP".
 *
 * Who issues what (plan VI): the proposal list (a Tờ trình, TTr) and the results summary (a
 * Báo cáo, BC) are Ban Tổ chức – Kiểm tra's submissions to the Standing Committee (VI.3.1),
 * headed by the department under the province's union and signed by its head; the cadre signs
 * his or her own report, which no body issues (VI.1); the receiving unit's Standing Committee
 * issues its evaluation under its own header, place and symbol (VI.2).
 *
 * Placeholders ({{…}}) are filled by the model (model.ts); catalog.ts says what each means, and
 * the guide document (guide.ts) tells the staff.
 */

import { cadreReport, evaluation } from "./form-layouts";
import type { TemplateKind, TemplateLayout } from "./style";
import { proposal, summary } from "./submissions";

export {
  type Align,
  type Block,
  BODY_PARAGRAPH,
  BODY_SIZE,
  FONT_FAMILY,
  PAGE,
  type Para,
  PT_PER_MM,
  TABLE_SIZE,
  type TableBlock,
  TEXT_WIDTH_MM,
  type TemplateKind,
  type TemplateLayout,
} from "./style";

export const TEMPLATE_KINDS: readonly TemplateKind[] = [
  "proposal",
  "report",
  "finalReport",
  "evaluation",
  "summary",
];

/**
 * The version of the default templates. It goes up whenever their text or layout changes, so
 * that a template written by an older version is known as such (its Drive appProperties keep
 * the version it was written with). Version 1: 0.1.0's four templates. Version 2: the Đoàn
 * bodies, Nghị định 30 page and paragraph styles, the separate final report, the annex.
 */
export const TEMPLATE_VERSION = 2;

/**
 * The list blocks of each template, by marker placeholder: the table row holding the marker is
 * repeated once per item of that list (model.ts, DocumentSpec.lists).
 */
export const LIST_MARKERS: Record<TemplateKind, readonly string[]> = {
  proposal: ["STT", "STT phụ lục"],
  summary: ["STT"],
  report: [],
  finalReport: [],
  evaluation: [],
};

/** Name of the Drive folder that holds the templates. */
export const TEMPLATE_FOLDER_NAME = "Đi cơ sở – Mẫu văn bản";
/** Name of the Drive folder that holds one sub-folder per year of generated documents. */
export const OUTPUT_FOLDER_NAME = "Đi cơ sở – Văn bản";
/** Name of the guide document in the templates folder (guide.ts). */
export const GUIDE_NAME = "Hướng dẫn sử dụng mẫu";

/** Shown as the template folder's description in Drive: how the templates work. */
export const TEMPLATE_FOLDER_HELP =
  "Mẫu văn bản của tiện ích Đi cơ sở. Có thể sửa các mẫu này trong Google Tài liệu; tiện ích không ghi đè mẫu đã được sửa. " +
  `Tài liệu "${GUIDE_NAME}" trong thư mục này liệt kê mọi chỗ trống {{…}}, ý nghĩa và ví dụ của từng chỗ trống.`;

export function defaultTemplate(kind: TemplateKind): TemplateLayout {
  switch (kind) {
    case "proposal":
      return proposal();
    case "summary":
      return summary();
    case "report":
      return cadreReport(false);
    case "finalReport":
      return cadreReport(true);
    case "evaluation":
      return evaluation();
  }
}

/** Every paragraph's text of a layout, in reading order (tables row by row, cell by cell). */
export function layoutText(layout: TemplateLayout): string {
  const lines: string[] = [];
  for (const b of layout.blocks) {
    if (b.kind === "p") lines.push(b.text);
    else for (const row of b.rows) for (const c of row) for (const para of c) lines.push(para.text);
  }
  return lines.join("\n");
}
