/**
 * The pieces every template is built of: paragraphs, the two-column header (the Đoàn's format,
 * as the plan 51-KH/TĐTN-TCKT shows it), the title, the addressee, the "Nơi nhận" and
 * signature footer (Nghị định 30/2020/NĐ-CP, Phụ lục I) and the bordered list tables.
 */
import {
  type Align,
  HEADER_SIZE,
  type Para,
  TABLE_SIZE,
  type TableBlock,
  TITLE_SIZE,
} from "./style";

export const p = (text: string, style: Omit<Para, "kind" | "text"> = {}): Para => ({
  kind: "p",
  text,
  ...style,
});
const blank = (size?: number): Para => (size ? p("", { size }) : p(""));
export const bodyP = (text: string, style: Omit<Para, "kind" | "text"> = {}): Para =>
  p(text, { body: true, align: "justify", ...style });
export const dots = (n = 3): Para[] =>
  Array.from({ length: n }, () => p("……………………………………………………………………………………………", { align: "justify" }));

/** Header and footer tables: two columns, the left narrower (the issuing body, Nơi nhận). */
const HEADER_WIDTHS = [75, 90] as const;
const FOOTER_WIDTHS = [80, 85] as const;

/**
 * The two-column header (the Đoàn's format, as the plan shows it): left the issuing body (the
 * level above in capitals, the body itself in bold capitals; ND 30, Phụ lục I, II.2), "***"
 * under it and the number and symbol (13 pt; II.3); right "ĐOÀN TNCS HỒ CHÍ MINH" in bold
 * capitals, underlined, and the place and date in italics (II.4). `issuer` empty: a personal
 * document, only the right column.
 */
export function header(issuer: Para[], number: string | null, dateLine: string): TableBlock {
  const leftCell =
    issuer.length === 0
      ? [blank(HEADER_SIZE)]
      : [
          ...issuer,
          p("***", { align: "center", size: HEADER_SIZE }),
          ...(number ? [p(number, { align: "center", size: HEADER_SIZE })] : []),
        ];
  const rightCell = [
    p("ĐOÀN TNCS HỒ CHÍ MINH", { bold: true, underline: true, align: "center", size: HEADER_SIZE }),
    blank(HEADER_SIZE),
    p(dateLine, { italic: true, align: "center" }),
  ];
  return { kind: "table", rows: [[leftCell, rightCell]], borders: false, widths: HEADER_WIDTHS };
}

/** An issuing body in two lines: the union it belongs to, then itself in bold. */
export const issuer = (superior: string, body: string): Para[] => [
  p(superior, { align: "center", size: HEADER_SIZE }),
  p(body, { bold: true, align: "center", size: HEADER_SIZE }),
];

/**
 * The organisation department, which proposes the list and compiles the results FOR the
 * Standing Committee (plan VI.3.1): the province's issuing body ({{Cơ quan ban hành}}, the
 * "Cơ quan ban hành" setting) above the department's name, as a department's documents are
 * headed; its symbol is the province's with the department's ({{Ký hiệu Ban}}, "TĐTN-TCKT"
 * from the plan's own number 51-KH/TĐTN-TCKT).
 */
export const department = (): Para[] => issuer("{{Cơ quan ban hành}}", "BAN TỔ CHỨC – KIỂM TRA");

/**
 * The kind of document in bold capitals (14 pt), the summary line under it in bold (14 pt),
 * then a short rule — ND 30, Phụ lục I, II.5: "trích yếu nội dung … đặt canh giữa, ngay dưới
 * tên loại văn bản, bằng chữ in thường, cỡ chữ 14, kiểu chữ đứng, đậm; bên dưới trích yếu có
 * đường kẻ ngang"; the period a report covers belongs to its summary line, above the rule.
 */
export function title(kind: string, ...summary: string[]): Para[] {
  return [
    p(kind, { bold: true, size: TITLE_SIZE, align: "center", spaceAbove: 12 }),
    ...summary.map((l) => p(l, { bold: true, size: TITLE_SIZE, align: "center" })),
    p("-----------", { align: "center" }),
  ];
}

/** "Kính gửi: …", centred (ND 30, Phụ lục I, II.6: the addressee of a submission). */
export const addressee = (to: string): Para =>
  p(`Kính gửi: ${to}`, { align: "center", spaceAbove: 6 });

/**
 * "Nơi nhận:" bottom left (ND 30, Phụ lục I, II.9: "Nơi nhận:" in 12 pt bold italics, each
 * recipient on its own line after a dash, in 11 pt, ending with ";", the last with "."; "Như
 * trên" stands for the addressee of "Kính gửi"), the signature block bottom right (II.7: the
 * authority and the title in bold capitals, the name in bold).
 */
export function footer(recipients: string[], signature: Para[]): TableBlock {
  const left = [
    p("Nơi nhận:", { bold: true, italic: true, size: 12 }),
    ...recipients.map((r) => p(r, { size: 11 })),
  ];
  return { kind: "table", rows: [[left, signature]], borders: false, widths: FOOTER_WIDTHS };
}

/** A signature: the authority and title lines, room to sign, the name. */
export function signature(lines: string[], name: string, hint?: string): Para[] {
  return [
    ...lines.map((l) => p(l, { bold: true, align: "center" })),
    ...(hint ? [p(hint, { italic: true, align: "center", size: 13 })] : []),
    blank(),
    blank(),
    blank(),
    p(name, { bold: true, align: "center" }),
  ];
}

const cellHead = (text: string): Para[] => [
  p(text, { bold: true, align: "center", size: TABLE_SIZE }),
];
const cell = (text: string, align: Align = "left"): Para[] => [
  p(text, { size: TABLE_SIZE, align }),
];

/** A bordered table: a header row and the list row holding the list's placeholders. */
export function listTable(
  widths: readonly number[],
  heads: string[],
  fields: string[],
): TableBlock {
  return {
    kind: "table",
    borders: true,
    widths,
    rows: [heads.map(cellHead), fields.map((f, i) => cell(f, i === 0 ? "center" : "left"))],
  };
}

export const section = (heading: string): Para =>
  p(heading, { bold: true, align: "justify", spaceAbove: 6 });
