/**
 * Workbooks as offices keep them, checked through the BUILT bundle in the local runtime as a
 * clerk would click: text pasted with invisible characters, a day the month lacks, a word
 * outside the list, a year typed with a slip, cells that contradict each other. Each message
 * says what is really wrong.
 */
import { describe, expect, it } from "vitest";
import { createRuntime, type Runtime, SpreadsheetModel } from "../tools/gas-runtime/index";
import { postingsHeader, rosterHeader } from "./fixtures/headers";
import { dateCell } from "./fixtures/roster-cells";
import { distDir } from "./support/bundle";

/** 10:30 on 01/01/2019 in Asia/Ho_Chi_Minh. */
const NOW = Date.UTC(2019, 0, 1, 3, 30);
const ZWSP = "\u200b";
const GOOD = "Hoàn thành tốt nhiệm vụ";

function runtime(roster: unknown[][], postings?: unknown[][]): Runtime {
  const model = new SpreadsheetModel({ timeZone: "Asia/Ho_Chi_Minh", locale: "vi" });
  model.addSheet("Cấu hình", [
    ["Khóa", "Giá trị"],
    ["Ngày xét", dateCell(2019, 1, 1)],
  ] as never);
  model.addSheet("Cán bộ", roster as never);
  if (postings) model.addSheet("Đợt cử đi", postings as never);
  const rt = createRuntime({
    locale: "vi",
    timeZone: "Asia/Ho_Chi_Minh",
    now: NOW,
    spreadsheet: model,
  });
  rt.load(distDir());
  rt.open("FULL");
  return rt;
}

const HEADER = rosterHeader([2018]);

/** A cadre meeting every condition on 01/01/2019, with `changes` (header → cell). */
function cadre(changes: Record<string, unknown>): unknown[] {
  const base: Record<string, unknown> = {
    "Mã CB": "CB001",
    "Họ và tên": "Nguyễn Thị Thử",
    "Giới tính": "Nữ",
    "Ngày sinh": dateCell(1992, 3, 15),
    "UV BCH chuyên trách": "Không",
    "Quy hoạch chức danh": "Phó Trưởng ban",
    "Biên chế": "Có",
    "Đảng viên": "Đảng viên",
    "Phẩm chất": "Tốt",
    "Xếp loại 2018": GOOD,
    ...changes,
  };
  return HEADER.map((h) => base[h] ?? "");
}

/** Kết quả and Lý do of each data row, read back from the sheet. */
function results(rt: Runtime, tab = "Cán bộ"): { result: unknown; reasons: string }[] {
  const sheet = rt.spreadsheet.sheet(tab)!;
  const values = sheet.values();
  const header = values[0]!.map(String);
  const r = header.indexOf("Kết quả");
  const l = header.indexOf("Lý do");
  return values.slice(1).map((row) => ({ result: row[r], reasons: String(row[l] ?? "") }));
}

describe("invisible characters pasted with the text", () => {
  it('a zero-width space in "Nữ", "CB001" or the header "Mã CB" changes nothing', () => {
    const header = HEADER.map((h) => (h === "Mã CB" ? `Mã${ZWSP} CB` : h));
    const rt = runtime([
      header,
      cadre({ "Mã CB": `CB001${ZWSP}`, "Giới tính": `Nữ${ZWSP}` }),
      cadre({ "Mã CB": "\ufeffCB002", "Biên chế": `Có${ZWSP}` }),
    ]);
    rt.click("Kiểm tra điều kiện");
    expect(rt.alerts).toEqual([]);
    expect(results(rt)).toEqual([
      { result: "Đủ điều kiện", reasons: "" },
      { result: "Đủ điều kiện", reasons: "" },
    ]);
  });

  it("a Mã CB that differs only by an invisible character is the same cadre (duplicate)", () => {
    const rt = runtime([HEADER, cadre({ "Mã CB": "CB001" }), cadre({ "Mã CB": `CB${ZWSP}001` })]);
    rt.click("Kiểm tra điều kiện");
    const [a, b] = results(rt);
    expect(a!.result).toBe("Thiếu dữ liệu");
    expect(a!.reasons).toContain("trùng với dòng 3");
    expect(b!.reasons).toContain("trùng với dòng 2");
  });
});

