/**
 * Finding tabs and columns by name (sheet-contract.md, "Tabs"): case, spaces, diacritics,
 * NFC/NFD and English aliases ignored; numbered columns by pattern; text written by the
 * add-on never read as a formula.
 */
import { describe, expect, it } from "vitest";
import { columnLetter, findTab, headerRowOf, mapColumns } from "../src/core/headers";
import { readRoster } from "../src/core/roster";
import { RATING_COLUMN, ROSTER_COLUMNS, ROSTER_OUTPUT, TABS } from "../src/core/schema";
import { asLiteralText, fold, quote } from "../src/core/text";

describe("folding", () => {
  it("ignores case, repeated and surrounding spaces, diacritics, đ, and NFC/NFD", () => {
    const nfc = "Đang xem xét kỷ luật";
    const nfd = nfc.normalize("NFD");
    expect(nfd).not.toBe(nfc);
    for (const typed of [nfc, nfd, "  dang XEM xet   ky luat ", "DANG\u00a0XEM XET KY LUAT"]) {
      expect(fold(typed)).toBe("dang xem xet ky luat");
    }
  });

  it("gives the same answer when asked again (folding is cached)", () => {
    const words = Array.from({ length: 5000 }, (_v, i) => `Cán bộ ${i}`);
    const first = words.map(fold);
    expect(words.map(fold)).toEqual(first);
    expect(first[4999]).toBe("can bo 4999");
  });
});

describe("tabs", () => {
  it("are found by their name or an alias, typed any way", () => {
    expect(findTab(["Trang tính1", "CAN BO"], TABS.roster)).toBe("CAN BO");
    expect(findTab(["Cadres"], TABS.roster)).toBe("Cadres");
    expect(findTab(["Danh sa\u0301ch ca\u0301n bo\u0323\u0302"], TABS.roster)).toBeDefined();
    expect(findTab(["Cán bộ cũ"], TABS.roster)).toBeUndefined();
  });
});

describe("columns", () => {
  it("are found in any order, in Vietnamese or English, and only the first of a repeated header is used", () => {
    const map = mapColumns(
      ["Ghi chú", "FULL NAME", "ma cb", "Ngày   sinh", "Mã CB", 2019, ""],
      ROSTER_COLUMNS,
    );
    expect(map.index.name).toBe(1);
    expect(map.index.id).toBe(2);
    expect(map.index.birth).toBe(3);
    expect(map.index.gender).toBeUndefined();
    expect(map.duplicates).toEqual([{ key: "id", indexes: [2, 4] }]);
    expect(map.width).toBe(7);
  });

  it("numbered by pattern: Xếp loại YYYY and Rating YYYY", () => {
    const map = mapColumns(["Xếp loại 2017", "RATING 2018", "Xep  loai 2019", "Xếp loại"], {}, [
      { name: "rating", pattern: RATING_COLUMN.pattern },
    ]);
    expect([...(map.numbered.get("rating") ?? [])]).toEqual([
      [2017, 0],
      [2018, 1],
      [2019, 2],
    ]);
  });

  it("the add-on's own columns are found by their Vietnamese or English header", () => {
    const map = mapColumns(["Reasons", "Kết quả", "Checked at"], ROSTER_OUTPUT);
    expect(map.index).toEqual({ reasons: 0, result: 1, checkedAt: 2 });
  });

  it("have letters for messages", () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
  });
});

describe("text the add-on writes", () => {
  it("is never a formula", () => {
    expect(asLiteralText("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(asLiteralText("+84 912")).toBe("'+84 912");
    expect(asLiteralText("-")).toBe("'-");
    expect(asLiteralText("@x")).toBe("'@x");
    expect(asLiteralText("[DK-TUOI] Mục II.2")).toBe("[DK-TUOI] Mục II.2");
  });

  it("quotes cells shortly and never throws", () => {
    expect(quote("abc")).toBe('"abc"');
    expect(quote("x".repeat(100))).toHaveLength(42);
    expect(quote(null)).toBe('""');
    expect(quote(new Date(Number.NaN))).toBe('"Invalid Date"');
    expect(quote(Object.create(null))).toBe('"[object Object]"');
  });

  it("quotes a date cell as dd/mm/yyyy in the spreadsheet's zone (with its time when not midnight)", () => {
    const midnight = new Date(Date.UTC(1990, 4, 13, 17, 0)); // 14/05/1990 00:00 in UTC+7
    expect(quote(midnight, 420)).toBe('"14/05/1990"');
    expect(quote(new Date(Date.UTC(1990, 4, 14, 1, 30)), 420)).toBe('"14/05/1990 08:30"');
    expect(quote(new Date(Number.NaN), 420)).toBe('"Invalid Date"');
  });
});

describe("the header row, below any title rows", () => {
  const roster = ["Mã CB", "Họ và tên", "Giới tính", "Ngày sinh", "Xếp loại 2018"];

  it("is found under a title, a date line and a blank line, as office sheets have them", () => {
    const values = [
      ["DANH SÁCH CÁN BỘ TỈNH ĐOÀN TÂY NINH", "", "", "", ""],
      ["(cập nhật ngày 01/01/2019)", "", "", "", ""],
      ["", "", "", "", ""],
      roster,
      ["CB001", "Nguyễn Văn An", "Nam", "12/03/1992", "HTTNV"],
    ];
    expect(headerRowOf(TABS.roster, values)).toBe(3);
    // With row 1 as the header, nothing moves.
    expect(headerRowOf(TABS.roster, values.slice(3))).toBe(0);
  });

  it("is the row holding the most headers, the add-on's own and English aliases counting too", () => {
    const values = [
      ["Họ và tên các cán bộ đi cơ sở"],
      ["ID", "Full name", "Gender", "Kết quả", "Lý do"],
      ["Mã CB", "CB001"],
    ];
    expect(headerRowOf(TABS.roster, values)).toBe(1);
  });

  it("is row 1 for an empty tab or one without any known header, and looks no further than 10 rows", () => {
    expect(headerRowOf(TABS.roster, [])).toBe(0);
    expect(headerRowOf(TABS.roster, [["Sổ tay"], ["ghi chép"]])).toBe(0);
    const deep = [...Array.from({ length: 10 }, () => ["tiêu đề"]), roster];
    expect(headerRowOf(TABS.roster, deep)).toBe(0);
    expect(headerRowOf(TABS.roster, deep.slice(1))).toBe(9);
  });

  it("knows each tab's own headers: a postings header is not a roster header", () => {
    const postings = [
      ["KẾ HOẠCH CỬ ĐI"],
      ["Mã CB", "Đơn vị tiếp nhận", "Ngày bắt đầu", "Báo cáo 6 tháng lần 1"],
    ];
    expect(headerRowOf(TABS.postings, postings)).toBe(1);
    expect(headerRowOf(TABS.units, [["Tây Ninh"], ["Đơn vị", "Loại đơn vị"]])).toBe(1);
    expect(headerRowOf(TABS.settings, [["Cấu hình"], ["Khóa", "Giá trị"]])).toBe(1);
  });

  it("a reader numbers rows as the sheet does and names the header row in its messages", () => {
    const values = [["DANH SÁCH"], [], ["Mã CB", "Ngày sinh"], ["CB001", "12/03/1992"]];
    const table = readRoster(values, 420);
    expect(table.headerRow).toBe(3);
    expect(table.rows.map((r) => r.row)).toEqual([4]);
    expect(table.missingRequired).toEqual(["name"]);
    expect(table.problems[0]?.vi).toContain('không có cột "Họ và tên" ở dòng tiêu đề (dòng 3)');
  });
});
