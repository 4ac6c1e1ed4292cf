/**
 * The condition of a conditional format rule, and the format it applies.
 * https://developers.google.com/apps-script/reference/spreadsheet/boolean-condition
 */
import type { EnumValue } from "../core.ts";
import type { ConditionalFormatRuleModel } from "../model.ts";
import { BooleanCriteria, RelativeDate } from "./enums.ts";

export class BooleanConditionImpl {
  readonly #m: ConditionalFormatRuleModel;
  constructor(m: ConditionalFormatRuleModel) {
    this.#m = m;
  }
  toString() {
    return "BooleanCondition";
  }
  getCriteriaType() {
    return (BooleanCriteria as Record<string, EnumValue>)[this.#m.condition] ?? null;
  }
  getCriteriaValues() {
    return this.#m.values.map((v) =>
      typeof v === "string" && this.#m.condition.endsWith("_RELATIVE")
        ? ((RelativeDate as Record<string, EnumValue>)[v] ?? v)
        : v,
    );
  }
  getBackground() {
    return this.#m.background ?? null;
  }
  getFontColor() {
    return this.#m.fontColor ?? null;
  }
  getBold() {
    return this.#m.bold ?? null;
  }
  getItalic() {
    return this.#m.italic ?? null;
  }
  getUnderline() {
    return this.#m.underline ?? null;
  }
  getStrikethrough() {
    return this.#m.strikethrough ?? null;
  }
}
