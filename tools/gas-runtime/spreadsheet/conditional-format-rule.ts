/** A built conditional format rule. https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule */
import { ConditionalFormatFields } from "./conditional-format-fields.ts";
import { ConditionalFormatRuleBuilderImpl } from "./conditional-format-rule-builder.ts";

export class ConditionalFormatRuleImpl extends ConditionalFormatFields {
  override toString() {
    return "ConditionalFormatRule";
  }
  getGradientCondition() {
    return null;
  }
  copy() {
    return this.s.core.service(
      "ConditionalFormatRuleBuilder",
      new ConditionalFormatRuleBuilderImpl(this.s, this),
    );
  }
}
