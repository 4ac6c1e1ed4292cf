/**
 * "Lập kế hoạch cử…" over random rosters, units and recorded postings (plan VI.3.1, II, III):
 * never more than the quota a year, never a cadre ineligible on a day the plan lets them start,
 * never a seat given twice, never a cadre twice or one already posted, the position the group
 * goes to; and, checked by brute force on small rosters, no cadre who could have been placed
 * is left out while a cadre whose window closes later took a place, and no plan places more.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Day, dayOf, formatDay } from "../src/core/dates";
import { checkEligibility, rosterContext } from "../src/core/eligibility";
import { eligibilityWindows } from "../src/core/eligibility-windows";
import { type PostingPlan, planPostings, type RecordedPosting } from "../src/core/posting-plan";
import { idKey, type RosterRow, type RosterTable, readRoster } from "../src/core/roster";
import type { PostingPosition, TargetGroup } from "../src/core/schema";
import { DEFAULT_SETTINGS, type Settings } from "../src/core/settings";
import { positionAllowed, readUnits, type Unit, type UnitTable } from "../src/core/units";
import { rosterHeader, rosterRow } from "./fixtures/headers";

const RATING_YEARS = [2017, 2018, 2019, 2020, 2021];
const HEADER = rosterHeader(RATING_YEARS);

const mostly = <T>(usual: T, ...others: T[]): fc.Arbitrary<T> =>
  fc.oneof({ weight: 5, arbitrary: fc.constant(usual) }, fc.constantFrom(usual, ...others));
const dayIn = (from: Day, to: Day) => fc.integer({ min: from, max: to });
const typed = (day: Day) => formatDay(day);

/** A cadre whose conditions start and stop holding around the plan years 2020–2022. */
const cadre = (i: number) =>
  fc
    .record({
      gender: fc.constantFrom("Nam", "Nữ"),
      birth: dayIn(dayOf(1988, 6, 1), dayOf(1992, 6, 1)).map(typed),
      exec: fc.constantFrom("Có", "Không"),
      planned: fc.constantFrom(
        "Trưởng ban",
        "Phó Trưởng ban",
        "Phó Chánh Văn phòng",
        "Chuyên viên chính",
        "",
      ),
      group: mostly("", "Ngoại lệ", "2"),
      decision: mostly("12-QĐ/TĐTN", ""),
      payroll: mostly("Có", "Không"),
      ratings: fc.array(mostly("Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", ""), {
        minLength: RATING_YEARS.length,
        maxLength: RATING_YEARS.length,
      }),
      until: fc.oneof(
        { weight: 4, arbitrary: fc.constant("") },
        dayIn(dayOf(2019, 6, 1), dayOf(2021, 6, 1)).map(typed),
      ),
      child: fc.oneof(
        { weight: 3, arbitrary: fc.constant("") },
        dayIn(dayOf(2017, 6, 1), dayOf(2020, 6, 1)).map(typed),
      ),
    })
    .map((c) =>
      rosterRow(
        HEADER,
        {
          id: `CB${i}`,
          name: `Cán bộ ${i}`,
          gender: c.gender,
          birth: c.birth,
          fullTimeExec: c.exec,
          plannedTitle: c.planned,
          group: c.group,
          decision: c.decision,
          payroll: c.payroll,
          party: "Đảng viên",
          standing: "Tốt",
          disciplineUntil: c.until,
          youngestChild: c.child,
        },
        Object.fromEntries(RATING_YEARS.map((y, k) => [y, c.ratings[k]])),
      ),
    );

const UNIT_TYPES = ["Huyện", "Thị xã", "Thành phố", "Đoàn trực thuộc"] as const;
const seatCell = fc.constantFrom("", "", 0, 1, 2);
const units = fc
  .array(
    fc.record({
      type: fc.constantFrom(...UNIT_TYPES),
      pbt: seatCell,
      btv: seatCell,
      bch: seatCell,
    }),
    {
      minLength: 1,
      maxLength: 3,
    },
  )
  .map((list) =>
    readUnits([
      [
        "Đơn vị",
        "Loại đơn vị",
        "Chỗ Phó Bí thư mỗi năm",
        "Chỗ Ủy viên BTV mỗi năm",
        "Chỗ Ủy viên BCH mỗi năm",
      ],
      ...list.map((u, i) => [`Đơn vị ${i + 1}`, u.type, u.pbt, u.btv, u.bch]),
    ]),
  );

const settings = fc
  .record({ maxPerYear: fc.integer({ min: 1, max: 2 }), maxAge: fc.constantFrom(30, 31) })
  .map((s): Settings => ({ ...DEFAULT_SETTINGS, ...s, planFirstYear: 2020, planLastYear: 2022 }));

interface World {
  roster: RosterTable;
  postings: RecordedPosting[];
  units: UnitTable;
  settings: Settings;
  asOf: Day;
}

