/**
 * Plan section II.2, the seven conditions on a reference date: DK-BIENCHE (payroll),
 * DK-PHAMCHAT (standing), DK-DANG (Party), DK-TUOI (age), DK-XEPLOAI (yearly ratings),
 * DK-KYLUAT (discipline) and DK-NU (women: pregnancy, young child).
 */

import { type Read, unreadable } from "../cells";
import {
  addDays,
  addMonths,
  ageOn,
  anniversary,
  type Day,
  formatDay,
  monthsBetween,
  yearOf,
} from "../dates";
import type { Text } from "../i18n";
import type { RosterRow } from "../roster";
import { RATING_COLUMN, RATINGS, type Rating, ROSTER_COLUMNS, wordOf } from "../schema";
import { quote } from "../text";
import type { ConditionResult } from "./codes";
import { ageText, conclude, fail, headerText, missingPart, type Part, RATING_HOW } from "./parts";

/** DK-BIENCHE: on the office's permanent payroll. */
export function checkPayroll(row: RosterRow): ConditionResult {
  const r = row.payroll;
  if (r.kind !== "value") return conclude("DK-BIENCHE", [missingPart(row, "payroll", r)]);
  return conclude(
    "DK-BIENCHE",
    r.value
      ? []
      : [
          fail(
            `chưa được tuyển dụng vào biên chế (Biên chế: Không)`,
            `not on the permanent payroll (Biên chế: Không)`,
          ),
        ],
  );
}

/** DK-PHAMCHAT: good political quality, ethics and lifestyle. */
export function checkStanding(row: RosterRow): ConditionResult {
  const r = row.standing;
  if (r.kind !== "value") return conclude("DK-PHAMCHAT", [missingPart(row, "standing", r)]);
  return conclude(
    "DK-PHAMCHAT",
    r.value === "good"
      ? []
      : [
          fail(
            `phẩm chất chính trị, đạo đức, lối sống chưa tốt (Phẩm chất: Chưa tốt)`,
            `political and moral standing not good (Phẩm chất: Chưa tốt)`,
          ),
        ],
  );
}

/** DK-DANG: a Party member or a Party development source. */
export function checkParty(row: RosterRow): ConditionResult {
  const r = row.party;
  if (r.kind !== "value") return conclude("DK-DANG", [missingPart(row, "party", r)]);
  return conclude(
    "DK-DANG",
    r.value === "none"
      ? [
          fail(
            `không phải đảng viên hay nguồn phát triển Đảng (Đảng viên: Không)`,
            `neither a Party member nor a Party development source (Đảng viên: Không)`,
          ),
        ]
      : [],
  );
}

/** DK-TUOI: full years of age on the reference date ≤ maxAge (before the (maxAge+1)th birthday). */
export function checkAge(
  row: RosterRow,
  on: Day,
  maxAge: number,
): { result: ConditionResult; ageLimit: Day | undefined; age?: { years: number; months: number } } {
  const r = row.birth;
  if (r.kind !== "value") {
    return { result: conclude("DK-TUOI", [missingPart(row, "birth", r)]), ageLimit: undefined };
  }
  const birth = r.value;
  const limit = ageLimitOf(birth, maxAge);
  if (birth > on) {
    return {
      result: conclude("DK-TUOI", [
        {
          severity: "missing",
          text: {
            vi: `ngày sinh ${formatDay(birth)} sau ngày xét ${formatDay(on)}, hãy kiểm tra ô "Ngày sinh"`,
            en: `date of birth ${formatDay(birth)} is after the reference date ${formatDay(on)}; check "Ngày sinh" (Date of birth)`,
          },
        },
      ]),
      ageLimit: limit,
    };
  }
  const age = ageOn(birth, on);
  const parts: Part[] = [];
  if (on > limit) {
    const a = ageText(age, on);
    const h = headerText(ROSTER_COLUMNS.birth);
    parts.push(
      fail(
        `quá ${maxAge} tuổi (${a.vi}; ${h.vi} ${formatDay(birth)})`,
        `over ${maxAge} years old (${a.en}; ${h.en} ${formatDay(birth)})`,
      ),
    );
  }
  return { result: conclude("DK-TUOI", parts), ageLimit: limit, age };
}

