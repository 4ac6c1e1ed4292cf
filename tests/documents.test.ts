/**
 * The pure document core: placeholders, the Đoàn bodies, the wording, the proposal's selection
 * and its edge cases (a year with three candidates, a year with none, a cadre missing from the
 * roster, a woman who does not meet II.2), the summary's counts, the default templates as data
 * and the Docs API requests that write them, and which templates are untouched defaults.
 */
import { describe, expect, it } from "vitest";
import { mergeLinks } from "../src/app/documents/links";
import { normaliseRequest } from "../src/app/documents/request";
import { type Day, dayOf } from "../src/core/dates";
import { placeOf, provinceUnion, unitBody } from "../src/core/documents/bodies";
import { PLACEHOLDERS } from "../src/core/documents/catalog";
import { guideLayout } from "../src/core/documents/guide";
import {
  defaultTemplate,
  layoutText,
  TEMPLATE_KINDS,
  TEXT_WIDTH_MM,
} from "../src/core/documents/layout";
import {
  type CadreView,
  candidateDay,
  type DocumentSettings,
  type DocumentsInput,
  type DutyView,
  listsOf,
  type PostingView,
  planDocuments,
  postingKey,
} from "../src/core/documents/model";
import {
  fillText,
  placeholderName,
  placeholdersIn,
  planFill,
  Values,
} from "../src/core/documents/placeholders";
import { templateRequests } from "../src/core/documents/requests";
import {
  defaultVersionOf,
  isOutdatedDefault,
  templateFingerprint,
} from "../src/core/documents/versions";
import { citedDate, formalDate } from "../src/core/documents/wording";
import { CONDITION_CODES } from "../src/core/eligibility";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { PROPOSAL_V1_TEXT } from "./fixtures/templates-v1";

const day = (y: number, m: number, d: number) => dayOf(y, m, d);

describe("placeholders", () => {
  it("match names like headers: case, diacritics, NFD and the English alias", () => {
    const v = new Values({ "Họ và tên": "Nguyễn Văn An", "Full name": "Nguyễn Văn An" });
    expect(v.get("{{ho va ten}}")).toBe("Nguyễn Văn An");
    expect(v.get("{{Họ và tên}}".normalize("NFD"))).toBe("Nguyễn Văn An");
    expect(v.get("{{Full name}}")).toBe("Nguyễn Văn An");
    expect(v.get("{{Ngày sinh}}")).toBeUndefined();
  });

  it("a placeholder in capitals gives its value in capitals", () => {
    const v = new Values({ "Kỳ báo cáo": "6 tháng lần 1" });
    expect(fillText("– {{KỲ BÁO CÁO}} – {{Kỳ báo cáo}}", v)).toBe(
      "– 6 THÁNG LẦN 1 – 6 tháng lần 1",
    );
  });

  it("a value never creates a placeholder; unknown placeholders are listed, not filled", () => {
    const v = new Values({ "Họ và tên": "{{Ngày sinh}}" });
    expect(fillText("{{Họ và tên}}", v)).toBe("{ {Ngày sinh} }");
    const plan = planFill(placeholdersIn("{{Họ và tên}} {{Ngày sinh}} {{Họ và tên}}"), v);
    expect(plan.replacements.map((r) => r.placeholder)).toEqual(["{{Họ và tên}}"]);
    expect(plan.unknown).toEqual(["{{Ngày sinh}}"]);
  });
});

describe("dates as Nghị định 30 writes them", () => {
  it("a day below 10 and the months 1 and 2 take a leading zero, the other months do not", () => {
    expect(formalDate(day(2019, 1, 7))).toBe("ngày 07 tháng 01 năm 2019");
    expect(formalDate(day(2018, 5, 14))).toBe("ngày 14 tháng 5 năm 2018");
    expect(formalDate(day(2020, 2, 29))).toBe("ngày 29 tháng 02 năm 2020");
    expect(formalDate(day(2021, 12, 3))).toBe("ngày 03 tháng 12 năm 2021");
    expect(formalDate(day(2021, 3, 10))).toBe("ngày 10 tháng 3 năm 2021");
    // Cited in the text as the plan cites documents.
    expect(citedDate(day(2018, 5, 14))).toBe("14/5/2018");
  });
});

