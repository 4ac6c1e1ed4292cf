/**
 * The "Hướng dẫn sử dụng mẫu" document written into the templates folder beside the templates:
 * what each template is for, how to edit one safely, and every placeholder with its meaning and
 * an example (catalog.ts), laid out like the templates (layout.ts).
 */
import { PLACEHOLDERS } from "./catalog";
import {
  type Block,
  BODY_SIZE,
  defaultTemplate,
  GUIDE_NAME,
  type Para,
  TABLE_SIZE,
  TEMPLATE_KINDS,
  TEMPLATE_VERSION,
  type TemplateKind,
  type TemplateLayout,
} from "./layout";

const p = (text: string, style: Omit<Para, "kind" | "text"> = {}): Para => ({
  kind: "p",
  text,
  ...style,
});
const body = (text: string): Para => p(text, { body: true, align: "justify" });
const heading = (text: string): Para => p(text, { bold: true, spaceAbove: 6 });

/** What each template is for and who signs it. */
const PURPOSE: Record<TemplateKind, string> = {
  proposal:
    "Tờ trình của Ban Tổ chức – Kiểm tra đề xuất danh sách cán bộ đi cơ sở của một năm (Mục VI.3.1), kèm Phụ lục các trường hợp đã xem xét nhưng chưa đề xuất; Trưởng Ban ký.",
  report: "Báo cáo định kỳ 6 tháng của cán bộ gửi Thường trực Tỉnh đoàn (Mục VI.1); cán bộ ký.",
  finalReport:
    "Báo cáo của cán bộ khi kết thúc đợt công tác gửi Ban Thường vụ Tỉnh đoàn, có phần thực hiện trách nhiệm của Mục VI.1; cán bộ ký.",
  evaluation:
    "Báo cáo nhận xét, đánh giá cán bộ của Ban Thường vụ đơn vị tiếp nhận (Mục VI.2), 6 tháng và khi kết thúc; đơn vị ký và đóng dấu.",
  summary:
    "Báo cáo của Ban Tổ chức – Kiểm tra tổng hợp kết quả của cán bộ được cử đi trong năm (Mục VI.3.1); Trưởng Ban ký.",
};

const cell = (text: string, bold = false): Para[] => [p(text, { size: TABLE_SIZE, bold })];

function where(entry: (typeof PLACEHOLDERS)[number]): string {
  if (entry.in === "all") return "Mọi mẫu";
  return entry.in.map((k) => defaultTemplate(k).name.replace(/^Mẫu – /, "")).join("; ");
}

/** The guide, as a layout the template writer writes like any template. */
export function guideLayout(): TemplateLayout {
  const blocks: Block[] = [
    p("HƯỚNG DẪN SỬ DỤNG MẪU VĂN BẢN", { bold: true, align: "center", size: BODY_SIZE }),
    p(`Tiện ích Đi cơ sở – mẫu phiên bản ${TEMPLATE_VERSION}`, { italic: true, align: "center" }),
    p("-----------", { align: "center" }),
    heading("1. Các mẫu trong thư mục này"),
    ...TEMPLATE_KINDS.map((k) => body(`- ${defaultTemplate(k).name}: ${PURPOSE[k]}`)),
    heading("2. Sửa mẫu"),
    body(
      "Có thể sửa mọi mẫu trong Google Tài liệu: câu chữ, định dạng, bảng, nơi nhận. Văn bản tạo sau đó theo mẫu đã sửa. Tiện ích không ghi đè mẫu đã được sửa. Đưa một mẫu vào thùng rác thì lần tạo văn bản sau tiện ích tạo lại mẫu mặc định.",
    ),
    body(
      "Trang được đặt theo Nghị định 30/2020/NĐ-CP: khổ A4, lề trên và dưới 20 mm, lề trái 30 mm, lề phải 15 mm, chữ Times New Roman 13–14; đoạn văn lùi đầu dòng 1,27 cm, cách đoạn 6 pt.",
    ),
    heading("3. Chỗ trống {{…}}"),
    body(
      "Mỗi chỗ trống là một tên đặt giữa hai cặp ngoặc nhọn, ví dụ {{Họ và tên}}; khi tạo văn bản, tiện ích thay bằng dữ liệu tương ứng. Tên không phân biệt chữ hoa, chữ thường, dấu và khoảng trắng thừa. Chỗ trống không có dữ liệu được giữ nguyên và được nêu trong thông báo sau khi tạo văn bản.",
    ),
    body(
      "Chỗ trống viết toàn chữ in hoa thì giá trị cũng được viết in hoa, dùng cho tiêu đề: {{NĂM}} thành 2019, {{KỲ BÁO CÁO}} thành 6 THÁNG LẦN 1, {{ĐƠN VỊ TIẾP NHẬN}} thành HUYỆN ĐOÀN TÂN BIÊN.",
    ),
    heading("4. Dòng lặp lại trong bảng"),
    body(
      'Trong Tờ trình và Báo cáo tổng hợp, dòng bảng chứa {{STT}} được lặp lại cho từng cán bộ; ở Phụ lục của Tờ trình, dòng chứa {{STT phụ lục}} được lặp lại cho từng trường hợp chưa đề xuất. Các chỗ trống khác trong dòng đó nhận giá trị của từng cán bộ. Giữ mỗi dòng lặp lại trong một bảng riêng; không có ai thì bảng có một dòng "Không có".',
    ),
    heading("5. Danh sách chỗ trống"),
    {
      kind: "table",
      borders: true,
      widths: [38, 62, 45, 20],
      rows: [
        [
          cell("Chỗ trống", true),
          cell("Ý nghĩa", true),
          cell("Ví dụ", true),
          cell("Dùng trong", true),
        ],
        ...PLACEHOLDERS.map((e) => [
          cell(`{{${e.name}}}`),
          cell(e.item ? `${e.meaning} (mỗi dòng của danh sách)` : e.meaning),
          cell(e.example),
          cell(where(e)),
        ]),
      ],
    },
  ];
  return { kind: "guide", name: GUIDE_NAME, blocks };
}
