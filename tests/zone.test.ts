/**
 * Date cells in the spreadsheet's time zone (core/zone.ts). Sheets hands a date cell over as
 * the instant of local midnight in the spreadsheet's zone; a zone with daylight-saving time,
 * or one whose offset changed (Asia/Ho_Chi_Minh was UTC+8 until 1975), must not move any
 * date to the day before — not when reading, not when writing Đủ tuổi đến.
 */
import { describe, expect, it } from "vitest";
import { dayFromInstant, dayOf, formatDay } from "../src/core/dates";
import { midnightOf, toFixedOffset, zoneOffsets } from "../src/core/zone";
import { createRuntime, SpreadsheetModel } from "../tools/gas-runtime/index";
import { distDir } from "./support/bundle";

/** Local midnight of y-m-d in `zone`, the way Sheets gives a date cell. */
function localMidnight(zone: string, y: number, m: number, d: number): Date {
  const offsetAt = zoneOffsets(zone, Date.now())!;
  return new Date(midnightOf(dayOf(y, m, d), offsetAt));
}

describe("the zone's offset at each instant", () => {
  it("follows daylight-saving time", () => {
    const berlin = zoneOffsets("Europe/Berlin", Date.UTC(2026, 0, 1))!;
    expect(berlin(Date.UTC(2019, 0, 15))).toBe(60);
    expect(berlin(Date.UTC(2019, 6, 15))).toBe(120);
    const la = zoneOffsets("America/Los_Angeles", Date.UTC(2026, 0, 1))!;
    expect(la(Date.UTC(2019, 0, 15, 12))).toBe(-480);
    expect(la(Date.UTC(2019, 6, 15, 12))).toBe(-420);
  });

  it("knows Asia/Ho_Chi_Minh was UTC+8 before 1975 and is UTC+7 now", () => {
    const hcm = zoneOffsets("Asia/Ho_Chi_Minh", Date.UTC(2026, 0, 1))!;
    expect(hcm(Date.UTC(1970, 5, 1))).toBe(480);
    expect(hcm(Date.UTC(2019, 5, 1))).toBe(420);
  });

  it("answers undefined for a zone the engine does not know (the adapter then asks Utilities)", () => {
    expect(zoneOffsets("Not/A_Zone", Date.now())).toBeUndefined();
  });
});

describe("date cells read with one fixed offset", () => {
  it("land on their own local day, summer and winter", () => {
    const zone = "Europe/Berlin";
    const offsetAt = zoneOffsets(zone, Date.UTC(2026, 0, 1))!;
    const fixed = 60; // the winter offset, "now"
    const summer = localMidnight(zone, 1988, 7, 14);
    const winter = localMidnight(zone, 1988, 1, 14);
    // One fixed offset alone puts the summer date on the day before:
    expect(formatDay(dayFromInstant(summer.getTime(), fixed))).toBe("13/07/1988");
    const rows: unknown[][] = [["Mã CB", summer, winter, "14/07/1988", 42]];
    toFixedOffset(rows, offsetAt, fixed);
    const [, s, w, text, n] = rows[0]!;
    expect(formatDay(dayFromInstant((s as Date).getTime(), fixed))).toBe("14/07/1988");
    expect(formatDay(dayFromInstant((w as Date).getTime(), fixed))).toBe("14/01/1988");
    expect([text, n]).toEqual(["14/07/1988", 42]);
  });

  it("every day of a year with two changes of offset reads back as itself", () => {
    for (const zone of ["Europe/Berlin", "America/Los_Angeles", "Australia/Lord_Howe"]) {
      const offsetAt = zoneOffsets(zone, Date.UTC(2026, 0, 1))!;
      const fixed = offsetAt(Date.UTC(2026, 0, 1));
      const clock = new Intl.DateTimeFormat("en-GB", {
        timeZone: zone,
        hourCycle: "h23",
        hour: "2-digit",
        minute: "2-digit",
      });
      for (let day = dayOf(2019, 1, 1); day <= dayOf(2019, 12, 31); day += 1) {
        const cell = new Date(midnightOf(day, offsetAt));
        expect(clock.format(cell), `${zone} ${formatDay(day)}`).toBe("00:00");
        const rows: unknown[][] = [[cell]];
        toFixedOffset(rows, offsetAt, fixed);
        expect(
          dayFromInstant((rows[0]![0] as Date).getTime(), fixed),
          `${zone} ${formatDay(day)}`,
        ).toBe(day);
      }
    }
  });

  it("written back as local midnight of the right day", () => {
    const offsetAt = zoneOffsets("America/Los_Angeles", Date.UTC(2026, 0, 1))!;
    const july = midnightOf(dayOf(2019, 7, 4), offsetAt);
    expect(new Date(july).toISOString()).toBe("2019-07-04T07:00:00.000Z");
    const january = midnightOf(dayOf(2019, 1, 4), offsetAt);
    expect(new Date(january).toISOString()).toBe("2019-01-04T08:00:00.000Z");
  });
});

describe("Kiểm tra điều kiện on a spreadsheet kept in Europe/Berlin, run in winter", () => {
  it("reads a summer birthday as that day and writes Đủ tuổi đến on the day before the 31st birthday", () => {
    const zone = "Europe/Berlin";
    const model = new SpreadsheetModel({ timeZone: zone, locale: "vi" });
    const rt = createRuntime({ timeZone: zone, now: Date.UTC(2019, 0, 10, 9), spreadsheet: model });
    model.addSheet("Cán bộ", [
      ["Mã CB", "Họ và tên", "Giới tính", "Ngày sinh"],
      ["CB01", "Trần Thị Hạ", "Nữ", rt.date(1988, 7, 14)],
    ]);
    rt.load(distDir());
    rt.open("FULL");
    rt.click("Kiểm tra điều kiện");
    const sheet = model.sheet("Cán bộ")!;
    const header = sheet.values()[0]!;
    const limit = sheet.cell(2, header.indexOf("Đủ tuổi đến") + 1).value as Date;
    // 13/07/2019 at local midnight in Berlin (summer time, UTC+2).
    expect(limit.toISOString()).toBe("2019-07-12T22:00:00.000Z");
  });

  it("=AGE_LIMIT gives the same day", () => {
    const zone = "Europe/Berlin";
    const model = new SpreadsheetModel({ timeZone: zone, locale: "vi" });
    const rt = createRuntime({ timeZone: zone, now: Date.UTC(2019, 0, 10, 9), spreadsheet: model });
    model.addSheet("Cán bộ", [
      ["Ngày sinh", "Đủ tuổi"],
      [rt.date(1988, 7, 14), "=AGE_LIMIT(A2)"],
    ]);
    rt.load(distDir());
    const limit = rt.customFunction<Date>("Cán bộ", "B2", "AGE_LIMIT", rt.date(1988, 7, 14));
    expect(limit.toISOString()).toBe("2019-07-12T22:00:00.000Z");
  });
});
