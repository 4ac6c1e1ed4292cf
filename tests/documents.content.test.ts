/**
 * What the generated documents say and look like, one block per rule of the documents (the
 * built bundle in the local runtime, on the sample workbook, today 15/06/2021): the proposal
 * list proposes only what the plan allows; documents speak plain official Vietnamese; the Đoàn
 * bodies and places come from the data; the page, fonts, paragraphs and tables are set in the
 * Google Doc itself (read back with Docs.Documents.get); the forms; the results summary; the
 * templates a clerk can edit.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PLACEHOLDERS } from "../src/core/documents/catalog";
import {
  defaultTemplate,
  GUIDE_NAME,
  layoutText,
  PAGE,
  PT_PER_MM,
  TEMPLATE_KINDS,
  TEXT_WIDTH_MM,
} from "../src/core/documents/layout";
import { placeholderName, placeholdersIn } from "../src/core/documents/placeholders";
import type { GenerateResult } from "../src/shared/documents";
import { writeDocumentsHtml } from "../tools/demo/documents-html";
import { buildSampleModel } from "../tools/demo/sample";
import { DOC_MIME, type DriveStore, driveStoreOf } from "../tools/gas-runtime/drive-app";
import { createRuntime, type Runtime } from "../tools/gas-runtime/index";
import { distDir } from "./support/bundle";
import { setSetting } from "./support/settings";

const NOW = Date.UTC(2021, 5, 15, 3, 30);
const ALL = ["proposal", "reportForms", "evaluationForms", "summary"];

function setup(): { rt: Runtime; drive: DriveStore } {
  const rt = createRuntime({ now: NOW, spreadsheet: buildSampleModel() });
  rt.load(distDir());
  rt.loadSource("function readDocument(id) { return Docs.Documents.get(id); }");
  rt.open("FULL");
  return { rt, drive: driveStoreOf(rt.internals) };
}

const generate = (rt: Runtime, request: object) =>
  rt.run<GenerateResult>("documentsGenerate", request);

function byName(drive: DriveStore, name: string) {
  const found = drive.byName(name).filter((f) => !f.trashed);
  expect(found, name).toHaveLength(1);
  return found[0]!;
}
const textOf = (drive: DriveStore, name: string) => drive.docText(byName(drive, name).id);
const generated = (drive: DriveStore) =>
  [...drive.files.values()].filter(
    (f) => f.mimeType === DOC_MIME && !f.trashed && /^\d{4} – /.test(f.name),
  );

/** The rows of the n-th bordered table of a document, each row as its cells' texts. */
function tableRows(drive: DriveStore, name: string, n = 0): string[][] {
  const doc = drive.docs.get(byName(drive, name).id)!;
  const tables = doc.body.filter((c) => c.type === "TABLE" && c.borderWidth > 0);
  const table = tables[n];
  if (table?.type !== "TABLE") return [];
  return table.rows.map((r) => r.cells.map((c) => c.children.map((p) => p.text).join("\n")));
}

// One run over every year: the documents below are all made once.
const { rt, drive } = setup();
const run = generate(rt, { kinds: ALL, onExisting: "skip" });