describe("the Đoàn bodies", () => {
  const tayNinh = { issuingBody: "BCH ĐOÀN TỈNH TÂY NINH", place: "Tây Ninh" };

  it("a district-level union: its name, its Standing Committee, its header, place and symbol", () => {
    for (const [unit, type, name, issuer, place, symbol] of [
      [
        "Huyện đoàn Tân Biên",
        "district",
        "Huyện đoàn Tân Biên",
        "BCH HUYỆN TÂN BIÊN",
        "Tân Biên",
        "HĐTN",
      ],
      [
        "Huyện Tân Biên",
        "district",
        "Huyện đoàn Tân Biên",
        "BCH HUYỆN TÂN BIÊN",
        "Tân Biên",
        "HĐTN",
      ],
      [
        "Thị đoàn Trảng Bàng",
        "town",
        "Thị đoàn Trảng Bàng",
        "BCH THỊ XÃ TRẢNG BÀNG",
        "Trảng Bàng",
        "TĐTN",
      ],
      [
        "Thị xã Hòa Thành",
        undefined,
        "Thị đoàn Hòa Thành",
        "BCH THỊ XÃ HÒA THÀNH",
        "Hòa Thành",
        "TĐTN",
      ],
      [
        "Thành phố Tây Ninh",
        "city",
        "Thành đoàn Tây Ninh",
        "BCH THÀNH PHỐ TÂY NINH",
        "Tây Ninh",
        "TĐTN",
      ],
      [
        "Thành đoàn Tây Ninh",
        undefined,
        "Thành đoàn Tây Ninh",
        "BCH THÀNH PHỐ TÂY NINH",
        "Tây Ninh",
        "TĐTN",
      ],
    ] as const) {
      const b = unitBody(unit, type, tayNinh);
      expect([b.name, b.header.issuer, b.place, b.symbol], unit).toEqual([
        name,
        issuer,
        place,
        symbol,
      ]);
      expect(b.standing).toBe(`Ban Thường vụ ${name}`);
      expect(b.header.superior).toBe("TỈNH ĐOÀN TÂY NINH");
    }
  });

  it("an affiliated union keeps its name and writes the province's place", () => {
    const b = unitBody("Đoàn Khối các cơ quan tỉnh", "affiliated", tayNinh);
    expect(b).toEqual({
      name: "Đoàn Khối các cơ quan tỉnh",
      standing: "Ban Thường vụ Đoàn Khối các cơ quan tỉnh",
      header: { superior: "TỈNH ĐOÀN TÂY NINH", issuer: "BCH ĐOÀN KHỐI CÁC CƠ QUAN TỈNH" },
      place: "Tây Ninh",
      symbol: "ĐTN",
    });
    expect(unitBody("Trường Cao đẳng Sư phạm", "affiliated", tayNinh).name).toBe(
      "Đoàn Trường Cao đẳng Sư phạm",
    );
  });

  it("the province's union is named from the issuing body setting", () => {
    expect(provinceUnion(tayNinh)).toBe("TỈNH ĐOÀN TÂY NINH");
    expect(
      provinceUnion({ issuingBody: "BCH ĐOÀN TP. HỒ CHÍ MINH", place: "TP. Hồ Chí Minh" }),
    ).toBe("THÀNH ĐOÀN HỒ CHÍ MINH");
    expect(placeOf("  huyện   Gò Dầu ")).toBe("Gò Dầu");
  });
});

// ------------------------------------------------------------------ the proposal's edge cases

const SETTINGS: DocumentSettings = { ...DEFAULT_SETTINGS };

const PASS = CONDITION_CODES.map((code) => ({ code, outcome: "pass" as const }));

const OVER_AGE = PASS.map((c) => (c.code === "DK-TUOI" ? { ...c, outcome: "fail" as const } : c));

function cadre(id: string, name: string, over: Partial<CadreView> = {}): CadreView {
  return {
    id,
    name,
    department: "Ban Tổ chức - Kiểm tra",
    position: "Chuyên viên",
    plannedTitle: "Phó Trưởng ban",
    group: 2,
    status: "eligible",
    conditions: PASS,
    ...over,
  };
}

