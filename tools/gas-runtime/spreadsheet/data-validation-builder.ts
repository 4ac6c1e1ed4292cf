/**
 * SpreadsheetApp.newDataValidation(): the require* criteria (most made from the REQUIRE table),
 * allowInvalid (true by default), help text.
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 */
import { quoteSheetName } from "../a1.ts";
import { enumName } from "../core.ts";
import type { DataValidationModel } from "../model.ts";
import { fromRealm } from "../realm.ts";
import {
  type CriteriaMethods,
  defineCriteriaMethods,
  SHARED_CRITERIA,
} from "./criteria-methods.ts";
import { DataValidationImpl } from "./data-validation.ts";
import { DataValidationFields } from "./data-validation-fields.ts";
import type { Sheets } from "./sheets.ts";

/** The require… methods besides SHARED_CRITERIA's. */
const REQUIRE: CriteriaMethods = {
  ...SHARED_CRITERIA,
  Date: ["DATE_IS_VALID_DATE", 0],
  DateAfter: ["DATE_AFTER", 1],
  DateBefore: ["DATE_BEFORE", 1],
  DateBetween: ["DATE_BETWEEN", 2],
  DateEqualTo: ["DATE_EQUAL_TO", 1],
  DateNotBetween: ["DATE_NOT_BETWEEN", 2],
  DateOnOrAfter: ["DATE_ON_OR_AFTER", 1],
  DateOnOrBefore: ["DATE_ON_OR_BEFORE", 1],
  TextIsEmail: ["TEXT_IS_VALID_EMAIL", 0],
  TextIsUrl: ["TEXT_IS_VALID_URL", 0],
};

export class DataValidationBuilderImpl extends DataValidationFields {
  constructor(s: Sheets, from?: DataValidationModel) {
    super(s, from ? structuredClone(from) : { criteria: "", args: [], allowInvalid: true });
  }
  override toString() {
    return "DataValidationBuilder";
  }
  #set(criteria: string, args: unknown[]) {
    this.model.criteria = criteria;
    this.model.args = fromRealm(args);
    return this;
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown) {
    return this.#set(
      "CHECKBOX",
      [checked, unchecked].filter((x) => x !== undefined),
    );
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireValueInList(String,Boolean) */
  requireValueInList(values: unknown, showDropdown: unknown = true) {
    if (!Array.isArray(values)) this.s.fail("Invalid argument: values");
    return this.#set("VALUE_IN_LIST", [(values as unknown[]).map(String), Boolean(showDropdown)]);
  }
  requireValueInRange(range: unknown, showDropdown: unknown = true) {
    const { sheet, a1 } = this.s.rangeArg(range);
    this.model.criteria = "VALUE_IN_RANGE";
    this.model.args = [`${quoteSheetName(sheet.name)}!${a1}`, Boolean(showDropdown)];
    return this;
  }
  withCriteria(criteria: unknown, args: unknown) {
    const name = enumName(criteria);
    if (name === "VALUE_IN_RANGE" && Array.isArray(args)) {
      return this.requireValueInRange(args[0], args[1] ?? true);
    }
    return this.#set(name, Array.isArray(args) ? args : []);
  }
  setAllowInvalid(allowInvalidData: unknown) {
    this.model.allowInvalid = Boolean(allowInvalidData);
    return this;
  }
  setHelpText(helpText: unknown) {
    this.model.helpText = String(helpText);
    return this;
  }
  build() {
    if (!this.model.criteria)
      this.s.fail("You must specify a criteria for the data validation rule.");
    return this.s.core.service("DataValidation", new DataValidationImpl(this.s, this.model));
  }
  copy() {
    return this.s.core.service(
      "DataValidationBuilder",
      new DataValidationBuilderImpl(this.s, this.model),
    );
  }

  static {
    defineCriteriaMethods(
      DataValidationBuilderImpl.prototype,
      "require",
      REQUIRE,
      (self, c, args) => self.#set(c, args),
    );
  }
}
