/**
 * The two submissions of Ban Tổ chức – Kiểm tra to the Standing Committee (plan VI.3.1): the
 * proposal list (a Tờ trình, TTr, with its annex) and the results summary (a Báo cáo, BC),
 * headed by the department under the province's union and signed by its head.
 */
import {
  addressee,
  bodyP,
  department,
  dots,
  footer,
  header,
  listTable,
  p,
  section,
  signature,
  title,
} from "./blocks";
import { type Block, TABLE_SIZE, type TemplateLayout } from "./style";

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

export function proposal(): TemplateLayout {
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

export function summary(): TemplateLayout {
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
