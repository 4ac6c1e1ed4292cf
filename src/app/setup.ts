/**
 * "Thiết lập bảng tính": makes a spreadsheet ready for the add-on without touching any data.
 * - creates the missing tabs (Cán bộ, Đợt cử đi, Đơn vị, Cấu hình);
 * - appends the missing headers at the right of each tab (existing columns never move);
 * - dropdowns for every vocabulary (existing odd values are flagged, not rejected), units from
 *   "Đơn vị", cadre IDs from "Cán bộ", date validation on date columns;
 * - a frozen header row; conditional formatting of the statuses and of overdue reports;
 * - "Cấu hình" gains every missing key with its default and an explanatory note;
 * - "Đơn vị" is seeded with Tây Ninh's units when it has none.
 * Running it twice gives the same sheet as running it once.
 */
import {
  type ConditionalFormatRule,
  type ConditionalFormatRuleBuilder,
  type DataValidation,
  newConditionalFormat,
  newValidation,
  relativeToday,
  type Sheet,
  Workbook,
} from "../adapters/sheets";
import { type ChoiceOption, isBlank, readChoice, readYesNo } from "../core/cells";
import { columnLetter, headerRowOf, mapColumns, type NumberedColumn } from "../core/headers";
import type { Text } from "../core/i18n";
import { DUE_SOON_DAYS, REPORT_STATE_WORDS } from "../core/reports";
import {
  type ColumnDef,
  DEADLINE_COLOURS,
  dropdownWords,
  GENDERS,
  PARTY_STATUSES,
  PERIODIC_EVALUATION_COLUMN,
  PERIODIC_REPORT_COLUMN,
  POSTING_ASSESSMENT_COLUMNS,
  POSTING_COLUMNS,
  POSTING_OUTPUT,
  POSTING_POSITIONS,
  POSTING_STATUS,
  PROSPECTS,
  RATING_COLUMN,
  RATINGS,
  ROSTER_COLUMNS,
  ROSTER_OUTPUT,
  ROSTER_STATUS,
  SETTINGS_COLUMNS,
  STANDINGS,
  STATUS_COLOURS,
  TABS,
  TARGET_GROUPS,
  type TabDef,
  UNIT_COLUMNS,
  UNIT_TYPES,
  type UnitType,
  wordOf,
  YES_NO_WORDS,
} from "../core/schema";
import {
  DEFAULT_SETTINGS,
  defaultCell,
  SETTING_DEFS,
  type Settings,
  settingDef,
  settingDefOf,
} from "../core/settings";
import { readSettings, type SettingsRead, unknownKeysText } from "../core/settings-tab";
import { runCommand } from "./command";

// ------------------------------------------------------------------ what the sheet should hold

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
export const PERIODIC_COLUMNS_CREATED = 3;

