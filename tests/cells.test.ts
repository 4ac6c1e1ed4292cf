/**
 * Reading what people type (sheet-contract.md, "Cell values"): yes/no, choices, ratings, dates,
 * whole numbers, text. Every reader gives a value, blank, or bad with the raw cell; none throws.
 */
import { describe, expect, it } from "vitest";
import { readChoice, readDate, readText, readWholeNumber, readYesNo } from "../src/core/cells";
import { dayOf, formatDay } from "../src/core/dates";
import { GENDERS, PARTY_STATUSES, RATINGS, STANDINGS, TARGET_GROUPS } from "../src/core/schema";
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
    expect(readYesNo("chắc có")).toEqual({ kind: "bad", raw: "chắc có" });
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
    expect(readChoice("Giỏi", RATINGS)).toEqual({ kind: "bad", raw: "Giỏi" });
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
