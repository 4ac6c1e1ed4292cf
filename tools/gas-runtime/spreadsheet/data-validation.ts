/** A built data validation rule. https://developers.google.com/apps-script/reference/spreadsheet/data-validation */
import type { DataValidationModel } from "../model.ts";
import { DataValidationBuilderImpl } from "./data-validation-builder.ts";
import { DataValidationFields } from "./data-validation-fields.ts";
import type { Sheets } from "./sheets.ts";

export class DataValidationImpl extends DataValidationFields {
  constructor(s: Sheets, model: DataValidationModel) {
    super(s, structuredClone(model));
  }
  override toString() {
    return "DataValidation";
  }
  copy() {
    return this.s.core.service(
      "DataValidationBuilder",
      new DataValidationBuilderImpl(this.s, this.model),
    );
  }
}