function duties(start: Day, done: boolean): DutyView[] {
  const at = (months: number) => day(2019 + Math.floor(months / 12), 1 + (months % 12), 7);
  const d = (code: DutyView["code"], due: Day, n?: number): DutyView => ({
    code,
    ...(n ? { n } : {}),
    due,
    done: done ? due : null,
    state: done ? "done" : "upcoming",
  });
  void start;
  return [d("BC-6T", at(6), 1), d("NX-6T", at(6), 1), d("BC-KT", at(12)), d("NX-KT", at(12))];
}

function posting(
  row: number,
  c: CadreView | undefined,
  start: Day,
  over: Partial<PostingView> = {},
) {
  const p: PostingView = {
    row,
    cadreId: c?.id ?? "CB099",
    unit: "Huyện đoàn Gò Dầu",
    unitType: "district",
    position: "executiveMember",
    decisionNo: "",
    start,
    end: day(2020, 1, 7),
    months: 12,
    status: "valid",
    codes: [],
    review: false,
    duties: duties(start, false),
    completion: "",
    prospects: "",
    ...over,
  };
  if (c) p.cadre = c;
  return p;
}

function input(postings: PostingView[], today = day(2019, 2, 1)): DocumentsInput {
  return { today, settings: SETTINGS, postings, poolByYear: {} };
}

const proposalOf = (i: DocumentsInput, year: number) =>
  planDocuments(i, { year, kinds: ["proposal"] });