/** Đủ tuổi đến: the day before the (maxAge+1)th birthday (29 Feb → 28 Feb in a common year). */
export function ageLimitOf(birth: Day, maxAge: number): Day {
  return addDays(anniversary(birth, maxAge + 1), -1);
}

/** DK-XEPLOAI: a rating that counts (Hoàn thành tốt or xuất sắc nhiệm vụ). */
function isGoodRating(r: Read<Rating> | undefined): boolean {
  return r !== undefined && r.kind === "value" && (r.value === "HTTNV" || r.value === "HTXSNV");
}

/**
 * DK-XEPLOAI on any day of `year`: each of the N years before it rated well. The rating of
 * year Y counts for reference dates in Y + 1 … Y + N.
 */
export function ratingsPassIn(row: RosterRow, year: number, years: number): boolean {
  for (let y = year - years; y < year; y += 1) if (!isGoodRating(row.ratings.get(y))) return false;
  return true;
}

/** DK-XEPLOAI: why `year`'s rating does not count (a failure or missing data); none when it does. */
function ratingPart(row: RosterRow, year: number): Part | undefined {
  const r = row.ratings.get(year);
  if (isGoodRating(r)) return undefined;
  const header = RATING_COLUMN.header(year);
  if (r === undefined) {
    return {
      severity: "missing",
      text: {
        vi: `không có cột "${header}" (cần xếp loại năm ${year})`,
        en: `no "${header}" (Rating ${year}) column (the ${year} rating is needed)`,
      },
    };
  }
  if (r.kind === "blank") {
    return {
      severity: "missing",
      text: { vi: `ô "${header}" trống`, en: `"${header}" (Rating ${year}) is blank` },
    };
  }
  if (r.kind === "bad") {
    const problem = unreadable(r, RATING_HOW);
    return {
      severity: "missing",
      text: {
        vi: `ô "${header}" ghi ${quote(r.raw, row.offsetMinutes)}${problem.vi}`,
        en: `"${header}" (Rating ${year}) holds ${quote(r.raw, row.offsetMinutes)}${problem.en}`,
      },
    };
  }
  return fail(
    `ô "${header}" ghi "${wordOf(RATINGS, r.value)}", chưa đạt Hoàn thành tốt nhiệm vụ`,
    `"${header}" (Rating ${year}) says "${wordOf(RATINGS, r.value)}", below "Hoàn thành tốt nhiệm vụ" (completed duties well)`,
  );
}

/** DK-XEPLOAI: what `year`'s rating lacks to count, e.g. `ô "Xếp loại 2021" trống`; none when it counts. */
export function ratingProblem(row: RosterRow, year: number): Text | undefined {
  return ratingPart(row, year)?.text;
}

/** DK-XEPLOAI: each of the N years before the reference year rated HTTNV or HTXSNV. */
export function checkRatings(row: RosterRow, on: Day, years: number): ConditionResult {
  const refYear = yearOf(on);
  const parts: Part[] = [];
  for (let year = refYear - years; year < refYear; year += 1) {
    const part = ratingPart(row, year);
    if (part) parts.push(part);
  }
  return conclude("DK-XEPLOAI", parts);
}

/** DK-KYLUAT: the first day a sanction running until `until` no longer counts (the day after). */
export function sanctionOverFrom(until: Day): Day {
  return addDays(until, 1);
}