function world(size: { min: number; max: number }): fc.Arbitrary<World> {
  return fc
    .integer(size)
    .chain((n) =>
      fc.record({
        rows: fc.tuple(...Array.from({ length: n }, (_v, i) => cadre(i + 1))),
        units,
        settings,
        asOf: dayIn(dayOf(2019, 10, 1), dayOf(2020, 2, 15)),
        postings: fc.array(
          fc.record({
            cadre: fc.integer({ min: 1, max: n + 2 }),
            start: dayIn(dayOf(2020, 1, 1), dayOf(2022, 3, 31)),
            unit: fc.integer({ min: 1, max: 3 }),
            position: fc.constantFrom<PostingPosition>(
              "deputySecretary",
              "standingMember",
              "executiveMember",
            ),
            status: fc.constantFrom("valid", "valid", "missingData", "invalid" as const),
          }),
          { maxLength: 3 },
        ),
      }),
    )
    .map(({ rows, units, settings, asOf, postings }) => ({
      roster: readRoster([HEADER, ...rows], 420),
      units,
      settings,
      asOf,
      postings: postings.map((p, i) => ({
        row: i + 2,
        cadre: idKey(`CB${p.cadre}`),
        cadreId: `CB${p.cadre}`,
        start: p.start,
        unit: `Đơn vị ${p.unit}`,
        position: p.position,
        status: p.status,
      })),
    }));
}

function plan(w: World): PostingPlan {
  return planPostings({ ...w, postingsTab: "Đợt cử đi" });
}

const yearOfDay = (day: Day) => new Date(day * 86_400_000).getUTCFullYear();
const rowOf = (w: World, id: string) =>
  w.roster.rows.find((r) => r.id.kind === "value" && r.id.value === id)!;

