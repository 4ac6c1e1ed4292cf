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

export type TemplateKind = "proposal" | "report" | "finalReport" | "evaluation" | "summary";
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
const HEADER_SIZE = 13;
const TITLE_SIZE = 14;

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

const p = (text: string, style: Omit<Para, "kind" | "text"> = {}): Para => ({
  kind: "p",
  text,
  ...style,
});
const blank = (size?: number): Para => (size ? p("", { size }) : p(""));
const bodyP = (text: string, style: Omit<Para, "kind" | "text"> = {}): Para =>
  p(text, { body: true, align: "justify", ...style });
const dots = (n = 3): Para[] =>
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
function header(issuer: Para[], number: string | null, dateLine: string): TableBlock {
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
const issuer = (superior: string, body: string): Para[] => [
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
const department = (): Para[] => issuer("{{Cơ quan ban hành}}", "BAN TỔ CHỨC – KIỂM TRA");

/**
 * The kind of document in bold capitals (14 pt), the summary line under it in bold (14 pt),
 * then a short rule — ND 30, Phụ lục I, II.5: "trích yếu nội dung … đặt canh giữa, ngay dưới
 * tên loại văn bản, bằng chữ in thường, cỡ chữ 14, kiểu chữ đứng, đậm; bên dưới trích yếu có
 * đường kẻ ngang"; the period a report covers belongs to its summary line, above the rule.
 */
function title(kind: string, ...summary: string[]): Para[] {
  return [
    p(kind, { bold: true, size: TITLE_SIZE, align: "center", spaceAbove: 12 }),
    ...summary.map((l) => p(l, { bold: true, size: TITLE_SIZE, align: "center" })),
    p("-----------", { align: "center" }),
  ];
}

/** "Kính gửi: …", centred (ND 30, Phụ lục I, II.6: the addressee of a submission). */
const addressee = (to: string): Para => p(`Kính gửi: ${to}`, { align: "center", spaceAbove: 6 });

/**
 * "Nơi nhận:" bottom left (ND 30, Phụ lục I, II.9: "Nơi nhận:" in 12 pt bold italics, each
 * recipient on its own line after a dash, in 11 pt, ending with ";", the last with "."; "Như
 * trên" stands for the addressee of "Kính gửi"), the signature block bottom right (II.7: the
 * authority and the title in bold capitals, the name in bold).
 */
function footer(recipients: string[], signature: Para[]): TableBlock {
  const left = [
    p("Nơi nhận:", { bold: true, italic: true, size: 12 }),
    ...recipients.map((r) => p(r, { size: 11 })),
  ];
  return { kind: "table", rows: [[left, signature]], borders: false, widths: FOOTER_WIDTHS };
}

/** A signature: the authority and title lines, room to sign, the name. */
function signature(lines: string[], name: string, hint?: string): Para[] {
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
function listTable(widths: readonly number[], heads: string[], fields: string[]): TableBlock {
  return {
    kind: "table",
    borders: true,
    widths,
    rows: [heads.map(cellHead), fields.map((f, i) => cell(f, i === 0 ? "center" : "left"))],
  };
}

const section = (heading: string): Para =>
  p(heading, { bold: true, align: "justify", spaceAbove: 6 });

/**
 * The proposal's annex on its own page, with its title and a reference to the submission it
 * goes with (ND 30, Phụ lục I, Phần I, III.1: an annex has a title and is cited by its
 * document): the cadres considered but not proposed, and why.
 */
function proposalAnnex(): Block[] {
  return [
    p("PHỤ LỤC", { bold: true, align: "center", pageBreakBefore: true }),
    p("Danh sách cán bộ đã xem xét nhưng chưa đề xuất năm {{Năm}}", {
      bold: true,
      align: "center",
    }),
    p("(Kèm theo Tờ trình số …-TTr/{{Ký hiệu Ban}} của Ban Tổ chức – Kiểm tra Tỉnh đoàn)", {
      italic: true,
      align: "center",
    }),
    p("-----------", { align: "center" }),
    listTable(
      [10, 40, 30, 60, 25],
      [
        "STT",
        "Họ và tên, chức vụ, đơn vị công tác",
        "Dự kiến nơi đến, vị trí, thời gian",
        "Lý do chưa đề xuất",
        "Đề nghị",
      ],
      ["{{STT phụ lục}}", "{{Cán bộ}}", "{{Nơi đến, thời gian}}", "{{Lý do}}", "{{Đề nghị}}"],
    ),
    bodyP(
      "Lý do liên quan đến điều kiện, tiêu chuẩn cá nhân được nêu ở mức chung; thông tin chi tiết do Ban Tổ chức – Kiểm tra Tỉnh đoàn lưu giữ theo quy định.",
      { italic: true, size: TABLE_SIZE, spaceAbove: 6 },
    ),
  ];
}

function proposal(): TemplateLayout {
  return {
    kind: "proposal",
    name: "Mẫu – Danh sách đề xuất",
    blocks: [
      header(department(), "Số: …-TTr/{{Ký hiệu Ban}}", "{{Địa danh}}, {{Ngày tháng năm}}"),
      ...title(
        "TỜ TRÌNH",
        "Về việc đề xuất danh sách cán bộ đi đào tạo thực tế tại cơ sở năm {{Năm}}",
      ),
      addressee("Ban Thường vụ Tỉnh đoàn"),
      bodyP("Căn cứ {{Kế hoạch}};", { spaceAbove: 6 }),
      bodyP("{{Đề xuất}}"),
      listTable(
        [10, 45, 30, 35, 25, 20],
        [
          "STT",
          "Họ và tên, chức vụ, đơn vị công tác",
          "Đối tượng, chức danh quy hoạch (Mục II.1)",
          "Đơn vị tiếp nhận, vị trí (Mục III.1)",
          "Thời gian dự kiến (Mục III.2)",
          "Ý kiến cấp ủy địa phương",
        ],
        [
          "{{STT}}",
          "{{Cán bộ}}",
          "{{Đối tượng, quy hoạch}}",
          "{{Nơi đến, vị trí}}",
          "{{Thời gian dự kiến}}",
          "{{Ý kiến cấp ủy}}",
        ],
      ),
      bodyP("{{Ghi chú}}", { italic: true, spaceAbove: 6 }),
      bodyP("Kính trình Ban Thường vụ Tỉnh đoàn xem xét, quyết định./."),
      footer(
        ["- Như trên;", "- Thường trực Tỉnh đoàn;", "- Lưu VP, Ban TCKT."],
        signature(["TRƯỞNG BAN"], "{{Người ký}}"),
      ),
      ...proposalAnnex(),
    ],
  };
}

function summary(): TemplateLayout {
  return {
    kind: "summary",
    name: "Mẫu – Báo cáo tổng hợp kết quả",
    blocks: [
      header(department(), "Số: …-BC/{{Ký hiệu Ban}}", "{{Địa danh}}, {{Ngày tháng năm}}"),
      ...title(
        "BÁO CÁO",
        "Kết quả thực hiện nhiệm vụ của cán bộ được cử đi đào tạo thực tế tại cơ sở năm {{Năm}}",
      ),
      addressee("Ban Thường vụ Tỉnh đoàn"),
      bodyP(
        "Thực hiện {{Kế hoạch}}, Ban Tổ chức – Kiểm tra Tỉnh đoàn báo cáo kết quả thực hiện nhiệm vụ của {{Số cán bộ}} cán bộ được cử đi đào tạo thực tế tại cơ sở năm {{Năm}} (số liệu đến ngày {{Ngày số liệu}}) như sau:",
        { spaceAbove: 6 },
      ),
      section("1. Tình hình chung"),
      bodyP("{{Tình hình chung}}"),
      section("2. Kết quả của từng cán bộ"),
      listTable(
        [10, 35, 40, 40, 40],
        [
          "STT",
          "Họ và tên, chức vụ, đơn vị công tác",
          "Đơn vị tiếp nhận, vị trí, thời gian",
          "Thực hiện chế độ báo cáo và trách nhiệm của cán bộ (Mục VI.1, VI.2)",
          "Đánh giá của đơn vị tiếp nhận (mức độ hoàn thành nhiệm vụ, khả năng phát triển)",
        ],
        [
          "{{STT}}",
          "{{Cán bộ}}",
          "{{Nơi đến, thời gian}}",
          "{{Thực hiện trách nhiệm}}",
          "{{Đánh giá của đơn vị}}",
        ],
      ),
      section("3. Việc thực hiện trách nhiệm của Ban Thường vụ Tỉnh đoàn"),
      bodyP("{{Trách nhiệm của Ban Thường vụ}}"),
      section("4. Đề xuất, kiến nghị"),
      ...dots(2),
      bodyP("Ban Tổ chức – Kiểm tra Tỉnh đoàn kính báo cáo Ban Thường vụ Tỉnh đoàn./.", {
        spaceAbove: 6,
      }),
      footer(
        ["- Như trên;", "- Thường trực Tỉnh đoàn;", "- Lưu VP, Ban TCKT."],
        signature(["TRƯỞNG BAN"], "{{Người ký}}"),
      ),
    ],
  };
}

/** The cadre's report: a personal document (VI.1), signed by the cadre, issued by no body. */
function cadreReport(final: boolean): TemplateLayout {
  const part = (heading: string, hint: string): Block[] => [
    section(heading),
    p(hint, { italic: true, size: TABLE_SIZE, align: "justify" }),
    ...dots(),
  ];
  const blocks: Block[] = [
    header([], null, "{{Địa danh đơn vị}}, ngày … tháng … năm …"),
    ...title(
      "BÁO CÁO",
      final
        ? "Kết quả đào tạo thực tế tại cơ sở sau khi kết thúc đợt công tác"
        : "Kết quả đào tạo thực tế tại cơ sở {{Kỳ báo cáo}}",
      "(Từ ngày {{Từ ngày}} đến ngày {{Đến ngày}})",
    ),
    addressee("{{Kính gửi}}"),
    bodyP(
      "Thực hiện {{Kế hoạch}} và Quyết định số {{Số quyết định}} của Ban Thường vụ Tỉnh đoàn, tôi là {{Họ và tên}}, {{Chức vụ}}, {{Ban/Văn phòng}} Tỉnh đoàn, được cử đi đào tạo thực tế tại {{Đơn vị tiếp nhận}} ở vị trí {{Vị trí}} từ ngày {{Ngày bắt đầu}} đến ngày {{Ngày kết thúc}}, xin báo cáo kết quả như sau:",
      { spaceAbove: 6 },
    ),
    ...part(
      "I. NHIỆM VỤ ĐƯỢC PHÂN CÔNG",
      "(Nhiệm vụ do tập thể lãnh đạo đơn vị tiếp nhận phân công; các nội dung, phong trào được giao phụ trách.)",
    ),
    ...part(
      "II. NHỮNG ĐÓNG GÓP CỦA BẢN THÂN TẠI CƠ SỞ",
      "(Kết quả tham gia xây dựng chương trình công tác, tổ chức các phong trào của Đoàn và công tác đoàn kết tập hợp thanh niên; phương pháp, kỹ năng công tác được rèn luyện — Mục IV của Kế hoạch.)",
    ),
    ...part(
      "III. NHỮNG VẤN ĐỀ ĐẶT RA TẠI CƠ SỞ CẦN GIẢI QUYẾT",
      "(Khó khăn, hạn chế của tổ chức Đoàn và phong trào thanh thiếu nhi tại đơn vị; tâm tư, nguyện vọng của đoàn viên, thanh niên.)",
    ),
    ...part(
      "IV. ĐỀ XUẤT, KIẾN NGHỊ VỚI THƯỜNG TRỰC TỈNH ĐOÀN VÀ BAN THƯỜNG VỤ TỈNH ĐOÀN",
      "(Mô hình, giải pháp đề nghị thực hiện trong thời gian tới.)",
    ),
  ];
  if (final) {
    blocks.push(
      section("V. VIỆC THỰC HIỆN TRÁCH NHIỆM CỦA CÁN BỘ ĐƯỢC CỬ ĐI (MỤC VI.1 CỦA KẾ HOẠCH)"),
      bodyP(
        "1. Chuyển sinh hoạt Đảng, sinh hoạt Đoàn về cơ sở; tham gia sinh hoạt, đóng đảng phí, đoàn phí: ……………………………………………………",
      ),
      bodyP(
        "2. Chấp hành sự phân công của tập thể lãnh đạo nơi đi thực tế; bảo đảm kỷ luật phát ngôn; tuân thủ nội quy, quy chế của đơn vị, địa phương và cơ quan Tỉnh đoàn: ……………………………………………………",
      ),
      bodyP(
        "3. Quyết toán các khoản kinh phí liên quan đến quá trình đi thực tế: ……………………………………………………",
      ),
    );
  }
  blocks.push(
    footer(
      ["- Như trên;", "- Ban Tổ chức – Kiểm tra Tỉnh đoàn;", "- {{Ban Thường vụ đơn vị}}."],
      signature(["NGƯỜI BÁO CÁO"], "{{Họ và tên}}", "(Ký và ghi rõ họ tên)"),
    ),
  );
  return {
    kind: final ? "finalReport" : "report",
    name: final ? "Mẫu – Báo cáo kết thúc của cán bộ" : "Mẫu – Báo cáo 6 tháng của cán bộ",
    blocks,
  };
}

/**
 * The receiving unit's evaluation (VI.2): issued by its Standing Committee under its own header
 * (the province's union above it), numbered as a report of the unit ("…-BC/HĐTN"), dated at
 * its own place, signed "TM. BAN THƯỜNG VỤ".
 */
function evaluation(): TemplateLayout {
  const part = (heading: string): Block[] => [section(heading), ...dots()];
  return {
    kind: "evaluation",
    name: "Mẫu – Nhận xét của đơn vị tiếp nhận",
    blocks: [
      header(
        issuer("{{Cơ quan cấp trên đơn vị}}", "{{Cơ quan đơn vị}}"),
        "Số: …-BC/{{Ký hiệu đơn vị}}",
        "{{Địa danh đơn vị}}, ngày … tháng … năm …",
      ),
      ...title(
        "BÁO CÁO",
        "Nhận xét, đánh giá cán bộ được cử đi đào tạo thực tế tại cơ sở {{Kỳ báo cáo}}",
        "(Từ ngày {{Từ ngày}} đến ngày {{Đến ngày}})",
      ),
      addressee("{{Kính gửi}}"),
      bodyP(
        "Thực hiện {{Kế hoạch}}, {{Ban Thường vụ đơn vị}} nhận xét, đánh giá đồng chí {{Họ và tên}}, {{Chức vụ}}, {{Ban/Văn phòng}} Tỉnh đoàn, được cử đi đào tạo thực tế tại đơn vị ở vị trí {{Vị trí}} từ ngày {{Ngày bắt đầu}} đến ngày {{Ngày kết thúc}} (Quyết định số {{Số quyết định}} của Ban Thường vụ Tỉnh đoàn), như sau:",
        { spaceAbove: 6 },
      ),
      ...part("1. Nhiệm vụ được phân công"),
      ...part(
        "2. Việc chấp hành sự phân công; phẩm chất chính trị, đạo đức, lối sống, tác phong; kỷ luật phát ngôn",
      ),
      ...part("3. Kết quả thực hiện nhiệm vụ được phân công"),
      section("4. Mức độ hoàn thành nhiệm vụ (đánh dấu một mức)"),
      p("☐ Hoàn thành xuất sắc nhiệm vụ"),
      p("☐ Hoàn thành tốt nhiệm vụ"),
      p("☐ Hoàn thành nhiệm vụ"),
      p("☐ Không hoàn thành nhiệm vụ"),
      ...part("5. Khả năng phát triển của cán bộ"),
      ...part("6. Đề xuất, kiến nghị"),
      footer(
        ["- Như trên;", "- Ban Tổ chức – Kiểm tra Tỉnh đoàn;", "- Lưu VP."],
        signature(["TM. BAN THƯỜNG VỤ", "BÍ THƯ"], "……………………………"),
      ),
    ],
  };
}

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
