/**
 * The "Cấu hình" tab (sheet-contract.md): keys matched like headers, defaults for what is
 * missing, a value that cannot be read named with its key, row and what to type, unknown
 * keys reported.
 */
import { describe, expect, it } from "vitest";
import { dayOf } from "../src/core/dates";
import { DEFAULT_SETTINGS, SETTING_DEFS } from "../src/core/settings";
import { readSettings } from "../src/core/settings-tab";
import { dateCell } from "./fixtures/roster-cells";

const HEAD = ["Khóa", "Giá trị"];

describe("settings", () => {
  it("are the contract's defaults when the tab is empty", () => {
    const { settings, errors, unknownKeys } = readSettings([HEAD], 420);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.maxAge).toBe(30);
    expect(settings.ratingYears).toBe(1);
    expect(settings.youngChildMonths).toBe(24);
    expect(settings.referenceDate).toBeNull();
    expect(errors).toEqual([]);
    expect(unknownKeys).toEqual([]);
  });

  it("are read by key in Vietnamese (any way typed) or English", () => {
    const { settings, errors } = readSettings(
      [
        HEAD,
        ["ngay xet", "15/01/2019"],
        ["Maximum age", 35],
        ["SO NAM XEP LOAI", "2"],
        ["Con nhỏ dưới (tháng)", 36],
        ["Cơ quan ban hành", "BCH ĐOÀN TỈNH BÌNH DƯƠNG"],
      ],
      420,
    );
    expect(errors).toEqual([]);
    expect(settings.referenceDate).toBe(dayOf(2019, 1, 15));
    expect(settings.maxAge).toBe(35);
    expect(settings.ratingYears).toBe(2);
    expect(settings.youngChildMonths).toBe(36);
    expect(settings.issuingBody).toBe("BCH ĐOÀN TỈNH BÌNH DƯƠNG");
  });

  it("read a date cell for Ngày xét in the spreadsheet's zone; blank means today", () => {
    expect(
      readSettings([HEAD, ["Ngày xét", dateCell(2019, 1, 1)]], 420).settings.referenceDate,
    ).toBe(dayOf(2019, 1, 1));
    expect(readSettings([HEAD, ["Ngày xét", ""]], 420).settings.referenceDate).toBeNull();
  });

  it("stop on a value that cannot be read, naming the key, the row and what to type", () => {
    const { errors } = readSettings(
      [HEAD, ["Ngày xét", "31/02/2019"], ["Tuổi tối đa", "ba mươi"]],
      420,
    );
    expect(errors.map((e) => e.message.vi)).toEqual([
      'Tab "Cấu hình", dòng 2, khóa "Ngày xét": giá trị "31/02/2019": tháng 2 không có ngày 31 (tháng 2/2019 có 28 ngày); hãy nhập một ngày dạng dd/mm/yyyy hoặc để trống.',
      'Tab "Cấu hình", dòng 3, khóa "Tuổi tối đa": giá trị "ba mươi" không đọc được; hãy nhập một số nguyên từ 16 đến 99 (mặc định: 30).',
    ]);
    expect(errors[1]!.message.en).toBe(
      '"Cấu hình" tab, row 3, key "Tuổi tối đa" (Maximum age): cannot read "ba mươi"; type a whole number from 16 to 99 (default: 30).',
    );
  });

  it("quote a date cell typed where a number belongs as the day the user sees", () => {
    const { errors } = readSettings([HEAD, ["Tuổi tối đa", dateCell(1990, 5, 14)]], 420);
    expect(errors[0]!.message.vi).toContain('giá trị "14/05/1990" không đọc được');
    expect(errors[0]!.message.en).toContain('cannot read "14/05/1990"');
  });

  it("say the allowed range of a number outside it, in Vietnamese and English", () => {
    const { errors, settings } = readSettings([HEAD, ["Tuổi tối đa", 200]], 420, "Settings");
    expect(errors.map((e) => e.message)).toEqual([
      {
        vi: 'Tab "Settings", dòng 2, khóa "Tuổi tối đa": giá trị "200" nằm ngoài khoảng cho phép; hãy nhập một số nguyên từ 16 đến 99 (mặc định: 30).',
        en: '"Settings" tab, row 2, key "Tuổi tối đa" (Maximum age): "200" is outside the allowed range; type a whole number from 16 to 99 (default: 30).',
      },
    ]);
    expect(settings.maxAge).toBe(30);
    expect(readSettings([HEAD, ["Quý bắt đầu", "5"]], 420).errors[0]!.message.vi).toContain(
      "hãy nhập một số nguyên từ 1 đến 4 (mặc định: 1)",
    );
  });

  it("reject values outside their range and a plan ending before it starts", () => {
    expect(readSettings([HEAD, ["Tuổi tối đa", 5]], 420).errors).toHaveLength(1);
    expect(readSettings([HEAD, ["Quý bắt đầu", 5]], 420).errors).toHaveLength(1);
    const { errors } = readSettings(
      [HEAD, ["Năm bắt đầu kế hoạch", 2023], ["Năm kết thúc kế hoạch", 2022]],
      420,
    );
    expect(errors.map((e) => e.key)).toEqual(["Năm kết thúc kế hoạch"]);
  });

  it("bound a posting's months by Số tháng tối thiểu and Số tháng tối đa, the maximum not below the minimum", () => {
    expect(DEFAULT_SETTINGS.minMonths).toBe(12);
    expect(DEFAULT_SETTINGS.maxMonths).toBe(36);
    const read = readSettings([HEAD, ["maximum months", "48"]], 420);
    expect(read.errors).toEqual([]);
    expect(read.settings.maxMonths).toBe(48);
    expect(readSettings([HEAD, ["Số tháng tối đa", 1200]], 420).errors[0]!.message.vi).toBe(
      'Tab "Cấu hình", dòng 2, khóa "Số tháng tối đa": giá trị "1200" nằm ngoài khoảng cho phép; hãy nhập một số nguyên từ 1 đến 120 (mặc định: 36).',
    );
    const { errors } = readSettings(
      [HEAD, ["Số tháng tối thiểu", 24], ["Số tháng tối đa", 18]],
      420,
    );
    expect(errors.map((e) => e.message)).toEqual([
      {
        vi: 'Tab "Cấu hình": khóa "Số tháng tối đa" (18) phải không nhỏ hơn "Số tháng tối thiểu" (24).',
        en: '"Cấu hình" tab: the key "Số tháng tối đa" (Maximum months, 18) must not be less than "Số tháng tối thiểu" (Minimum months, 24).',
      },
    ]);
  });

  it("report unknown keys and ignore them", () => {
    const { settings, unknownKeys } = readSettings([HEAD, [" Màu nền ", "xanh"], ["", "x"]], 420);
    expect(unknownKeys).toEqual(["Màu nền"]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  it("have a help text in both languages for every key", () => {
    for (const def of SETTING_DEFS) {
      expect(def.help.vi.length).toBeGreaterThan(10);
      expect(def.help.en.length).toBeGreaterThan(10);
    }
  });
});
