/**
 * The default templates, as plain data: what the add-on writes into Google Docs the first time,
 * after which the staff own them. The layout follows Quyết định 367-QĐ/TWĐTN-VP (29/10/2013)
 * as the plan 51-KH/TĐTN-TCKT itself shows it: a borderless two-column header (left: issuing
 * body, "***", number and symbol; right: "ĐOÀN TNCS HỒ CHÍ MINH", place and date in italics),
 * the kind and the title in capitals, the body, "Nơi nhận:" bottom left and the signature
 * block bottom right; Times New Roman, 13–14 pt.
 *
 * Who issues what (plan VI.3.1): the proposal (a submission, "Tờ trình", TTr) and the results
 * summary (BC) are the organisation department's, addressed to the Standing Committee, so they
 * are headed by the department under the provincial body and signed by its head ("TRƯỞNG
 * BAN"); the cadre signs the report, the receiving unit's Standing Committee its evaluation.
 */

export type TemplateKind = "proposal" | "report" | "evaluation" | "summary";
export const TEMPLATE_KINDS: readonly TemplateKind[] = [
  "proposal",
  "report",
  "evaluation",
  "summary",
];

export type Align = "left" | "center" | "right" | "justify";

export interface Para {
  kind: "p";
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points; the document's default (13) when absent. */
  size?: number;
  align?: Align;
}

export interface TableBlock {
  kind: "table";
  /** rows → cells → paragraphs of the cell. */
  rows: Para[][][];
  borders: boolean;
}

export type Block = Para | TableBlock;

export interface TemplateLayout {
  kind: TemplateKind;
  /** File name of the template in Drive. */
  name: string;
  blocks: Block[];
}

export const FONT_FAMILY = "Times New Roman";
export const FONT_SIZE = 13;
const TITLE_SIZE = 14;

/** Name of the Drive folder that holds the templates. */
export const TEMPLATE_FOLDER_NAME = "Đi cơ sở – Mẫu văn bản";
/** Name of the Drive folder that holds one sub-folder per year of generated documents. */
export const OUTPUT_FOLDER_NAME = "Đi cơ sở – Văn bản";

/** Shown as the template folder's description in Drive: how the templates work. */
export const TEMPLATE_FOLDER_HELP =
  "Mẫu văn bản của tiện ích Đi cơ sở. Có thể sửa các mẫu này trong Google Tài liệu; tiện ích không bao giờ ghi đè mẫu đã có, chỉ tạo lại mẫu đã bị xóa. " +
  "Chỗ trống {{…}} mang tên cột của bảng tính (ví dụ {{Họ và tên}}, {{Đơn vị tiếp nhận}}) hoặc giá trị tính sẵn ({{Hôm nay}}, {{Năm}}, {{Ngày tháng năm}}, {{Cơ quan ban hành}}, {{Địa danh}}, {{Năm bắt đầu kế hoạch}}, {{Năm kết thúc kế hoạch}}). " +
  "Dòng bảng có {{STT}} được lặp lại cho từng cán bộ trong danh sách.";

const p = (text: string, style: Omit<Para, "kind" | "text"> = {}): Para => ({
  kind: "p",
  text,
  ...style,
});
const blank = (): Para => p("");
const dots = (n = 3): Para[] =>
  Array.from({ length: n }, () => p("…………………………………………………………………………………………"));

/**
 * The two-column header of a document (367-QĐ/TWĐTN-VP): left the issuing body (its lines),
 * "***" and the number and symbol; right "ĐOÀN TNCS HỒ CHÍ MINH" and the place and date.
 */
function header(issuer: Para[], number: string | null, dateLine: string): TableBlock {
  const leftCell = [
    ...issuer,
    p("***", { align: "center" }),
    ...(number ? [p(number, { align: "center" })] : []),
  ];
  const rightCell = [
    p("ĐOÀN TNCS HỒ CHÍ MINH", { bold: true, underline: true, align: "center" }),
    blank(),
    p(dateLine, { italic: true, align: "center" }),
  ];
  return { kind: "table", rows: [[leftCell, rightCell]], borders: false };
}

/** A body that issues in its own name: one bold line ("BCH ĐOÀN TỈNH TÂY NINH"). */
const body = (name: string): Para[] => [p(name, { bold: true, align: "center" })];

