/**
 * Plan section III.2, how long and when: TG-12 (at least N months, "Số tháng" blank = the
 * setting; a given end date = start + months), TG-TD (at most the "Số tháng tối đa" setting:
 * the add-on's guard against a typo such as 1200 for 12, which the plan does not state),
 * TG-Q1 (the start lies in the start quarter) and TG-KY (the start year lies in the plan
 * period, the plan's title "giai đoạn 2018 – 2022").
 */
import type { Read } from "../cells";
import { addMonths, type Day, formatDay, quarterOf, yearOf } from "../dates";
import { makeReasonAt } from "../reasons";
import { type Settings, settingDef } from "../settings";
import { col, type Findings, reason } from "./findings";
import type { PostingRow } from "./read";

/** The "Số tháng tối thiểu" setting, named where a blank "Số tháng" takes its value. */
const MIN_MONTHS = settingDef("minMonths");
/** The "Số tháng tối đa" setting, named where a posting is longer. */
const MAX_MONTHS = settingDef("maxMonths");

/**
 * A posting's length: its "Số tháng", or when blank the "Số tháng tối thiểu" setting (the
 * plan's minimum, 12 by default), so the next plan changes a cell, not the code.
 */
export function postingMonths(months: Read<number>, settings: Settings): Read<number> {
  return months.kind === "blank" ? { kind: "value", value: settings.minMonths } : months;
}

/**
 * TG-12 and TG-TD: the posting's length in months, undefined when unknown or zero (no
 * calendar). A posting over the maximum keeps its calendar, so that the documents run can say
 * how many forms the typed months would make and refuse them.
 */
export function monthsRule(f: Findings, p: PostingRow, settings: Settings): number | undefined {
  const months = f.need("TG-12", "months", postingMonths(p.months, settings));
  if (months === undefined) return undefined;
  const c = col("months");
  if (months < settings.minMonths) {
    f.fails.push(
      reason(
        "TG-12",
        `cột "${c.header}" ghi ${months} tháng, ít hơn tối thiểu ${settings.minMonths} tháng (cấu hình "${MIN_MONTHS.vi}")`,
        `column "${c.header}" says ${months} months, fewer than the minimum ${settings.minMonths} (the "${MIN_MONTHS.en}" setting)`,
      ),
    );
  }
  if (months > settings.maxMonths) {
    const range = `${settings.minMonths}–${settings.maxMonths}`;
    f.fails.push(
      reason(
        "TG-TD",
        `cột "${c.header}" ghi ${months} tháng, ngoài khoảng cho phép ${range} tháng (cấu hình "${MAX_MONTHS.vi}")`,
        `column "${c.header}" says ${months} months, outside the allowed ${range} months (the "${MAX_MONTHS.en}" setting)`,
      ),
    );
  }
  // A zero-month posting has no calendar.
  return months > 0 ? months : undefined;
}

/** TG-12: the end the calendar uses (start + months); a given "Ngày kết thúc" must agree. */
export function endRule(f: Findings, p: PostingRow, start: Day, months: number): Day {
  const end = addMonths(start, months);
  if (p.end.kind === "bad") {
    f.need("TG-12", "end", p.end);
  } else if (p.end.kind === "value" && p.end.value !== end) {
    const c = col("end");
    f.fails.push(
      reason(
        "TG-12",
        `cột "${c.header}" ghi ${formatDay(p.end.value)} nhưng "${col("start").header}" ${formatDay(start)} + ${months} tháng là ${formatDay(end)}${p.months.kind === "blank" ? ` (cột "${col("months").header}" trống nên tính ${months} tháng theo cấu hình "${MIN_MONTHS.vi}")` : ""}`,
        `column "${c.header}" says ${formatDay(p.end.value)} but "${col("start").header}" ${formatDay(start)} + ${months} months is ${formatDay(end)}${p.months.kind === "blank" ? ` ("${col("months").header}" is blank, so ${months} months, the "${MIN_MONTHS.en}" setting)` : ""}`,
      ),
    );
  }
  return end;
}

/** TG-Q1 and TG-KY: the start's quarter and year. */
export function startRules(f: Findings, start: Day, settings: Settings): void {
  const s = col("start");
  const on = formatDay(start);
  const q = quarterOf(start);
  if (q !== settings.startQuarter) {
    f.fails.push(
      reason(
        "TG-Q1",
        `"${s.header}" ${on} thuộc quý ${roman(q)}, không trong quý ${roman(settings.startQuarter)}`,
        `"${s.header}" (${s.en}) ${on} is in quarter ${q}, not in quarter ${settings.startQuarter}`,
      ),
    );
  }
  const y = yearOf(start);
  if (y < settings.planFirstYear || y > settings.planLastYear) {
    // The period is in the plan's title: "Kế hoạch … (giai đoạn 2018 – 2022)".
    const period = `${settings.planFirstYear} – ${settings.planLastYear}`;
    f.fails.push(
      makeReasonAt(
        "TG-KY",
        { vi: `Tên kế hoạch (giai đoạn ${period})`, en: `Plan title (period ${period})` },
        {
          vi: `"${s.header}" ${on}, năm ${y} ngoài giai đoạn của kế hoạch`,
          en: `"${s.header}" (${s.en}) ${on}, the year ${y} is outside the plan period`,
        },
      ),
    );
  }
}

function roman(q: number): string {
  return ["I", "II", "III", "IV"][q - 1] ?? String(q);
}
