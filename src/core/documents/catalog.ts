/**
 * Every placeholder the templates may hold: its meaning, an example, and the templates that
 * get a value for it. The guide document (guide.ts) is written from this list, and a test checks
 * it against the default templates and against what the model fills.
 */
import type { TemplateKind } from "./layout";

export interface PlaceholderEntry {
  name: string;
  meaning: string;
  example: string;
  /** The templates that fill it; "all" = every template. */
  in: readonly TemplateKind[] | "all";
  /** A per-item field: it takes each item's value in the repeated row of a list. */
  item?: boolean;
}

const FORMS: readonly TemplateKind[] = ["report", "finalReport", "evaluation"];
const DEPARTMENT: readonly TemplateKind[] = ["proposal", "summary"];

export const PLACEHOLDERS: readonly PlaceholderEntry[] = [
  // ---- every template
  {
    name: "Cơ quan ban hành",
    meaning: 'Tên cơ quan ban hành của Tỉnh đoàn (khóa "Cơ quan ban hành" trong Cấu hình)',
    example: "BCH ĐOÀN TỈNH TÂY NINH",
    in: "all",
  },
  {
    name: "Cơ quan cấp trên",
    meaning: "Tên Đoàn cấp tỉnh, dòng trên tên cơ quan của đơn vị cấp huyện",
    example: "TỈNH ĐOÀN TÂY NINH",
    in: "all",
  },
  {
    name: "Địa danh",
    meaning: 'Địa danh của Tỉnh đoàn trước ngày tháng (khóa "Địa danh")',
    example: "Tây Ninh",
    in: "all",
  },
  {
    name: "Ngày tháng năm",
    meaning:
      "Ngày tạo văn bản, viết theo Nghị định 30 (thêm số 0 trước ngày dưới 10 và tháng 1, 2)",
    example: "ngày 07 tháng 01 năm 2019",
    in: "all",
  },
  {
    name: "Ngày số liệu",
    meaning: "Ngày lấy số liệu từ bảng tính",
    example: "15/06/2021",
    in: "all",
  },
  { name: "Năm", meaning: "Năm của văn bản (năm bắt đầu đợt cử đi)", example: "2019", in: "all" },
  {
    name: "Kế hoạch",
    meaning:
      'Trích dẫn đầy đủ kế hoạch (khóa "Số hiệu kế hoạch", "Ngày ban hành kế hoạch", giai đoạn)',
    example:
      "Kế hoạch số 51-KH/TĐTN-TCKT ngày 14/5/2018 của Ban Thường vụ Tỉnh đoàn về cử cán bộ Tỉnh đoàn đi đào tạo thực tế tại cơ sở (giai đoạn 2018 – 2022)",
    in: "all",
  },
  { name: "Số kế hoạch", meaning: "Số, ký hiệu kế hoạch", example: "51-KH/TĐTN-TCKT", in: "all" },
  {
    name: "Ký hiệu Ban",
    meaning: "Ký hiệu của Ban Tổ chức – Kiểm tra (phần sau dấu / của số kế hoạch)",
    example: "TĐTN-TCKT",
    in: "all",
  },
  {
    name: "Năm bắt đầu kế hoạch",
    meaning: 'Năm đầu của giai đoạn (khóa "Năm bắt đầu kế hoạch")',
    example: "2018",
    in: "all",
  },
  {
    name: "Năm kết thúc kế hoạch",
    meaning: 'Năm cuối của giai đoạn (khóa "Năm kết thúc kế hoạch")',
    example: "2022",
    in: "all",
  },
  {
    name: "Số cán bộ tối đa",
    meaning: 'Số cán bộ tối đa mỗi năm (khóa "Số cán bộ tối đa mỗi năm")',
    example: "02",
    in: "all",
  },
  {
    name: "Người ký",
    meaning: 'Họ tên Trưởng Ban Tổ chức – Kiểm tra (khóa "Người ký"); để trống thì là dòng chấm',
    example: "Nguyễn Văn A",
    in: "all",
  },
  // ---- the proposal list
  {
    name: "Đề xuất",
    meaning: "Câu đề xuất, với số cán bộ đúng bằng số dòng của danh sách",
    example:
      "Ban Tổ chức – Kiểm tra Tỉnh đoàn đề xuất 02 cán bộ đủ điều kiện, tiêu chuẩn đi đào tạo thực tế tại cơ sở năm 2019, cụ thể như sau:",
    in: ["proposal"],
  },
  {
    name: "Ghi chú",
    meaning: "Số trường hợp ở Phụ lục và ngày xét điều kiện",
    example:
      "Ngoài ra, 01 trường hợp đã được xem xét nhưng chưa đề xuất; lý do tại Phụ lục kèm theo. Điều kiện, tiêu chuẩn của từng cán bộ được xét tại ngày bắt đầu dự kiến của đợt cử đi.",
    in: ["proposal"],
  },
  { name: "Số cán bộ đề xuất", meaning: "Số cán bộ được đề xuất", example: "02", in: ["proposal"] },
  {
    name: "Số trường hợp chưa đề xuất",
    meaning: "Số trường hợp ở Phụ lục",
    example: "01",
    in: ["proposal"],
  },
  {
    name: "STT",
    meaning: "Số thứ tự; dòng bảng chứa {{STT}} được lặp lại cho từng cán bộ",
    example: "1",
    in: DEPARTMENT,
    item: true,
  },
  {
    name: "Cán bộ",
    meaning: "Họ và tên, chức vụ, đơn vị công tác của cán bộ",
    example: "Nguyễn Văn An – Phó Trưởng ban, Ban Tổ chức - Kiểm tra",
    in: DEPARTMENT,
    item: true,
  },
  {
    name: "Đối tượng, quy hoạch",
    meaning: "Đối tượng (Mục II.1) và chức danh quy hoạch",
    example: "Đối tượng 1; quy hoạch Phó Trưởng ban",
    in: ["proposal"],
    item: true,
  },
  {
    name: "Nơi đến, vị trí",
    meaning: "Đơn vị tiếp nhận và vị trí dự kiến (Mục III.1)",
    example: "Huyện đoàn Tân Biên, Phó Bí thư",
    in: ["proposal"],
    item: true,
  },
  {
    name: "Thời gian dự kiến",
    meaning: "Ngày bắt đầu và số tháng dự kiến (Mục III.2)",
    example: "Từ 15/01/2018, 12 tháng",
    in: ["proposal"],
    item: true,
  },
  {
    name: "Ý kiến cấp ủy",
    meaning: "Ý kiến của cấp ủy địa phương, yêu cầu với đối tượng 1 (Mục III.1)",
    example: "Đã thống nhất",
    in: ["proposal"],
    item: true,
  },
  {
    name: "STT phụ lục",
    meaning: "Số thứ tự ở Phụ lục; dòng chứa {{STT phụ lục}} được lặp lại cho từng trường hợp",
    example: "1",
    in: ["proposal"],
    item: true,
  },
  {
    name: "Nơi đến, thời gian",
    meaning: "Đơn vị, vị trí và thời gian của đợt cử đi",
    example: "Huyện đoàn Bến Cầu, Ủy viên Ban Chấp hành; từ 07/01/2019, 12 tháng",
    in: DEPARTMENT,
    item: true,
  },
  {
    name: "Lý do",
    meaning: "Lý do chưa đề xuất, dẫn mục của kế hoạch; điều kiện nhạy cảm chỉ nêu ở mức chung",
    example: "Vượt quá số lượng tối đa 02 cán bộ/năm theo Mục VI.3.1 của Kế hoạch.",
    in: ["proposal"],
    item: true,
  },
  {
    name: "Đề nghị",
    meaning:
      "Chưa đủ điều kiện / Điều chỉnh phương án cử đi / Đề nghị Ban Thường vụ xem xét / Xem xét vào năm sau",
    example: "Xem xét vào năm sau",
    in: ["proposal"],
    item: true,
  },
  // ---- the results summary
  { name: "Số cán bộ", meaning: "Số cán bộ được cử đi trong năm", example: "03", in: ["summary"] },
  {
    name: "Tình hình chung",
    meaning: "Số cán bộ theo tình trạng, chế độ báo cáo và kết quả đánh giá, đếm từ bảng",
    example:
      "Năm 2018 có 03 cán bộ được cử đi đào tạo thực tế tại cơ sở: 02 đã kết thúc đợt công tác, 01 đang thực hiện.",
    in: ["summary"],
  },
  {
    name: "Thực hiện trách nhiệm",
    meaning: "Báo cáo của cán bộ, nhận xét của đơn vị và các trách nhiệm của cán bộ (Mục VI.1)",
    example: "Báo cáo của cán bộ: đã nộp 02/02. Nhận xét của đơn vị: đã gửi 02/02.",
    in: ["summary"],
    item: true,
  },
  {
    name: "Đánh giá của đơn vị",
    meaning: "Mức độ hoàn thành nhiệm vụ và khả năng phát triển do đơn vị tiếp nhận đánh giá",
    example: "Hoàn thành tốt nhiệm vụ; Khả năng phát triển: Có triển vọng phát triển.",
    in: ["summary"],
    item: true,
  },
  {
    name: "Trách nhiệm của Ban Thường vụ",
    meaning: "Việc trao đổi với cấp ủy địa phương về đánh giá cán bộ đối tượng 1 (Mục VI.2)",
    example: "… đã trao đổi đối với đồng chí Nguyễn Văn An (Huyện đoàn Tân Biên).",
    in: ["summary"],
  },
  // ---- the posting's forms
  {
    name: "Họ và tên",
    meaning: "Họ và tên cán bộ",
    example: "Nguyễn Văn An",
    in: [...FORMS, ...DEPARTMENT],
  },
  {
    name: "Chức vụ",
    meaning: "Chức vụ của cán bộ",
    example: "Phó Trưởng ban",
    in: [...FORMS, ...DEPARTMENT],
  },
  {
    name: "Ban/Văn phòng",
    meaning: "Ban, văn phòng nơi cán bộ công tác",
    example: "Ban Tổ chức - Kiểm tra",
    in: [...FORMS, ...DEPARTMENT],
  },
  {
    name: "Quy hoạch chức danh",
    meaning: "Chức danh quy hoạch",
    example: "Phó Trưởng ban",
    in: [...FORMS, ...DEPARTMENT],
  },
  {
    name: "Đối tượng",
    meaning: "Đối tượng của cán bộ (Mục II.1)",
    example: "Đối tượng 1",
    in: [...FORMS, ...DEPARTMENT],
  },
  {
    name: "Đơn vị tiếp nhận",
    meaning: "Tên Đoàn của đơn vị tiếp nhận",
    example: "Huyện đoàn Tân Biên",
    in: FORMS,
  },
  { name: "Vị trí", meaning: "Vị trí được cử đi", example: "Phó Bí thư", in: FORMS },
  { name: "Ngày bắt đầu", meaning: "Ngày bắt đầu đợt cử đi", example: "15/01/2018", in: FORMS },
  { name: "Ngày kết thúc", meaning: "Ngày kết thúc đợt cử đi", example: "15/01/2019", in: FORMS },
  { name: "Số tháng", meaning: "Số tháng của đợt cử đi", example: "12", in: FORMS },
  {
    name: "Số quyết định",
    meaning: "Số quyết định cử đi của Ban Thường vụ Tỉnh đoàn",
    example: "101-QĐ/TĐTN-TCKT",
    in: FORMS,
  },
  {
    name: "Ban Thường vụ đơn vị",
    meaning: "Ban Thường vụ của đơn vị tiếp nhận",
    example: "Ban Thường vụ Huyện đoàn Tân Biên",
    in: FORMS,
  },
  {
    name: "Cơ quan cấp trên đơn vị",
    meaning: "Dòng trên của tên cơ quan ban hành của đơn vị tiếp nhận",
    example: "TỈNH ĐOÀN TÂY NINH",
    in: FORMS,
  },
  {
    name: "Cơ quan đơn vị",
    meaning: "Tên cơ quan ban hành của đơn vị tiếp nhận",
    example: "BCH HUYỆN TÂN BIÊN",
    in: FORMS,
  },
  {
    name: "Địa danh đơn vị",
    meaning: "Địa danh trước ngày tháng của văn bản do đơn vị tiếp nhận hoặc cán bộ ký",
    example: "Tân Biên",
    in: FORMS,
  },
  {
    name: "Ký hiệu đơn vị",
    meaning: "Ký hiệu cơ quan trong số, ký hiệu văn bản của đơn vị tiếp nhận",
    example: "HĐTN",
    in: FORMS,
  },
  {
    name: "Kỳ báo cáo",
    meaning: "Kỳ của báo cáo, nhận xét",
    example: "6 tháng lần 1",
    in: FORMS,
  },
  { name: "Từ ngày", meaning: "Ngày đầu của kỳ", example: "15/01/2018", in: FORMS },
  { name: "Đến ngày", meaning: "Ngày cuối của kỳ", example: "15/07/2018", in: FORMS },
  {
    name: "Kính gửi",
    meaning: "Nơi nhận chính: Thường trực Tỉnh đoàn (6 tháng), Ban Thường vụ Tỉnh đoàn (kết thúc)",
    example: "Thường trực Tỉnh đoàn",
    in: FORMS,
  },
];
