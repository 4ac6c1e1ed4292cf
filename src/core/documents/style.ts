/**
 * What a template is made of (paragraphs and tables, as plain data) and the page and type it is
 * set in; each choice cites the rule it rests on (Nghị định 30/2020/NĐ-CP, Phụ lục I).
 */

export type TemplateKind = "proposal" | "report" | "finalReport" | "evaluation" | "summary";

export type Align = "left" | "center" | "right" | "justify";

export interface Para {
  kind: "p";
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points; BODY_SIZE when absent. */
  size?: number;
  align?: Align;
  /** A body paragraph: first line indented, space after, justified (ND 30, Phụ lục I, II.6). */
  body?: boolean;
  /** Points of space before the paragraph. */
  spaceAbove?: number;
  /** The paragraph starts a new page (an annex). */
  pageBreakBefore?: boolean;
}

export interface TableBlock {
  kind: "table";
  /** rows → cells → paragraphs of the cell. */
  rows: Para[][][];
  borders: boolean;
  /** Column widths in millimetres; they add up to the text width (PAGE). */
  widths: readonly number[];
}

export type Block = Para | TableBlock;

export interface TemplateLayout {
  kind: TemplateKind | "guide";
  /** File name of the template in Drive. */
  name: string;
  blocks: Block[];
}

/**
 * The page: A4 (210 × 297 mm), portrait, margins top and bottom 20 mm, left 30 mm, right
 * 15 mm — Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.1–I.3: "Văn bản được trình bày trên khổ
 * giấy A4 (210 mm x 297 mm)", "theo chiều dài của khổ A4", "Lề trên: cách mép trên từ 20 –
 * 25 mm; lề dưới: cách mép dưới từ 20 – 25 mm; lề trái: cách mép trái từ 30 – 35 mm; lề phải:
 * cách mép phải từ 15 – 20 mm". The tables are kept to the portrait width (at most six
 * columns, widths by content) rather than turned to a landscape page, which I.2 allows only
 * for a document whose tables are not made into separate annexes.
 */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
} as const;

/** The width the text and the tables take: 165 mm. */
export const TEXT_WIDTH_MM = PAGE.widthMm - PAGE.marginLeftMm - PAGE.marginRightMm;

/** Points in a millimetre. */
export const PT_PER_MM = 72 / 25.4;

/**
 * Times New Roman (ND 30, Phụ lục I, Phần I, I.4: "phông chữ tiếng Việt Times New Roman, bộ mã ký tự
 * Unicode theo TCVN 6909:2001"); the body in 14 pt (II.6: "cỡ chữ từ 13 đến 14"), the tables in
 * 13 pt, the issuing body and the number in 13 pt (II.2–II.3: "cỡ chữ từ 12 đến 13"), the kind
 * of document in 14 pt (II.5: "cỡ chữ từ 13 đến 14"), "Nơi nhận:" in 12 pt and its list in 11 pt
 * (II.9).
 */
export const FONT_FAMILY = "Times New Roman";
export const BODY_SIZE = 14;
export const TABLE_SIZE = 13;
export const HEADER_SIZE = 13;
export const TITLE_SIZE = 14;

/**
 * Body paragraphs (ND 30, Phụ lục I, Phần I, II.6): "khi xuống dòng, chữ đầu dòng phải lùi vào 1 cm
 * hoặc 1,27 cm; khoảng cách giữa các đoạn văn tối thiểu là 6pt; khoảng cách giữa các dòng tối
 * thiểu là dòng đơn, tối đa là 1,5 lines" — 1.27 cm, 6 pt after, lines at 1.15.
 */
export const BODY_PARAGRAPH = {
  indentFirstLinePt: 36,
  spaceBelowPt: 6,
  lineSpacingPercent: 115,
} as const;