describe("the proposal list", () => {
  it("a year with three candidates: the two within the quota proposed, group 1 first; the third in the annex", () => {
    const a = cadre("CB01", "Lê Văn A");
    const b = cadre("CB02", "Lê Văn B", { group: 1 });
    const c = cadre("CB03", "Lê Văn C");
    const i = input([
      posting(2, a, day(2019, 1, 7)),
      posting(3, b, day(2019, 1, 8), { position: "deputySecretary", partyAgreed: true }),
      posting(4, c, day(2019, 1, 9), { status: "invalid", codes: ["SL-2"] }),
    ]);
    const spec = proposalOf(i, 2019).specs[0]!;
    expect(spec.lists!.STT!.map((x) => [x.STT, x["Họ và tên"], x["Ý kiến cấp ủy"]])).toEqual([
      ["1", "Lê Văn B", "Đã thống nhất"],
      ["2", "Lê Văn A", "Không yêu cầu"],
    ]);
    expect(spec.values["Số cán bộ đề xuất"]).toBe("02");
    expect(spec.values["Đề xuất"]).toContain("đề xuất 02 cán bộ");
    expect(spec.lists!["STT phụ lục"]).toEqual([
      expect.objectContaining({
        "STT phụ lục": "1",
        "Cán bộ": "Lê Văn C – Chuyên viên, Ban Tổ chức - Kiểm tra",
        "Lý do": "Vượt quá số lượng tối đa 02 cán bộ/năm theo Mục VI.3.1 của Kế hoạch.",
        "Đề nghị": "Xem xét vào năm sau",
      }),
    ]);
  });

  it("never more than the quota, even when more postings are valid (the quota setting lowered)", () => {
    const i = input([
      posting(2, cadre("CB01", "A"), day(2019, 1, 7)),
      posting(3, cadre("CB02", "B"), day(2019, 1, 8)),
    ]);
    i.settings = { ...SETTINGS, maxPerYear: 1 };
    const spec = proposalOf(i, 2019).specs[0]!;
    expect(spec.lists!.STT).toHaveLength(1);
    expect(spec.lists!["STT phụ lục"]![0]!["Lý do"]).toBe(
      "Vượt quá số lượng tối đa 01 cán bộ/năm theo Mục VI.3.1 của Kế hoạch.",
    );
  });

  it("the quota counts only whom the list proposes: a posting the sheet marks over the quota is proposed when an earlier one cannot be, and the quota is no reason while places are left", () => {
    const i = input([
      posting(2, cadre("CB01", "A"), day(2019, 1, 7)),
      posting(3, cadre("CB02", "B"), day(2019, 1, 8), { status: "invalid", codes: ["TG-Q1"] }),
      posting(4, cadre("CB03", "C"), day(2019, 1, 9), { status: "invalid", codes: ["SL-2"] }),
      posting(
        5,
        cadre("CB04", "D", { status: "notEligible", conditions: OVER_AGE }),
        day(2019, 1, 10),
        {
          status: "invalid",
          codes: ["SL-2"],
        },
      ),
    ]);
    const spec = proposalOf(i, 2019).specs[0]!;
    expect(spec.lists!.STT!.map((x) => x["Họ và tên"])).toEqual(["A", "C"]);
    expect(spec.values["Đề xuất"]).toContain("đề xuất 02 cán bộ");
    const annex = spec.lists!["STT phụ lục"]!;
    expect(annex.map((x) => x["Cán bộ"]!.split(" – ")[0])).toEqual(["B", "D"]);
    for (const x of annex) expect(x["Lý do"]).not.toContain("vượt quá số lượng");
    expect(annex[1]!["Lý do"]).toMatch(/^Quá độ tuổi quy định/);
  });

  it("a year whose postings all fall short says so of those postings, not of the roster, and cites the annex", () => {
    const i = input([
      posting(2, cadre("CB01", "A"), day(2019, 4, 7), { status: "invalid", codes: ["TG-Q1"] }),
    ]);
    const spec = proposalOf(i, 2019).specs[0]!;
    expect(spec.values["Đề xuất"]).toBe(
      "Qua rà soát 01 trường hợp dự kiến cử đi đào tạo thực tế tại cơ sở năm 2019, chưa có trường hợp đủ điều kiện, tiêu chuẩn để đề xuất (lý do tại Phụ lục kèm theo). Ban Tổ chức – Kiểm tra Tỉnh đoàn tiếp tục rà soát, tham mưu bổ sung danh sách theo Mục VI.3.1 của Kế hoạch.",
    );
    expect(spec.values["Ghi chú"]).not.toContain("Ngoài ra");
  });

  it("a year with none: no posting and no eligible cadre makes no document, and the run says so", () => {
    const plan = proposalOf(input([]), 2020);
    expect(plan.specs).toEqual([]);
    expect(plan.skipped[0]!.reason.vi).toBe(
      "Năm 2020 không có đợt cử đi nào và không có cán bộ nào đủ điều kiện: chưa tạo Tờ trình đề xuất.",
    );
  });

  it("a year without postings presents the eligible cadres and asks the Standing Committee to choose at most the quota; an exception awaiting its decision goes to the annex", () => {
    const i = input([]);
    i.poolByYear[2020] = {
      ...candidateDay(null, 1, 2020),
      cadres: [
        cadre("CB01", "Lê Văn A"),
        cadre("CB02", "Lê Văn B", { group: 1 }),
        cadre("CB03", "Lê Văn C"),
        cadre("CB04", "Lê Văn D", { group: "NL", status: "needsDecision", plannedTitle: "" }),
      ],
    };
    const spec = proposalOf(i, 2020).specs[0]!;
    expect(spec.lists!.STT!.map((x) => x["Họ và tên"])).toEqual([
      "Lê Văn B",
      "Lê Văn A",
      "Lê Văn C",
    ]);
    expect(spec.lists!.STT![0]!["Nơi đến, vị trí"]).toBe(
      "Phó Bí thư Đoàn cấp huyện, thành phố (dự kiến)",
    );
    expect(spec.lists!.STT![0]!["Thời gian dự kiến"]).toBe("Từ quý I/2020, 12 tháng");
    expect(spec.lists!.STT![0]!["Ý kiến cấp ủy"]).toBe("Chưa có ý kiến");
    expect(spec.values["Đề xuất"]).toContain(
      "xác định 03 cán bộ đủ điều kiện, tiêu chuẩn cử đi đào tạo thực tế tại cơ sở năm 2020; kính đề nghị Ban Thường vụ Tỉnh đoàn xem xét, lựa chọn tối đa 02 cán bộ",
    );
    expect(spec.values["Ghi chú"]).toBe(
      "Ngoài ra, 01 trường hợp đã được xem xét nhưng chưa đề xuất; lý do tại Phụ lục kèm theo. Điều kiện, tiêu chuẩn của từng cán bộ được xét tại ngày 01/01/2020, ngày đầu quý I năm 2020, thời điểm bắt đầu cử cán bộ đi theo Mục III.2 của Kế hoạch.",
    );
    expect(spec.lists!["STT phụ lục"]![0]!["Đề nghị"]).toBe("Đề nghị Ban Thường vụ xem xét");
    expect(spec.lists!["STT phụ lục"]![0]!["Lý do"]).toContain(
      "Ban Thường vụ Tỉnh đoàn xem xét từng trường hợp cụ thể theo Mục II.1",
    );
  });

  it("a cadre missing from the roster is not named by an ID: the annex says the cadre is not identified", () => {
    const i = input([
      posting(2, undefined, day(2019, 1, 7), { status: "invalid", codes: ["CB-DK"] }),
    ]);
    const row = proposalOf(i, 2019).specs[0]!.lists!["STT phụ lục"]![0]!;
    expect(row["Cán bộ"]).toBe("(Chưa xác định được cán bộ)");
    expect(JSON.stringify(row)).not.toContain("CB099");
    // Nor are forms made for someone the roster does not know; the run says why.
    const forms = planDocuments(i, { year: 2019, kinds: ["reportForms"] });
    expect(forms.specs).toEqual([]);
    expect(forms.skipped[0]!.reason.vi).toContain('Mã CB "CB099" không có trong tab "Cán bộ"');
  });

  it("a woman who fails DK-NU, or a cadre under discipline: the reason names no condition", () => {
    for (const code of ["DK-NU", "DK-KYLUAT", "DK-PHAMCHAT"] as const) {
      const woman = cadre("CB09", "Đỗ Thị Hoa", {
        status: "notEligible",
        conditions: PASS.map((c) => (c.code === code ? { code, outcome: "fail" as const } : c)),
      });
      const i = input([
        posting(2, woman, day(2019, 1, 7), { status: "invalid", codes: ["CB-DK"] }),
      ]);
      const reason = proposalOf(i, 2019).specs[0]!.lists!["STT phụ lục"]![0]!["Lý do"]!;
      expect(reason, code).toBe(
        "Chưa đáp ứng đủ điều kiện, tiêu chuẩn quy định tại Mục II.2 của Kế hoạch (chi tiết do Ban Tổ chức – Kiểm tra Tỉnh đoàn lưu giữ).",
      );
    }
  });

  it("the other conditions and the rules of III are plain sentences citing the plan", () => {
    const old = cadre("CB05", "Lê Văn E", {
      status: "notEligible",
      conditions: PASS.map((c) =>
        c.code === "DK-TUOI" || c.code === "DK-XEPLOAI" ? { ...c, outcome: "fail" as const } : c,
      ),
    });
    const i = input([
      posting(2, old, day(2022, 4, 1), {
        status: "invalid",
        codes: ["CB-DK", "TG-12", "TG-Q1"],
        months: 11,
      }),
    ]);
    const reason = proposalOf(i, 2022).specs[0]!.lists!["STT phụ lục"]![0]!["Lý do"];
    expect(reason).toBe(
      "Quá độ tuổi quy định (không quá 30 tuổi) tại thời điểm cử đi theo Mục II.2 của Kế hoạch; chưa đạt mức hoàn thành tốt nhiệm vụ năm 2021 theo Mục II.2 của Kế hoạch; thời gian dự kiến 11 tháng, chưa đủ thời gian tối thiểu 12 tháng theo Mục III.2 của Kế hoạch; thời điểm bắt đầu dự kiến (01/04/2022) không thuộc quý I theo Mục III.2 của Kế hoạch (quý II).",
    );
  });

  it("a posting over Số tháng tối đa is named in plain words in the annex, without the rule's code", () => {
    const i = input([
      posting(2, cadre("CB05", "Lê Văn E"), day(2022, 1, 7), {
        status: "invalid",
        codes: ["TG-TD"],
        months: 120,
      }),
    ]);
    const reason = proposalOf(i, 2022).specs[0]!.lists!["STT phụ lục"]![0]!["Lý do"];
    expect(reason).toBe(
      "Thời gian dự kiến 120 tháng, vượt quá thời gian tối đa 36 tháng do Ban Tổ chức – Kiểm tra Tỉnh đoàn quy định, cần xác định lại.",
    );
  });

  it("a year outside the plan period is refused, naming the settings", () => {
    const plan = planDocuments(input([posting(2, cadre("CB01", "A"), day(2023, 1, 7))]), {
      year: 2023,
      kinds: ["proposal", "reportForms", "summary"],
    });
    expect(plan.specs).toEqual([]);
    expect(plan.skipped[0]!.reason.vi).toContain(
      'khóa "Năm bắt đầu kế hoạch" và "Năm kết thúc kế hoạch" trong tab "Cấu hình"',
    );
  });
});

