/**
 * What set-up makes each tab hold: the columns in the contract's order (sheet-contract.md),
 * the validation rule of each (a dropdown, a date, a number, values of another tab's column)
 * and the help text a rule shows; where a tab's header row already has each column.
 */
import { type ChoiceOption, readChoice, readYesNo } from "../../core/cells";
import { mapColumns, type NumberedColumn } from "../../core/headers";
import {
  type ColumnDef,
  dropdownWords,
  GENDERS,
  PARTY_STATUSES,
  PERIODIC_EVALUATION_COLUMN,
  PERIODIC_REPORT_COLUMN,
  POSTING_ASSESSMENT_COLUMNS,
  POSTING_COLUMNS,
  POSTING_OUTPUT,
  POSTING_POSITIONS,
  PROSPECTS,
  RATING_COLUMN,
  RATINGS,
  ROSTER_COLUMNS,
  ROSTER_OUTPUT,
  STANDINGS,
  TABS,
  TARGET_GROUPS,
  type TabDef,
  UNIT_COLUMNS,
  UNIT_TYPES,
  YES_NO_WORDS,
} from "../../core/schema";
import { type Settings, settingDef } from "../../core/settings";

/** How a column's data cells are validated. */
export type ColumnRule =
  /**
   * A dropdown of `words`. `reads` tells whether the add-on reads a word (a user's own list of
   * such words is kept); `checkbox`: a user's checkbox is kept too (a yes/no column).
   */
  | {
      kind: "list";
      words: readonly string[];
      reads: (word: unknown) => boolean;
      checkbox?: boolean;
    }
  | { kind: "date" }
  /** Số tháng: `blank` is what a blank cell means (the "Số tháng tối thiểu" setting). */
  | { kind: "months"; blank: number }
  /** Values from another tab's column (Đơn vị → unit names, Cán bộ → Mã CB). */
  | { kind: "range"; tab: TabDef; column: ColumnDef }
  /** A unit's seats a year for a position (0 or more; blank = one where the type allows it). */
  | { kind: "seats" };

export interface ColumnSpec {
  def: ColumnDef;
  rule?: ColumnRule;
  /** Numbered family this column belongs to (e.g. ratings), for finding it under any number. */
  numbered?: NumberedColumn & { n: number };
}

const YES_NO: ColumnRule = {
  kind: "list",
  words: YES_NO_WORDS,
  reads: (word) => readYesNo(word).kind === "value",
  checkbox: true,
};
const DATE: ColumnRule = { kind: "date" };

/** A dropdown of a vocabulary's words; any word the reader accepts may be in a user's list. */
function choice<T>(options: readonly ChoiceOption<T>[]): ColumnRule {
  return {
    kind: "list",
    words: dropdownWords(options),
    reads: (word) => readChoice(word, options).kind === "value",
  };
}

/** Periodic report/evaluation columns created for a new tab: enough for a 24-month posting. */
const PERIODIC_COLUMNS_CREATED = 3;

/** Rating years the roster needs for the plan: the N years before each plan year. */
function ratingYears(settings: Settings): number[] {
  const years: number[] = [];
  const first = settings.planFirstYear - Math.max(1, settings.ratingYears);
  for (let y = first; y <= settings.planLastYear - 1; y += 1) years.push(y);
  return years;
}

const RATING_FAMILY = { name: "rating", pattern: RATING_COLUMN.pattern };
const REPORT_FAMILY = { name: "report", pattern: PERIODIC_REPORT_COLUMN.pattern };
const EVALUATION_FAMILY = { name: "evaluation", pattern: PERIODIC_EVALUATION_COLUMN.pattern };

/** The roster's columns in the contract's order (sheet-contract.md, "Tab Cán bộ"). */
export function rosterSpecs(settings: Settings): ColumnSpec[] {
  const c = ROSTER_COLUMNS;
  return [
    { def: c.id },
    { def: c.name },
    { def: c.gender, rule: choice(GENDERS) },
    { def: c.birth, rule: DATE },
    { def: c.department },
    { def: c.position },
    { def: c.fullTimeExec, rule: YES_NO },
    { def: c.plannedTitle },
    { def: c.group, rule: choice(TARGET_GROUPS) },
    { def: c.decision },
    { def: c.payroll, rule: YES_NO },
    { def: c.party, rule: choice(PARTY_STATUSES) },
    { def: c.standing, rule: choice(STANDINGS) },
    ...ratingYears(settings).map(
      (y): ColumnSpec => ({
        def: { header: RATING_COLUMN.header(y), en: `Rating ${y}` },
        rule: choice(RATINGS),
        numbered: { ...RATING_FAMILY, n: y },
      }),
    ),
    { def: c.disciplineUntil, rule: DATE },
    { def: c.underReview, rule: YES_NO },
    { def: c.pregnant, rule: YES_NO },
    { def: c.youngestChild, rule: DATE },
    { def: ROSTER_OUTPUT.result },
    { def: ROSTER_OUTPUT.reasons },
    { def: ROSTER_OUTPUT.eligibleFrom },
    { def: ROSTER_OUTPUT.ageLimit },
    { def: ROSTER_OUTPUT.checkedAt },
  ];
}