describe("1. The proposal list proposes only what the plan allows", () => {
  it("2018, a year with three candidates: the two valid ones (the quota), group 1 first; the third in the annex with the plan's reason", () => {
    const rows = tableRows(drive, "2018 – Danh sách đề xuất");
    expect(rows[0]).toEqual([
      "STT",
      "Họ và tên, chức vụ, đơn vị công tác",
      "Đối tượng, chức danh quy hoạch (Mục II.1)",
      "Đơn vị tiếp nhận, vị trí (Mục III.1)",
      "Thời gian dự kiến (Mục III.2)",
      "Ý kiến cấp ủy địa phương",
    ]);
    expect(rows.slice(1)).toEqual([
      [
        "1",
        "Nguyễn Văn An – Phó Trưởng ban, Ban Tổ chức - Kiểm tra",
        "Đối tượng 1; quy hoạch Trưởng ban",
        "Huyện đoàn Tân Biên, Phó Bí thư",
        "Từ 15/01/2018, 12 tháng",
        "Đã thống nhất",
      ],
      [
        "2",
        "Trần Thị Bình – Chuyên viên, Ban Tổ chức - Kiểm tra",
        "Đối tượng 2; quy hoạch Phó Chánh Văn phòng",
        "Thành đoàn Tây Ninh, Ủy viên Ban Thường vụ",
        "Từ 01/03/2018, 18 tháng",
        "Không yêu cầu",
      ],
    ]);
    const text = textOf(drive, "2018 – Danh sách đề xuất");
    // The number the text states is the table's.
    expect(text).toContain("Ban Tổ chức – Kiểm tra Tỉnh đoàn đề xuất 02 cán bộ");
    expect(text).toContain("Ngoài ra, 01 trường hợp đã được xem xét nhưng chưa đề xuất");
    const annex = tableRows(drive, "2018 – Danh sách đề xuất", 1);
    expect(annex.slice(1)).toEqual([
      [
        "1",
        "Phạm Minh Dũng – Phó Trưởng ban, Ban Tổ chức - Kiểm tra",
        "Huyện đoàn Châu Thành, Phó Bí thư; từ 31/03/2018, 12 tháng",
        "Vượt quá số lượng tối đa 02 cán bộ/năm theo Mục VI.3.1 của Kế hoạch.",
        "Xem xét vào năm sau",
      ],
    ]);
  });

  it("2021, a year with none to propose: the table says so, the annex gives each reason — an unknown cadre, a woman who does not yet meet II.2, a group-1 cadre at the wrong place", () => {
    const rows = tableRows(drive, "2021 – Danh sách đề xuất");
    expect(rows.slice(1)).toEqual([["", "Không có", "", "", "", ""]]);
    const text = textOf(drive, "2021 – Danh sách đề xuất");
    // It speaks of the postings looked at, not of the whole roster, and counts the annex's rows.
    expect(text).toContain(
      "Qua rà soát 03 trường hợp dự kiến cử đi đào tạo thực tế tại cơ sở năm 2021, chưa có trường hợp đủ điều kiện, tiêu chuẩn để đề xuất (lý do tại Phụ lục kèm theo).",
    );
    expect(text).not.toMatch(/đề xuất 00 cán bộ|Ngoài ra/);
    const annex = tableRows(drive, "2021 – Danh sách đề xuất", 1).slice(1);
    expect(annex.map((r) => r[1])).toEqual([
      "(Chưa xác định được cán bộ)",
      "Đỗ Thị Hoa – Chuyên viên, Ban Tổ chức - Kiểm tra",
      "Nguyễn Văn An – Phó Trưởng ban, Ban Tổ chức - Kiểm tra",
    ]);
    expect(annex[0]![3]).toMatch(/^Chưa xác định được cán bộ trong danh sách cán bộ/);
    // The woman's reason names no condition: II.2, the details kept by the department.
    expect(annex[1]![3]).toBe(
      "Chưa đáp ứng đủ điều kiện, tiêu chuẩn quy định tại Mục II.2 của Kế hoạch (chi tiết do Ban Tổ chức – Kiểm tra Tỉnh đoàn lưu giữ).",
    );
    expect(annex[2]![3]).toContain(
      "đối tượng 1 được cử về Đoàn cấp huyện, thành phố, không cử về đoàn trực thuộc theo Mục III.1 của Kế hoạch",
    );
    expect(annex[2]![3]).toContain("cấp ủy địa phương chưa thống nhất theo Mục III.1");
    // Nobody is proposed, so the quota keeps nobody out: it is no reason here.
    expect(annex.map((r) => r[3]).join(" ")).not.toContain("vượt quá số lượng");
    expect(annex.map((r) => r[4])).toEqual([
      "Chưa đủ điều kiện",
      "Chưa đủ điều kiện",
      // He meets every condition; where he would go breaks III.1.
      "Điều chỉnh phương án cử đi",
    ]);
  });

  it("2020: an exception with the Standing Committee's decision is proposed as such; a group-2 cadre as Phó Bí thư is not", () => {
    const rows = tableRows(drive, "2020 – Danh sách đề xuất").slice(1);
    expect(rows.map((r) => r[1]!.split(" – ")[0])).toEqual(["Quách Thị Xuân"]);
    expect(rows[0]![2]).toMatch(/^Trường hợp ngoại lệ/);
    const annex = tableRows(drive, "2020 – Danh sách đề xuất", 1).slice(1);
    expect(annex[0]![3]).toBe(
      "Đối tượng 2 được cử đi ở vị trí Ủy viên Ban Thường vụ hoặc Ủy viên Ban Chấp hành theo Mục III.1 của Kế hoạch, vị trí dự kiến là Phó Bí thư.",
    );
    // The cadre is not said to fall short: the posting is to be changed.
    expect(annex[0]![4]).toBe("Điều chỉnh phương án cử đi");
  });

  it("a year outside the plan period is refused, and the message names the settings", () => {
    expect(run.message).toContain(
      'Năm 2017 nằm ngoài giai đoạn của kế hoạch (2018 – 2022, khóa "Năm bắt đầu kế hoạch" và "Năm kết thúc kế hoạch" trong tab "Cấu hình")',
    );
    expect(run.message).toContain("Năm 2023 nằm ngoài giai đoạn");
    expect(drive.byName("2017 – Danh sách đề xuất")).toHaveLength(0);
    expect(generated(drive).some((f) => /^(2017|2023) /.test(f.name))).toBe(false);
    const { rt: other, drive: otherDrive } = setup();
    const refused = generate(other, { year: 2023, kinds: ["proposal"], onExisting: "skip" });
    expect(refused.created).toBe(0);
    expect(refused.message).toContain('"Năm kết thúc kế hoạch"');
    expect(generated(otherDrive)).toHaveLength(0);
  });
});

