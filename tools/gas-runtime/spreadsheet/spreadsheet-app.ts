/**
 * The SpreadsheetApp global: the active spreadsheet, sheet and range, the builders, the enums.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
 */

import { NO_UI_HERE } from "../deployment.ts";
import { ConditionalFormatRuleBuilderImpl } from "./conditional-format-rule-builder.ts";
import { DataValidationBuilderImpl } from "./data-validation-builder.ts";
import { SPREADSHEET_APP_ENUMS } from "./enums.ts";
import { RichTextValueBuilderImpl } from "./rich-text-value-builder.ts";
import type { Sheets } from "./sheets.ts";
import { TextStyleBuilderImpl } from "./text-style-builder.ts";

export class SpreadsheetAppImpl {
  readonly #s: Sheets;

  constructor(s: Sheets) {
    this.#s = s;
    Object.assign(this, SPREADSHEET_APP_ENUMS);
  }
  toString() {
    return "SpreadsheetApp";
  }
  /** False while an add-on's time-driven trigger runs: there is no active spreadsheet. */
  get #active() {
    return this.#s.core.activeDocument;
  }
  /** "Returns the currently active spreadsheet, or null if there is none." */
  getActiveSpreadsheet() {
    return this.#active ? this.#s.spreadsheet() : null;
  }
  getActive() {
    return this.getActiveSpreadsheet();
  }
  /** Only where an editor has the spreadsheet open; never in a time-driven trigger's run. */
  getUi() {
    if (!this.#active) return this.#s.fail(NO_UI_HERE);
    return this.#s.getUi();
  }
  getActiveSheet() {
    return this.#active ? this.#s.sheet(this.#s.activeSheet()) : null;
  }
  getActiveRange() {
    return this.#active ? this.#s.activeRange() : null;
  }
  getCurrentCell() {
    return this.#active ? this.#s.activeCell() : null;
  }
  setActiveSheet(sheet: unknown) {
    return this.#s.selectSheet(sheet);
  }
  setActiveRange(range: unknown) {
    return this.#s.selectRange(range);
  }
  flush() {}
  openById(id: unknown) {
    if (id === this.#s.model.id) return this.#s.spreadsheet();
    return this.#s.fail(
      `Document ${String(id)} is missing (perhaps it was deleted, or you don't have read access?)`,
    );
  }
  newDataValidation() {
    return this.#s.core.service("DataValidationBuilder", new DataValidationBuilderImpl(this.#s));
  }
  newConditionalFormatRule() {
    return this.#s.core.service(
      "ConditionalFormatRuleBuilder",
      new ConditionalFormatRuleBuilderImpl(this.#s),
    );
  }
  newRichTextValue() {
    return this.#s.core.service("RichTextValueBuilder", new RichTextValueBuilderImpl(this.#s.core));
  }
  newTextStyle() {
    return this.#s.core.service("TextStyleBuilder", new TextStyleBuilderImpl(this.#s.core));
  }
}
