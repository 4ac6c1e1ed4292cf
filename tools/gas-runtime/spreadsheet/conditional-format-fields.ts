/**
 * What a conditional format rule and its builder both answer: the ranges and the boolean
 * condition. https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule
 */
import type { ConditionalFormatRuleModel, SheetModel } from "../model.ts";
import { BooleanConditionImpl } from "./boolean-condition.ts";
import type { Sheets } from "./sheets.ts";

export class ConditionalFormatFields {
  protected readonly s: Sheets;
  readonly model: ConditionalFormatRuleModel;
  /** The sheet of the ranges (set by setRanges); null before. */
  sheet: SheetModel | null;
  constructor(s: Sheets, model: ConditionalFormatRuleModel, sheet: SheetModel | null) {
    this.s = s;
    this.model = model;
    this.sheet = sheet;
  }
  getRanges() {
    const sheet = this.sheet;
    return sheet ? this.model.ranges.map((a1) => this.s.rangeFromA1(a1, sheet)) : [];
  }
  getBooleanCondition() {
    return this.model.condition
      ? this.s.core.service("BooleanCondition", new BooleanConditionImpl(this.model))
      : null;
  }
}