/**
 * The organisation department, which proposes the list and compiles the results FOR the
 * Standing Committee (plan VI.3.1): the body it belongs to ({{Cơ quan ban hành}}, the
 * "Cơ quan ban hành" setting) above the department's name, as a department's documents are
 * headed; their symbol is the province's with the department's, "…/TĐTN-TCKT", as the plan's
 * own number 51-KH/TĐTN-TCKT.
 */
const DEPARTMENT = "BAN TỔ CHỨC – KIỂM TRA";
const department = (): Para[] => [
  p("{{Cơ quan ban hành}}", { align: "center" }),
  p(DEPARTMENT, { bold: true, align: "center" }),
];

/**
 * A department is led by its head, who signs in his or her own title: no "TM." (which is for
 * collective bodies: "TM. BAN THƯỜNG VỤ"). The name line is left for the staff to fill.
 */
const DEPARTMENT_SIGNATURE = (): Para[] => [
  p("TRƯỞNG BAN", { bold: true, align: "center" }),
  blank(),
  blank(),
  blank(),
  p("……………………", { bold: true, align: "center" }),
];

/** "Nơi nhận:" bottom left, the signature block bottom right. */
function footer(recipients: string[], signature: Para[]): TableBlock {
  const left = [
    p("Nơi nhận:", { bold: true, italic: true, size: 12 }),
    ...recipients.map((r) => p(r, { size: 11 })),
  ];
  return { kind: "table", rows: [[left, signature]], borders: false };
}

function title(kind: string, ...lines: string[]): Para[] {
  return [
    blank(),
    p(kind, { bold: true, size: TITLE_SIZE, align: "center" }),
    ...lines.map((l) => p(l, { bold: true, size: TITLE_SIZE, align: "center" })),
    p("-----", { align: "center" }),
    blank(),
  ];
}

const cellHead = (text: string): Para[] => [p(text, { bold: true, align: "center", size: 12 })];
const cell = (text: string, align: Align = "left"): Para[] => [p(text, { size: 12, align })];

/**
 * The plan the documents carry out. Its period comes from the settings ("Năm bắt đầu kế
 * hoạch", "Năm kết thúc kế hoạch"); its number and date are plain text of the default
 * templates, which the staff edit in Google Docs when a new plan replaces this one.
 */
const PLAN_REF =
  "Kế hoạch số 51-KH/TĐTN-TCKT ngày 14/5/2018 của Ban Thường vụ Tỉnh đoàn về cử cán bộ Tỉnh đoàn đi đào tạo thực tế tại cơ sở (giai đoạn {{Năm bắt đầu kế hoạch}} – {{Năm kết thúc kế hoạch}})";

function proposal(): TemplateLayout {
  return {
    kind: "proposal",
    name: "Mẫu – Danh sách đề xuất",
    blocks: [
      header(department(), "Số: …-TTr/TĐTN-TCKT", "{{Địa danh}}, {{Ngày tháng năm}}"),
      ...title(
        "TỜ TRÌNH",
        "Về việc đề xuất danh sách cán bộ đi đào tạo thực tế tại cơ sở năm {{Năm}}",
      ),
      p("Kính gửi: Ban Thường vụ Tỉnh đoàn", { align: "center" }),
      blank(),
      p(`Căn cứ ${PLAN_REF};`, { align: "justify" }),
      p(
        "Ban Tổ chức – Kiểm tra Tỉnh đoàn đề xuất {{Số cán bộ}} cán bộ đi đào tạo thực tế tại cơ sở năm {{Năm}}, cụ thể như sau:",
        { align: "justify" },
      ),
      {
        kind: "table",
        borders: true,
        rows: [
          [
            cellHead("STT"),
            cellHead("Họ và tên"),
            cellHead("Đối tượng"),
            cellHead("Chức vụ, đơn vị công tác"),
            cellHead("Dự kiến nơi đến, vị trí"),
            cellHead("Điều kiện (Mục II.2)"),
            cellHead("Kết quả xét"),
          ],
          [
            cell("{{STT}}", "center"),
            cell("{{Họ và tên}} ({{Mã CB}})"),
            cell("{{Đối tượng}}"),
            cell("{{Chức vụ}}, {{Ban/Văn phòng}}"),
            cell("{{Đơn vị tiếp nhận}} – {{Vị trí}}"),
            cell("{{Điều kiện}}"),
            cell("{{Kết quả}}"),
          ],
        ],
      },
      p(
        "Ghi chú: mỗi điều kiện của Mục II.2 được ghi Đạt hoặc Không đạt, xét vào {{Ngày xét điều kiện}}; danh sách không nêu thông tin cá nhân chi tiết.",
        { italic: true, size: 12, align: "justify" },
      ),
      p("Kính trình Ban Thường vụ Tỉnh đoàn xem xét, quyết định./.", { align: "justify" }),
      blank(),
      footer(
        ["- Như trên;", "- Thường trực Tỉnh đoàn;", "- Lưu VP, Ban TCKT."],
        DEPARTMENT_SIGNATURE(),
      ),
    ],
  };
}

