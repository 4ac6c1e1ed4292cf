/**
 * Dropdowns, date and number rules on the data rows of each column set-up owns; a user's own
 * validation that the add-on can read is kept.
 */
import { type DataValidation, newValidation } from "../../adapters/sheets";
import type { TabDef } from "../../core/schema";
import { type ColumnRule, helpText } from "./columns";
import type { Report } from "./report";
import { dataColumn, type Laid } from "./tabs";

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
export function applyValidation(
  tab: Laid,
  sources: ReadonlyMap<TabDef, Laid>,
  report: Report,
): void {
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
