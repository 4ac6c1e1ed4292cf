/**
 * A Spreadsheet: its sheets, the active sheet and range, toasts, owner and editors, its own
 * developer metadata. https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
 */
import { withDeveloperMetadata } from "./developer-metadata.ts";
import { checkSheetDeletable } from "./protected-edits.ts";
import { SheetImpl } from "./sheet.ts";
import type { Sheets } from "./sheets.ts";

export class SpreadsheetImpl {
  readonly #s: Sheets;
  constructor(s: Sheets) {
    this.#s = s;
  }
  toString() {
    return "Spreadsheet";
  }
  getId() {
    return this.#s.model.id;
  }
  getName() {
    return this.#s.model.name;
  }
  rename(name: unknown) {
    this.#s.model.name = String(name);
  }
  getUrl() {
    return `https://docs.google.com/spreadsheets/d/${this.#s.model.id}/edit`;
  }
  getSheets() {
    return this.#s.model.sheets.map((m) => this.#s.sheet(m));
  }
  getNumSheets() {
    return this.#s.model.sheets.length;
  }
  getSheetByName(name: unknown) {
    const m = this.#s.model.sheet(String(name));
    return m ? this.#s.sheet(m) : null;
  }
  getSheetById(id: unknown) {
    const m = this.#s.model.sheets.find((s) => s.sheetId === id);
    return m ? this.#s.sheet(m) : null;
  }
  /** insertSheet(), insertSheet(index), insertSheet(name), insertSheet(name, index); index 0-based. */
  insertSheet(a?: unknown, b?: unknown) {
    const model = this.#s.model;
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === "number") index = a;
    else if (a !== undefined && a !== null) name = String(a);
    if (typeof b === "number") index = b;
    if (name === undefined) {
      const base = model.locale.startsWith("vi") ? "Trang tính" : "Sheet";
      let n = model.sheets.length + 1;
      while (model.sheet(`${base}${n}`)) n++;
      name = `${base}${n}`;
    }
    if (model.sheet(name)) {
      this.#s.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.#s.checkGrowth(1000 * 26);
    const sheet = model.addSheet(name, [], index);
    this.#s.select(sheet);
    return this.#s.sheet(sheet);
  }
  deleteSheet(sheet: unknown) {
    const impl = this.#s.implOf(sheet, SheetImpl, "sheet");
    if (this.#s.model.sheets.length <= 1) {
      this.#s.fail("You can't remove all the sheets in a document.");
    }
    checkSheetDeletable(this.#s, impl.model);
    this.#s.model.removeSheet(impl.model);
  }
  getActiveSheet() {
    return this.#s.sheet(this.#s.activeSheet());
  }
  setActiveSheet(sheet: unknown) {
    return this.#s.selectSheet(sheet);
  }
  getActiveRange() {
    return this.#s.activeRange();
  }
  getActiveCell() {
    return this.#s.activeCell();
  }
  setActiveRange(range: unknown) {
    return this.#s.selectRange(range);
  }
  /** setActiveSelection(range | a1Notation): selects it and returns it as a Range. */
  setActiveSelection(range: unknown) {
    if (typeof range !== "string") this.#s.selectRange(range);
    else {
      const sel = this.#s.resolveA1(range, this.#s.activeSheet());
      this.#s.select(sel.sheet, sel.grid);
    }
    return this.#s.activeRange();
  }
  getRange(a1: unknown) {
    const sel = this.#s.resolveA1(a1, this.#s.activeSheet());
    return this.#s.range(sel.sheet, sel.grid);
  }
  getRangeByName() {
    return null;
  }
  getDataRange() {
    return new SheetImpl(this.#s, this.#s.activeSheet()).getDataRange();
  }
  getLastRow() {
    return this.#s.activeSheet().lastRow();
  }
  getLastColumn() {
    return this.#s.activeSheet().lastColumn();
  }
  getSpreadsheetTimeZone() {
    return this.#s.model.timeZone;
  }
  setSpreadsheetTimeZone(tz: unknown) {
    this.#s.model.timeZone = String(tz);
  }
  getSpreadsheetLocale() {
    return this.#s.model.locale;
  }
  setSpreadsheetLocale(locale: unknown) {
    this.#s.model.locale = String(locale);
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toast(String,String,Number) */
  toast(msg: unknown, title?: unknown, timeoutSeconds?: unknown) {
    this.#s.toasts.push({
      message: String(msg),
      title: title === undefined || title === null ? "" : String(title),
      timeoutSeconds:
        timeoutSeconds === undefined || timeoutSeconds === null ? 5 : Number(timeoutSeconds),
    });
  }
  /** The owner is the first user of the runtime; every user of the runtime is an editor. */
  getOwner() {
    return this.#s.user(this.#s.core.users.owner.email);
  }
  getEditors() {
    return this.#s.core.users.list().map((u) => this.#s.user(u.email));
  }
  /** The protections of every sheet, of that type. https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getProtections(ProtectionType) */
  getProtections(type: unknown) {
    return this.#s.model.sheets.flatMap((sheet) =>
      new SheetImpl(this.#s, sheet).getProtections(type),
    );
  }
  moveActiveSheet(pos: unknown) {
    const sheets = this.#s.model.sheets;
    const sheet = this.#s.activeSheet();
    sheets.splice(sheets.indexOf(sheet), 1);
    sheets.splice(Math.max(0, Math.min(Number(pos) - 1, sheets.length)), 0, sheet);
  }

  static {
    withDeveloperMetadata(SpreadsheetImpl, (self) => [self.#s, { kind: "spreadsheet" }]);
  }
}
