/**
 * Reading what people type (sheet-contract.md, "Cell values"): yes/no, choices, ratings, dates,
 * whole numbers, text. Every reader gives a value, blank, or bad with the raw cell; none throws.
 */
import { describe, expect, it } from "vitest";
import {
  isBlank,
  type Read,
  readChoice,
  readDate,
  readText,
  readWholeNumber,
  readYesNo,
} from "../src/core/cells";
import { dayOf, formatDay } from "../src/core/dates";
import {
  GENDERS,
  PARTY_STATUSES,
  POSTING_POSITIONS,
  RATINGS,
  STANDINGS,
  TARGET_GROUPS,
} from "../src/core/schema";
import { fold } from "../src/core/text";
import { dateCell } from "./fixtures/roster-cells";

describe("yes/no", () => {
  it("reads Có, C, x, TRUE, Yes, a ticked checkbox as yes, in any case and without diacritics", () => {
    for (const word of [
      "Có",
      "có",
      "CÓ",
      "Co",
      "C",
      "c",
      "x",
      "X",
      "TRUE",
      "true",
      "Yes",
      " co ",
    ]) {
      expect(readYesNo(word), word).toEqual({ kind: "value", value: true });
    }
    expect(readYesNo(true)).toEqual({ kind: "value", value: true });
    expect(readYesNo("Co\u0301")).toEqual({ kind: "value", value: true }); // NFD
  });

  it("reads Không, K, FALSE, No, an unticked checkbox as no", () => {
    for (const word of ["Không", "khong", "KHÔNG", "K", "FALSE", "No", "n"]) {
      expect(readYesNo(word), word).toEqual({ kind: "value", value: false });
    }
    expect(readYesNo(false)).toEqual({ kind: "value", value: false });
  });

  it("reads blank as blank and anything else as bad, keeping the cell", () => {
    expect(readYesNo("")).toEqual({ kind: "blank" });
    expect(readYesNo("   ")).toEqual({ kind: "blank" });
    expect(readYesNo(null)).toEqual({ kind: "blank" });
    expect(readYesNo("chắc có")).toMatchObject({ kind: "bad", raw: "chắc có" });
    expect(readYesNo(1)).toEqual({ kind: "bad", raw: 1 });
  });
});

describe("vocabularies", () => {
  it("reads genders, groups, party statuses, standings in Vietnamese, without diacritics, or in English", () => {
    expect(readChoice("nữ", GENDERS)).toEqual({ kind: "value", value: "Nữ" });
    expect(readChoice("NU", GENDERS)).toEqual({ kind: "value", value: "Nữ" });
    expect(readChoice("Female", GENDERS)).toEqual({ kind: "value", value: "Nữ" });
    expect(readChoice("nam", GENDERS)).toEqual({ kind: "value", value: "Nam" });
    expect(readChoice(1, TARGET_GROUPS)).toEqual({ kind: "value", value: 1 });
    expect(readChoice("2", TARGET_GROUPS)).toEqual({ kind: "value", value: 2 });
    expect(readChoice("ngoai le", TARGET_GROUPS)).toEqual({ kind: "value", value: "NL" });
    expect(readChoice("nguồn phát triển đảng", PARTY_STATUSES)).toEqual({
      kind: "value",
      value: "source",
    });
    expect(readChoice("Chưa  tốt", STANDINGS)).toEqual({ kind: "value", value: "notGood" });
  });

  it("reads the four ratings in full or abbreviated", () => {
    expect(readChoice("Hoàn thành xuất sắc nhiệm vụ", RATINGS)).toEqual({
      kind: "value",
      value: "HTXSNV",
    });
    expect(readChoice("httnv", RATINGS)).toEqual({ kind: "value", value: "HTTNV" });
    expect(readChoice("Hoan thanh nhiem vu", RATINGS)).toEqual({ kind: "value", value: "HTNV" });
    expect(readChoice("KHTNV", RATINGS)).toEqual({ kind: "value", value: "KHTNV" });
    expect(readChoice("Giỏi", RATINGS)).toMatchObject({ kind: "bad", raw: "Giỏi" });
    expect(readChoice(dateCell(2018, 1, 1), RATINGS).kind).toBe("bad");
  });
});

describe("dates", () => {
  const read = (cell: unknown) => {
    const r = readDate(cell, 420);
    return r.kind === "value" ? formatDay(r.value) : r.kind;
  };

  it("reads a date cell as its day in the spreadsheet's zone", () => {
    expect(read(dateCell(1990, 3, 15))).toBe("15/03/1990");
    expect(readDate(dateCell(1990, 3, 15, 0), 0)).toEqual({
      kind: "value",
      value: dayOf(1990, 3, 15),
    });
  });

  it("reads text as people type it in Vietnam", () => {
    for (const text of [
      "14/5/2018",
      "14/05/2018",
      "14-05-2018",
      "14.05.2018",
      "2018-05-14",
      " 14/5/2018 ",
    ]) {
      expect(read(text), text).toBe("14/05/2018");
    }
  });

  it("rejects a year alone, a number, an impossible date, an invalid Date", () => {
    for (const cell of [
      "1990",
      1990,
      33_000,
      "31/02/1995",
      "29/02/2019",
      "5/14/2018",
      "hôm qua",
      new Date(Number.NaN),
    ]) {
      expect(read(cell), String(cell)).toBe("bad");
    }
    expect(read("")).toBe("blank");
  });
});

