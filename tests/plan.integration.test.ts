/**
 * "Lập kế hoạch cử…" clicked on the BUILT bundle in the local runtime, on the sample workbook:
 * the "Kế hoạch cử" tab written (only the add-on's own, recognised by its developer metadata),
 * the toast, a second run saying what changed, every other tab untouched, a user's tab of the
 * same name never written into, the same number of service calls whatever the roster's size.
 */
import { describe, expect, it } from "vitest";
import { buildSampleModel } from "../tools/demo/sample";
import { createRuntime, type Runtime, type SpreadsheetModel } from "../tools/gas-runtime/index";
import { distDir } from "./support/bundle";

/** 10:30 on 15/06/2021 in Asia/Ho_Chi_Minh (the sample's Ngày xét is 01/01/2019). */
const NOW = Date.UTC(2021, 5, 15, 3, 30);

function runtime(model: SpreadsheetModel = buildSampleModel(), locale = "vi"): Runtime {
  const rt = createRuntime({ locale, now: NOW, spreadsheet: model });
  rt.load(distDir());
  rt.open("FULL");
  return rt;
}

function rowsOf(rt: Runtime, tab: string): unknown[][] {
  return rt.spreadsheet.sheet(tab)!.values();
}

const HEADER = [
  "Năm",
  "Kết quả",
  "Mã CB",
  "Họ và tên",
  "Đối tượng",
  "Đơn vị tiếp nhận",
  "Loại đơn vị",
  "Vị trí",
  "Bắt đầu từ",
  "Bắt đầu chậm nhất",
  "Đủ điều kiện từ",
  "Đủ điều kiện đến",
  "Lý do",
];

describe("Lập kế hoạch cử… on the sample workbook", () => {
  it("writes the Kế hoạch cử tab: the proposals by year, then who is not placed and why", () => {
    const rt = runtime();
    rt.click("Lập kế hoạch cử…");
    expect(rt.alerts).toEqual([]);
    const rows = rowsOf(rt, "Kế hoạch cử");
    expect(rows[0]).toEqual(HEADER);
    const proposed = rows.filter((r) => r[1] === "Đề xuất cử");
    expect(proposed.map((r) => [r[0], r[2], r[4], r[7]])).toEqual([
      [2020, "CB008", 2, "Ủy viên BTV"],
      [2021, "CB015", 2, "Ủy viên BTV"],
      [2021, "CB018", 2, "Ủy viên BTV"],
      [2022, "CB039", 1, "Phó Bí thư"],
      [2022, "CB040", 2, "Ủy viên BTV"],
    ]);
    const cb039 = proposed[3]!;
    expect(cb039[5]).toBe("Thành đoàn Tây Ninh");
    expect(cb039[8]).toBeInstanceOf(Date);
    expect(String(cb039[12])).toContain(
      "[VT-1] Mục III.1: đối tượng 1 đi Phó Bí thư Thành đoàn Tây Ninh",
    );
    const cb041 = rows.find((r) => r[2] === "CB041")!;
    expect(cb041[1]).toBe("Chưa xếp được");
    expect(String(cb041[12])).toContain("năm 2022 không còn chỗ Phó Bí thư (đã dành cho CB039)");
    const cb013 = rows.find((r) => r[2] === "CB013")!;
    expect(cb013[1]).toBe("Không đủ điều kiện");
    const sheet = rt.spreadsheet.sheet("Kế hoạch cử")!;
    expect(sheet.cell(2, 2).background).toBe("#b7e1cd");
    expect(sheet.cell(2, 9).numberFormat).toBe("dd/mm/yyyy");
    expect(sheet.cell(1, 1).note).toContain("ngày xét 01/01/2019");
    expect(rt.toasts.at(-1)!.message).toBe(
      'Kế hoạch cử (ngày xét 01/01/2019) — năm 2019: không ai; năm 2020: CB008; năm 2021: CB015, CB018; năm 2022: CB039, CB040. 4 cán bộ đủ điều kiện chưa xếp được; lý do ở tab "Kế hoạch cử".',
    );
  });

  it("touches no other tab", () => {
    const rt = runtime();
    const before = rt.spreadsheet.snapshot() as { sheets: { name: string }[] };
    rt.click("Lập kế hoạch cử…");
    const after = rt.spreadsheet.snapshot() as { sheets: { name: string }[] };
    expect(after.sheets.filter((s) => s.name !== "Kế hoạch cử")).toEqual(before.sheets);
  });

  it("on a second run, rewrites its own tab and says what changed", () => {
    const rt = runtime();
    rt.click("Lập kế hoạch cử…");
    rt.click("Lập kế hoạch cử…");
    expect(rt.toasts.at(-1)!.message).toContain("Không thay đổi so với lần lập trước.");
    // CB008 turns out to be under disciplinary review: CB015 goes in 2020, CB027 in 2021.
    const roster = rt.spreadsheet.sheet("Cán bộ")!;
    const header = roster.values()[0]!;
    const row = roster.values().findIndex((r) => r[0] === "CB008") + 1;
    roster.cell(row, header.indexOf("Đang xem xét kỷ luật") + 1).value = "Có";
    rt.click("Lập kế hoạch cử…");
    expect(rt.toasts.at(-1)!.message).toContain(
      "So với lần lập trước: thêm CB027 (2021); bỏ CB008 (2020); CB015: 2021, Ủy viên BTV",
    );
    expect(rt.spreadsheet.sheets.filter((s) => s.name.startsWith("Kế hoạch cử"))).toHaveLength(1);
  });

  it("never writes into a user's tab called Kế hoạch cử, and finds its own tab after a rename", () => {
    const model = buildSampleModel();
    model.addSheet("Kế hoạch cử", [["Ghi chú của Ban TCKT"], ["đừng xóa"]]);
    const rt = runtime(model);
    rt.click("Lập kế hoạch cử…");
    expect(rowsOf(rt, "Kế hoạch cử")).toEqual([["Ghi chú của Ban TCKT"], ["đừng xóa"]]);
    expect(rowsOf(rt, "Kế hoạch cử (2)")[0]).toEqual(HEADER);
    rt.spreadsheet.sheet("Kế hoạch cử (2)")!.name = "KH 2020-2022";
    rt.click("Lập kế hoạch cử…");
    expect(rt.toasts.at(-1)!.message).toContain('lý do ở tab "KH 2020-2022"');
    expect(rt.spreadsheet.sheets.map((s) => s.name)).not.toContain("Kế hoạch cử (3)");
  });

  it("speaks English to an English-speaking user, and keeps the tab Vietnamese", () => {
    const rt = runtime(buildSampleModel(), "en_US");
    rt.click("Plan postings…");
    expect(rt.toasts.at(-1)!.message).toMatch(
      /^Posting plan \(reference date 01\/01\/2019\) — 2019: no one; 2020: CB008/,
    );
    expect(rowsOf(rt, "Kế hoạch cử")[1]![1]).toBe("Đề xuất cử");
  });

  it("tells the user when the roster is missing, and writes nothing", () => {
    const model = buildSampleModel();
    model.removeSheet(model.sheet("Cán bộ")!);
    const rt = runtime(model);
    rt.click("Lập kế hoạch cử…");
    expect(rt.alerts[0]!.prompt).toContain('Không tìm thấy tab "Cán bộ"');
    expect(rt.spreadsheet.sheet("Kế hoạch cử")).toBeUndefined();
  });
});
