/**
 * Who may go (plan section II, rules.md): the target groups DT-1, DT-2, DT-NL (II.1), the
 * seven conditions DK-* (II.2) on a reference date, and the roster statuses with their
 * precedence:
 *   1. Không đủ điều kiện — a rule fails on data that is present;
 *   2. Thiếu dữ liệu      — no rule fails, but a needed cell is blank or unreadable
 *                           (also: a duplicate or blank Mã CB, a blank Họ và tên);
 *   3. Cần BTV xem xét    — Ngoại lệ (DT-NL) without a Standing Committee decision;
 *   4. Đủ điều kiện.
 * Every failing rule and every missing item is listed, one reason per rule code, each naming
 * the code, the plan's section and the figures that decided it.
 */
import { type ChoiceOption, type Read, unreadable } from "./cells";
import {
  addDays,
  addMonths,
  ageOn,
  anniversary,
  type Day,
  formatDay,
  monthsBetween,
  yearOf,
} from "./dates";
import { type Locale, pick, type Text } from "./i18n";
import { idKey, type RosterKey, type RosterRow, type RosterTable } from "./roster";
import {
  type ColumnDef,
  dropdownWords,
  GENDERS,
  PARTY_STATUSES,
  RATING_COLUMN,
  RATINGS,
  type Rating,
  ROSTER_COLUMNS,
  type RosterStatus,
  STANDINGS,
  TARGET_GROUPS,
  type TargetGroup,
  wordOf,
} from "./schema";
import type { Settings } from "./settings";
import { quote } from "./text";

export type ConditionCode =
  | "DT"
  | "DK-BIENCHE"
  | "DK-PHAMCHAT"
  | "DK-DANG"
  | "DK-TUOI"
  | "DK-XEPLOAI"
  | "DK-KYLUAT"
  | "DK-NU";

/** The conditions in rules.md order (the order of `EligibilityResult.conditions`). */
export const CONDITION_CODES: readonly ConditionCode[] = [
  "DT",
  "DK-BIENCHE",
  "DK-PHAMCHAT",
  "DK-DANG",
  "DK-TUOI",
  "DK-XEPLOAI",
  "DK-KYLUAT",
  "DK-NU",
];

/**
 * The conditions whose outcome depends on the reference date (their checks take the day); the
 * others hold on every day or on none (eligibility-windows.ts relies on it).
 */
export const DAY_DEPENDENT: ReadonlySet<ConditionCode> = new Set<ConditionCode>([
  "DK-TUOI",
  "DK-XEPLOAI",
  "DK-KYLUAT",
  "DK-NU",
]);

/** Short names of the conditions, as the sidebar shows them. */
export const CONDITION_NAMES: Record<ConditionCode, Text> = {
  DT: { vi: "Đối tượng", en: "Target group" },
  "DK-BIENCHE": { vi: "Biên chế", en: "On payroll" },
  "DK-PHAMCHAT": {
    vi: "Phẩm chất chính trị, đạo đức, lối sống",
    en: "Political and moral standing",
  },
  "DK-DANG": {
    vi: "Đảng viên hoặc nguồn phát triển Đảng",
    en: "Party member or development source",
  },
  "DK-TUOI": { vi: "Độ tuổi", en: "Age" },
  "DK-XEPLOAI": { vi: "Hoàn thành tốt nhiệm vụ hằng năm", en: "Yearly rating" },
  "DK-KYLUAT": {
    vi: "Không bị kỷ luật, xem xét kỷ luật",
    en: "No disciplinary sanction or review",
  },
  "DK-NU": {
    vi: "Cán bộ nữ: không mang thai, nuôi con nhỏ",
    en: "Women: not pregnant, no young child",
  },
};

