/**
 * Eligibility windows (plan II.2 over time) against the point-in-time check: for random rosters,
 * random settings and random days — boundary days included (each window's first and last day
 * and the days either side, birthdays, a child's second birthday, the day after a sanction,
 * New Year's days) — a day lies in a window exactly when checkEligibility says Đủ điều kiện.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, type Day, dayOf, formatDay, ymd } from "../src/core/dates";
import { checkEligibility, rosterContext } from "../src/core/eligibility";
import { eligibilityWindows, eligibleFrom, windowOn } from "../src/core/eligibility-windows";
import { readRoster } from "../src/core/roster";
import { DEFAULT_SETTINGS, type Settings } from "../src/core/settings";
import { rosterHeader, rosterRow } from "./fixtures/headers";

const RATING_YEARS = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023];
const HEADER = rosterHeader(RATING_YEARS);

/** Mostly the common case, now and then something else. */
const mostly = <T>(usual: T, ...others: T[]): fc.Arbitrary<T> =>
  fc.oneof({ weight: 6, arbitrary: fc.constant(usual) }, fc.constantFrom(usual, ...others));

const text = (day: Day) => formatDay(day);
const dayIn = (fromYear: number, toYear: number) =>
  fc.integer({ min: dayOf(fromYear, 1, 1), max: dayOf(toYear, 12, 31) });
/** A date cell as typed, or a 29 February now and then. */
const dateCell = (fromYear: number, toYear: number) =>
  fc.oneof(
    { weight: 8, arbitrary: dayIn(fromYear, toYear).map(text) },
    fc.integer({ min: fromYear, max: toYear }).map((y) => `29/02/${y - (y % 4)}`),
  );

const rating = mostly(
  "Hoàn thành tốt nhiệm vụ",
  "HTXSNV",
  "Hoàn thành nhiệm vụ",
  "Không hoàn thành nhiệm vụ",
  "",
  "giỏi",
);

const cadre = (i: number) =>
  fc
    .record({
      id: mostly(`CB${i}`, "CB0", ""),
      name: mostly("Nguyễn Văn A", ""),
      gender: fc.constantFrom("Nam", "Nữ", "Nữ", "", "?"),
      birth: fc.oneof({ weight: 12, arbitrary: dateCell(1975, 2005) }, fc.constantFrom("", "x")),
      exec: fc.constantFrom("Có", "Không"),
      planned: mostly("Phó Trưởng ban", ""),
      group: mostly("", "1", "2", "Ngoại lệ"),
      decision: mostly("", "125-QĐ/TĐTN-TCKT"),
      payroll: mostly("Có", "Không"),
      party: mostly("Đảng viên", "Nguồn phát triển Đảng", "Không"),
      standing: mostly("Tốt", "Chưa tốt"),
      ratings: fc.array(rating, { minLength: RATING_YEARS.length, maxLength: RATING_YEARS.length }),
      until: fc.oneof({ weight: 3, arbitrary: fc.constant("") }, dateCell(2014, 2026)),
      review: mostly("", "Có"),
      pregnant: mostly("", "Có"),
      child: fc.oneof({ weight: 2, arbitrary: fc.constant("") }, dateCell(2010, 2026)),
    })
    .map((c) =>
      rosterRow(
        HEADER,
        {
          id: c.id,
          name: c.name,
          gender: c.gender,
          birth: c.birth,
          fullTimeExec: c.exec,
          plannedTitle: c.planned,
          group: c.group,
          decision: c.decision,
          payroll: c.payroll,
          party: c.party,
          standing: c.standing,
          disciplineUntil: c.until,
          underReview: c.review,
          pregnant: c.pregnant,
          youngestChild: c.child,
        },
        Object.fromEntries(RATING_YEARS.map((y, k) => [y, c.ratings[k]])),
      ),
    );

const roster = fc
  .integer({ min: 1, max: 8 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_v, i) => cadre(i + 1))));

