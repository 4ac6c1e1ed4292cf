/**
 * The conditional formats set-up owns: statuses coloured as the checks write them, overdue
 * tasks, deadlines passed or due within DUE_SOON_DAYS days (formulas on TODAY(), so that the
 * colours follow the day without a run). A user's own rules are kept.
 */
import {
  type ConditionalFormatRule,
  type ConditionalFormatRuleBuilder,
  newConditionalFormat,
  relativeToday,
} from "../../adapters/sheets";
import { columnLetter } from "../../core/headers";
import { DUE_SOON_DAYS, REPORT_STATE_WORDS } from "../../core/reports";
import {
  type ColumnDef,
  DEADLINE_COLOURS,
  POSTING_OUTPUT,
  POSTING_STATUS,
  ROSTER_OUTPUT,
  ROSTER_STATUS,
  STATUS_COLOURS,
  TABS,
  type TabDef,
} from "../../core/schema";
import { dataColumn, type Laid } from "./tabs";

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

export function applyHighlights(tab: TabDef, laid: Laid): void {
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