describe("the plan, for random rosters", () => {
  it("keeps the quota, the seats, the positions of III.1 and every condition on the start days (300 plans of 1–30 cadres)", () => {
    let placed = 0;
    fc.assert(
      fc.property(world({ min: 1, max: 30 }), (w) => {
        const p = plan(w);
        const posted = new Set(w.postings.map((r) => r.cadre));
        const seen = new Set<string>();
        for (const y of p.years) {
          const counted = y.recorded.filter((r) => r.counts).length;
          expect(y.planned.length).toBeLessThanOrEqual(y.quota);
          expect(counted + y.planned.length).toBeLessThanOrEqual(
            Math.max(counted, w.settings.maxPerYear),
          );
          // No seat given twice: planned and counted recorded postings within each unit's seats.
          for (const unit of w.units.units) {
            for (const position of [
              "deputySecretary",
              "standingMember",
              "executiveMember",
            ] as const) {
              const planned = y.planned.filter(
                (x) => x.unit.row === unit.row && x.position === position,
              ).length;
              if (planned === 0) continue;
              const recorded = y.recorded.filter(
                (r) => r.counts && r.unit === unit.name && r.position === position,
              ).length;
              expect(planned + recorded).toBeLessThanOrEqual(unit.seats[position]);
            }
          }
          for (const x of y.planned) {
            placed += 1;
            expect(seen.has(x.cadre.id)).toBe(false);
            seen.add(x.cadre.id);
            expect(posted.has(idKey(x.cadre.id))).toBe(false);
            expect(x.startFrom).toBeGreaterThanOrEqual(Math.max(w.asOf, dayOf(y.year, 1, 1)));
            expect(x.startBy).toBeLessThanOrEqual(dayOf(y.year, 3, 31));
            const row = rowOf(w, x.cadre.id);
            const ctx = rosterContext(w.roster, x.cadre.id);
            for (const day of [x.startFrom, x.startBy]) {
              const check = checkEligibility(row, day, w.settings, ctx);
              expect(check.status, `${x.cadre.id} on ${formatDay(day)}`).toBe("eligible");
              expect(check.group).toBe(x.group);
            }
            if (x.group === 1) expect(x.position).toBe("deputySecretary");
            else expect(x.position).not.toBe("deputySecretary");
            expect(positionAllowed(x.unit.type, x.position)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
    expect(placed).toBeGreaterThan(300);
  });

  it("leaves nobody out who could take a place of a cadre with a later-closing window, and places as many as any plan can (brute force, 300 plans of 1–6 cadres)", () => {
    let leftOut = 0;
    let comparisons = 0;
    fc.assert(
      fc.property(world({ min: 1, max: 6 }), (w) => {
        const p = plan(w);
        const oracle = bruteForce(w);
        const placed = p.planned.map((x) => x.cadre.id);
        // As many as any plan can.
        expect(placed.length).toBe(oracle.best);
        expect(oracle.feasible(placed)).toBe(true);
        const closes = (id: string) => oracle.cadres.get(id)!.close;
        for (const u of p.unplaced) {
          const cu = oracle.cadres.get(u.cadre.id);
          if (!cu || cu.years.length === 0) {
            // Left out for want of a chance: no year of the plan holds an eligible start day.
            expect(u.rank).toBeUndefined();
            continue;
          }
          leftOut += 1;
          // Taking the place of any placed cadre whose window closes later is impossible.
          for (const id of placed) {
            if (closes(id) <= cu.close) continue;
            comparisons += 1;
            expect(oracle.feasible([...placed.filter((x) => x !== id), u.cadre.id])).toBe(false);
          }
          // Nor could they join those chosen before them (the order of choice).
          const before = p.planned.filter((x) => x.rank < u.rank!).map((x) => x.cadre.id);
          expect(oracle.feasible([...before, u.cadre.id])).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
    expect(leftOut).toBeGreaterThan(50);
    expect(comparisons).toBeGreaterThan(20);
  });
});

// ------------------------------------------------------------------ the oracle

interface OracleCadre {
  group: TargetGroup;
  /** Plan years with a start day on which the check says Đủ điều kiện. */
  years: number[];
  /** The last day of the last window holding such a day. */
  close: Day;
}

/**
 * Brute force, from the point-in-time check alone: which years each cadre can start in (every
 * day of every start quarter checked), and whether a set of cadres can all be given a year and
 * a seat within the quotas and the units' seats.
 */
function bruteForce(w: World) {
  const p0 = plan(w);
  const years = p0.years;
  const posted = new Set(w.postings.map((r) => r.cadre));
  const cadres = new Map<string, OracleCadre>();
  for (const row of w.roster.rows) {
    const id = (row.id as { value: string }).value;
    if (posted.has(idKey(id))) continue;
    const ctx = rosterContext(w.roster, id);
    const open: number[] = [];
    let group: TargetGroup | undefined;
    let lastDay: Day | undefined;
    for (const y of years) {
      for (let d = y.from; d <= y.to; d += 1) {
        const check = checkEligibility(row, d, w.settings, ctx);
        if (check.status === "eligible") {
          open.push(y.year);
          group = check.group;
          lastDay = d;
          break;
        }
      }
    }
    const close =
      lastDay === undefined ? Number.POSITIVE_INFINITY : lastEligibleDay(row, lastDay, w, ctx);
    cadres.set(id, { group: group ?? 2, years: open, close });
  }
  const seatsOf = (year: number) =>
    new Map<Unit, Record<PostingPosition, number>>(
      w.units.units.map((u) => {
        const left = { ...u.seats };
        for (const r of w.postings) {
          if (r.status === "invalid" || yearOfDay(r.start!) !== year || r.unit !== u.name) continue;
          if (left[r.position!] > 0) left[r.position!] -= 1;
        }
        return [u, left];
      }),
    );
  const feasible = (ids: readonly string[]): boolean => {
    const quota = new Map(years.map((y) => [y.year, y.quota]));
    const seats = new Map(years.map((y) => [y.year, seatsOf(y.year)]));
    const place = (i: number): boolean => {
      if (i === ids.length) return true;
      const c = cadres.get(ids[i]!);
      if (!c) return false;
      for (const year of c.years) {
        if (quota.get(year)! <= 0) continue;
        for (const left of seats.get(year)!.values()) {
          const positions: PostingPosition[] =
            c.group === 1 ? ["deputySecretary"] : ["standingMember", "executiveMember"];
          for (const position of positions) {
            if (left[position] <= 0) continue;
            left[position] -= 1;
            quota.set(year, quota.get(year)! - 1);
            const ok = place(i + 1);
            left[position] += 1;
            quota.set(year, quota.get(year)! + 1);
            if (ok) return true;
          }
        }
      }
      return false;
    };
    return place(0);
  };
  const ids = [...cadres.keys()].filter((id) => cadres.get(id)!.years.length > 0);
  let best = 0;
  for (let mask = 0; mask < 1 << ids.length; mask += 1) {
    const set = ids.filter((_id, i) => mask & (1 << i));
    if (set.length > best && feasible(set)) best = set.length;
  }
  return { cadres, feasible, best };
}

/** The last day of the eligible run of days holding `day` (by the windows, checked at its end). */
function lastEligibleDay(
  row: RosterRow,
  day: Day,
  w: World,
  ctx: ReturnType<typeof rosterContext>,
): Day {
  const window = eligibilityWindows(row, w.settings, ctx).find(
    (x) => x.from <= day && day <= x.to,
  )!;
  expect(checkEligibility(row, window.to, w.settings, ctx).status).toBe("eligible");
  expect(checkEligibility(row, window.to + 1, w.settings, ctx).status).not.toBe("eligible");
  return window.to;
}