function summary(): TemplateLayout {
  return {
    kind: "summary",
    name: "Mẫu – Báo cáo tổng hợp kết quả",
    blocks: [
      header(department(), "Số: …-BC/TĐTN-TCKT", "{{Địa danh}}, {{Ngày tháng năm}}"),
      ...title(
        "BÁO CÁO",
        "TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ CỦA CÁN BỘ ĐƯỢC CỬ ĐI ĐÀO TẠO THỰC TẾ TẠI CƠ SỞ NĂM {{NĂM}}",
      ),
      p("Kính gửi: Ban Thường vụ Tỉnh đoàn", { align: "center" }),
      blank(),
      p(
        `Thực hiện ${PLAN_REF}, Ban Tổ chức – Kiểm tra Tỉnh đoàn tổng hợp kết quả thực hiện nhiệm vụ của {{Số cán bộ}} cán bộ được cử đi đào tạo thực tế tại cơ sở năm {{Năm}} (số liệu đến ngày {{Hôm nay}}) như sau:`,
        { align: "justify" },
      ),
      p("1. Tình hình chung", { bold: true }),
      p("{{Tổng hợp}}", { align: "justify" }),
      p("2. Kết quả của từng cán bộ", { bold: true }),
      {
        kind: "table",
        borders: true,
        rows: [
          [
            cellHead("STT"),
            cellHead("Cán bộ"),
            cellHead("Đơn vị tiếp nhận, vị trí"),
            cellHead("Thời gian"),
            cellHead("Báo cáo, nhận xét"),
            cellHead("Nhiệm vụ khác"),
            cellHead("Tình trạng"),
          ],
          [
            cell("{{STT}}", "center"),
            cell("{{Họ và tên}} ({{Mã CB}})"),
            cell("{{Đơn vị tiếp nhận}} – {{Vị trí}}"),
            cell("{{Ngày bắt đầu}} – {{Ngày kết thúc}}"),
            cell("{{Báo cáo, nhận xét}}"),
            cell("{{Nhiệm vụ khác}}"),
            cell("{{Tình trạng}}"),
          ],
        ],
      },
      p("3. Đề xuất, kiến nghị", { bold: true }),
      ...dots(2),
      p("Ban Tổ chức – Kiểm tra Tỉnh đoàn kính báo cáo Ban Thường vụ Tỉnh đoàn./.", {
        align: "justify",
      }),
      blank(),
      footer(
        ["- Như trên;", "- Thường trực Tỉnh đoàn;", "- Lưu VP, Ban TCKT."],
        DEPARTMENT_SIGNATURE(),
      ),
    ],
  };
}