/** The plan's section of each rule code. */
export const SECTION: Record<ConditionCode, string> = {
  DT: "II.1",
  "DK-BIENCHE": "II.2",
  "DK-PHAMCHAT": "II.2",
  "DK-DANG": "II.2",
  "DK-TUOI": "II.2",
  "DK-XEPLOAI": "II.2",
  "DK-KYLUAT": "II.2",
  "DK-NU": "II.2",
};

export interface Reason {
  /** Rule code: a ConditionCode, "DT-1" / "DT-2" / "DT-NL", or "MA-CB" / "HO-TEN" (identity). */
  code: string;
  /**
   * Where the plan says it: a section ("II.1", "II.2"), or the part of the plan cited otherwise
   * (TG-KY cites the plan's title, "Tên kế hoạch (giai đoạn 2018 – 2022)"); "" for identity
   * problems of the row.
   */
  section: string;
  /** The full line, e.g. "[DK-TUOI] Mục II.2: quá 30 tuổi (31 tuổi 2 tháng vào ngày 01/01/2019)". */
  text: Text;
}

export type Outcome = "pass" | "fail" | "missing" | "notApplicable";

export interface ConditionResult {
  code: ConditionCode;
  outcome: Outcome;
  /** Why it failed or lacks data (absent when it passes or does not apply). */
  reason?: Reason;
}

export interface EligibilityResult {
  status: RosterStatus;
  /** The target group: the Đối tượng cell when readable, else the derived group. */
  group: TargetGroup | undefined;
  /** One per code, in rules.md order (CONDITION_CODES). */
  conditions: ConditionResult[];
  /** Every failing and every missing item (identity problems first), one line each. */
  reasons: Reason[];
  /**
   * Cells that contradict each other (a man recorded as pregnant, a child born before the
   * cadre): said after the reasons, without changing the status.
   */
  warnings: Reason[];
  /** Đủ tuổi đến: the last age-eligible day (the day before the (maxAge+1)th birthday). */
  ageLimit: Day | undefined;
  /** DK-NU: the first day she qualifies (the child's second birthday) when the child's age fails. */
  qualifiesFrom: Day | undefined;
  /** Age on the reference date, when the birth date is known. */
  age?: { years: number; months: number };
  /** The reference date the row was checked on. */
  on: Day;
}

export interface CheckContext {
  /**
   * When the row's Mã CB is on other rows too: the 1-based rows sharing it (this row
   * included), named in the reason.
   */
  duplicateRows?: readonly number[];
}

/** The context of the roster row with Mã CB `id` in `table`: the rows sharing it, if any. */
export function rosterContext(table: RosterTable, id: string): CheckContext {
  const duplicateRows = table.duplicateIds.get(idKey(id));
  return duplicateRows ? { duplicateRows } : {};
}

// ------------------------------------------------------------------ message pieces

type Severity = "fail" | "missing";
interface Part {
  severity: Severity;
  /** Code of this part when it differs from the condition's (DT-1, DT-2, DT-NL). */
  code?: string;
  text: Text;
}

const YES_NO: Text = { vi: "Có hoặc Không", en: "Có or Không" };
const YES_NO_OR_BLANK: Text = { vi: "Có, Không hoặc để trống", en: "Có, Không or blank" };
const DATE_OR_BLANK: Text = {
  vi: "một ngày dạng dd/mm/yyyy hoặc để trống",
  en: "a date as dd/mm/yyyy, or blank",
};

const HOW_TO_TYPE: Partial<Record<RosterKey, Text>> = {
  gender: words(GENDERS),
  birth: { vi: "một ngày dạng dd/mm/yyyy", en: "a date as dd/mm/yyyy" },
  fullTimeExec: YES_NO,
  group: words(TARGET_GROUPS),
  payroll: YES_NO,
  party: words(PARTY_STATUSES),
  standing: words(STANDINGS),
  disciplineUntil: DATE_OR_BLANK,
  underReview: YES_NO_OR_BLANK,
  pregnant: YES_NO_OR_BLANK,
  youngestChild: DATE_OR_BLANK,
  plannedTitle: { vi: "tên chức danh quy hoạch hoặc để trống", en: "the planned title, or blank" },
  decision: { vi: "số quyết định của BTV", en: "the decision's number" },
  id: { vi: "một mã cán bộ", en: "an ID" },
  name: { vi: "họ và tên", en: "the full name" },
};

