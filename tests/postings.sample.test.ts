import { describe, expect, it } from "vitest";
import { unitTypes } from "../src/app/postings";
import { TAY_NINH_UNITS } from "../src/app/setup/units";
import { type Day, dayOf, formatDay } from "../src/core/dates";
import { checkPostings, readPostings } from "../src/core/postings";
import { reportStateWords } from "../src/core/reports";
import { readRoster } from "../src/core/roster";
import { POSTING_STATUS, UNIT_TYPES } from "../src/core/schema";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import {
  POSTINGS_SAMPLE,
  POSTINGS_SAMPLE_TODAY,
  postingsSampleValues,
} from "./fixtures/postings-sample";
import { isSampleDate, rosterSampleValues } from "./fixtures/roster-sample";

const OFFSET = 420;
/** A sample cell as Apps Script hands it over: date cells are instants at local midnight. */
const cell = (c: unknown) =>
  isSampleDate(c) ? new Date(Date.UTC(c.y, c.m - 1, c.d) - OFFSET * 60_000) : c;
const today: Day = dayOf(POSTINGS_SAMPLE_TODAY.y, POSTINGS_SAMPLE_TODAY.m, POSTINGS_SAMPLE_TODAY.d);
const typeWord = (t: string) => UNIT_TYPES.find((o) => o.value === t)!.words[0];

describe("the sample postings, checked on the sample roster (pure core)", () => {
  const postings = readPostings(
    postingsSampleValues().map((r) => r.map(cell)),
    OFFSET,
  );
  const roster = readRoster(
    rosterSampleValues().map((r) => r.map(cell)),
    OFFSET,
  );
  const units = unitTypes([
    ["Đơn vị", "Loại đơn vị"],
    ...TAY_NINH_UNITS.map((u) => [u.name, typeWord(u.type)]),
  ]);
  const results = checkPostings(postings, roster, DEFAULT_SETTINGS, today, { units });

  it.each(POSTINGS_SAMPLE.map((p, i) => [i + 2, p.about, p] as const))(
    "row %i: %s",
    (row, _about, sample) => {
      const r = results.find((x) => x.row === row)!;
      const late = r.duties.filter((s) => s.state === "doneLate");
      const rules = r.reasons.slice(0, r.reasons.length - late.length);
      expect(r.reasons.slice(rules.length).map((x) => x.code)).toEqual(
        late.map((s) => s.duty.code),
      );
      expect(
        {
          status: POSTING_STATUS[r.status].vi,
          codes: rules.map((x) => x.code),
          late: late.map((s) => s.duty.code),
          overdue: r.openTasks
            .filter((t) => t.state.state === "overdue")
            .map((t) => t.state.duty.code),
          nextDue: r.nextDue === undefined ? "" : formatDay(r.nextDue),
          state: r.state ? reportStateWords(r.state) : "",
        },
        r.reasons.map((x) => x.text.vi).join("\n"),
      ).toEqual({
        status: sample.expected,
        codes: sample.codes,
        late: sample.late,
        overdue: sample.overdue,
        nextDue: sample.nextDue,
        state: sample.state,
      });
      // Lý do holds no task still to do: those are Việc cần làm, whatever the status.
      expect(r.reasons.some((x) => /quá hạn/.test(x.text.vi))).toBe(false);
    },
  );

  it("every rule code of plan sections III and VI appears in the sample, in Lý do or Việc cần làm", () => {
    const seen = new Set(
      results.flatMap((r) => [
        ...r.reasons.map((x) => x.code),
        ...r.openTasks.map((t) => t.state.duty.code),
      ]),
    );
    const codes = [
      ...["VT-1", "VT-2", "VT-NL", "TG-12", "TG-Q1", "TG-KY", "SL-2", "CB-DK"],
      ...["BC-6T", "BC-KT", "NX-6T", "NX-KT", "TD-CU", "SH-DANG", "SH-DOAN", "QT-KP"],
    ];
    expect(codes.filter((c) => !seen.has(c))).toEqual([]);
  });

  it("decides CB-DK on the previous year's rating for every start in the plan period", () => {
    // The roster rates every cadre for 2017–2021: no posting starting 2018–2022 lacks a rating.
    const lacking = results.filter((r) =>
      r.reasons.some(
        (x) => x.code === "CB-DK" && /\[DK-XEPLOAI\].*(trống|không có cột)/.test(x.text.vi),
      ),
    );
    expect(
      lacking.map((r) => r.start !== undefined && new Date(r.start * 86_400_000).getUTCFullYear()),
    ).toEqual([2017, 2023]);
    // A rating below "Hoàn thành tốt nhiệm vụ" the year before fails CB-DK (CB002, 2022).
    const failing = results.filter(
      (r) =>
        r.status === "invalid" &&
        r.reasons.some(
          (x) =>
            x.code === "CB-DK" &&
            x.text.vi.includes("[DK-XEPLOAI]") &&
            x.text.vi.includes("Hoàn thành nhiệm vụ"),
        ),
    );
    expect(failing.map((r) => r.cadre?.id)).toEqual(["CB002"]);
  });
});