/** Rating years the roster needs for the plan: the N years before each plan year. */
export function ratingYears(settings: Settings): number[] {
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

/**
 * Tây Ninh's receiving units in the plan period (plan III.1: huyện, thành đoàn and đoàn trực
 * thuộc), as the Đoàn bodies they are: their names give the documents' wording
 * (core/documents/bodies.ts). Hòa Thành and Trảng Bàng became thị xã on 01/02/2020 (Nghị quyết
 * 865/NQ-UBTVQH14): their unions are Thị đoàn since, with a note saying so.
 */
export const TAY_NINH_UNITS: readonly { name: string; type: UnitType; note?: string }[] = [
  { name: "Thành đoàn Tây Ninh", type: "city" },
  { name: "Huyện đoàn Tân Biên", type: "district" },
  { name: "Huyện đoàn Tân Châu", type: "district" },
  { name: "Huyện đoàn Dương Minh Châu", type: "district" },
  { name: "Huyện đoàn Châu Thành", type: "district" },
  {
    name: "Thị đoàn Hòa Thành",
    type: "town",
    note: "Thị xã từ 01/02/2020 (trước đó là Huyện đoàn Hòa Thành): đơn vị cấp huyện.\nA town (thị xã) since 01/02/2020, before that a district: district level.",
  },
  { name: "Huyện đoàn Gò Dầu", type: "district" },
  { name: "Huyện đoàn Bến Cầu", type: "district" },
  {
    name: "Thị đoàn Trảng Bàng",
    type: "town",
    note: "Thị xã từ 01/02/2020 (trước đó là Huyện đoàn Trảng Bàng): đơn vị cấp huyện.\nA town (thị xã) since 01/02/2020, before that a district: district level.",
  },
  { name: "Đoàn Khối các cơ quan tỉnh", type: "affiliated" },
  { name: "Đoàn Khối doanh nghiệp tỉnh", type: "affiliated" },
];

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
function locate(header: readonly unknown[], specs: readonly ColumnSpec[]): (number | undefined)[] {
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

// ------------------------------------------------------------------ applying it

interface Report {
  createdTabs: string[];
  addedHeaders: number;
  addedKeys: number;
  seededUnits: number;
  /** Tabs whose header row is below row 1 (titles above it): tab → row. */
  headerRows: { tab: string; row: number }[];
  /** Columns whose own data validation set-up left as the user made it. */
  keptRules: { tab: string; column: string; checkbox: boolean }[];
  /** Columns whose data validation the add-on cannot read, replaced by its dropdown. */
  replacedRules: { tab: string; column: string }[];
  /** Tabs whose frozen rows set-up left as the user chose them. */
  keptFrozen: { tab: string; rows: number }[];
}

/** Columns a tab ends up with: spec → 1-based column. */
type Placed = { spec: ColumnSpec; column: number }[];

/** True when a data range holds nothing at all (a new sheet's [[""]]). */
function isEmpty(values: readonly (readonly unknown[])[]): boolean {
  return values.every((row) => row.every((c) => isBlank(c)));
}

/**
 * Appends the headers `specs` lacks to the header row (row `headerRow`), at the right of the
 * data (one setValues), and returns where every spec's column is. A column already in the
 * header row, under any spelling the readers accept, is never added again.
 */
function ensureHeaders(
  sheet: Sheet,
  values: unknown[][],
  headerRow: number,
  specs: readonly ColumnSpec[],
  report: Report,
): Placed {
  const header = values[headerRow - 1] ?? [];
  const found = locate(header, specs);
  const missing = specs.filter((_s, i) => found[i] === undefined);
  const first = isEmpty(values) ? 1 : Math.max(...values.map((r) => r.length)) + 1;
  const placed: Placed = [];
  let next = first;
  specs.forEach((spec, i) => {
    const at = found[i];
    if (at !== undefined) placed.push({ spec, column: at + 1 });
    else {
      placed.push({ spec, column: next });
      next += 1;
    }
  });
  if (missing.length > 0) {
    const maxColumns = sheet.getMaxColumns();
    const last = first + missing.length - 1;
    if (last > maxColumns) sheet.insertColumnsAfter(maxColumns, last - maxColumns);
    sheet
      .getRange(headerRow, first, 1, missing.length)
      .setValues([missing.map((s) => s.def.header)])
      .setFontWeight("bold");
    report.addedHeaders += missing.length;
    if (first === 1) {
      // A tab that was empty: its header row grows with the new columns.
      values[headerRow - 1] = missing.map((s) => s.def.header);
    } else {
      values[headerRow - 1] = [...header, ...missing.map((s) => s.def.header)];
    }
  }
  return placed;
}

/** The rows below the header row of one column, as far as the sheet goes. */
function dataColumn(sheet: Sheet, column: number, laid: { headerRow: number; maxRows: number }) {
  return sheet.getRange(laid.headerRow + 1, column, Math.max(1, laid.maxRows - laid.headerRow), 1);
}

/** A tab as laid out: its sheet, actual name, header row, where each column is, and its rows. */
interface Laid {
  sheet: Sheet;
  name: string;
  /** 1-based row of the header row. */
  headerRow: number;
  placed: Placed;
  maxRows: number;
}

type Validation = DataValidation;

/** How each of the add-on's help texts (helpText) starts: a validation with one is the add-on's. */
const OUR_HELP =
  /^(?:Chọn một trong: |Nhập ngày dạng dd\/mm\/yyyy|Số tháng \(số nguyên\)|Số cán bộ đơn vị nhận|Chọn một giá trị của cột ")/;

/**
 * What set-up does with a column's existing validation: "ours" (the add-on's, rewritten so its
 * help follows the settings), "kept" (the user's, and the add-on reads every value it allows:
 * a checkbox on a yes/no column, a list of words the reader knows, any date or number rule, a
 * list or range of units or IDs), or "replaced" (a list holding words the add-on cannot read).
 */
function judge(existing: Validation | null, rule: ColumnRule): "ours" | "kept" | "replaced" {
  if (!existing || OUR_HELP.test(existing.getHelpText() ?? "")) return "ours";
  const type = String(existing.getCriteriaType());
  const values = existing.getCriteriaValues();
  switch (rule.kind) {
    case "list":
      if (type === "CHECKBOX") return rule.checkbox ? "kept" : "replaced";
      if (type !== "VALUE_IN_LIST") return "replaced";
      return ((values[0] as unknown[]) ?? []).every((w) => rule.reads(w)) ? "kept" : "replaced";
    case "date":
      return type.startsWith("DATE_") ? "kept" : "replaced";
    case "months":
    case "seats":
      return type.startsWith("NUMBER_") ? "kept" : "replaced";
    case "range":
      return type === "VALUE_IN_RANGE" || type === "VALUE_IN_LIST" ? "kept" : "replaced";
  }
}

/**
 * Dropdowns, date and number rules on the data rows of a tab's columns. A column whose
 * validation is the user's own and compatible (judge) is left as it is and named in the
 * report; the validations in place are read in one call, from the first row below the header.
 */
function applyValidation(tab: Laid, sources: ReadonlyMap<TabDef, Laid>, report: Report): void {
  const { sheet, placed, headerRow, maxRows } = tab;
  const width = Math.max(0, ...placed.filter((p) => p.spec.rule).map((p) => p.column));
  const existing: (Validation | null)[] =
    width > 0 && headerRow < maxRows
      ? (sheet.getRange(headerRow + 1, 1, 1, width).getDataValidations()[0] ?? [])
      : [];
  for (const { spec, column } of placed) {
    const rule = spec.rule;
    if (!rule) continue;
    const help = helpText(spec, rule.kind === "range" ? sources.get(rule.tab)?.name : undefined);
    const verdict = judge(existing[column - 1] ?? null, rule);
    if (verdict === "kept") {
      const checkbox = String(existing[column - 1]?.getCriteriaType()) === "CHECKBOX";
      report.keptRules.push({ tab: tab.name, column: spec.def.header, checkbox });
      continue;
    }
    if (verdict === "replaced")
      report.replacedRules.push({ tab: tab.name, column: spec.def.header });
    let builder = newValidation();
    switch (rule.kind) {
      case "list":
        builder = builder.requireValueInList([...rule.words], true);
        break;
      case "date":
        builder = builder.requireDate();
        break;
      case "months":
        builder = builder.requireNumberBetween(1, 120);
        break;
      case "seats":
        builder = builder.requireNumberBetween(0, 99);
        break;
      case "range": {
        const source = sources.get(rule.tab);
        const at = source?.placed.find((p) => p.spec.def === rule.column);
        if (!source || !at) continue;
        builder = builder.requireValueInRange(dataColumn(source.sheet, at.column, source), true);
        break;
      }
    }
    dataColumn(sheet, column, tab).setDataValidation(
      builder.setAllowInvalid(true).setHelpText(help).build(),
    );
  }
}

/** Conditional formats the add-on owns: text → background on one column. */
type Highlight = { def: ColumnDef; colour: string } & (
  | { when: "equals" | "startsWith"; text: string }
  /** A number above 0 (Việc quá hạn). */
  | { when: "positive" }
  /** A date before today: Sheets compares with TODAY() as the sheet is opened, without a run. */
  | { when: "past" }
  /** A date from today to DUE_SOON_DAYS days on (a formula on TODAY()). */
  | { when: "soon" }
);

type RuleBuilder = ConditionalFormatRuleBuilder;

/** The formula of a "soon" rule whose range starts at `topLeft` (e.g. "$X2"). */
function soonFormula(topLeft: string): string {
  return `=AND(ISNUMBER(${topLeft}),${topLeft}>=TODAY(),${topLeft}<=TODAY()+${DUE_SOON_DAYS})`;
}
const SOON_FORMULA = new RegExp(`^=AND\\(ISNUMBER\\(.*<=TODAY\\(\\)\\+${DUE_SOON_DAYS}\\)$`);

/** The rule's condition on a column whose first data cell is `topLeft` (e.g. "$X2"). */
function condition(h: Highlight, builder: RuleBuilder, topLeft: string): RuleBuilder {
  switch (h.when) {
    case "equals":
      return builder.whenTextEqualTo(h.text);
    case "startsWith":
      return builder.whenTextStartsWith(h.text);
    case "positive":
      return builder.whenNumberGreaterThan(0);
    case "past":
      return builder.whenDateBefore(relativeToday());
    case "soon":
      return builder.whenFormulaSatisfied(soonFormula(topLeft));
  }
}

/** Whether a rule's condition (criteria type and values) is the one `h` builds. */
function sameCondition(h: Highlight, type: string, values: readonly unknown[]): boolean {
  switch (h.when) {
    case "equals":
    case "startsWith":
      return (
        type === (h.when === "equals" ? "TEXT_EQUAL_TO" : "TEXT_STARTS_WITH") &&
        values.length === 1 &&
        values[0] === h.text
      );
    case "positive":
      return type === "NUMBER_GREATER_THAN" && Number(values[0]) === 0;
    case "past":
      return type === "DATE_BEFORE_RELATIVE" && String(values[0]) === "TODAY";
    case "soon":
      // The column may have moved since: Sheets rewrites the reference, not the shape.
      return type === "CUSTOM_FORMULA" && SOON_FORMULA.test(String(values[0]));
  }
}

/** The deadlines of "Đợt cử đi" coloured from TODAY(): passed, then due within 30 days. */
function deadlines(def: ColumnDef): Highlight[] {
  return [
    { def, when: "past", colour: DEADLINE_COLOURS.past },
    { def, when: "soon", colour: DEADLINE_COLOURS.soon },
  ];
}

function highlightsOf(tab: TabDef): Highlight[] {
  if (tab === TABS.roster) {
    return (Object.keys(ROSTER_STATUS) as (keyof typeof ROSTER_STATUS)[]).map((s) => ({
      def: ROSTER_OUTPUT.result,
      when: "equals",
      text: ROSTER_STATUS[s].vi,
      colour: STATUS_COLOURS[s],
    }));
  }
  if (tab === TABS.postings) {
    return [
      ...(Object.keys(POSTING_STATUS) as (keyof typeof POSTING_STATUS)[]).map(
        (s): Highlight => ({
          def: POSTING_OUTPUT.result,
          when: "equals",
          text: POSTING_STATUS[s].vi,
          colour: STATUS_COLOURS[s],
        }),
      ),
      {
        def: POSTING_OUTPUT.state,
        when: "startsWith",
        text: REPORT_STATE_WORDS.overdue,
        colour: STATUS_COLOURS.invalid,
      },
      {
        def: POSTING_OUTPUT.state,
        when: "equals",
        text: REPORT_STATE_WORDS.complete,
        colour: STATUS_COLOURS.valid,
      },
      { def: POSTING_OUTPUT.overdue, when: "positive", colour: DEADLINE_COLOURS.past },
      ...deadlines(POSTING_OUTPUT.nextDue),
      ...deadlines(POSTING_OUTPUT.nextTask),
    ];
  }
  return [];
}

/** Whether an existing rule is one of ours (same condition, text and colour), to be replaced. */
function isOurs(rule: ConditionalFormatRule, ours: Highlight[]) {
  const condition = rule.getBooleanCondition();
  if (!condition) return false;
  const type = String(condition.getCriteriaType());
  const values = condition.getCriteriaValues();
  const background = (condition.getBackground() ?? "").toLowerCase();
  return ours.some((h) => sameCondition(h, type, values) && background === h.colour.toLowerCase());
}

function applyHighlights(tab: TabDef, laid: Laid): void {
  const { sheet, placed } = laid;
  const ours = highlightsOf(tab);
  if (ours.length === 0) return;
  const kept = sheet.getConditionalFormatRules().filter((r) => !isOurs(r, ours));
  const added = ours.flatMap((h) => {
    const at = placed.find((p) => p.spec.def === h.def);
    if (!at) return [];
    const range = dataColumn(sheet, at.column, laid);
    const topLeft = `$${columnLetter(at.column - 1)}${laid.headerRow + 1}`;
    return [
      condition(h, newConditionalFormat(), topLeft)
        .setBackground(h.colour)
        .setRanges([range])
        .build(),
    ];
  });
  sheet.setConditionalFormatRules([...kept, ...added]);
}

/**
 * Freezes a tab down to its header row when nothing is frozen; rows the user froze (more or
 * fewer) are left as they are, and the report says so when they differ from the header row.
 */
function freezeHeader(sheet: Sheet, tab: string, headerRow: number, report: Report): void {
  const frozen = sheet.getFrozenRows();
  if (frozen === 0) sheet.setFrozenRows(headerRow);
  else if (frozen !== headerRow) report.keptFrozen.push({ tab, rows: frozen });
}

/** "Cấu hình": header, every missing key with its default, a note on each key without one. */
function ensureSettings(sheet: Sheet, values: unknown[][], report: Report): void {
  if (isEmpty(values)) {
    sheet
      .getRange(1, 1, 1, 2)
      .setValues([[SETTINGS_COLUMNS.key.header, SETTINGS_COLUMNS.value.header]])
      .setFontWeight("bold");
    values.splice(0, values.length, [SETTINGS_COLUMNS.key.header, SETTINGS_COLUMNS.value.header]);
    report.addedHeaders += 2;
  }
  const defOf = (key: unknown) => (typeof key === "string" ? settingDefOf(key) : undefined);
  const present = new Set(values.slice(1).map((row) => defOf(row[0])));
  const missing = SETTING_DEFS.filter((d) => !present.has(d));
  let lastRow = values.length;
  while (lastRow > 1 && (values[lastRow - 1] ?? []).every((c) => isBlank(c))) lastRow -= 1;
  if (missing.length > 0) {
    sheet
      .getRange(lastRow + 1, 1, missing.length, 2)
      .setValues(missing.map((d) => [d.vi, defaultCell(d)]));
    for (const d of missing) values[lastRow++] = [d.vi, defaultCell(d)];
    report.addedKeys += missing.length;
  }
  if (lastRow < 2) return;
  // Notes: the key cells that have none get the setting's explanation (one read, one write).
  const keys = sheet.getRange(2, 1, lastRow - 1, 1);
  const notes = keys.getNotes();
  let changed = false;
  const next = notes.map((row, i) => {
    const def = defOf(values[i + 1]?.[0]);
    if (!def || (row[0] ?? "") !== "") return [row[0] ?? ""];
    changed = true;
    const dflt = def.default === null ? "để trống / blank" : String(defaultCell(def));
    return [`${def.help.vi}\n${def.help.en}\nMặc định / default: ${dflt}`];
  });
  if (changed) keys.setNotes(next);
}

/** "Đơn vị" with no unit yet: Tây Ninh's units, below the header row. */
function seedUnits(
  sheet: Sheet,
  values: unknown[][],
  headerRow: number,
  placed: Placed,
  report: Report,
): void {
  const hasUnits = values.slice(headerRow).some((row) => row.some((c) => !isBlank(c)));
  if (hasUnits) return;
  const name = placed.find((p) => p.spec.def === UNIT_COLUMNS.name)?.column;
  const type = placed.find((p) => p.spec.def === UNIT_COLUMNS.type)?.column;
  if (name === undefined || type === undefined) return;
  const n = TAY_NINH_UNITS.length;
  if (type === name + 1) {
    sheet
      .getRange(headerRow + 1, name, n, 2)
      .setValues(TAY_NINH_UNITS.map((u) => [u.name, wordOf(UNIT_TYPES, u.type)]));
  } else {
    sheet.getRange(headerRow + 1, name, n, 1).setValues(TAY_NINH_UNITS.map((u) => [u.name]));
    sheet
      .getRange(headerRow + 1, type, n, 1)
      .setValues(TAY_NINH_UNITS.map((u) => [wordOf(UNIT_TYPES, u.type)]));
  }
  sheet.getRange(headerRow + 1, name, n, 1).setNotes(TAY_NINH_UNITS.map((u) => [u.note ?? ""]));
  report.seededUnits = n;
}

/**
 * The settings set-up works with: what the tab says, and for a value it cannot read the
 * default (the plan period as a whole when it ends before it starts), said in the message.
 */
function settingsForSetUp(read: SettingsRead, tab: string): { settings: Settings; said: Text[] } {
  const said: Text[] = [];
  let settings = read.settings;
  if (read.errors.length > 0) {
    if (settings.planLastYear < settings.planFirstYear) {
      settings = {
        ...settings,
        planFirstYear: DEFAULT_SETTINGS.planFirstYear,
        planLastYear: DEFAULT_SETTINGS.planLastYear,
      };
    }
    const many = read.errors.length > 1;
    said.push({
      vi: [
        ...read.errors.map((e) => e.message.vi),
        `Thiết lập bảng tính đã dùng giá trị mặc định thay cho ${many ? "các giá trị này" : "giá trị này"}; hãy sửa rồi chạy lại.`,
      ].join(" "),
      en: [
        ...read.errors.map((e) => e.message.en),
        `Set up sheets used the default instead; correct ${many ? "them" : "it"} and run it again.`,
      ].join(" "),
    });
  }
  const unknown = unknownKeysText(read.unknownKeys, tab);
  if (unknown) said.push(unknown);
  return { settings, said };
}

/** Items grouped by their tab, in the order the tabs first appear. */
function groupBy<T extends { tab: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(item.tab, [...(out.get(item.tab) ?? []), item]);
  return out;
}

function summary(report: Report, settingsSaid: readonly Text[]): Text {
  const vi: string[] = settingsSaid.map((t) => t.vi);
  const en: string[] = settingsSaid.map((t) => t.en);
  if (report.createdTabs.length > 0) {
    const tabs = report.createdTabs.map((t) => `"${t}"`).join(", ");
    vi.push(`Đã tạo tab ${tabs}.`);
    en.push(`Created the ${tabs} tab(s).`);
  }
  if (report.addedHeaders > 0) {
    vi.push(
      `Đã thêm ${report.addedHeaders} cột tiêu đề còn thiếu (ở bên phải, dữ liệu cũ giữ nguyên).`,
    );
    en.push(`Added ${report.addedHeaders} missing header(s) at the right; existing data kept.`);
  }
  if (report.addedKeys > 0) {
    vi.push(`Đã thêm ${report.addedKeys} khóa cấu hình với giá trị mặc định.`);
    en.push(`Added ${report.addedKeys} setting(s) with their defaults.`);
  }
  if (report.seededUnits > 0) {
    vi.push(`Đã nhập sẵn ${report.seededUnits} đơn vị của tỉnh Tây Ninh.`);
    en.push(`Filled in ${report.seededUnits} units of Tây Ninh.`);
  }
  for (const h of report.headerRows) {
    vi.push(`Tab "${h.tab}": dòng tiêu đề là dòng ${h.row}; các dòng phía trên được giữ nguyên.`);
    en.push(
      `"${h.tab}" tab: the header row is row ${h.row}; the rows above it are left as they are.`,
    );
  }
  vi.push("Danh sách chọn, định dạng ngày và tô màu trạng thái đã sẵn sàng.");
  en.push("Dropdowns, date validation and status colours are in place.");
  for (const [tab, kept] of groupBy(report.keptRules)) {
    const cols = kept.map((k) => `"${k.column}"${k.checkbox ? " (ô đánh dấu)" : ""}`).join(", ");
    const colsEn = kept.map((k) => `"${k.column}"${k.checkbox ? " (checkbox)" : ""}`).join(", ");
    vi.push(`Giữ nguyên cách nhập liệu bạn đã đặt cho cột ${cols} của tab "${tab}".`);
    en.push(`Kept your own data validation of ${colsEn} in the "${tab}" tab.`);
  }
  for (const [tab, replaced] of groupBy(report.replacedRules)) {
    const cols = replaced.map((k) => `"${k.column}"`).join(", ");
    vi.push(
      `Đã thay cách nhập liệu của cột ${cols} (tab "${tab}") bằng danh sách chọn, vì danh sách cũ có giá trị tiện ích không đọc được.`,
    );
    en.push(
      `Replaced the data validation of ${cols} ("${tab}" tab) with the add-on's dropdown: the old one allowed values the add-on cannot read.`,
    );
  }
  for (const f of report.keptFrozen) {
    vi.push(`Giữ nguyên ${f.rows} dòng cố định của tab "${f.tab}".`);
    en.push(`Kept the ${f.rows} frozen row(s) of the "${f.tab}" tab.`);
  }
  return { vi: vi.join(" "), en: en.join(" ") };
}

/** Menu "Thiết lập bảng tính". */
export function menuSetUp(): void {
  runCommand((ctx) => {
    const workbook = Workbook.active();
    const report: Report = {
      createdTabs: [],
      addedHeaders: 0,
      addedKeys: 0,
      seededUnits: 0,
      headerRows: [],
      keptRules: [],
      replacedRules: [],
      keptFrozen: [],
    };
    const order = [TABS.roster, TABS.postings, TABS.units, TABS.settings] as const;
    const sheets = new Map<TabDef, Sheet>();
    for (const tab of order) {
      let sheet = workbook.find(tab);
      if (!sheet) {
        sheet = workbook.insert(tab);
        report.createdTabs.push(tab.name);
      }
      sheets.set(tab, sheet);
    }
    const read = (tab: TabDef): unknown[][] => sheets.get(tab)!.getDataRange().getValues();
    const nameOf = (sheet: Sheet): string =>
      workbook.sheets().find((s) => s.sheet === sheet)?.name ?? sheet.getName();

    // Cấu hình first: the roster's rating columns follow the plan period.
    const settingsSheet = sheets.get(TABS.settings)!;
    const settingsValues = read(TABS.settings);
    ensureSettings(settingsSheet, settingsValues, report);
    const settingsName = nameOf(settingsSheet);
    const parsed = readSettings(settingsValues, workbook.offsetMinutes(), settingsName);
    const { settings, said } = settingsForSetUp(parsed, settingsName);

    const specs = new Map<TabDef, ColumnSpec[]>([
      [TABS.roster, rosterSpecs(settings)],
      [TABS.postings, postingSpecs(settings)],
      [TABS.units, unitSpecs()],
    ]);
    const laid = new Map<TabDef, Laid>();
    for (const tab of [TABS.units, TABS.roster, TABS.postings]) {
      const sheet = sheets.get(tab)!;
      const name = nameOf(sheet);
      const values = read(tab);
      const headerRow = headerRowOf(tab, values) + 1;
      if (headerRow > 1) report.headerRows.push({ tab: name, row: headerRow });
      const placed = ensureHeaders(sheet, values, headerRow, specs.get(tab)!, report);
      if (tab === TABS.units) seedUnits(sheet, values, headerRow, placed, report);
      laid.set(tab, { sheet, name, headerRow, placed, maxRows: sheet.getMaxRows() });
    }
    for (const [tab, one] of laid) {
      freezeHeader(one.sheet, one.name, one.headerRow, report);
      applyValidation(one, laid, report);
      applyHighlights(tab, one);
    }
    freezeHeader(
      settingsSheet,
      settingsName,
      headerRowOf(TABS.settings, settingsValues) + 1,
      report,
    );
    ctx.toast(summary(report, said), 10);
  });
}
