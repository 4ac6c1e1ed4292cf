/**
 * A protection of a sheet or a range: description, warning only, editors (the current user first),
 * unprotected ranges. https://developers.google.com/apps-script/reference/spreadsheet/protection
 */
import type { ProtectionModel, SheetModel } from "../model.ts";
import { ProtectionType } from "./enums.ts";
import { mayEdit } from "./protected-edits.ts";
import type { Sheets } from "./sheets.ts";

/** https://developers.google.com/apps-script/reference/spreadsheet/protection */
export class ProtectionImpl {
  readonly #s: Sheets;
  readonly #sheet: SheetModel;
  readonly model: ProtectionModel;
  constructor(s: Sheets, sheet: SheetModel, model: ProtectionModel) {
    this.#s = s;
    this.#sheet = sheet;
    this.model = model;
  }
  toString() {
    return "Protection";
  }
  getProtectionType() {
    return ProtectionType[this.model.type];
  }
  getDescription() {
    return this.model.description;
  }
  setDescription(description: unknown) {
    this.model.description = String(description);
    return this;
  }
  isWarningOnly() {
    return this.model.warningOnly;
  }
  setWarningOnly(warningOnly: unknown) {
    this.model.warningOnly = Boolean(warningOnly);
    return this;
  }
  getRange() {
    if (this.model.range) return this.#s.rangeFromA1(this.model.range, this.#sheet);
    return this.#s.range(this.#sheet, {
      row: 1,
      col: 1,
      numRows: this.#sheet.maxRows,
      numCols: this.#sheet.maxColumns,
    });
  }
  #email(u: unknown): string {
    const impl = this.#s.core.unwrap(u) as { getEmail?: () => string };
    return typeof impl?.getEmail === "function" ? impl.getEmail() : String(u);
  }
  getEditors() {
    return this.model.editors.map((e) => this.#s.user(e));
  }
  addEditor(user: unknown) {
    const e = this.#email(user);
    if (!this.model.editors.includes(e)) this.model.editors.push(e);
    return this;
  }
  addEditors(emails: unknown) {
    for (const e of Array.isArray(emails) ? emails : []) this.addEditor(e);
    return this;
  }
  removeEditor(user: unknown) {
    const e = this.#email(user);
    this.model.editors = this.model.editors.filter((x) => x !== e);
    return this;
  }
  removeEditors(emails: unknown) {
    for (const e of Array.isArray(emails) ? emails : []) this.removeEditor(e);
    return this;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/protection#canEdit() */
  canEdit() {
    return mayEdit(this.#s, this.model);
  }
  canDomainEdit() {
    return this.model.domainEdit;
  }
  setDomainEdit(editable: unknown) {
    this.model.domainEdit = Boolean(editable);
    return this;
  }
  getUnprotectedRanges() {
    return this.model.unprotectedRanges.map((a1) => this.#s.rangeFromA1(a1, this.#sheet));
  }
  setUnprotectedRanges(ranges: unknown) {
    this.model.unprotectedRanges = (Array.isArray(ranges) ? ranges : []).map(
      (r) => this.#s.rangeArg(r).a1,
    );
    return this;
  }
  remove() {
    const list = this.#sheet.protections;
    const i = list.indexOf(this.model);
    if (i >= 0) list.splice(i, 1);
  }
}
