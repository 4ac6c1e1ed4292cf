/** The pure document core: placeholders, the plan of documents, the link cells. */
import { describe, expect, it } from "vitest";
import { mergeLinkCell, normaliseRequest } from "../src/app/documents";
import { dayOf } from "../src/core/dates";
import { defaultTemplate, layoutText, TEMPLATE_KINDS } from "../src/core/documents/layout";
import {
  candidateDay,
  type DocumentsInput,
  formalDate,
  keyHash,
  listFieldTest,
  planDocuments,
  postingKey,
  unitIssuingBody,
} from "../src/core/documents/model";
import { fillText, placeholdersIn, planFill, Values } from "../src/core/documents/placeholders";

describe("placeholders", () => {
  it("match names like headers: case, diacritics, NFD and the English alias", () => {
    const v = new Values({ "Họ và tên": "Nguyễn Văn An", "Full name": "Nguyễn Văn An" });
    expect(v.get("{{ho va ten}}")).toBe("Nguyễn Văn An");
    expect(v.get("{{Họ và tên}}".normalize("NFD"))).toBe("Nguyễn Văn An");
    expect(v.get("{{Full name}}")).toBe("Nguyễn Văn An");
    expect(v.get("{{Ngày sinh}}")).toBeUndefined();
  });

  it("a placeholder in capitals gives its value in capitals, codes stay as they are", () => {
    const v = new Values({ "Kỳ báo cáo": "6 tháng lần 1", "DK-TUOI": "Đạt" });
    expect(fillText("– {{KỲ BÁO CÁO}} – {{Kỳ báo cáo}}", v)).toBe(
      "– 6 THÁNG LẦN 1 – 6 tháng lần 1",
    );
    expect(fillText("{{DK-TUOI}}", v)).toBe("Đạt");
  });

  it("a value never creates a placeholder; unknown placeholders are listed, not filled", () => {
    const v = new Values({ "Họ và tên": "{{Ngày sinh}}" });
    expect(fillText("{{Họ và tên}}", v)).toBe("{ {Ngày sinh} }");
    const plan = planFill(placeholdersIn("{{Họ và tên}} {{Ngày sinh}} {{Họ và tên}}"), v);
    expect(plan.replacements.map((r) => r.placeholder)).toEqual(["{{Họ và tên}}"]);
    expect(plan.unknown).toEqual(["{{Ngày sinh}}"]);
  });
});

describe("the default templates", () => {
  it("follow the 367 layout: header, kind in capitals, Nơi nhận, signature", () => {
    for (const kind of TEMPLATE_KINDS) {
      const t = defaultTemplate(kind);
      const text = layoutText(t);
      expect(text, kind).toContain("ĐOÀN TNCS HỒ CHÍ MINH");
      expect(text, kind).toContain("***");
      expect(text, kind).toContain("Nơi nhận:");
      expect(t.blocks[0]).toMatchObject({ kind: "table", borders: false });
      // The plan's period is a placeholder filled from the settings, never fixed text.
      expect(text, kind).not.toMatch(/20\d\d – 20\d\d/);
    }
    for (const kind of ["proposal", "summary"] as const) {
      const text = layoutText(defaultTemplate(kind));
      expect(text, kind).toMatch(/^\{\{Cơ quan ban hành\}\}\nBAN TỔ CHỨC – KIỂM TRA\n\*\*\*\n/);
      expect(text, kind).toContain("TRƯỞNG BAN");
      expect(text, kind).not.toContain("TM. BAN THƯỜNG VỤ");
    }
  });

  it("the list row of the proposal is told apart from the document's own placeholders", () => {
    const isList = listFieldTest("proposal")!;
    expect(isList("{{STT}}")).toBe(true);
    expect(isList("{{Điều kiện}}")).toBe(true);
    expect(isList("{{Năm}}")).toBe(false);
    expect(listFieldTest("report")).toBeUndefined();
  });
});

const day = (y: number, m: number, d: number) => dayOf(y, m, d);

function input(): DocumentsInput {
  return {
    today: day(2019, 1, 10),
    issuingBody: "BCH ĐOÀN TỈNH TÂY NINH",
    placeName: "Tây Ninh",
    planFirstYear: 2018,
    planLastYear: 2022,
    poolByYear: {},
    postings: [
      {
        row: 2,
        cadreId: "CB01",
        cadre: {
          id: "CB01",
          name: "Nguyễn Văn An",
          department: "Ban TCKT",
          position: "Chuyên viên",
          plannedTitle: "Phó Trưởng ban",
          group: "Đối tượng 2",
          status: "Đủ điều kiện",
          conditions: [
            { code: "DK-TUOI", outcome: "pass" },
            { code: "DK-NU", outcome: "notApplicable" },
          ],
        },
        unit: "Huyện Gò Dầu",
        unitType: "Huyện",
        position: "Ủy viên BTV",
        decisionNo: "12-QĐ",
        start: day(2019, 1, 7),
        end: day(2020, 1, 7),
        status: "Hợp lệ",
        codes: [],
        duties: [
          {
            code: "BC-6T",
            n: 1,
            label: "Báo cáo 6 tháng lần 1",
            due: day(2019, 7, 7),
            done: null,
            state: "upcoming",
          },
          {
            code: "BC-KT",
            label: "Báo cáo kết thúc",
            due: day(2020, 1, 7),
            done: null,
            state: "upcoming",
          },
        ],
      },
    ],
  };
}