/** The postings' columns in the contract's order (sheet-contract.md, "Tab Đợt cử đi"). */
export function postingSpecs(settings: Settings): ColumnSpec[] {
  const c = POSTING_COLUMNS;
  const a = POSTING_ASSESSMENT_COLUMNS;
  const periodic: ColumnSpec[] = [];
  for (let n = 1; n <= PERIODIC_COLUMNS_CREATED; n += 1) {
    periodic.push(
      {
        def: { header: PERIODIC_REPORT_COLUMN.header(n), en: PERIODIC_REPORT_COLUMN.en(n) },
        rule: DATE,
        numbered: { ...REPORT_FAMILY, n },
      },
      {
        def: {
          header: PERIODIC_EVALUATION_COLUMN.header(n),
          en: PERIODIC_EVALUATION_COLUMN.en(n),
        },
        rule: DATE,
        numbered: { ...EVALUATION_FAMILY, n },
      },
    );
  }
  return [
    { def: c.cadreId, rule: { kind: "range", tab: TABS.roster, column: ROSTER_COLUMNS.id } },
    { def: c.unit, rule: { kind: "range", tab: TABS.units, column: UNIT_COLUMNS.name } },
    { def: c.unitType, rule: choice(UNIT_TYPES) },
    { def: c.position, rule: choice(POSTING_POSITIONS) },
    { def: c.start, rule: DATE },
    { def: c.months, rule: { kind: "months", blank: settings.minMonths } },
    { def: c.end, rule: DATE },
    { def: c.decisionNo },
    { def: c.partyAgreed, rule: YES_NO },
    { def: c.partyMoved, rule: DATE },
    { def: c.unionMoved, rule: DATE },
    ...periodic,
    { def: c.finalReport, rule: DATE },
    { def: c.finalEvaluation, rule: DATE },
    { def: c.partyExchange, rule: DATE },
    { def: c.settled, rule: DATE },
    { def: a.completion, rule: choice(RATINGS) },
    { def: a.prospects, rule: choice(PROSPECTS) },
    { def: POSTING_OUTPUT.result },
    { def: POSTING_OUTPUT.reasons },
    { def: POSTING_OUTPUT.nextDue },
    { def: POSTING_OUTPUT.state },
    { def: POSTING_OUTPUT.overdue },
    { def: POSTING_OUTPUT.nextTask },
    { def: POSTING_OUTPUT.openTasks },
  ];
}

export function unitSpecs(): ColumnSpec[] {
  return [
    { def: UNIT_COLUMNS.name },
    { def: UNIT_COLUMNS.type, rule: choice(UNIT_TYPES) },
    { def: UNIT_COLUMNS.deputySecretarySeats, rule: SEATS },
    { def: UNIT_COLUMNS.standingMemberSeats, rule: SEATS },
    { def: UNIT_COLUMNS.executiveMemberSeats, rule: SEATS },
  ];
}

const SEATS: ColumnRule = { kind: "seats" };

/** The "Số tháng tối thiểu" setting, named in the help of "Số tháng". */
const MIN_MONTHS = settingDef("minMonths");

/**
 * The help text of a column's validation: Vietnamese, then English. `sourceTab` is the actual
 * name of a range rule's source tab (it may be an alias such as "Cadres").
 */
export function helpText(spec: ColumnSpec, sourceTab?: string): string {
  const rule = spec.rule;
  if (!rule) return "";
  switch (rule.kind) {
    case "list":
      return `Chọn một trong: ${rule.words.join(", ")}.\nChoose one of: ${rule.words.join(", ")}.`;
    case "date":
      return "Nhập ngày dạng dd/mm/yyyy, ví dụ 07/01/2019.\nType a date as dd/mm/yyyy.";
    case "months":
      return `Số tháng (số nguyên); để trống = ${rule.blank} (cấu hình "${MIN_MONTHS.vi}").\nNumber of months (whole number); blank = ${rule.blank} (the "${MIN_MONTHS.en}" setting).`;
    case "seats":
      return "Số cán bộ đơn vị nhận ở vị trí này mỗi năm (số nguyên từ 0); để trống = 1, riêng Phó Bí thư: 0 ở Đoàn trực thuộc.\nCadres the unit takes in this position each year (whole number, 0 or more); blank = 1, except no deputy secretary at an affiliated union.";
    case "range": {
      const tab = sourceTab ?? rule.tab.name;
      return `Chọn một giá trị của cột "${rule.column.header}" trong tab "${tab}".\nChoose a value of column "${rule.column.header}" in the "${tab}" tab.`;
    }
  }
}

/** The 0-based column of each spec in a header row (a numbered column under any spelling). */
export function locate(
  header: readonly unknown[],
  specs: readonly ColumnSpec[],
): (number | undefined)[] {
  const plain: Record<string, ColumnDef> = {};
  const families = new Map<string, NumberedColumn>();
  specs.forEach((s, i) => {
    if (s.numbered) families.set(s.numbered.name, s.numbered);
    else plain[String(i)] = s.def;
  });
  const map = mapColumns(header, plain, [...families.values()]);
  return specs.map((s, i) =>
    s.numbered ? map.numbered.get(s.numbered.name)?.get(s.numbered.n) : map.index[String(i)],
  );
}