/** Words a document never holds: rule codes, the sheet's words, IDs, computed deadlines. */
const SOFTWARE_WORDS = [
  /\b(?:DK|DT|VT|TG|SL|CB|BC|NX|TD|SH|QT|MA|HO)-[A-Z0-9]+\b/,
  /\[[A-Z]/,
  /\btab\b/i,
  /\bcột\b/i,
  /\bô "/,
  /\bdòng \d/i,
  /mã cán bộ|Mã CB/i,
  /\bCB\d{3}\b/,
  /Hạn nộp|Hạn gửi|hạn \d{2}\/\d{2}/i,
  /\bxong\b/,
  /việc chưa làm/,
  /Cấu hình|Ngày xét/,
];

describe("2. Plain official Vietnamese in every document", () => {
  it("no rule code, no spreadsheet word, no internal ID, no computed deadline, no placeholder left", () => {
    const all = generated(drive);
    expect(all.length).toBeGreaterThan(50);
    for (const f of all) {
      const text = drive.docText(f.id);
      for (const w of SOFTWARE_WORDS) expect(text, `${f.name}: ${w}`).not.toMatch(w);
      expect(text, f.name).not.toMatch(/\{\{/);
    }
  });

  it("no count reads 00, in a document or in the guide's examples: what there is none of is left out or said in words", () => {
    const guide = byName(drive, GUIDE_NAME);
    for (const f of [...generated(drive), guide]) {
      expect(drive.docText(f.id), f.name).not.toMatch(/(?<![\d/])00(?![\d/])/);
    }
  });

  it("the lists never name a sensitive condition: no pregnancy, child, discipline or standing", () => {
    for (const f of generated(drive).filter((d) => /Danh sách|tổng hợp/.test(d.name))) {
      const text = drive.docText(f.id).toLocaleLowerCase("vi");
      for (const w of ["mang thai", "con nhỏ", "nuôi con", "kỷ luật", "phẩm chất", "không đạt"]) {
        expect(text, `${f.name}: ${w}`).not.toContain(w);
      }
    }
  });
});

describe("3. The Đoàn bodies and places come from the data", () => {
  it("a Huyện đoàn's evaluation: its header under the province's union, its symbol, its place, its Standing Committee", () => {
    const text = textOf(drive, "2018 – CB001 Nguyễn Văn An – Nhận xét kết thúc");
    expect(text).toMatch(
      /^\nTỈNH ĐOÀN TÂY NINH\nBCH HUYỆN TÂN BIÊN\n\*\*\*\nSố: …-BC\/HĐTN\tĐOÀN TNCS HỒ CHÍ MINH\n\nTân Biên, ngày … tháng … năm …\n/,
    );
    expect(text).toContain("Ban Thường vụ Huyện đoàn Tân Biên nhận xét, đánh giá đồng chí");
    expect(text).not.toContain("Ban Thường vụ Huyện Tân Biên");
  });

  it("the Thành đoàn, a Thị đoàn and a Đoàn Khối each head and place their documents their way", () => {
    const city = textOf(drive, "2018 – CB002 Trần Thị Bình – Nhận xét kết thúc");
    expect(city).toContain("BCH THÀNH PHỐ TÂY NINH\n***\nSố: …-BC/TĐTN");
    expect(city).toContain("Tây Ninh, ngày … tháng … năm …");
    expect(city).toContain("Ban Thường vụ Thành đoàn Tây Ninh nhận xét");
    const town = textOf(drive, "2022 – CB006 Huỳnh Văn Phúc – Nhận xét kết thúc");
    expect(town).toContain("BCH THỊ XÃ HÒA THÀNH\n***\nSố: …-BC/TĐTN");
    expect(town).toContain("Hòa Thành, ngày … tháng … năm …");
    expect(town).toContain("Ban Thường vụ Thị đoàn Hòa Thành nhận xét");
    const bloc = textOf(drive, "2019 – CB007 Đặng Thị Giang – Nhận xét kết thúc");
    expect(bloc).toContain("BCH ĐOÀN KHỐI CÁC CƠ QUAN TỈNH\n***\nSố: …-BC/ĐTN");
    expect(bloc).toContain("Tây Ninh, ngày … tháng … năm …");
    expect(bloc).toContain("Ban Thường vụ Đoàn Khối các cơ quan tỉnh nhận xét");
  });

  it("the cadre writes his report from the unit's place, and the department's documents from the province's", () => {
    expect(textOf(drive, "2018 – CB001 Nguyễn Văn An – Báo cáo kết thúc")).toContain(
      "Tân Biên, ngày … tháng … năm …",
    );
    expect(textOf(drive, "2019 – Danh sách đề xuất")).toContain(
      "Tây Ninh, ngày 15 tháng 6 năm 2021",
    );
  });

  it("the sample's units are Tây Ninh's Đoàn bodies", () => {
    const units = rt.spreadsheet
      .sheet("Đơn vị")!
      .values()
      .slice(1)
      .map((r) => r[0]);
    expect(units).toEqual([
      "Thành đoàn Tây Ninh",
      "Huyện đoàn Tân Biên",
      "Huyện đoàn Tân Châu",
      "Huyện đoàn Dương Minh Châu",
      "Huyện đoàn Châu Thành",
      "Thị đoàn Hòa Thành",
      "Huyện đoàn Gò Dầu",
      "Huyện đoàn Bến Cầu",
      "Thị đoàn Trảng Bàng",
      "Đoàn Khối các cơ quan tỉnh",
      "Đoàn Khối doanh nghiệp tỉnh",
    ]);
  });
});

interface DocsJson {
  documentStyle: Record<string, { magnitude: number } | Record<string, { magnitude: number }>>;
  body: { content: DocsElement[] };
}
interface DocsElement {
  paragraph?: {
    elements: { textRun?: { content: string; textStyle: Record<string, unknown> } }[];
    paragraphStyle: Record<string, unknown>;
  };
  table?: {
    tableRows: { tableCells: { content: DocsElement[] }[] }[];
    tableStyle: { tableColumnProperties: { widthType: string; width?: { magnitude: number } }[] };
  };
}

/** Every paragraph of a documents.get answer, tables included, with its text and styles. */
function paragraphsOf(content: readonly DocsElement[]) {
  const out: { text: string; text_: Record<string, unknown>; para: Record<string, unknown> }[] = [];
  for (const e of content) {
    if (e.paragraph) {
      const run = e.paragraph.elements[0]?.textRun;
      out.push({
        text: (run?.content ?? "").replace(/\n$/, ""),
        text_: run?.textStyle ?? {},
        para: e.paragraph.paragraphStyle,
      });
    }
    for (const row of e.table?.tableRows ?? [])
      for (const cell of row.tableCells) out.push(...paragraphsOf(cell.content));
  }
  return out;
}

const mm = (pt: number) => Math.round((pt / PT_PER_MM) * 10) / 10;

describe("4. The layout is set in the Google Doc itself (Nghị định 30/2020, Phụ lục I)", () => {
  const read = (name: string) => rt.run<DocsJson>("readDocument", byName(drive, name).id);

  it("every document and template is A4 with margins 20 / 20 / 30 / 15 mm", () => {
    const all = [...drive.files.values()].filter((f) => f.mimeType === DOC_MIME && !f.trashed);
    expect(all.length).toBeGreaterThan(55);
    for (const f of all) {
      const style = rt.run<DocsJson>("readDocument", f.id).documentStyle as Record<
        string,
        { magnitude: number; width?: { magnitude: number }; height?: { magnitude: number } }
      >;
      expect(mm(style.pageSize!.width!.magnitude), f.name).toBe(210);
      expect(mm(style.pageSize!.height!.magnitude), f.name).toBe(297);
      expect(
        [style.marginTop!, style.marginBottom!, style.marginLeft!, style.marginRight!].map((d) =>
          mm(d.magnitude),
        ),
        f.name,
      ).toEqual([PAGE.marginTopMm, PAGE.marginBottomMm, PAGE.marginLeftMm, PAGE.marginRightMm]);
    }
  });

  it("Times New Roman throughout, 13–14 pt but for the Nơi nhận block (12 and 11 pt) and the 1 pt line before the header", () => {
    for (const name of [
      "2019 – Danh sách đề xuất",
      "2019 – Báo cáo tổng hợp kết quả",
      "2019 – CB007 Đặng Thị Giang – Báo cáo kết thúc",
      "2019 – CB007 Đặng Thị Giang – Nhận xét 6 tháng lần 1",
    ]) {
      const paras = paragraphsOf(read(name).body.content);
      const receivers = paras.findIndex((p) => p.text === "Nơi nhận:");
      expect(receivers, name).toBeGreaterThan(0);
      paras.forEach((p, i) => {
        const size = (p.text_.fontSize as { magnitude: number }).magnitude;
        expect(p.text_.weightedFontFamily, `${name}: ${p.text}`).toEqual({
          fontFamily: "Times New Roman",
          weight: 400,
        });
        if (i === 0) expect(size).toBe(1);
        else if (p.text === "Nơi nhận:") {
          expect([size, p.text_.bold, p.text_.italic]).toEqual([12, true, true]);
        } else if (p.text.startsWith("- ") && i > receivers && i < receivers + 5) {
          expect(size, p.text).toBe(11);
        } else expect([13, 14], `${name}: ${p.text} ${size}`).toContain(size);
      });
    }
  });

  it("body paragraphs are justified, indented 1.27 cm on the first line, 6 pt apart", () => {
    const paras = paragraphsOf(read("2019 – Danh sách đề xuất").body.content);
    const basis = paras.find((p) => p.text.startsWith("Căn cứ Kế hoạch số"))!;
    expect(basis.para).toMatchObject({
      alignment: "JUSTIFIED",
      indentFirstLine: { magnitude: 36, unit: "PT" },
      spaceBelow: { magnitude: 6, unit: "PT" },
      lineSpacing: 115,
    });
    const annex = paras.find((p) => p.text === "PHỤ LỤC")!;
    expect(annex.para.pageBreakBefore).toBe(true);
  });

  it("tables fit the portrait width, their columns sized by content: STT narrow, at most six columns", () => {
    for (const name of ["2019 – Danh sách đề xuất", "2019 – Báo cáo tổng hợp kết quả"]) {
      const tables = read(name).body.content.filter((e) => e.table);
      expect(tables.length, name).toBeGreaterThanOrEqual(3);
      for (const t of tables) {
        const widths = t.table!.tableStyle.tableColumnProperties.map((c) => {
          expect(c.widthType).toBe("FIXED_WIDTH");
          return mm(c.width!.magnitude);
        });
        expect(widths.length).toBeLessThanOrEqual(6);
        expect(Math.round(widths.reduce((a, b) => a + b, 0))).toBe(TEXT_WIDTH_MM);
      }
      const list = tables.find(
        (t) =>
          t.table!.tableRows[0]!.tableCells[0]!.content[0]!.paragraph!.elements[0]!.textRun!
            .content === "STT\n",
      )!;
      const widths = list.table!.tableStyle.tableColumnProperties.map((c) => c.width!.magnitude);
      expect(widths[0]).toBe(Math.min(...widths));
      expect(mm(widths[0]!)).toBeLessThanOrEqual(10);
    }
  });

  it("the date line has its leading zeros as the decree asks, the Nơi nhận block starts with Như trên and ends with Lưu", () => {
    const text = textOf(drive, "2019 – Báo cáo tổng hợp kết quả");
    expect(text).toContain("Tây Ninh, ngày 15 tháng 6 năm 2021");
    expect(text).toContain("Nơi nhận:\n- Như trên;\n- Thường trực Tỉnh đoàn;\n- Lưu VP, Ban TCKT.");
    const evaluation = textOf(drive, "2019 – CB014 Trịnh Thị Oanh – Nhận xét kết thúc");
    expect(evaluation).toContain(
      "Nơi nhận:\n- Như trên;\n- Ban Tổ chức – Kiểm tra Tỉnh đoàn;\n- Lưu VP.",
    );
  });

  it("the demo's pages show what the documents hold: A4, margins, column widths, no CSS of their own", () => {
    const out = mkdtempSync(join(tmpdir(), "dicoso-docs-"));
    writeDocumentsHtml(rt, out);
    const page = readFileSync(
      join(out, "Đi cơ sở – Văn bản", "2019", "2019 – Danh sách đề xuất.html"),
      "utf8",
    );
    expect(page).toContain("@page{size:595.28pt 841.89pt;margin:56.69pt 42.52pt 56.69pt 85.04pt}");
    expect(page).toContain('<col style="width:28.35pt">');
    expect(page).toContain("text-indent:36pt");
    expect(page).toContain("font-family:'Times New Roman'");
  });
});

describe("5. The forms", () => {
  it("the cadre's report is a personal document in the official register, with the parts VI.1 asks for", () => {
    const text = textOf(drive, "2018 – CB001 Nguyễn Văn An – Báo cáo 6 tháng lần 1");
    expect(text).toMatch(/^\n\tĐOÀN TNCS HỒ CHÍ MINH\n\nTân Biên, ngày … tháng … năm …\n/);
    expect(text).not.toContain("BCH ĐOÀN TỈNH");
    expect(text).toContain(
      "BÁO CÁO\nKết quả đào tạo thực tế tại cơ sở 6 tháng lần 1\n(Từ ngày 15/01/2018 đến ngày 15/07/2018)\n-----------",
    );
    expect(text).toContain("Kính gửi: Thường trực Tỉnh đoàn");
    for (const part of [
      "I. NHIỆM VỤ ĐƯỢC PHÂN CÔNG",
      "II. NHỮNG ĐÓNG GÓP CỦA BẢN THÂN TẠI CƠ SỞ",
      "III. NHỮNG VẤN ĐỀ ĐẶT RA TẠI CƠ SỞ CẦN GIẢI QUYẾT",
      "IV. ĐỀ XUẤT, KIẾN NGHỊ VỚI THƯỜNG TRỰC TỈNH ĐOÀN VÀ BAN THƯỜNG VỤ TỈNH ĐOÀN",
    ])
      expect(text).toContain(part);
    expect(text).not.toContain("V. VIỆC THỰC HIỆN TRÁCH NHIỆM");
    expect(text).toContain("NGƯỜI BÁO CÁO\n(Ký và ghi rõ họ tên)\n\n\n\nNguyễn Văn An");
  });

  it("the final report goes to the Standing Committee and reports the duties of VI.1", () => {
    const text = textOf(drive, "2018 – CB001 Nguyễn Văn An – Báo cáo kết thúc");
    expect(text).toContain("Kính gửi: Ban Thường vụ Tỉnh đoàn");
    expect(text).toContain("(Từ ngày 15/01/2018 đến ngày 15/01/2019)");
    expect(text).toContain(
      "V. VIỆC THỰC HIỆN TRÁCH NHIỆM CỦA CÁN BỘ ĐƯỢC CỬ ĐI (MỤC VI.1 CỦA KẾ HOẠCH)",
    );
    expect(text).toContain("Chuyển sinh hoạt Đảng, sinh hoạt Đoàn về cơ sở");
    expect(text).toContain("bảo đảm kỷ luật phát ngôn");
    expect(text).toContain("Quyết toán các khoản kinh phí");
  });

  it("the unit's evaluation asks for the assigned duties and one of the four levels, worded in full", () => {
    const text = textOf(drive, "2018 – CB002 Trần Thị Bình – Nhận xét 6 tháng lần 2");
    expect(text).toContain("(Từ ngày 01/09/2018 đến ngày 01/03/2019)");
    expect(text).toContain("Kính gửi: Thường trực Tỉnh đoàn");
    expect(text).toContain("1. Nhiệm vụ được phân công");
    expect(text).toContain(
      "☐ Hoàn thành xuất sắc nhiệm vụ\n☐ Hoàn thành tốt nhiệm vụ\n☐ Hoàn thành nhiệm vụ\n☐ Không hoàn thành nhiệm vụ",
    );
    expect(text).toContain("5. Khả năng phát triển của cán bộ");
    expect(text).toContain("TM. BAN THƯỜNG VỤ\nBÍ THƯ");
  });
});

describe("6. The results summary reports results", () => {
  it("each cadre's assessment by the receiving unit, the four levels worded in full", () => {
    const rows = tableRows(drive, "2018 – Báo cáo tổng hợp kết quả").slice(1);
    expect(rows.map((r) => r[4])).toEqual([
      "Hoàn thành xuất sắc nhiệm vụ; Khả năng phát triển: Có triển vọng phát triển.",
      "Hoàn thành tốt nhiệm vụ; Khả năng phát triển: Cần tiếp tục rèn luyện, bồi dưỡng.",
      // typed "HTTNV"
      "Hoàn thành tốt nhiệm vụ; Khả năng phát triển: Có triển vọng phát triển.",
    ]);
    const text = textOf(drive, "2018 – Báo cáo tổng hợp kết quả");
    // The counts are the table's.
    expect(text).toContain(
      "Năm 2018 có 03 cán bộ được cử đi đào tạo thực tế tại cơ sở, đều đã kết thúc đợt công tác.",
    );
    expect(text).toContain(
      "Kết quả đánh giá của đơn vị tiếp nhận khi kết thúc đợt công tác: 01 Hoàn thành xuất sắc nhiệm vụ, 02 Hoàn thành tốt nhiệm vụ.",
    );
  });

  it("postings not yet begun are said so, not 'on time'", () => {
    const rows = tableRows(drive, "2022 – Báo cáo tổng hợp kết quả").slice(1);
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r[2]).toMatch(/\(chưa bắt đầu\)$/);
      expect(r[3]).toBe("Chưa bắt đầu");
      expect(r[4]).toBe("Chưa đến thời điểm đánh giá");
    }
    const text = textOf(drive, "2022 – Báo cáo tổng hợp kết quả");
    expect(text).toContain(
      "Năm 2022 có 02 cán bộ được cử đi đào tạo thực tế tại cơ sở, đều chưa bắt đầu.",
    );
    expect(text).toContain(
      "Chế độ báo cáo: chưa đến kỳ báo cáo của cán bộ và kỳ nhận xét của đơn vị tiếp nhận.",
    );
    expect(text).not.toMatch(/\b00\b/);
  });

  it("the Standing Committee's own duty is reported apart from the cadre's", () => {
    const text = textOf(drive, "2018 – Báo cáo tổng hợp kết quả");
    expect(text).toContain("3. Việc thực hiện trách nhiệm của Ban Thường vụ Tỉnh đoàn");
    expect(text).toContain(
      "đã trao đổi đối với đồng chí Nguyễn Văn An (Huyện đoàn Tân Biên), đồng chí Phạm Minh Dũng (Huyện đoàn Châu Thành)",
    );
    for (const r of tableRows(drive, "2018 – Báo cáo tổng hợp kết quả").slice(1))
      expect(r[3]).not.toMatch(/cấp ủy|Trao đổi/);
    // 2019 sent no group-1 cadre: no exchange was owed, and the report does not promise one.
    expect(textOf(drive, "2019 – Báo cáo tổng hợp kết quả")).toContain(
      "Trong năm không có cán bộ thuộc đối tượng 1 được cử đi, nên không phát sinh việc Ban Thường vụ Tỉnh đoàn trao đổi với cấp ủy địa phương",
    );
  });

  it("an ended posting without the unit's assessment says so", () => {
    const rows = tableRows(drive, "2019 – Báo cáo tổng hợp kết quả").slice(1);
    expect(rows[0]![4]).toBe("Đơn vị chưa gửi đánh giá");
    expect(textOf(drive, "2019 – Báo cáo tổng hợp kết quả")).toContain(
      "01 Hoàn thành tốt nhiệm vụ, 01 Hoàn thành nhiệm vụ, 01 chưa có đánh giá",
    );
  });
});

describe("7. Templates a clerk can edit", () => {
  it("the guide in the templates folder lists every placeholder of every template, with its meaning and an example", () => {
    const guide = byName(drive, GUIDE_NAME);
    expect(drive.path(guide.id)).toBe(`Đi cơ sở – Mẫu văn bản/${GUIDE_NAME}`);
    const text = drive.docText(guide.id);
    const used = new Set(
      TEMPLATE_KINDS.flatMap((k) =>
        placeholdersIn(layoutText(defaultTemplate(k))).map(placeholderName),
      ),
    );
    for (const name of used) {
      const entry = PLACEHOLDERS.find((e) => e.name === name);
      expect(entry, name).toBeDefined();
      expect(text).toContain(`{{${name}}}\t${entry!.meaning}`);
    }
    expect(text).toContain("{{KỲ BÁO CÁO}} thành 6 THÁNG LẦN 1");
    expect(text).toContain("dòng bảng chứa {{STT}} được lặp lại cho từng cán bộ");
  });

  it("the plan's reference, the signer's name and the unit's place come from the settings and the data", () => {
    const { rt: other, drive: otherDrive } = setup();
    setSetting(other, "Số hiệu kế hoạch", "12-KH/TĐTN-TCKT");
    setSetting(other, "Ngày ban hành kế hoạch", "03/01/2023");
    setSetting(other, "Năm bắt đầu kế hoạch", 2018);
    setSetting(other, "Người ký", "Lê Thị Mai");
    generate(other, { year: 2019, kinds: ALL, onExisting: "skip" });
    const all = generated(otherDrive);
    expect(all.length).toBe(14);
    for (const f of all) {
      const text = otherDrive.docText(f.id);
      expect(text, f.name).toContain("Kế hoạch số 12-KH/TĐTN-TCKT ngày 3/1/2023");
      expect(text, f.name).not.toContain("51-KH");
    }
    const proposal = textOf(otherDrive, "2019 – Danh sách đề xuất");
    expect(proposal).toContain("TRƯỞNG BAN\n\n\n\nLê Thị Mai");
    expect(proposal).toContain("Số: …-TTr/TĐTN-TCKT");
  });
});
