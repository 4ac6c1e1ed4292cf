/**
 * The forms of a posting (plan VI.1, VI.2): the cadre's reports, personal documents signed by
 * the cadre and issued by no body, and the receiving unit's evaluation, issued by its Standing
 * Committee under its own header, place and symbol.
 */
import {
  addressee,
  bodyP,
  dots,
  footer,
  header,
  issuer,
  p,
  section,
  signature,
  title,
} from "./blocks";
import { type Block, TABLE_SIZE, type TemplateLayout } from "./style";

/** The cadre's report: a personal document (VI.1), signed by the cadre, issued by no body. */
export function cadreReport(final: boolean): TemplateLayout {
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
export function evaluation(): TemplateLayout {
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