const RATING_HOW: Text = words(RATINGS);

function words<T>(options: readonly ChoiceOption<T>[]): Text {
  const list = dropdownWords(options);
  const last = list.pop();
  return { vi: `${list.join(", ")} hoặc ${last}`, en: `${list.join(", ")} or ${last}` };
}

function headerText(def: ColumnDef): Text {
  return { vi: `"${def.header}"`, en: `"${def.header}" (${def.en})` };
}

/** A column's cell is missing: its header is absent, it is blank, or it cannot be read. */
function missingPart(row: RosterRow, key: RosterKey, read: Read<unknown>, what?: Text): Part {
  const h = headerText(ROSTER_COLUMNS[key]);
  const why = what ? { vi: ` (${what.vi})`, en: ` (${what.en})` } : { vi: "", en: "" };
  if (row.absent.has(key)) {
    return {
      severity: "missing",
      text: { vi: `không có cột ${h.vi}${why.vi}`, en: `no ${h.en} column${why.en}` },
    };
  }
  if (read.kind === "bad") {
    const problem = unreadable(read, HOW_TO_TYPE[key]);
    return {
      severity: "missing",
      text: {
        vi: `ô ${h.vi} ghi ${quote(read.raw, row.offsetMinutes)}${problem.vi}`,
        en: `${h.en} holds ${quote(read.raw, row.offsetMinutes)}${problem.en}`,
      },
    };
  }
  return {
    severity: "missing",
    text: { vi: `ô ${h.vi} trống${why.vi}`, en: `${h.en} is blank${why.en}` },
  };
}

function fail(vi: string, en: string, code?: string): Part {
  return code === undefined
    ? { severity: "fail", text: { vi, en } }
    : { severity: "fail", code, text: { vi, en } };
}

function ageText(a: { years: number; months: number }, on: Day): Text {
  return {
    vi: `${a.years} tuổi ${a.months} tháng vào ngày ${formatDay(on)}`,
    en: `${a.years} years ${a.months} months on ${formatDay(on)}`,
  };
}

export function makeReason(code: string, section: string, body: Text): Reason {
  return {
    code,
    section,
    text: {
      vi: section ? `[${code}] Mục ${section}: ${body.vi}` : `[${code}] ${body.vi}`,
      en: section ? `[${code}] Section ${section}: ${body.en}` : `[${code}] ${body.en}`,
    },
  };
}

/** A reason cited from a part of the plan other than a numbered section, e.g. its title. */
export function makeReasonAt(code: string, where: Text, body: Text): Reason {
  return {
    code,
    section: where.vi,
    text: { vi: `[${code}] ${where.vi}: ${body.vi}`, en: `[${code}] ${where.en}: ${body.en}` },
  };
}

function conclude(code: ConditionCode, parts: Part[], applies = true): ConditionResult {
  if (!applies) return { code, outcome: "notApplicable" };
  if (parts.length === 0) return { code, outcome: "pass" };
  const failing = parts.filter((p) => p.severity === "fail");
  const ordered = [...failing, ...parts.filter((p) => p.severity === "missing")];
  const reasonCode = ordered.find((p) => p.code !== undefined)?.code ?? code;
  const body: Text = {
    vi: ordered.map((p) => p.text.vi).join("; "),
    en: ordered.map((p) => p.text.en).join("; "),
  };
  return {
    code,
    outcome: failing.length > 0 ? "fail" : "missing",
    reason: makeReason(reasonCode, SECTION[code], body),
  };
}

// ------------------------------------------------------------------ II.1 target groups