describe("the results summary", () => {
  it("reports the unit's assessment, not-yet-begun postings, and counts taken from its own rows", () => {
    const done = posting(2, cadre("CB01", "A"), day(2019, 1, 7), {
      duties: duties(day(2019, 1, 7), true),
      completion: "HTXSNV",
      prospects: "Có triển vọng phát triển",
    });
    const later = posting(3, cadre("CB02", "B"), day(2019, 3, 1), { end: day(2020, 3, 1) });
    const spec = planDocuments(input([done, later], day(2020, 2, 1)), {
      year: 2019,
      kinds: ["summary"],
    }).specs[0]!;
    const rows = spec.lists!.STT!;
    expect(rows[0]!["Đánh giá của đơn vị"]).toBe(
      "Hoàn thành xuất sắc nhiệm vụ; Khả năng phát triển: Có triển vọng phát triển.",
    );
    expect(rows[1]!["Đánh giá của đơn vị"]).toBe("Chưa đến thời điểm đánh giá");
    expect(spec.values["Tình hình chung"]).toContain(
      "Năm 2019 có 02 cán bộ được cử đi đào tạo thực tế tại cơ sở: 01 đã kết thúc đợt công tác, 01 đang thực hiện.",
    );
    const notYet = planDocuments(input([later], day(2019, 2, 1)), {
      year: 2019,
      kinds: ["summary"],
    }).specs[0]!;
    expect(notYet.lists!.STT![0]!["Thực hiện trách nhiệm"]).toBe("Chưa bắt đầu");
    expect(notYet.lists!.STT![0]!["Nơi đến, thời gian"]).toMatch(/\(chưa bắt đầu\)$/);
  });
});