/** DK-KYLUAT: sanction ended before the reference date (or none); not under review. */
export function checkDiscipline(row: RosterRow, on: Day): ConditionResult {
  const parts: Part[] = [];
  const until = row.disciplineUntil;
  if (until.kind === "bad" || (until.kind === "blank" && row.absent.has("disciplineUntil"))) {
    parts.push(missingPart(row, "disciplineUntil", until));
  } else if (until.kind === "value" && on < sanctionOverFrom(until.value)) {
    const h = headerText(ROSTER_COLUMNS.disciplineUntil);
    parts.push(
      fail(
        `đang trong thời gian thi hành kỷ luật (${h.vi} ${formatDay(until.value)}, ngày xét ${formatDay(on)})`,
        `serving a disciplinary sanction (${h.en} ${formatDay(until.value)}, reference date ${formatDay(on)})`,
      ),
    );
  }
  const review = row.underReview;
  if (review.kind === "bad" || (review.kind === "blank" && row.absent.has("underReview"))) {
    parts.push(missingPart(row, "underReview", review));
  } else if (review.kind === "value" && review.value) {
    parts.push(
      fail(
        `đang bị xem xét kỷ luật (Đang xem xét kỷ luật: Có)`,
        `under disciplinary review (Đang xem xét kỷ luật: Có)`,
      ),
    );
  }
  return conclude("DK-KYLUAT", parts);
}

/** DK-NU: the first day she qualifies, the youngest child's N-month birthday (24 by default). */
export function childQualifiesFrom(child: Day, childMonths: number): Day {
  return addMonths(child, childMonths);
}

/** DK-NU: only for women — not pregnant, youngest child at least N months old on the date. */
export function checkWoman(
  row: RosterRow,
  on: Day,
  childMonths: number,
): { result: ConditionResult; qualifiesFrom: Day | undefined } {
  const gender = row.gender;
  if (gender.kind !== "value") {
    return {
      result: conclude("DK-NU", [
        missingPart(row, "gender", gender, {
          vi: "cần để xét điều kiện đối với cán bộ nữ",
          en: "needed for the condition on women",
        }),
      ]),
      qualifiesFrom: undefined,
    };
  }
  // A man: DK-NU does not apply, whatever the pregnancy and child columns hold.
  if (gender.value !== "Nữ")
    return { result: conclude("DK-NU", [], false), qualifiesFrom: undefined };
  const parts: Part[] = [];
  const pregnant = row.pregnant;
  if (pregnant.kind === "bad" || (pregnant.kind === "blank" && row.absent.has("pregnant"))) {
    parts.push(missingPart(row, "pregnant", pregnant));
  } else if (pregnant.kind === "value" && pregnant.value) {
    parts.push(fail(`đang mang thai (Đang mang thai: Có)`, `pregnant (Đang mang thai: Có)`));
  }
  let qualifiesFrom: Day | undefined;
  const child = row.youngestChild;
  if (child.kind === "bad" || (child.kind === "blank" && row.absent.has("youngestChild"))) {
    parts.push(missingPart(row, "youngestChild", child));
  } else if (child.kind === "value") {
    const from = childQualifiesFrom(child.value, childMonths);
    if (from > on) {
      qualifiesFrom = from;
      const h = headerText(ROSTER_COLUMNS.youngestChild);
      const born = formatDay(child.value);
      if (child.value > on) {
        parts.push(
          fail(
            `ô ${h.vi} ghi ${born}, sau ngày xét ${formatDay(on)}; đủ điều kiện từ ngày ${formatDay(from)}`,
            `${h.en} says ${born}, after the reference date ${formatDay(on)}; qualifies from ${formatDay(from)}`,
          ),
        );
      } else {
        const months = monthsBetween(child.value, on);
        parts.push(
          fail(
            `nuôi con nhỏ dưới ${childMonths} tháng (con nhỏ nhất ${months} tháng tuổi vào ngày ${formatDay(on)}; ${h.vi} ${born}); đủ điều kiện từ ngày ${formatDay(from)}`,
            `raising a child under ${childMonths} months (youngest child ${months} months old on ${formatDay(on)}; ${h.en} ${born}); qualifies from ${formatDay(from)}`,
          ),
        );
      }
    }
  }
  return { result: conclude("DK-NU", parts), qualifiesFrom };
}