function report(): TemplateLayout {
  const section = (heading: string, hint: string): Para[] => [
    p(heading, { bold: true }),
    p(hint, { italic: true, size: 12 }),
    ...dots(),
  ];
  return {
    kind: "report",
    name: "Mẫu – Báo cáo của cán bộ",
    blocks: [
      header(body("{{Cơ quan ban hành}}"), null, "{{Địa danh}}, ngày … tháng … năm …"),
      ...title("BÁO CÁO", "KẾT QUẢ ĐÀO TẠO THỰC TẾ TẠI CƠ SỞ – {{KỲ BÁO CÁO}}"),
      p("(Từ ngày {{Từ ngày}} đến ngày {{Đến ngày}})", { italic: true, align: "center" }),
      p("Kính gửi: {{Kính gửi}}", { align: "center" }),
      blank(),
      p("Họ và tên: {{Họ và tên}} (mã cán bộ {{Mã CB}})"),
      p("Chức vụ, đơn vị công tác: {{Chức vụ}}, {{Ban/Văn phòng}}"),
      p(
        "Được cử đào tạo thực tế tại: {{Đơn vị tiếp nhận}}, vị trí {{Vị trí}} (Quyết định số {{Số quyết định}})",
      ),
      p("Thời gian: từ ngày {{Ngày bắt đầu}} đến ngày {{Ngày kết thúc}}"),
      p("Hạn nộp báo cáo: {{Hạn nộp}}", { italic: true }),
      p("Thực hiện Mục VI.1 của Kế hoạch số 51-KH/TĐTN-TCKT, tôi báo cáo như sau:", {
        align: "justify",
      }),
      ...section(
        "I. BẢN THÂN ĐÓNG GÓP ĐƯỢC GÌ",
        "(Công việc được phân công; kết quả tham gia xây dựng chương trình công tác, phong trào của Đoàn tại cơ sở; kỹ năng rèn luyện được.)",
      ),
      ...section(
        "II. NHỮNG VẤN ĐỀ ĐẶT RA TẠI CƠ SỞ CẦN GIẢI QUYẾT",
        "(Khó khăn, hạn chế của tổ chức Đoàn và phong trào thanh thiếu nhi tại đơn vị; tâm tư, nguyện vọng của thanh niên.)",
      ),
      ...section(
        "III. ĐỀ XUẤT, KIẾN NGHỊ VỚI THƯỜNG TRỰC TỈNH ĐOÀN VÀ BAN THƯỜNG VỤ TỈNH ĐOÀN",
        "(Mô hình, giải pháp đề nghị thực hiện trong thời gian tới.)",
      ),
      blank(),
      footer(
        ["- {{Kính gửi}};", "- Ban TCKT Tỉnh đoàn;", "- Lưu."],
        [
          p("NGƯỜI BÁO CÁO", { bold: true, align: "center" }),
          p("(Ký, ghi rõ họ tên)", { italic: true, align: "center", size: 12 }),
          blank(),
          blank(),
          p("{{Họ và tên}}", { bold: true, align: "center" }),
        ],
      ),
    ],
  };
}

function evaluation(): TemplateLayout {
  const section = (heading: string): Para[] => [p(heading, { bold: true }), ...dots()];
  return {
    kind: "evaluation",
    name: "Mẫu – Nhận xét của đơn vị tiếp nhận",
    blocks: [
      header(
        body("{{Cơ quan đơn vị tiếp nhận}}"),
        "Số: …-NX",
        "{{Địa danh}}, ngày … tháng … năm …",
      ),
      ...title(
        "NHẬN XÉT, ĐÁNH GIÁ",
        "CÁN BỘ ĐƯỢC CỬ ĐI ĐÀO TẠO THỰC TẾ TẠI CƠ SỞ – {{KỲ BÁO CÁO}}",
      ),
      p("(Từ ngày {{Từ ngày}} đến ngày {{Đến ngày}})", { italic: true, align: "center" }),
      p("Kính gửi: {{Kính gửi}}", { align: "center" }),
      blank(),
      p(
        "Thực hiện Mục VI.2 của Kế hoạch số 51-KH/TĐTN-TCKT, Ban Thường vụ {{Đơn vị tiếp nhận}} nhận xét, đánh giá đồng chí {{Họ và tên}}, {{Chức vụ}}, {{Ban/Văn phòng}}, được cử về đơn vị ở vị trí {{Vị trí}} từ ngày {{Ngày bắt đầu}} đến ngày {{Ngày kết thúc}} (Quyết định số {{Số quyết định}}), như sau:",
        { align: "justify" },
      ),
      ...section("1. Việc chấp hành sự phân công; phẩm chất, đạo đức, lối sống, tác phong"),
      p("2. Mức độ hoàn thành nhiệm vụ được giao", { bold: true }),
      p("☐ Hoàn thành xuất sắc   ☐ Hoàn thành tốt   ☐ Hoàn thành   ☐ Không hoàn thành"),
      ...dots(2),
      ...section("3. Khả năng phát triển của cán bộ"),
      ...section("4. Đề xuất, kiến nghị"),
      p("Hạn gửi: {{Hạn nộp}}", { italic: true }),
      blank(),
      footer(
        ["- {{Kính gửi}};", "- Ban TCKT Tỉnh đoàn;", "- Lưu."],
        [
          p("TM. BAN THƯỜNG VỤ", { bold: true, align: "center" }),
          p("BÍ THƯ", { bold: true, align: "center" }),
          blank(),
          blank(),
          p("……………………", { bold: true, align: "center" }),
        ],
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
      return report();
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