describe("the plan of documents", () => {
  it("postings are selected and linked by Mã CB and start date, whatever their row", () => {
    const i = input([posting(9, cadre("CB01", "A"), day(2019, 1, 7))]);
    const key = postingKey(" cb01 ", day(2019, 1, 7));
    expect(key).toBe(postingKey("CB01", day(2019, 1, 7)));
    const plan = planDocuments(i, { kinds: ["reportForms"], postings: [key] });
    expect(plan.specs.map((s) => [s.posting, s.row, s.template])).toEqual([
      [key, 9, "report"],
      [key, 9, "finalReport"],
    ]);
    expect(planDocuments(i, { kinds: ["reportForms"], postings: [] }).specs).toEqual([]);
  });

  it("a posting without a start date is named, not guessed", () => {
    const plan = planDocuments(input([posting(2, cadre("CB01", "A"), null as unknown as Day)]), {
      year: 2019,
      kinds: ["reportForms"],
    });
    expect(plan.specs).toHaveLength(0);
    expect(plan.skipped[0]!.reason.vi).toContain("Dòng 2");
  });
});

describe("the default templates", () => {
  it("every placeholder they hold is in the guide's catalogue, and the model fills it for that template", () => {
    const i = input([
      posting(2, cadre("CB01", "A"), day(2019, 1, 7), { duties: duties(day(2019, 1, 7), true) }),
    ]);
    const specs = planDocuments(i, {
      year: 2019,
      kinds: ["proposal", "reportForms", "evaluationForms", "summary"],
    }).specs;
    for (const kind of TEMPLATE_KINDS) {
      const spec = specs.find((s) => s.template === kind)!;
      const lists = listsOf(kind);
      for (const ph of placeholdersIn(layoutText(defaultTemplate(kind)))) {
        const name = placeholderName(ph);
        expect(
          PLACEHOLDERS.some((e) => e.name === name),
          `${kind} ${name}`,
        ).toBe(true);
        const list = lists.find((l) => l.isField(ph));
        const values = new Values(list ? spec.lists![list.marker]![0]! : spec.values);
        expect(values.get(ph), `${kind} ${name}`).toBeDefined();
      }
    }
  });

  it("follow the Đoàn's layout: header, kind in capitals, Nơi nhận; the plan's period never fixed text", () => {
    for (const kind of TEMPLATE_KINDS) {
      const t = defaultTemplate(kind);
      const text = layoutText(t);
      expect(text, kind).toContain("ĐOÀN TNCS HỒ CHÍ MINH");
      expect(text, kind).toContain("Nơi nhận:\n- Như trên;");
      expect(t.blocks[0]).toMatchObject({ kind: "table", borders: false });
      expect(text, kind).not.toMatch(/20\d\d|51-KH/);
      for (const b of t.blocks) {
        if (b.kind === "table") {
          expect(
            b.widths.reduce((x, y) => x + y, 0),
            kind,
          ).toBe(TEXT_WIDTH_MM);
          expect(b.widths).toHaveLength(b.rows[0]!.length);
        }
      }
    }
  });

  it("are written in one batchUpdate whose indexes stay valid (last block first, tables at index 2)", () => {
    const requests = templateRequests(defaultTemplate("proposal"));
    expect(requests[0]).toHaveProperty("updateDocumentStyle");
    const tables = requests.filter((r) => "insertTable" in r);
    expect(tables).toHaveLength(4);
    for (const r of requests.filter((x) => "updateTableColumnProperties" in x)) {
      expect(r).toMatchObject({
        updateTableColumnProperties: { tableStartLocation: { index: 2 } },
      });
    }
    const texts = requests.flatMap((r) =>
      "insertText" in r ? [r.insertText as { text: string }] : [],
    );
    // The last paragraph fills the new document's own paragraph (no newline of its own).
    const last = defaultTemplate("proposal").blocks.at(-1)!;
    expect(texts[0]!.text).toBe(last.kind === "p" ? last.text : "");
  });

  it("an untouched default is known as such; an edited one is not, and is never replaced", () => {
    for (const kind of TEMPLATE_KINDS) {
      const text = layoutText(defaultTemplate(kind));
      expect(defaultVersionOf(kind, `\n${text.replace(/\n/g, "\t")}\n`), kind).toBe(2);
      expect(isOutdatedDefault(kind, text), kind).toBe(false);
      expect(defaultVersionOf(kind, `${text} Ban TCKT kính trình.`), kind).toBeUndefined();
    }
    expect(defaultVersionOf("guide", layoutText(guideLayout()))).toBe(2);
    // 0.1.0's proposal template, untouched: an older default a newer one may replace.
    expect(defaultVersionOf("proposal", PROPOSAL_V1_TEXT)).toBe(1);
    expect(isOutdatedDefault("proposal", PROPOSAL_V1_TEXT)).toBe(true);
    expect(isOutdatedDefault("proposal", `${PROPOSAL_V1_TEXT}\nBan TCKT.`)).toBe(false);
    expect(templateFingerprint("a b\nc\t d")).toBe(templateFingerprint("abcd"));
  });
});

describe("small pieces", () => {
  it("link cells and requests", () => {
    expect(
      mergeLinks(
        [
          { label: "Báo cáo 6 tháng lần 1", url: "https://a" },
          { label: "Ghi chú", url: "https://n" },
        ],
        [
          { label: "Báo cáo kết thúc", url: "https://b" },
          { label: "Báo cáo 6 tháng lần 1", url: "https://c" },
        ],
      ),
    ).toEqual([
      { label: "Báo cáo 6 tháng lần 1", url: "https://c" },
      { label: "Ghi chú", url: "https://n" },
      { label: "Báo cáo kết thúc", url: "https://b" },
    ]);
    expect(
      normaliseRequest({ kinds: ["summary", "x"], rows: [1, 3, "4"], onExisting: "replace" }),
    ).toEqual({ kinds: ["summary"], rows: [3, 4], onExisting: "update", ownCopies: false });
  });
});
