/**
 * SpreadsheetApp.newConditionalFormatRule(): the when* conditions (most made from the WHEN
 * table), the format to apply, the ranges.
 * https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
 */
import { enumName } from "../core.ts";
import { fromRealm } from "../realm.ts";
import { ConditionalFormatFields } from "./conditional-format-fields.ts";
import { ConditionalFormatRuleImpl } from "./conditional-format-rule.ts";
import {
  type CriteriaMethods,
  defineCriteriaMethods,
  SHARED_CRITERIA,
} from "./criteria-methods.ts";
import type { Sheets } from "./sheets.ts";
import { isDateValue } from "./values.ts";

/** The when… methods besides SHARED_CRITERIA's (dates take a Date or a RelativeDate: below). */
const WHEN: CriteriaMethods = {
  ...SHARED_CRITERIA,
  CellEmpty: ["CELL_EMPTY", 0],
  CellNotEmpty: ["CELL_NOT_EMPTY", 0],
  TextEndsWith: ["TEXT_ENDS_WITH", 1, "text"],
  TextStartsWith: ["TEXT_STARTS_WITH", 1, "text"],
};

export class ConditionalFormatRuleBuilderImpl extends ConditionalFormatFields {
  constructor(s: Sheets, from?: ConditionalFormatFields) {
    super(
      s,
      from ? structuredClone(from.model) : { ranges: [], condition: "", values: [] },
      from?.sheet ?? null,
    );
  }
  override toString() {
    return "ConditionalFormatRuleBuilder";
  }
  #when(condition: string, values: unknown[]) {
    this.model.condition = condition;
    this.model.values = fromRealm(values);
    return this;
  }
  /** A Date, or a SpreadsheetApp.RelativeDate (stored by name, condition *_RELATIVE). */
  #date(base: string, date: unknown) {
    if (isDateValue(date)) return this.#when(base, [date]);
    return this.#when(`${base}_RELATIVE`, [enumName(date)]);
  }
  whenDateAfter(date: unknown) {
    return this.#date("DATE_AFTER", date);
  }
  whenDateBefore(date: unknown) {
    return this.#date("DATE_BEFORE", date);
  }
  whenDateEqualTo(date: unknown) {
    return this.#date("DATE_EQUAL_TO", date);
  }
  withCriteria(criteria: unknown, args: unknown) {
    return this.#when(enumName(criteria), Array.isArray(args) ? args : []);
  }
  setBackground(color: unknown) {
    if (color === null || color === undefined) delete this.model.background;
    else this.model.background = String(color);
    return this;
  }
  setFontColor(color: unknown) {
    if (color === null || color === undefined) delete this.model.fontColor;
    else this.model.fontColor = String(color);
    return this;
  }
  setBold(bold: unknown) {
    this.model.bold = Boolean(bold);
    return this;
  }
  setItalic(italic: unknown) {
    this.model.italic = Boolean(italic);
    return this;
  }
  setUnderline(underline: unknown) {
    this.model.underline = Boolean(underline);
    return this;
  }
  setStrikethrough(strikethrough: unknown) {
    this.model.strikethrough = Boolean(strikethrough);
    return this;
  }
  setRanges(ranges: unknown) {
    if (!Array.isArray(ranges)) this.s.fail("Invalid argument: ranges");
    const parsed = (ranges as unknown[]).map((r) => this.s.rangeArg(r));
    this.sheet = parsed[0]?.sheet ?? null;
    this.model.ranges = parsed.map((p) => p.a1);
    return this;
  }
  build() {
    if (!this.model.condition) this.s.fail("Conditional format rule must have a condition.");
    return this.s.core.service(
      "ConditionalFormatRule",
      new ConditionalFormatRuleImpl(this.s, structuredClone(this.model), this.sheet),
    );
  }
  copy() {
    return this.s.core.service(
      "ConditionalFormatRuleBuilder",
      new ConditionalFormatRuleBuilderImpl(this.s, this),
    );
  }

  static {
    defineCriteriaMethods(
      ConditionalFormatRuleBuilderImpl.prototype,
      "when",
      WHEN,
      (self, c, args) => self.#when(c, args),
    );
  }
}
