/**
 * Calendar days (core/dates.ts): the arithmetic the rules count with — ages, anniversaries,
 * calendar months with end-of-month clamping, the spreadsheet's zone.
 */
import { describe, expect, it } from "vitest";
import {
  addMonths,
  ageOn,
  anniversary,
  dayFromInstant,
  dayOf,
  formatDay,
  monthsBetween,
  quarterOf,
  validDay,
  ymd,
} from "../src/core/dates";

describe("days", () => {
  it("agree with the Gregorian calendar on every day from 1600 to 2400", () => {
    for (let day = dayOf(1600, 1, 1); day <= dayOf(2400, 12, 31); day += 1) {
      const date = new Date(day * 86_400_000);
      const expected = {
        y: date.getUTCFullYear(),
        m: date.getUTCMonth() + 1,
        d: date.getUTCDate(),
      };
      const got = ymd(day);
      if (got.y !== expected.y || got.m !== expected.m || got.d !== expected.d) {
        expect(got).toEqual(expected);
      }
      if (dayOf(got.y, got.m, got.d) !== day) expect(dayOf(got.y, got.m, got.d)).toBe(day);
    }
  });

  it("carry months and days over like Date.UTC, and keep two-digit years as typed", () => {
    expect(dayOf(2019, 13, 1)).toBe(dayOf(2020, 1, 1));
    expect(dayOf(2019, 3, 0)).toBe(dayOf(2019, 2, 28));
    expect(dayOf(2019, 0, 1)).toBe(dayOf(2018, 12, 1));
    expect(ymd(dayOf(50, 1, 1))).toEqual({ y: 50, m: 1, d: 1 });
  });

  it("reject impossible dates instead of rolling them over", () => {
    expect(validDay(1995, 2, 31)).toBeUndefined();
    expect(validDay(2019, 2, 29)).toBeUndefined();
    expect(validDay(2020, 2, 29)).toBe(dayOf(2020, 2, 29));
    expect(validDay(1900, 2, 29)).toBeUndefined();
    expect(validDay(2000, 2, 29)).toBe(dayOf(2000, 2, 29));
    expect(validDay(2019, 13, 1)).toBeUndefined();
  });

  it("are written dd/mm/yyyy", () => {
    expect(formatDay(dayOf(2018, 5, 14))).toBe("14/05/2018");
    expect(formatDay(dayOf(2019, 12, 31))).toBe("31/12/2019");
  });

  it("come from instants in the spreadsheet's zone (Asia/Ho_Chi_Minh = UTC+7)", () => {
    // 01/01/2019 00:00 in Tây Ninh is 31/12/2018 17:00 UTC.
    const midnight = Date.UTC(2018, 11, 31, 17);
    expect(formatDay(dayFromInstant(midnight, 420))).toBe("01/01/2019");
    expect(formatDay(dayFromInstant(midnight - 1, 420))).toBe("31/12/2018");
  });
});

describe("calendar months", () => {
  it("keep the day of the month, or the month's last day when it lacks it", () => {
    expect(formatDay(addMonths(dayOf(2019, 3, 31), 6))).toBe("30/09/2019");
    expect(formatDay(addMonths(dayOf(2019, 1, 7), 12))).toBe("07/01/2020");
    expect(formatDay(addMonths(dayOf(2020, 2, 29), 12))).toBe("28/02/2021");
    expect(formatDay(addMonths(dayOf(2019, 1, 31), 1))).toBe("28/02/2019");
    expect(formatDay(addMonths(dayOf(2019, 3, 31), -1))).toBe("28/02/2019");
  });

  it("count whole months between two days, negative backwards", () => {
    expect(monthsBetween(dayOf(2017, 1, 2), dayOf(2019, 1, 1))).toBe(23);
    expect(monthsBetween(dayOf(2017, 1, 1), dayOf(2019, 1, 1))).toBe(24);
    expect(monthsBetween(dayOf(2019, 1, 1), dayOf(2017, 1, 1))).toBe(-24);
  });

  it("give quarters", () => {
    expect([1, 3, 4, 12].map((m) => quarterOf(dayOf(2019, m, 15)))).toEqual([1, 1, 2, 4]);
  });
});

describe("ages", () => {
  it("are full years and months on the day", () => {
    expect(ageOn(dayOf(1987, 11, 1), dayOf(2019, 1, 1))).toEqual({ years: 31, months: 2 });
    expect(ageOn(dayOf(1988, 1, 2), dayOf(2019, 1, 1))).toEqual({ years: 30, months: 11 });
    expect(ageOn(dayOf(1988, 1, 1), dayOf(2019, 1, 1))).toEqual({ years: 31, months: 0 });
  });

  it("count a 29 February birthday on 28 February in a common year", () => {
    expect(formatDay(anniversary(dayOf(1988, 2, 29), 31))).toBe("28/02/2019");
    expect(formatDay(anniversary(dayOf(1988, 2, 29), 32))).toBe("29/02/2020");
    expect(ageOn(dayOf(1988, 2, 29), dayOf(2019, 2, 27)).years).toBe(30);
    expect(ageOn(dayOf(1988, 2, 29), dayOf(2019, 2, 28)).years).toBe(31);
  });
});