const settings: fc.Arbitrary<Settings> = fc
  .record({
    maxAge: fc.integer({ min: 25, max: 35 }),
    ratingYears: fc.integer({ min: 0, max: 3 }),
    youngChildMonths: fc.integer({ min: 0, max: 36 }),
  })
  .map((s) => ({ ...DEFAULT_SETTINGS, ...s }));

/** Days where something changes for a row, and the days either side. */
function boundaryDays(cells: readonly string[], windows: { from: Day; to: Day }[]): Day[] {
  const days: Day[] = [];
  for (const w of windows) days.push(w.from - 1, w.from, w.to, w.to + 1);
  for (const cell of cells) {
    const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(cell);
    if (!m) continue;
    const d = dayOf(Number(m[3]), Number(m[2]), Number(m[1]));
    for (const months of [0, 24, 12 * 31]) {
      const at = addMonths(d, months);
      days.push(addDays(at, -1), at, addDays(at, 1));
    }
  }
  for (const y of RATING_YEARS) days.push(dayOf(y, 1, 1), dayOf(y + 1, 1, 1) - 1);
  return days;
}

describe("eligibility windows", () => {
  it("hold exactly the days the check says Đủ điều kiện (300 rosters of 1–8 cadres, about 60 000 cadre-days)", () => {
    let pairs = 0;
    let eligibleDays = 0;
    fc.assert(
      fc.property(
        roster,
        settings,
        fc.array(dayIn(1990, 2035), { minLength: 5, maxLength: 20 }),
        (rows, s, randomDays) => {
          const table = readRoster([HEADER, ...rows], 420);
          for (const row of table.rows) {
            const context = row.id.kind === "value" ? rosterContext(table, row.id.value) : {};
            const windows = eligibilityWindows(row, s, context);
            // Sorted, disjoint, not touching (a window is as long as the conditions allow).
            windows.forEach((w, i) => {
              expect(w.from).toBeLessThanOrEqual(w.to);
              expect(w.opens.day).toBe(w.from);
              expect(w.closes.day).toBe(w.to);
              if (i > 0) expect(w.from).toBeGreaterThan(windows[i - 1]!.to + 1);
            });
            const cells = row.cells.map(String);
            for (const day of [...randomDays, ...boundaryDays(cells, windows)]) {
              const eligible = checkEligibility(row, day, s, context).status === "eligible";
              const inside = windowOn(windows, day) !== undefined;
              if (inside !== eligible) {
                throw new Error(
                  `${formatDay(day)}: window says ${inside}, check says ${eligible} (row ${cells.join(" | ")}; windows ${windows.map((w) => `${formatDay(w.from)}–${formatDay(w.to)}`).join(", ")})`,
                );
              }
              pairs += 1;
              if (eligible) eligibleDays += 1;
            }
          }
        },
      ),
      { numRuns: 300 },
    );
    // The generator reaches both sides often enough for the equivalence to mean something.
    expect(pairs).toBeGreaterThan(20_000);
    expect(eligibleDays).toBeGreaterThan(pairs / 20);
  });

  it("give the first eligible day on or after a date, the date itself when eligible then", () => {
    fc.assert(
      fc.property(roster, settings, dayIn(2010, 2030), (rows, s, on) => {
        const table = readRoster([HEADER, ...rows], 420);
        for (const row of table.rows) {
          const context = row.id.kind === "value" ? rosterContext(table, row.id.value) : {};
          const from = eligibleFrom(row, on, s, context);
          const eligibleOn = checkEligibility(row, on, s, context).status === "eligible";
          if (eligibleOn) expect(from?.day).toBe(on);
          if (from === undefined) continue;
          expect(checkEligibility(row, from.day, s, context).status).toBe("eligible");
          // No day between `on` and it is eligible: it is the window's first day, after `on`.
          if (from.day > on) expect(from.window.from).toBe(from.day);
          expect(ymd(from.day).y).toBeGreaterThanOrEqual(ymd(on).y);
        }
      }),
      { numRuns: 300 },
    );
  });
});
