/**
 * The rule codes of plan section II (DT for the target groups of II.1, DK-* for the seven
 * conditions of II.2), their short names and sections, and what a check of one roster row
 * returns.
 */
import type { Day } from "../dates";
import type { Text } from "../i18n";
import type { Reason } from "../reasons";
import type { RosterStatus, TargetGroup } from "../schema";

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
