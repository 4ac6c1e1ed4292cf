/**
 * Whatever people type in whatever column, the check never crashes: every row gets one of the
 * four statuses, and a reason unless it is eligible (sheet-contract.md, "Bad input never
 * crashes a run").
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayOf } from "../src/core/dates";
import { CONDITION_CODES, checkRoster, reasonLines } from "../src/core/eligibility";
import { readRoster } from "../src/core/roster";
import { DEFAULT_SETTINGS, type Settings } from "../src/core/settings";
import { ROSTER_SAMPLE_HEADER } from "./fixtures/roster-sample";

const HEADER = [...ROSTER_SAMPLE_HEADER, "Xếp loại 2016", "Kết quả", "Ghi chú"];

const WORDS = [
  "Có",
  "Không",
  "co",
  "K",
  "x",
  "TRUE",
  "Nam",
  "Nữ",
  "nu",
  "1",
  "2",
  "Ngoại lệ",
  "Đảng viên",
  "Nguồn phát triển Đảng",
  "Tốt",
  "Chưa tốt",
  "Hoàn thành tốt nhiệm vụ",
  "HTXSNV",
  "Hoàn thành nhiệm vụ",
  "KHTNV",
  "14/5/2018",
  "31/02/1995",
  "29/02/1988",
  "2018-05-14",
  "1990",
  "00/00/0000",
  "=SUM(A1)",
  "+84",
  "-",
  "@x",
  " ",
  "\u00a0",
  "Nu\u0303",
];

const cell = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 0, 1) }),
);

const row = fc.array(cell, { minLength: 0, maxLength: HEADER.length + 3 });

const settings: fc.Arbitrary<Settings> = fc
  .record({
    maxAge: fc.integer({ min: 16, max: 99 }),
    ratingYears: fc.integer({ min: 0, max: 10 }),
    youngChildMonths: fc.integer({ min: 0, max: 120 }),
  })
  .map((s) => ({ ...DEFAULT_SETTINGS, ...s }));

const STATUSES = new Set(["notEligible", "missingData", "needsDecision", "eligible"]);

describe("any cell contents in any column", () => {
  it("never throw and always give one of the four statuses, with a reason unless eligible (10 000 rows)", () => {
    let rows = 0;
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 10 }),
        fc.integer({ min: dayOf(1950, 1, 1), max: dayOf(2060, 12, 31) }),
        settings,
        fc.integer({ min: -720, max: 840 }),
        (data, on, s, offset) => {
          const table = readRoster([HEADER, ...data], offset);
          for (const { result } of checkRoster(table, on, s)) {
            rows += 1;
            expect(STATUSES.has(result.status)).toBe(true);
            expect(result.conditions.map((c) => c.code)).toEqual(CONDITION_CODES);
            if (result.status === "eligible") {
              expect(result.reasons).toEqual([]);
            } else {
              expect(reasonLines(result, "vi").trim()).not.toBe("");
              expect(reasonLines(result, "en").trim()).not.toBe("");
            }
            for (const reason of result.reasons) {
              expect(reason.text.vi.startsWith(`[${reason.code}]`)).toBe(true);
              expect(reason.text.en.startsWith(`[${reason.code}]`)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 2_500 },
    );
    expect(rows).toBeGreaterThanOrEqual(10_000);
  });

  it("keeps the status consistent with the conditions (precedence)", () => {
    fc.assert(
      fc.property(
        row,
        fc.integer({ min: dayOf(2000, 1, 1), max: dayOf(2040, 1, 1) }),
        (cells, on) => {
          const [checked] = checkRoster(
            readRoster([HEADER, ["CB1", "Tên", ...cells]], 420),
            on,
            DEFAULT_SETTINGS,
          );
          const r = checked!.result;
          const anyFail = r.conditions.some((c) => c.outcome === "fail");
          expect(r.status === "notEligible").toBe(anyFail);
          if (r.status === "eligible") {
            expect(
              r.conditions.every((c) => c.outcome === "pass" || c.outcome === "notApplicable"),
            ).toBe(true);
          }
          if (r.status === "needsDecision") expect(r.group).toBe("NL");
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
