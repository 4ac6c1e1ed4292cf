/**
 * What a data validation rule and its builder both answer: criteria type and values, whether
 * invalid data is allowed, the help text.
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation
 */
import type { EnumValue } from "../core.ts";
import type { DataValidationModel } from "../model.ts";
import { DataValidationCriteria } from "./enums.ts";
import type { Sheets } from "./sheets.ts";

export class DataValidationFields {
  protected readonly s: Sheets;
  readonly model: DataValidationModel;
  constructor(s: Sheets, model: DataValidationModel) {
    this.s = s;
    this.model = model;
  }
  getCriteriaType() {
    return (DataValidationCriteria as Record<string, EnumValue>)[this.model.criteria] ?? null;
  }
  /** VALUE_IN_RANGE gives its Range back (the stored "Sheet!A1" while it still resolves). */
  getCriteriaValues() {
    const m = this.model;
    if (m.criteria === "VALUE_IN_RANGE") return [this.s.rangeFromA1(String(m.args[0])), m.args[1]];
    return structuredClone(m.args);
  }
  getAllowInvalid() {
    return this.model.allowInvalid;
  }
  getHelpText() {
    return this.model.helpText ?? null;
  }
}