describe("what is really wrong with a cell", () => {
  const why = (r: Read<unknown>) => (r.kind === "bad" ? r.why?.vi : undefined);

  it("a day the month lacks is named as such, not as a wrongly typed date", () => {
    expect(why(readDate("31/02/1992", 420))).toBe(
      "tháng 2 không có ngày 31 (tháng 2/1992 có 29 ngày)",
    );
    expect(why(readDate("31/04/2019", 420))).toBe(
      "tháng 4 không có ngày 31 (tháng 4/2019 có 30 ngày)",
    );
    expect(why(readDate("29/02/2019", 420))).toBe("năm 2019 không nhuận, tháng 2 không có ngày 29");
    expect(why(readDate("12/13/2019", 420))).toBe("không có tháng 13 (tháng từ 1 đến 12)");
    expect(why(readDate("2019-02-30", 420))).toBe(
      "tháng 2 không có ngày 30 (tháng 2/2019 có 28 ngày)",
    );
    // Not a date at all: no "why", the reason says how to type a date.
    expect(why(readDate("hôm qua", 420))).toBeUndefined();
  });

  it("refuses a year before 1900 or after 2100, typed or as a date cell", () => {
    expect(why(readDate("01/01/0090", 420))).toBe(
      "năm 0090 nằm ngoài khoảng 1900–2100, hãy kiểm tra lại năm",
    );
    expect(why(readDate("14/05/2919", 420))).toContain("năm 2919 nằm ngoài khoảng 1900–2100");
    expect(why(readDate(dateCell(1899, 12, 31), 420))).toContain("năm 1899");
    expect(why(readDate(dateCell(2101, 1, 1), 420))).toContain("năm 2101");
    expect(readDate("01/01/1900", 420).kind).toBe("value");
    expect(readDate(dateCell(2100, 12, 31), 420).kind).toBe("value");
  });

  it("a word outside a list names the list", () => {
    expect(why(readChoice("Bí thư", POSTING_POSITIONS))).toBe(
      "không có trong danh sách (chọn một trong: Phó Bí thư, Ủy viên BTV, Ủy viên BCH)",
    );
    expect(why(readChoice("Nu~", GENDERS))).toBe(
      "không có trong danh sách (chọn một trong: Nam, Nữ)",
    );
    expect(why(readYesNo("chắc có"))).toContain("không phải Có hay Không");
    expect(why(readWholeNumber("12,5"))).toBe("không phải một số nguyên từ 0 trở lên");
  });
});

describe("invisible characters", () => {
  const ZWSP = "\u200b";
  it("are removed from every value before reading: words, IDs, dates, numbers, yes/no", () => {
    expect(readChoice(`Nữ${ZWSP}`, GENDERS)).toEqual({ kind: "value", value: "Nữ" });
    expect(readChoice(`\ufeffNam`, GENDERS)).toEqual({ kind: "value", value: "Nam" });
    expect(readText(`CB${ZWSP}001\u00ad`)).toEqual({ kind: "value", value: "CB001" });
    expect(readDate(`14/05/2018${ZWSP}`, 420)).toEqual({
      kind: "value",
      value: dayOf(2018, 5, 14),
    });
    expect(readWholeNumber(`1\u200d2`)).toEqual({ kind: "value", value: 12 });
    expect(readYesNo(`\u2060Có`)).toEqual({ kind: "value", value: true });
  });

  it("a cell holding only invisible characters is blank", () => {
    expect(isBlank(ZWSP)).toBe(true);
    expect(readText(` ${ZWSP}\ufeff `)).toEqual({ kind: "blank" });
    expect(isBlank("x")).toBe(false);
  });

  it("are removed from headers and tab names before matching", () => {
    expect(fold(`Mã${ZWSP} CB`)).toBe(fold("Mã CB"));
    expect(fold(`\u200eĐợt cử đi`)).toBe(fold("Đợt cử đi"));
  });
});

describe("numbers and text", () => {
  it("reads whole numbers as numbers or digits", () => {
    expect(readWholeNumber(12)).toEqual({ kind: "value", value: 12 });
    expect(readWholeNumber(" 24 ")).toEqual({ kind: "value", value: 24 });
    expect(readWholeNumber(1.5).kind).toBe("bad");
    expect(readWholeNumber(-1).kind).toBe("bad");
    expect(readWholeNumber("mười").kind).toBe("bad");
  });

  it("reads text as NFC with spaces collapsed; a number as its digits; a date as unreadable", () => {
    expect(readText("  Nguye\u0302\u0303n   Văn An ")).toEqual({
      kind: "value",
      value: "Nguyễn Văn An",
    });
    expect(readText(101)).toEqual({ kind: "value", value: "101" });
    expect(readText(dateCell(2018, 1, 1)).kind).toBe("bad");
    expect(readText(Number.NaN).kind).toBe("bad");
    expect(readText(Object.create(null)).kind).toBe("bad");
  });
});