interface GroupCheck {
  result: ConditionResult;
  group: TargetGroup | undefined;
  /** DT-NL without a decision: the status is Cần BTV xem xét when nothing else is wrong. */
  awaitingDecision: boolean;
}

/** DT-1 / DT-2 / DT-NL (II.1): the Đối tượng column, or the group derived from the others. */
function checkGroup(row: RosterRow): GroupCheck {
  const parts: Part[] = [];
  const planned = row.plannedTitle;
  const exec = row.fullTimeExec;
  const group = row.group;
  if (group.kind === "bad") {
    parts.push(missingPart(row, "group", group));
    return { result: conclude("DT", parts), group: undefined, awaitingDecision: false };
  }
  if (group.kind === "blank") {
    // Derivation (rules.md): DT-1 if UV BCH chuyên trách = Có and planned, else DT-2 if planned.
    if (planned.kind === "bad" || row.absent.has("plannedTitle")) {
      // Without the column the group cannot be derived: missing data, not a failure.
      parts.push(
        missingPart(row, "plannedTitle", planned, {
          vi: "cần để xác định đối tượng",
          en: "needed to tell the target group",
        }),
      );
      return { result: conclude("DT", parts), group: undefined, awaitingDecision: false };
    }
    if (planned.kind === "blank") {
      parts.push(
        fail(
          `không thuộc đối tượng 1 hay 2: ô "Quy hoạch chức danh" trống (chưa có quy hoạch) và ô "Đối tượng" trống (nếu cán bộ có triển vọng, ghi Đối tượng "Ngoại lệ" để BTV xem xét)`,
          `not in group 1 or 2: "Quy hoạch chức danh" (Planned position) is blank (not in planning) and "Đối tượng" (Target group) is blank (for a promising cadre, type "Ngoại lệ" in "Đối tượng" for a Standing Committee decision)`,
        ),
      );
      return { result: conclude("DT", parts), group: undefined, awaitingDecision: false };
    }
    if (exec.kind === "bad") {
      parts.push(
        missingPart(row, "fullTimeExec", exec, {
          vi: "để xác định đối tượng 1 hay 2",
          en: "to tell group 1 from group 2",
        }),
      );
      return { result: conclude("DT", parts), group: undefined, awaitingDecision: false };
    }
    const derived: TargetGroup = exec.kind === "value" && exec.value ? 1 : 2;
    return { result: conclude("DT", parts), group: derived, awaitingDecision: false };
  }
  const declared = group.value;
  if (declared === "NL") {
    const decision = row.decision;
    if (decision.kind === "bad") {
      parts.push({ ...missingPart(row, "decision", decision), code: "DT-NL" });
      return { result: conclude("DT", parts), group: "NL", awaitingDecision: false };
    }
    if (decision.kind === "blank") {
      const result: ConditionResult = {
        code: "DT",
        outcome: "missing",
        reason: makeReason("DT-NL", SECTION.DT, {
          vi: `trường hợp Ngoại lệ (chưa có trong quy hoạch): chờ Ban Thường vụ Tỉnh đoàn xem xét, quyết định (ô "Quyết định BTV" trống)`,
          en: `exception (not in planning): awaiting the Standing Committee's decision ("Quyết định BTV" (Standing Committee decision) is blank)`,
        }),
      };
      return { result, group: "NL", awaitingDecision: true };
    }
    return { result: conclude("DT", parts), group: "NL", awaitingDecision: false };
  }
  const code = declared === 1 ? "DT-1" : "DT-2";
  if (declared === 1) {
    if (exec.kind === "value" && !exec.value) {
      parts.push(
        fail(
          `ghi Đối tượng 1 nhưng "UV BCH chuyên trách" là Không (đối tượng 1 là Ủy viên BCH chuyên trách; sửa "Đối tượng" hoặc "UV BCH chuyên trách")`,
          `"Đối tượng" says group 1 but "UV BCH chuyên trách" (Full-time executive member) is Không (group 1 is a full-time executive member; correct one of the two)`,
          code,
        ),
      );
    } else if (exec.kind !== "value") {
      parts.push({
        ...missingPart(row, "fullTimeExec", exec, {
          vi: "đối tượng 1 phải là Có",
          en: "group 1 needs Có",
        }),
        code,
      });
    }
  }
  if (planned.kind === "bad" || row.absent.has("plannedTitle")) {
    parts.push({ ...missingPart(row, "plannedTitle", planned), code });
  } else if (planned.kind === "blank") {
    parts.push(
      fail(
        `ghi Đối tượng ${declared} nhưng "Quy hoạch chức danh" trống (đối tượng ${declared} phải có quy hoạch; nếu chưa có quy hoạch, ghi "Ngoại lệ" để BTV xem xét)`,
        `"Đối tượng" says group ${declared} but "Quy hoạch chức danh" (Planned position) is blank (group ${declared} must be in planning; otherwise type "Ngoại lệ" for a Standing Committee decision)`,
        code,
      ),
    );
  }
  return { result: conclude("DT", parts), group: declared, awaitingDecision: false };
}