describe("the plan of documents", () => {
  it("names files after the year, the cadre and the report, with stable keys", () => {
    const plan = planDocuments(input(), { kinds: ["proposal", "reportForms", "summary"] });
    expect(plan.specs.map((s) => s.title)).toEqual([
      "2019 – Danh sách đề xuất",
      "2019 – CB01 Nguyễn Văn An – Báo cáo 6 tháng lần 1",
      "2019 – CB01 Nguyễn Văn An – Báo cáo kết thúc",
      "2019 – Báo cáo tổng hợp kết quả",
    ]);
    const again = planDocuments(input(), { kinds: ["proposal", "reportForms", "summary"] });
    expect(again.specs.map((s) => s.key)).toEqual(plan.specs.map((s) => s.key));
    expect(new Set(plan.specs.map((s) => keyHash(s.key))).size).toBe(4);
  });

  it("proposal items: each condition as Đạt / Không áp dụng, no raw data", () => {
    const [proposal] = planDocuments(input(), { kinds: ["proposal"] }).specs;
    expect(proposal!.items![0]).toMatchObject({
      STT: "1",
      "DK-TUOI": "Đạt",
      "DK-NU": "Không áp dụng",
      "Kết quả": "Đủ điều kiện",
    });
    expect(Object.keys(proposal!.items![0]!).join(" ")).not.toMatch(/Ngày sinh|mang thai|Xếp loại/);
  });

  it("a year without postings lists the roster's candidates of that year", () => {
    const i = input();
    i.poolByYear[2020] = {
      ...candidateDay(null, 1, 2020),
      cadres: [{ ...i.postings[0]!.cadre!, id: "CB09", name: "Lê Thị Hoa" }],
    };
    const [proposal] = planDocuments(i, { year: 2020, kinds: ["proposal"] }).specs;
    expect(proposal!.items!.map((x) => x["Họ và tên"])).toEqual(["Lê Thị Hoa"]);
  });

  it("the note says on which day the conditions were checked", () => {
    const note = (i: DocumentsInput, year: number) =>
      fillText(
        "xét vào {{Ngày xét điều kiện}}",
        new Values(planDocuments(i, { year, kinds: ["proposal"] }).specs[0]!.values),
      );
    expect(note(input(), 2019)).toBe("xét vào ngày bắt đầu của từng đợt cử đi");
    const i = input();
    i.poolByYear[2020] = { ...candidateDay(null, 2, 2020), cadres: [] };
    expect(note(i, 2020)).toBe(
      "xét vào ngày 01/04/2020, ngày đầu quý II năm 2020 (Quý bắt đầu trong tab Cấu hình, Mục III.2)",
    );
    i.poolByYear[2020] = { ...candidateDay(day(2019, 12, 15), 2, 2020), cadres: [] };
    expect(note(i, 2020)).toBe("xét vào ngày 15/12/2019 (Ngày xét trong tab Cấu hình)");
  });

  it("a year's candidates are checked on Ngày xét, else on day 1 of the start quarter", () => {
    expect(candidateDay(null, 1, 2024)).toEqual({ on: day(2024, 1, 1), from: "startQuarter" });
    expect(candidateDay(null, 3, 2024)).toEqual({ on: day(2024, 7, 1), from: "startQuarter" });
    expect(candidateDay(day(2023, 11, 20), 3, 2024)).toEqual({
      on: day(2023, 11, 20),
      from: "setting",
    });
  });

  it("postings are selected and linked by Mã CB and start date, whatever their row", () => {
    const i = input();
    i.postings[0]!.row = 9; // the row moved since the selection
    const key = postingKey(" cb01 ", day(2019, 1, 7));
    expect(key).toBe(postingKey("CB01", day(2019, 1, 7)));
    const plan = planDocuments(i, { kinds: ["reportForms"], postings: [key] });
    expect(plan.specs.map((s) => [s.posting, s.row])).toEqual([
      [key, 9],
      [key, 9],
    ]);
    expect(planDocuments(i, { kinds: ["reportForms"], postings: [] }).specs).toEqual([]);
  });

  it("a posting without a start date is named, not guessed", () => {
    const i = input();
    i.postings[0]!.start = null;
    const plan = planDocuments(i, { year: 2019, kinds: ["reportForms"] });
    expect(plan.specs).toHaveLength(0);
    expect(plan.skipped[0]!.reason.vi).toContain("Dòng 2");
  });
});

describe("small pieces", () => {
  it("formal dates, unit names as issuing bodies, link cells, requests", () => {
    expect(formalDate(day(2018, 5, 14))).toBe("ngày 14 tháng 5 năm 2018");
    expect(unitIssuingBody("Huyện Gò Dầu")).toBe("BCH ĐOÀN HUYỆN GÒ DẦU");
    expect(unitIssuingBody("Đoàn Khối các cơ quan tỉnh")).toBe("ĐOÀN KHỐI CÁC CƠ QUAN TỈNH");
    expect(
      mergeLinkCell("Báo cáo 6 tháng lần 1: https://a\nghi chú", [
        { label: "Báo cáo kết thúc", url: "https://b" },
        { label: "Báo cáo 6 tháng lần 1", url: "https://c" },
      ]),
    ).toBe("Báo cáo 6 tháng lần 1: https://c\nBáo cáo kết thúc: https://b");
    expect(
      normaliseRequest({ kinds: ["summary", "x"], rows: [1, 3, "4"], onExisting: "replace" }),
    ).toEqual({ kinds: ["summary"], rows: [3, 4], onExisting: "update" });
  });
});