describe("messages that say the real problem", () => {
  it("a day that does not exist, a word outside the list, a year typed with a slip", () => {
    const rt = runtime([
      HEADER,
      cadre({ "Mã CB": "CB001", "Ngày sinh": "31/02/1992" }),
      cadre({ "Mã CB": "CB002", "Đảng viên": "Cảm tình Đảng" }),
      cadre({ "Mã CB": "CB003", "Ngày sinh": "12/03/0090" }),
    ]);
    rt.click("Kiểm tra điều kiện");
    const [day, word, year] = results(rt);
    expect(day).toEqual({
      result: "Thiếu dữ liệu",
      reasons:
        '[DK-TUOI] Mục II.2: ô "Ngày sinh" ghi "31/02/1992": tháng 2 không có ngày 31 (tháng 2/1992 có 29 ngày)',
    });
    expect(word!.reasons).toBe(
      '[DK-DANG] Mục II.2: ô "Đảng viên" ghi "Cảm tình Đảng": không có trong danh sách (chọn một trong: Đảng viên, Nguồn phát triển Đảng, Không)',
    );
    // Never "1928 tuổi": the year is refused and no age-out date is written.
    expect(year!.reasons).toBe(
      '[DK-TUOI] Mục II.2: ô "Ngày sinh" ghi "12/03/0090": năm 0090 nằm ngoài khoảng 1900–2100, hãy kiểm tra lại năm',
    );
  });

  it("a man recorded as pregnant: a warning in Lý do, the status unchanged", () => {
    const rt = runtime([HEADER, cadre({ "Giới tính": "Nam", "Đang mang thai": "Có" })]);
    rt.click("Kiểm tra điều kiện");
    expect(results(rt)).toEqual([
      {
        result: "Đủ điều kiện",
        reasons:
          '[DK-NU] Mục II.2: lưu ý, hai ô mâu thuẫn: ô "Đang mang thai" ghi Có nhưng ô "Giới tính" ghi Nam; hãy kiểm tra lại một trong hai ô (kết quả không đổi)',
      },
    ]);
  });

  it('a posting at a position outside the list names the list ("Bí thư")', () => {
    const header = postingsHeader(1);
    const row = header.map((h) =>
      h === "Mã CB"
        ? "CB001"
        : h === "Vị trí"
          ? "Bí thư"
          : h === "Ngày bắt đầu"
            ? "07/01/2019"
            : h === "Đơn vị tiếp nhận"
              ? "Huyện Gò Dầu"
              : h === "Loại đơn vị"
                ? "Huyện"
                : "",
    );
    const rt = runtime([HEADER, cadre({})], [header, row]);
    rt.click("Kiểm tra đợt cử đi");
    expect(rt.alerts).toEqual([]);
    const [p] = results(rt, "Đợt cử đi");
    expect(p!.result).toBe("Thiếu dữ liệu");
    expect(p!.reasons).toContain(
      '[VT-2] Mục III.1: cột "Vị trí" ghi "Bí thư": không có trong danh sách (chọn một trong: Phó Bí thư, Ủy viên BTV, Ủy viên BCH)',
    );
  });
});

describe("a title above the headers, as office sheets have", () => {
  const TITLE = ["DANH SÁCH CÁN BỘ TỈNH ĐOÀN (cập nhật 01/01/2019)"];

  it("Kiểm tra điều kiện finds the header row below the title, writes beside it and leaves the title alone", () => {
    const rt = runtime([
      TITLE,
      [],
      HEADER,
      cadre({ "Mã CB": "CB001" }),
      cadre({ "Mã CB": "CB002", "Giới tính": "Nam", "Đang mang thai": "Có" }),
    ]);
    rt.click("Kiểm tra điều kiện");
    expect(rt.alerts).toEqual([]);
    const sheet = rt.spreadsheet.sheet("Cán bộ")!;
    const values = sheet.values();
    expect(values[0]).toEqual([TITLE[0], ...Array(values[0]!.length - 1).fill(null)]);
    expect(values[1]!.every((v) => v === null)).toBe(true);
    const header = values[2]!.map(String);
    const result = header.indexOf("Kết quả");
    expect(result).toBe(HEADER.length);
    // The header row is not a cadre: nothing is written beside it but the headers.
    expect(values.slice(3).map((r) => r[result])).toEqual(["Đủ điều kiện", "Đủ điều kiện"]);
    expect(rt.toasts.at(-1)?.message).toContain("Đã kiểm tra 2 cán bộ");
  });

  it("Kiểm tra đợt cử đi reads a postings tab and a roster that both start with titles", () => {
    const header = postingsHeader(1);
    const row = (id: string) =>
      header.map(
        (h) =>
          ({
            "Mã CB": id,
            "Đơn vị tiếp nhận": "Huyện Gò Dầu",
            "Loại đơn vị": "Huyện",
            "Vị trí": "Ủy viên BTV",
            "Ngày bắt đầu": "07/01/2019",
          })[h] ?? "",
      );
    const rt = runtime(
      [TITLE, HEADER, cadre({})],
      [["KẾ HOẠCH CỬ CÁN BỘ ĐI CƠ SỞ"], ["Năm 2019"], header, row("CB001")],
    );
    rt.click("Kiểm tra đợt cử đi");
    expect(rt.alerts).toEqual([]);
    const values = rt.spreadsheet.sheet("Đợt cử đi")!.values();
    const h = values[2]!.map(String);
    expect(values[3]![h.indexOf("Kết quả")]).toBe("Hợp lệ");
    expect(values[0]![h.indexOf("Kết quả")]).toBeNull();
  });

  it("a missing required column is named with the header row's own number", () => {
    const rt = runtime([TITLE, HEADER.filter((h) => h !== "Họ và tên"), cadre({})]);
    rt.click("Kiểm tra điều kiện");
    expect(rt.alerts.at(-1)?.prompt).toContain('không có cột "Họ và tên" ở dòng tiêu đề (dòng 2)');
  });
});
