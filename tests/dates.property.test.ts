/**
 * The month arithmetic of core/dates.ts, done by date-fns, gives the days the rules count with
 * in whatever zone the script engine runs: it agrees with the arithmetic on year, month and
 * day numbers (written out here as the reference) on random days, month ends above all, in
 * zones east and west of Greenwich, with daylight saving, and in ones that skipped a day.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import {
  addMonths,
  ageOn,
  anniversary,
  type Day,
  dayOf,
  daysInMonth,
  formatDay,
  monthsBetween,
  ymd,
} from "../src/core/dates";

/** Reference: the target month's day of the month, or its last day when it lacks it. */
function refAddMonths(day: Day, months: number): Day {
  const { y, m, d } = ymd(day);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return dayOf(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/** Reference: the calendar months between, one fewer when the last is not complete. */
function refWholeMonths(from: Day, on: Day): number {
  const a = ymd(from);
  const b = ymd(on);
  const months = (b.y - a.y) * 12 + (b.m - a.m);
  return refAddMonths(from, months) > on ? months - 1 : months;
}

function refMonthsBetween(from: Day, on: Day): number {
  return on < from ? -refWholeMonths(on, from) : refWholeMonths(from, on);
}

const ZONES = [
  "UTC",
  "Asia/Ho_Chi_Minh",
  "America/Los_Angeles",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
  "Pacific/Apia",
  "America/Santiago",
  "Asia/Manila",
];

const FIRST = dayOf(101, 1, 1);
const LAST = dayOf(9899, 12, 31);

/**
 * Any day from year 101 to 9899 (so that 100 years either way stay after year 0, where the
 * reference's remainder would go wrong), the last days of a month (28–31) more often than chance.
 */
const anyDay = fc.oneof(
  fc.integer({ min: FIRST, max: LAST }),
  fc
    .record({
      y: fc.integer({ min: 101, max: 9899 }),
      m: fc.integer({ min: 1, max: 12 }),
      back: fc.integer({ min: 0, max: 3 }),
    })
    .map(({ y, m, back }) => dayOf(y, m, daysInMonth(y, m) - back)),
  fc.integer({ min: dayOf(1900, 1, 1), max: dayOf(2100, 12, 31) }),
);
const months = fc.integer({ min: -1200, max: 1200 });

const savedZone = process.env.TZ;
afterEach(() => {
  if (savedZone === undefined) delete process.env.TZ;
  else process.env.TZ = savedZone;
});

describe.each(ZONES)("calendar months in the zone %s", (zone) => {
  const inZone = () => {
    process.env.TZ = zone;
  };

  it("add as the day-number arithmetic does, month ends clamped", () => {
    inZone();
    fc.assert(
      fc.property(anyDay, months, (day, n) => {
        expect(addMonths(day, n)).toBe(refAddMonths(day, n));
      }),
      { numRuns: 2000 },
    );
  });

  it("are counted between two days as the day-number arithmetic counts them", () => {
    inZone();
    fc.assert(
      fc.property(anyDay, anyDay, (a, b) => {
        expect(monthsBetween(a, b)).toBe(refMonthsBetween(a, b));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(anyDay, months, fc.integer({ min: -3, max: 3 }), (a, n, nudge) => {
        const b = refAddMonths(a, n) + nudge;
        expect(monthsBetween(a, b)).toBe(refMonthsBetween(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it("give ages and anniversaries as the day-number arithmetic does", () => {
    inZone();
    fc.assert(
      fc.property(
        fc.integer({ min: dayOf(1900, 1, 1), max: dayOf(2100, 12, 31) }),
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: -2, max: 400 }),
        (birth, years, days) => {
          const on = birth + years * 365 + days;
          const whole = refWholeMonths(birth, on);
          expect(ageOn(birth, on)).toEqual({ years: Math.floor(whole / 12), months: whole % 12 });
          expect(anniversary(birth, years)).toBe(refAddMonths(birth, years * 12));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("take 31 January to the end of February, and a missing day to its month's last", () => {
    inZone();
    expect(formatDay(addMonths(dayOf(2019, 1, 31), 1))).toBe("28/02/2019");
    expect(formatDay(addMonths(dayOf(2020, 1, 31), 1))).toBe("29/02/2020");
    expect(formatDay(addMonths(dayOf(2020, 3, 31), -1))).toBe("29/02/2020");
    expect(formatDay(anniversary(dayOf(1988, 2, 29), 31))).toBe("28/02/2019");
    expect(monthsBetween(dayOf(2019, 1, 31), dayOf(2019, 2, 28))).toBe(1);
    expect(monthsBetween(dayOf(2019, 1, 15), dayOf(2019, 2, 14))).toBe(0);
    // Samoa went from 29/12/2011 straight to 31/12/2011; the day still counts here.
    expect(formatDay(addMonths(dayOf(2011, 11, 30), 1))).toBe("30/12/2011");
    expect(formatDay(addMonths(dayOf(2011, 12, 30), 1))).toBe("30/01/2012");
    // Years before 100 stay as they are.
    expect(formatDay(addMonths(dayOf(50, 12, 31), 2))).toBe("28/02/0051");
  });
});