// ------------------------------------------------------------------ II.2 conditions

/** DK-BIENCHE: on the office's permanent payroll. */
function checkPayroll(row: RosterRow): ConditionResult {
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
function checkStanding(row: RosterRow): ConditionResult {
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
function checkParty(row: RosterRow): ConditionResult {
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
function checkAge(
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
export function isGoodRating(r: Read<Rating> | undefined): boolean {
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
function checkRatings(row: RosterRow, on: Day, years: number): ConditionResult {
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
function checkDiscipline(row: RosterRow, on: Day): ConditionResult {
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
function checkWoman(
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

// ------------------------------------------------------------------ contradictions

/**
 * Cells that cannot both be right: a man recorded as pregnant; a youngest child born on or
 * before the cadre's own birth. Each is a warning under the rule it concerns (DK-NU): the
 * status stays what the rules decide, and the clerk is asked to check the two cells.
 */
function contradictions(row: RosterRow): Reason[] {
  const warnings: Reason[] = [];
  const g = headerText(ROSTER_COLUMNS.gender);
  const p = headerText(ROSTER_COLUMNS.pregnant);
  if (row.gender.kind === "value" && row.gender.value === "Nam") {
    if (row.pregnant.kind === "value" && row.pregnant.value) {
      warnings.push(
        makeReason("DK-NU", SECTION["DK-NU"], {
          vi: `lưu ý, hai ô mâu thuẫn: ô ${p.vi} ghi Có nhưng ô ${g.vi} ghi Nam; hãy kiểm tra lại một trong hai ô (kết quả không đổi)`,
          en: `note, two cells disagree: ${p.en} says Có (yes) but ${g.en} says Nam (male); check one of them (the result is unchanged)`,
        }),
      );
    }
  }
  if (
    row.birth.kind === "value" &&
    row.youngestChild.kind === "value" &&
    row.youngestChild.value <= row.birth.value
  ) {
    const c = headerText(ROSTER_COLUMNS.youngestChild);
    const b = headerText(ROSTER_COLUMNS.birth);
    const child = formatDay(row.youngestChild.value);
    const birth = formatDay(row.birth.value);
    warnings.push(
      makeReason("DK-NU", SECTION["DK-NU"], {
        vi: `lưu ý, hai ô mâu thuẫn: ô ${c.vi} ghi ${child}, không sau ô ${b.vi} của cán bộ (${birth}); hãy kiểm tra lại (kết quả không đổi)`,
        en: `note, two cells disagree: ${c.en} says ${child}, not after the cadre's own ${b.en} (${birth}); check them (the result is unchanged)`,
      }),
    );
  }
  return warnings;
}

// ------------------------------------------------------------------ identity of the row

function identityReasons(row: RosterRow, context: CheckContext): Reason[] {
  const reasons: Reason[] = [];
  const id = row.id;
  if (id.kind !== "value") {
    const part = missingPart(row, "id", id);
    reasons.push(makeReason("MA-CB", "", part.text));
  } else if (context.duplicateRows) {
    const others = context.duplicateRows.filter((r) => r !== row.row);
    const where =
      others.length > 0
        ? { vi: `trùng với dòng ${others.join(", ")}`, en: `also on row ${others.join(", ")}` }
        : { vi: "trùng với dòng khác", en: "also on another row" };
    reasons.push(
      makeReason("MA-CB", "", {
        vi: `Mã CB ${quote(id.value)} ${where.vi}; mỗi cán bộ cần một mã riêng`,
        en: `ID ${quote(id.value)} ${where.en}; each cadre needs an ID of their own`,
      }),
    );
  }
  const name = row.name;
  if (name.kind !== "value") {
    const part = missingPart(row, "name", name);
    reasons.push(makeReason("HO-TEN", "", part.text));
  }
  return reasons;
}

// ------------------------------------------------------------------ the check

/**
 * Checks one roster row on the reference date `on` (the Ngày xét setting or today for the
 * roster; a posting's start date for CB-DK). Never throws.
 */
export function checkEligibility(
  row: RosterRow,
  on: Day,
  settings: Settings,
  context: CheckContext = {},
): EligibilityResult {
  const dt = checkGroup(row);
  const age = checkAge(row, on, settings.maxAge);
  const woman = checkWoman(row, on, settings.youngChildMonths);
  const conditions: ConditionResult[] = [
    dt.result,
    checkPayroll(row),
    checkStanding(row),
    checkParty(row),
    age.result,
    checkRatings(row, on, settings.ratingYears),
    checkDiscipline(row, on),
    woman.result,
  ];
  const identity = identityReasons(row, context);
  const reasons: Reason[] = [...identity];
  for (const c of conditions) if (c.reason) reasons.push(c.reason);
  let status: RosterStatus;
  if (conditions.some((c) => c.outcome === "fail")) status = "notEligible";
  else if (
    identity.length > 0 ||
    conditions.some((c) => c.outcome === "missing" && !(c.code === "DT" && dt.awaitingDecision))
  )
    status = "missingData";
  else if (dt.awaitingDecision) status = "needsDecision";
  else status = "eligible";
  const result: EligibilityResult = {
    status,
    group: dt.group,
    conditions,
    reasons,
    warnings: contradictions(row),
    ageLimit: age.ageLimit,
    qualifiesFrom: woman.qualifiesFrom,
    on,
  };
  if (age.age) result.age = age.age;
  return result;
}

/** The "Lý do" cell: one line per reason, then one per warning, in the user's language. */
export function reasonLines(result: EligibilityResult, locale: Locale): string {
  return [...result.reasons, ...result.warnings].map((r) => pick(locale, r.text)).join("\n");
}

/** A checked roster row. */
export interface CheckedRow {
  row: RosterRow;
  result: EligibilityResult;
  /** The row's roster context (a duplicate Mã CB), for checking it on other days. */
  context: CheckContext;
}

/** Every row of a roster table on `on`, duplicate Mã CB marked on each of their rows. */
export function checkRoster(table: RosterTable, on: Day, settings: Settings): CheckedRow[] {
  return table.rows.map((row) => {
    const context = row.id.kind === "value" ? rosterContext(table, row.id.value) : {};
    return { row, result: checkEligibility(row, on, settings, context), context };
  });
}

/** How many rows have each status. */
export function countStatuses(checked: readonly CheckedRow[]): Record<RosterStatus, number> {
  const counts: Record<RosterStatus, number> = {
    notEligible: 0,
    missingData: 0,
    needsDecision: 0,
    eligible: 0,
  };
  for (const c of checked) counts[c.result.status] += 1;
  return counts;
}
