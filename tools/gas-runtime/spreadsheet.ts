/**
 * SpreadsheetApp, Spreadsheet, Sheet, Range, data validation and conditional format builders,
 * Protection — over the host-side SpreadsheetModel.
 * Reference: https://developers.google.com/apps-script/reference/spreadsheet
 */
import { type GridRange, parseA1Range, quoteSheetName, splitSheetPrefix, toA1 } from "./a1.ts";
import { type Core, type EnumValue, enumName, makeEnum } from "./core.ts";
import {
  addDeveloperMetadata,
  createFinder,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  developerMetadataAt,
  type MetadataScope,
} from "./developer-metadata.ts";
import type {
  CellModel,
  CellValue,
  ConditionalFormatRuleModel,
  DataValidationModel,
  ProtectionModel,
  SheetModel,
} from "./model.ts";
import { fromRealm } from "./realm.ts";
import {
  RichTextValueBuilderImpl,
  RichTextValueImpl,
  richTextOfCell,
  TextStyleBuilderImpl,
  writeRichText,
} from "./rich-text.ts";
import { formatDate, instantOf, localTime } from "./time.ts";
import { UserImpl } from "./users.ts";

export const DataValidationCriteria = makeEnum([
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
] as const);

export const BooleanCriteria = makeEnum([
  "CELL_EMPTY",
  "CELL_NOT_EMPTY",
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_EQUAL_TO",
  "DATE_AFTER_RELATIVE",
  "DATE_BEFORE_RELATIVE",
  "DATE_EQUAL_TO_RELATIVE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_STARTS_WITH",
  "TEXT_ENDS_WITH",
  "CUSTOM_FORMULA",
] as const);

export const RelativeDate = makeEnum([
  "TODAY",
  "TOMORROW",
  "YESTERDAY",
  "PAST_WEEK",
  "PAST_MONTH",
  "PAST_YEAR",
] as const);
export const ProtectionType = makeEnum(["RANGE", "SHEET"] as const);
export const WrapStrategy = makeEnum(["WRAP", "OVERFLOW", "CLIP"] as const);
export const BorderStyle = makeEnum([
  "DOTTED",
  "DASHED",
  "SOLID",
  "SOLID_MEDIUM",
  "SOLID_THICK",
  "DOUBLE",
] as const);
export const Dimension = makeEnum(["COLUMNS", "ROWS"] as const);

const DEFAULTS = {
  background: "#ffffff",
  fontColor: "#000000",
  fontWeight: "normal",
  fontStyle: "normal",
  numberFormat: "0.###############",
  horizontalAlignment: "general",
} as const;

const MAX_CELL_CHARS = 50_000;
const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export function isDateValue(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

function hostDate(v: Date): Date {
  return new Date(Date.prototype.getTime.call(v));
}

function typeName(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (Array.isArray(v)) return `${v.length > 0 ? typeName(v[0]) : "Object"}[]`;
  if (isDateValue(v)) return "Date";
  if (typeof v === "string") return "String";
  if (typeof v === "object") return "Object";
  return typeof v;
}

export interface Selection {
  sheet: SheetModel;
  grid: GridRange;
}

/** Shared state and factories of the spreadsheet services of one runtime. */
export class Sheets {
  readonly core: Core;
  readonly toasts: { message: string; title: string; timeoutSeconds: number }[] = [];
  private selection: Selection | null = null;
  /** During a custom function: the formula cell. */
  override: Selection | null = null;
  getUi: () => unknown;

  constructor(core: Core, getUi: () => unknown) {
    this.core = core;
    this.getUi = getUi;
  }

  /** The email of the user running the script (a protection's first editor). */
  userEmail(): string {
    return this.core.users.current.email;
  }

  user(email: string): UserImpl {
    return this.core.service("User", new UserImpl(email));
  }

  get model() {
    return this.core.model;
  }

  fail(message: string): never {
    return this.core.fail(message);
  }

  activeSheet(): SheetModel {
    if (this.override) return this.override.sheet;
    const sheets = this.model.sheets;
    if (this.selection && sheets.includes(this.selection.sheet)) return this.selection.sheet;
    const first = sheets[0];
    if (!first) return this.fail("The spreadsheet has no sheets.");
    return first;
  }

  activeSelection(): Selection {
    if (this.override) return this.override;
    const sheet = this.activeSheet();
    if (this.selection && this.selection.sheet === sheet) return this.selection;
    return { sheet, grid: { row: 1, col: 1, numRows: 1, numCols: 1 } };
  }

  select(sheet: SheetModel, grid: GridRange = { row: 1, col: 1, numRows: 1, numCols: 1 }): void {
    this.selection = { sheet, grid };
  }

  spreadsheet(): SpreadsheetImpl {
    return this.core.service("Spreadsheet", new SpreadsheetImpl(this));
  }

  sheet(model: SheetModel): SheetImpl {
    return this.core.service("Sheet", new SheetImpl(this, model));
  }

  range(sheet: SheetModel, grid: GridRange): RangeImpl {
    return this.core.service("Range", new RangeImpl(this, sheet, grid));
  }

  /** Resolves "Sheet!A1:B2" (or "A1:B2" on `defaultSheet`) to a sheet and grid, or fails like Google. */
  resolveA1(a1: unknown, defaultSheet: SheetModel): Selection {
    if (typeof a1 !== "string") return this.fail(`Cannot find method getRange(${typeName(a1)}).`);
    const { sheet: sheetName, range } = splitSheetPrefix(a1);
    const sheet = sheetName === undefined ? defaultSheet : this.model.sheet(sheetName);
    if (!sheet) return this.fail("Range not found");
    const grid = parseA1Range(range, sheet.maxRows, sheet.maxColumns);
    if (!grid) return this.fail("Range not found");
    this.checkBounds(sheet, grid);
    return { sheet, grid };
  }

  checkBounds(sheet: SheetModel, g: GridRange): void {
    if (g.row + g.numRows - 1 > sheet.maxRows || g.col + g.numCols - 1 > sheet.maxColumns) {
      this.fail("The coordinates of the range are outside the dimensions of the sheet.");
    }
  }

  /** Reads a realm Sheet/Range argument back to its implementation. */
  implOf<T>(v: unknown, kind: new (...a: never[]) => T, what: string): T {
    const impl = this.core.unwrap(v);
    if (impl instanceof kind) return impl;
    return this.fail(`Invalid argument: ${what}`);
  }

  /**
   * A value written by setValue(s)/appendRow, interpreted as if typed into the cell: "=…" is a
   * formula, "'…" literal text, numeric text a number, TRUE/FALSE a boolean, yyyy-mm-dd a date.
   * In a cell formatted as plain text ("@") strings stay text.
   */
  typed(v: unknown, textFormat: boolean): { value: CellValue; formula?: string } {
    if (v === null || v === undefined) return { value: null };
    if (typeof v === "number" || typeof v === "boolean") return { value: v };
    if (isDateValue(v)) return { value: hostDate(v) };
    if (typeof v !== "string") return this.typed(String(v), textFormat);
    if (v.length > MAX_CELL_CHARS) {
      this.fail(
        `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
      );
    }
    if (v === "") return { value: null };
    if (textFormat) return { value: v };
    if (v.startsWith("'")) return { value: v.length > 1 ? v.slice(1) : null };
    if (v.startsWith("=") && v.length > 1) return { value: null, formula: v };
    const t = v.trim();
    if (NUMBER_RE.test(t)) return { value: Number(t) };
    if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
    const m = ISO_DATE_RE.exec(t);
    if (m) {
      const [y, mo, d, h, mi, s] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
      const probe = new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1));
      if (
        probe.getUTCMonth() === (mo ?? 1) - 1 &&
        probe.getUTCDate() === d &&
        (h ?? 0) < 24 &&
        (mi ?? 0) < 60 &&
        (s ?? 0) < 60
      ) {
        return {
          value: new Date(instantOf(this.model.timeZone, y ?? 0, mo ?? 1, d ?? 1, h, mi, s)),
        };
      }
    }
    return { value: v };
  }

  /** Writes a value as typed into the cell (see typed); it replaces the cell's rich text. */
  write(cell: CellModel, v: unknown): void {
    const t = this.typed(v, cell.numberFormat === "@");
    cell.value = t.value;
    if (t.formula) cell.formula = t.formula;
    else delete cell.formula;
    delete cell.richText;
  }

  display(cell: CellModel | undefined): string {
    const v = cell?.value ?? null;
    if (v === null) return "";
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    if (typeof v === "number") {
      const fmt = cell?.numberFormat;
      const m = fmt ? /^[#,]*0(?:\.(0+))?$/.exec(fmt) : null;
      if (m) {
        const s = v.toFixed(m[1]?.length ?? 0);
        return fmt?.includes(",") ? Number(s).toLocaleString("en-US") : s;
      }
      return String(v);
    }
    if (isDateValue(v)) {
      const ms = v.getTime();
      const t = localTime(ms, this.model.timeZone);
      const hasTime = t.hour || t.minute || t.second;
      return formatDate(ms, this.model.timeZone, hasTime ? "dd/MM/yyyy HH:mm:ss" : "dd/MM/yyyy");
    }
    return v;
  }
}

function check2D(s: Sheets, values: unknown, g: GridRange, method: string): unknown[][] {
  if (!Array.isArray(values) || values.some((r) => !Array.isArray(r))) {
    return s.fail(
      `The parameters (${typeName(values)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  const rows = values as unknown[][];
  if (rows.length !== g.numRows) {
    s.fail(
      `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${g.numRows}.`,
    );
  }
  for (const r of rows) {
    if (r.length !== g.numCols) {
      s.fail(
        `The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${g.numCols}.`,
      );
    }
  }
  return rows;
}

export class SpreadsheetAppImpl {
  readonly #s: Sheets;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly RelativeDate = RelativeDate;
  readonly ProtectionType = ProtectionType;
  readonly WrapStrategy = WrapStrategy;
  readonly BorderStyle = BorderStyle;
  readonly Dimension = Dimension;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;

  constructor(s: Sheets) {
    this.#s = s;
  }
  toString() {
    return "SpreadsheetApp";
  }
  getActiveSpreadsheet() {
    return this.#s.spreadsheet();
  }
  getActive() {
    return this.#s.spreadsheet();
  }
  getUi() {
    return this.#s.getUi();
  }
  getActiveSheet() {
    return this.#s.sheet(this.#s.activeSheet());
  }
  getActiveRange() {
    const sel = this.#s.activeSelection();
    return this.#s.range(sel.sheet, sel.grid);
  }
  getCurrentCell() {
    const sel = this.#s.activeSelection();
    return this.#s.range(sel.sheet, { ...sel.grid, numRows: 1, numCols: 1 });
  }
  setActiveSheet(sheet: unknown) {
    const impl = this.#s.implOf(sheet, SheetImpl, "sheet");
    this.#s.select(impl.model);
    return sheet;
  }
  setActiveRange(range: unknown) {
    const impl = this.#s.implOf(range, RangeImpl, "range");
    this.#s.select(impl.sheetModel, impl.grid);
    return range;
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
    const sheet = model.addSheet(name, [], index);
    this.#s.select(sheet);
    return this.#s.sheet(sheet);
  }
  deleteSheet(sheet: unknown) {
    const impl = this.#s.implOf(sheet, SheetImpl, "sheet");
    if (this.#s.model.sheets.length <= 1) {
      this.#s.fail("You can't remove all the sheets in a document.");
    }
    this.#s.model.removeSheet(impl.model);
  }
  getActiveSheet() {
    return this.#s.sheet(this.#s.activeSheet());
  }
  setActiveSheet(sheet: unknown) {
    const impl = this.#s.implOf(sheet, SheetImpl, "sheet");
    this.#s.select(impl.model);
    return sheet;
  }
  getActiveRange() {
    const sel = this.#s.activeSelection();
    return this.#s.range(sel.sheet, sel.grid);
  }
  getActiveCell() {
    const sel = this.#s.activeSelection();
    return this.#s.range(sel.sheet, { ...sel.grid, numRows: 1, numCols: 1 });
  }
  setActiveRange(range: unknown) {
    const impl = this.#s.implOf(range, RangeImpl, "range");
    this.#s.select(impl.sheetModel, impl.grid);
    return range;
  }
  setActiveSelection(a1: unknown) {
    const sel =
      typeof a1 === "string"
        ? this.#s.resolveA1(a1, this.#s.activeSheet())
        : (() => {
            const r = this.#s.implOf(a1, RangeImpl, "range");
            return { sheet: r.sheetModel, grid: r.grid };
          })();
    this.#s.select(sel.sheet, sel.grid);
    return this.#s.range(sel.sheet, sel.grid);
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
  addDeveloperMetadata(...args: unknown[]) {
    addDeveloperMetadata(this.#s, { kind: "spreadsheet" }, args);
    return this;
  }
  getDeveloperMetadata() {
    return developerMetadataAt(this.#s, { kind: "spreadsheet" });
  }
  createDeveloperMetadataFinder() {
    return createFinder(this.#s, { kind: "spreadsheet" });
  }
  moveActiveSheet(pos: unknown) {
    const sheets = this.#s.model.sheets;
    const sheet = this.#s.activeSheet();
    sheets.splice(sheets.indexOf(sheet), 1);
    sheets.splice(Math.max(0, Math.min(Number(pos) - 1, sheets.length)), 0, sheet);
  }
}

export class SheetImpl {
  readonly #s: Sheets;
  readonly model: SheetModel;
  constructor(s: Sheets, model: SheetModel) {
    this.#s = s;
    this.model = model;
  }
  toString() {
    return "Sheet";
  }
  getName() {
    return this.model.name;
  }
  getSheetName() {
    return this.model.name;
  }
  setName(name: unknown) {
    const n = String(name);
    const other = this.#s.model.sheet(n);
    if (other && other !== this.model) {
      this.#s.fail(`A sheet with the name "${n}" already exists. Please enter another name.`);
    }
    this.model.name = n;
    return this;
  }
  getSheetId() {
    return this.model.sheetId;
  }
  getIndex() {
    return this.#s.model.sheets.indexOf(this.model) + 1;
  }
  getParent() {
    return this.#s.spreadsheet();
  }
  /** getRange(a1) | getRange(row, column[, numRows[, numColumns]]), 1-based. */
  getRange(a: unknown, b?: unknown, c?: unknown, d?: unknown) {
    if (typeof a === "string" && b === undefined) {
      const sel = this.#s.resolveA1(a, this.model);
      return this.#s.range(sel.sheet, sel.grid);
    }
    const args = [a, b, c, d].filter((x) => x !== undefined);
    if (args.some((x) => typeof x !== "number" || Number.isNaN(x))) {
      this.#s.fail(`Cannot find method getRange(${args.map(typeName).join(",")}).`);
    }
    const grid: GridRange = {
      row: Math.trunc(a as number),
      col: Math.trunc(b as number),
      numRows: c === undefined ? 1 : Math.trunc(c as number),
      numCols: d === undefined ? 1 : Math.trunc(d as number),
    };
    if (grid.row < 1) this.#s.fail("The starting row of the range is too small.");
    if (grid.col < 1) this.#s.fail("The starting column of the range is too small.");
    if (grid.numRows < 1) this.#s.fail("The number of rows in the range must be at least 1.");
    if (grid.numCols < 1) this.#s.fail("The number of columns in the range must be at least 1.");
    this.#s.checkBounds(this.model, grid);
    return this.#s.range(this.model, grid);
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#getDataRange() */
  getDataRange() {
    return this.#s.range(this.model, {
      row: 1,
      col: 1,
      numRows: Math.max(1, this.model.lastRow()),
      numCols: Math.max(1, this.model.lastColumn()),
    });
  }
  getLastRow() {
    return this.model.lastRow();
  }
  getLastColumn() {
    return this.model.lastColumn();
  }
  getMaxRows() {
    return this.model.maxRows;
  }
  getMaxColumns() {
    return this.model.maxColumns;
  }
  #insertCols(after: number, count: number) {
    if (!(after >= 0 && after <= this.model.maxColumns) || !(count >= 1)) {
      this.#s.fail("Those columns are out of bounds.");
    }
    this.model.insertColumns(after, count);
  }
  #insertRows(after: number, count: number) {
    if (!(after >= 0 && after <= this.model.maxRows) || !(count >= 1)) {
      this.#s.fail("Those rows are out of bounds.");
    }
    this.model.insertRows(after, count);
  }
  insertColumnsAfter(afterPosition: number, howMany: number) {
    this.#insertCols(afterPosition, howMany);
    return this;
  }
  insertColumnAfter(afterPosition: number) {
    this.#insertCols(afterPosition, 1);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number) {
    this.#insertCols(beforePosition - 1, howMany);
    return this;
  }
  insertColumnBefore(beforePosition: number) {
    this.#insertCols(beforePosition - 1, 1);
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number) {
    this.#insertRows(afterPosition, howMany);
    return this;
  }
  insertRowAfter(afterPosition: number) {
    this.#insertRows(afterPosition, 1);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number) {
    this.#insertRows(beforePosition - 1, howMany);
    return this;
  }
  insertRowBefore(beforePosition: number) {
    this.#insertRows(beforePosition - 1, 1);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number) {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.model.maxRows) {
      this.#s.fail("Those rows are out of bounds.");
    }
    if (howMany >= this.model.maxRows - this.model.frozenRows && rowPosition > 0) {
      if (this.model.maxRows - howMany <= this.model.frozenRows) {
        this.#s.fail("Sorry, it is not possible to delete all non-frozen rows.");
      }
    }
    this.model.deleteRows(rowPosition, howMany);
  }
  deleteRow(rowPosition: number) {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number) {
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this.model.maxColumns) {
      this.#s.fail("Those columns are out of bounds.");
    }
    this.model.deleteColumns(columnPosition, howMany);
  }
  deleteColumn(columnPosition: number) {
    this.deleteColumns(columnPosition, 1);
    return this;
  }
  /**
   * Moves the rows the range spans to before row `destinationIndex`, counted before the move —
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#moveRows(Range,Integer)
   */
  moveRows(rowSpec: unknown, destinationIndex: number) {
    const r = this.#s.implOf(rowSpec, RangeImpl, "rowSpec");
    if (!(destinationIndex >= 1 && destinationIndex <= this.model.maxRows + 1)) {
      this.#s.fail("Those rows are out of bounds.");
    }
    this.model.moveRows(r.grid.row, r.grid.numRows, destinationIndex);
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#moveColumns(Range,Integer) */
  moveColumns(columnSpec: unknown, destinationIndex: number) {
    const r = this.#s.implOf(columnSpec, RangeImpl, "columnSpec");
    if (!(destinationIndex >= 1 && destinationIndex <= this.model.maxColumns + 1)) {
      this.#s.fail("Those columns are out of bounds.");
    }
    this.model.moveColumns(r.grid.col, r.grid.numCols, destinationIndex);
  }
  setFrozenRows(rows: number) {
    if (rows < 0 || rows >= this.model.maxRows) {
      this.#s.fail("You can't freeze all visible rows on the sheet.");
    }
    this.model.frozenRows = rows;
  }
  getFrozenRows() {
    return this.model.frozenRows;
  }
  setFrozenColumns(columns: number) {
    if (columns < 0 || columns >= this.model.maxColumns) {
      this.#s.fail("You can't freeze all visible columns on the sheet.");
    }
    this.model.frozenColumns = columns;
  }
  getFrozenColumns() {
    return this.model.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number) {
    this.model.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number) {
    for (let c = startColumn; c < startColumn + numColumns; c++)
      this.model.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number) {
    return this.model.columnWidths.get(columnPosition) ?? 100;
  }
  hideColumns(columnIndex: number, numColumns = 1) {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.model.hiddenColumns.add(c);
  }
  hideColumn(range: unknown) {
    const r = this.#s.implOf(range, RangeImpl, "range");
    this.hideColumns(r.grid.col, r.grid.numCols);
  }
  showColumns(columnIndex: number, numColumns = 1) {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.model.hiddenColumns.delete(c);
  }
  unhideColumn(range: unknown) {
    const r = this.#s.implOf(range, RangeImpl, "range");
    this.showColumns(r.grid.col, r.grid.numCols);
  }
  isColumnHiddenByUser(columnPosition: number) {
    return this.model.hiddenColumns.has(columnPosition);
  }
  /** Width estimated from the longest displayed text: 7 px per character + 12, at least 50. */
  autoResizeColumns(startColumn: number, numColumns: number) {
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      for (let r = 1; r <= this.model.lastRow(); r++) {
        const text = this.#s.display(this.model.get(r, c));
        for (const line of text.split("\n")) longest = Math.max(longest, line.length);
      }
      this.model.columnWidths.set(c, Math.max(50, longest * 7 + 12));
    }
    return this;
  }
  autoResizeColumn(columnPosition: number) {
    return this.autoResizeColumns(columnPosition, 1);
  }
  getConditionalFormatRules() {
    return this.model.conditionalFormatRules.map((m) =>
      this.#s.core.service(
        "ConditionalFormatRule",
        new ConditionalFormatRuleImpl(this.#s, structuredClone(m), this.model),
      ),
    );
  }
  setConditionalFormatRules(rules: unknown) {
    if (!Array.isArray(rules)) this.#s.fail("Invalid argument: rules");
    this.model.conditionalFormatRules = (rules as unknown[]).map((r) => {
      const impl = this.#s.implOf(r, ConditionalFormatRuleImpl, "rules");
      return structuredClone(impl.model);
    });
  }
  clearConditionalFormatRules() {
    this.model.conditionalFormatRules = [];
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect() */
  protect() {
    let p = this.model.protections.find((x) => x.type === "SHEET");
    if (!p) {
      p = {
        type: "SHEET",
        description: "",
        warningOnly: false,
        editors: [this.#s.userEmail()],
        domainEdit: false,
        unprotectedRanges: [],
      };
      this.model.protections.push(p);
    }
    return this.#s.core.service("Protection", new ProtectionImpl(this.#s, this.model, p));
  }
  getProtections(type: unknown) {
    const want = enumName(type);
    return this.model.protections
      .filter((p) => p.type === want)
      .map((p) => this.#s.core.service("Protection", new ProtectionImpl(this.#s, this.model, p)));
  }
  activate() {
    this.#s.select(this.model);
    return this;
  }
  getActiveRange() {
    const sel = this.#s.activeSelection();
    return this.#s.range(sel.sheet, sel.grid);
  }
  setActiveRange(range: unknown) {
    const impl = this.#s.implOf(range, RangeImpl, "range");
    this.#s.select(impl.sheetModel, impl.grid);
    return range;
  }
  getActiveCell() {
    const sel = this.#s.activeSelection();
    return this.#s.range(sel.sheet, { ...sel.grid, numRows: 1, numCols: 1 });
  }
  #all(): GridRange {
    return { row: 1, col: 1, numRows: this.model.maxRows, numCols: this.model.maxColumns };
  }
  /** clear() / clear({contentsOnly, formatOnly, commentsOnly, validationsOnly}). */
  clear(options?: Record<string, unknown>) {
    new RangeImpl(this.#s, this.model, this.#all()).clear(options);
    return this;
  }
  clearContents() {
    return this.clear({ contentsOnly: true });
  }
  clearFormats() {
    return this.clear({ formatOnly: true });
  }
  clearNotes() {
    return this.clear({ commentsOnly: true });
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendRow(Object) */
  appendRow(rowContents: unknown) {
    if (!Array.isArray(rowContents)) {
      this.#s.fail(
        `The parameters (${typeName(rowContents)}) don't match the method signature for SpreadsheetApp.Sheet.appendRow.`,
      );
    }
    const row = this.model.lastRow() + 1;
    (rowContents as unknown[]).forEach((v, i) => {
      this.#s.write(this.model.cell(row, i + 1), v);
    });
    if (row > this.model.maxRows) this.model.maxRows = row;
    return this;
  }
  #scope(): MetadataScope {
    return { kind: "sheet", sheet: this.model };
  }
  addDeveloperMetadata(...args: unknown[]) {
    addDeveloperMetadata(this.#s, this.#scope(), args);
    return this;
  }
  getDeveloperMetadata() {
    return developerMetadataAt(this.#s, this.#scope());
  }
  createDeveloperMetadataFinder() {
    return createFinder(this.#s, this.#scope());
  }
  isSheetHidden() {
    return false;
  }
  getFilter() {
    return null;
  }
}

type FormatKey =
  | "background"
  | "fontColor"
  | "fontWeight"
  | "fontStyle"
  | "numberFormat"
  | "horizontalAlignment"
  | "note";

export class RangeImpl {
  readonly #s: Sheets;
  readonly sheetModel: SheetModel;
  readonly grid: GridRange;
  constructor(s: Sheets, sheet: SheetModel, grid: GridRange) {
    this.#s = s;
    this.sheetModel = sheet;
    this.grid = grid;
  }
  toString() {
    return "Range";
  }
  #map<T>(fn: (cell: CellModel | undefined, r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    const g = this.grid;
    for (let r = g.row; r < g.row + g.numRows; r++) {
      const line: T[] = [];
      for (let c = g.col; c < g.col + g.numCols; c++)
        line.push(fn(this.sheetModel.get(r, c), r, c));
      out.push(line);
    }
    return out;
  }
  #each(fn: (cell: CellModel, i: number, j: number) => void) {
    const g = this.grid;
    for (let i = 0; i < g.numRows; i++) {
      for (let j = 0; j < g.numCols; j++) fn(this.sheetModel.cell(g.row + i, g.col + j), i, j);
    }
  }
  #first(): CellModel | undefined {
    return this.sheetModel.get(this.grid.row, this.grid.col);
  }
  #write(cell: CellModel, v: unknown) {
    this.#s.write(cell, v);
  }
  #setFormat(key: FormatKey, v: unknown) {
    this.#each((cell) => {
      if (v === null || v === undefined || v === "") delete cell[key];
      else (cell as unknown as Record<string, unknown>)[key] = String(v);
    });
    return this;
  }
  #setFormats(key: FormatKey, values: unknown, method: string) {
    const rows = check2D(this.#s, values, this.grid, method);
    this.#each((cell, i, j) => {
      const v = rows[i]?.[j];
      if (v === null || v === undefined || v === "") delete cell[key];
      else (cell as unknown as Record<string, unknown>)[key] = String(v);
    });
    return this;
  }

  // Values ---------------------------------------------------------------------------------
  /** https://developers.google.com/apps-script/reference/spreadsheet/range#getValues() */
  getValues() {
    return this.#map((cell) => {
      const v = cell?.value ?? null;
      return v === null ? "" : v;
    });
  }
  getValue() {
    const v = this.#first()?.value ?? null;
    return v === null ? "" : v;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object) */
  setValues(values: unknown) {
    const rows = check2D(this.#s, values, this.grid, "setValues");
    const typedRows = rows.map((r) => r.map((v) => v));
    this.#each((cell, i, j) => this.#write(cell, typedRows[i]?.[j]));
    return this;
  }
  setValue(value: unknown) {
    this.#each((cell) => this.#write(cell, value));
    return this;
  }
  getDisplayValues() {
    return this.#map((cell) => this.#s.display(cell));
  }
  getDisplayValue() {
    return this.#s.display(this.#first());
  }
  isBlank() {
    return this.#map((cell) => !cell || (cell.value === null && !cell.formula)).every((r) =>
      r.every(Boolean),
    );
  }
  getFormulas() {
    return this.#map((cell) => cell?.formula ?? "");
  }
  getFormula() {
    return this.#first()?.formula ?? "";
  }
  setFormula(formula: unknown) {
    this.#each((cell) => {
      const f = String(formula ?? "");
      if (f.startsWith("=")) {
        cell.formula = f;
        cell.value = null;
        delete cell.richText;
      } else this.#write(cell, f);
    });
    return this;
  }
  setFormulas(formulas: unknown) {
    const rows = check2D(this.#s, formulas, this.grid, "setFormulas");
    this.#each((cell, i, j) => {
      const f = String(rows[i]?.[j] ?? "");
      if (f.startsWith("=")) {
        cell.formula = f;
        cell.value = null;
        delete cell.richText;
      } else this.#write(cell, f);
    });
    return this;
  }
  clearContent() {
    return this.clear({ contentsOnly: true });
  }
  /** clear() / clear({contentsOnly, formatOnly, commentsOnly, validationsOnly}). */
  clear(options?: Record<string, unknown>) {
    const o = options ?? {};
    const any = Boolean(o.contentsOnly || o.formatOnly || o.commentsOnly || o.validationsOnly);
    const contents = !any || Boolean(o.contentsOnly);
    const formats = !any || Boolean(o.formatOnly);
    const notes = Boolean(o.commentsOnly);
    const validations = Boolean(o.validationsOnly);
    const g = this.grid;
    for (const [r, c, cell] of [...this.sheetModel.entries()]) {
      if (r < g.row || r >= g.row + g.numRows || c < g.col || c >= g.col + g.numCols) continue;
      if (contents) {
        cell.value = null;
        delete cell.formula;
        delete cell.richText;
      }
      if (formats) {
        for (const k of [
          "background",
          "fontColor",
          "fontWeight",
          "fontStyle",
          "numberFormat",
          "horizontalAlignment",
          "wrap",
        ] as const) {
          delete cell[k];
        }
      }
      if (notes) delete cell.note;
      if (validations) delete cell.dataValidation;
    }
    return this;
  }
  clearFormat() {
    return this.clear({ formatOnly: true });
  }
  clearNote() {
    return this.clear({ commentsOnly: true });
  }

  // Notes and formats -----------------------------------------------------------------------
  getNotes() {
    return this.#map((cell) => cell?.note ?? "");
  }
  getNote() {
    return this.#first()?.note ?? "";
  }
  setNote(note: unknown) {
    return this.#setFormat("note", note);
  }
  setNotes(notes: unknown) {
    return this.#setFormats("note", notes, "setNotes");
  }
  getBackgrounds() {
    return this.#map((cell) => cell?.background ?? DEFAULTS.background);
  }
  getBackground() {
    return this.#first()?.background ?? DEFAULTS.background;
  }
  setBackground(color: unknown) {
    return this.#setFormat("background", color);
  }
  setBackgrounds(colors: unknown) {
    return this.#setFormats("background", colors, "setBackgrounds");
  }
  getFontColors() {
    return this.#map((cell) => cell?.fontColor ?? DEFAULTS.fontColor);
  }
  getFontColor() {
    return this.#first()?.fontColor ?? DEFAULTS.fontColor;
  }
  setFontColor(color: unknown) {
    return this.#setFormat("fontColor", color);
  }
  setFontColors(colors: unknown) {
    return this.#setFormats("fontColor", colors, "setFontColors");
  }
  getFontWeights() {
    return this.#map((cell) => cell?.fontWeight ?? DEFAULTS.fontWeight);
  }
  getFontWeight() {
    return this.#first()?.fontWeight ?? DEFAULTS.fontWeight;
  }
  setFontWeight(weight: unknown) {
    return this.#setFormat("fontWeight", weight);
  }
  setFontWeights(weights: unknown) {
    return this.#setFormats("fontWeight", weights, "setFontWeights");
  }
  getFontStyles() {
    return this.#map((cell) => cell?.fontStyle ?? DEFAULTS.fontStyle);
  }
  getFontStyle() {
    return this.#first()?.fontStyle ?? DEFAULTS.fontStyle;
  }
  setFontStyle(style: unknown) {
    return this.#setFormat("fontStyle", style);
  }
  setFontStyles(styles: unknown) {
    return this.#setFormats("fontStyle", styles, "setFontStyles");
  }
  getNumberFormats() {
    return this.#map((cell) => cell?.numberFormat ?? DEFAULTS.numberFormat);
  }
  getNumberFormat() {
    return this.#first()?.numberFormat ?? DEFAULTS.numberFormat;
  }
  setNumberFormat(format: unknown) {
    return this.#setFormat("numberFormat", format);
  }
  setNumberFormats(formats: unknown) {
    return this.#setFormats("numberFormat", formats, "setNumberFormats");
  }
  getHorizontalAlignments() {
    return this.#map((cell) => cell?.horizontalAlignment ?? DEFAULTS.horizontalAlignment);
  }
  getHorizontalAlignment() {
    return this.#first()?.horizontalAlignment ?? DEFAULTS.horizontalAlignment;
  }
  setHorizontalAlignment(alignment: unknown) {
    return this.#setFormat("horizontalAlignment", alignment);
  }
  setHorizontalAlignments(alignments: unknown) {
    return this.#setFormats("horizontalAlignment", alignments, "setHorizontalAlignments");
  }
  setVerticalAlignment() {
    return this;
  }
  setFontSize() {
    return this;
  }
  setFontFamily() {
    return this;
  }
  setBorder() {
    return this;
  }
  getWrap() {
    return this.#first()?.wrap ?? false;
  }
  getWraps() {
    return this.#map((cell) => cell?.wrap ?? false);
  }
  setWrap(isWrapEnabled: unknown) {
    this.#each((cell) => {
      cell.wrap = Boolean(isWrapEnabled);
    });
    return this;
  }
  setWraps(values: unknown) {
    const rows = check2D(this.#s, values, this.grid, "setWraps");
    this.#each((cell, i, j) => {
      cell.wrap = Boolean(rows[i]?.[j]);
    });
    return this;
  }
  setWrapStrategy(strategy: unknown) {
    const name = enumName(strategy);
    this.#each((cell) => {
      cell.wrap = name === "WRAP";
    });
    return this;
  }

  // Data validation -------------------------------------------------------------------------
  setDataValidation(rule: unknown) {
    if (rule === null || rule === undefined) return this.clearDataValidations();
    const impl = this.#s.implOf(rule, DataValidationImpl, "rule");
    this.#each((cell) => {
      cell.dataValidation = structuredClone(impl.model);
    });
    return this;
  }
  setDataValidations(rules: unknown) {
    const rows = check2D(this.#s, rules, this.grid, "setDataValidations");
    this.#each((cell, i, j) => {
      const r = rows[i]?.[j];
      if (r === null || r === undefined) delete cell.dataValidation;
      else
        cell.dataValidation = structuredClone(this.#s.implOf(r, DataValidationImpl, "rules").model);
    });
    return this;
  }
  getDataValidation() {
    const m = this.#first()?.dataValidation;
    return m ? this.#s.core.service("DataValidation", new DataValidationImpl(this.#s, m)) : null;
  }
  getDataValidations() {
    return this.#map((cell) =>
      cell?.dataValidation
        ? this.#s.core.service(
            "DataValidation",
            new DataValidationImpl(this.#s, cell.dataValidation),
          )
        : null,
    );
  }
  clearDataValidations() {
    this.#each((cell) => {
      delete cell.dataValidation;
    });
    return this;
  }

  // Rich text --------------------------------------------------------------------------------
  /** https://developers.google.com/apps-script/reference/spreadsheet/range#getRichTextValue() */
  getRichTextValue() {
    return richTextOfCell(this.#s.core, this.#first());
  }
  getRichTextValues() {
    return this.#map((cell) => richTextOfCell(this.#s.core, cell));
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range#setRichTextValue(RichTextValue) */
  setRichTextValue(value: unknown) {
    const impl = this.#s.implOf(value, RichTextValueImpl, "value");
    this.#each((cell) => writeRichText(cell, impl));
    return this;
  }
  setRichTextValues(values: unknown) {
    const rows = check2D(this.#s, values, this.grid, "setRichTextValues");
    const impls = rows.map((r) => r.map((v) => this.#s.implOf(v, RichTextValueImpl, "values")));
    this.#each((cell, i, j) => writeRichText(cell, impls[i]?.[j] as RichTextValueImpl));
    return this;
  }

  // Developer metadata -----------------------------------------------------------------------
  #scope(): MetadataScope {
    return { kind: "range", sheet: this.sheetModel, grid: this.grid };
  }
  addDeveloperMetadata(...args: unknown[]) {
    addDeveloperMetadata(this.#s, this.#scope(), args);
    return this;
  }
  getDeveloperMetadata() {
    return developerMetadataAt(this.#s, this.#scope());
  }
  createDeveloperMetadataFinder() {
    return createFinder(this.#s, this.#scope());
  }

  // Geometry ---------------------------------------------------------------------------------
  getRow() {
    return this.grid.row;
  }
  getRowIndex() {
    return this.grid.row;
  }
  getColumn() {
    return this.grid.col;
  }
  getColumnIndex() {
    return this.grid.col;
  }
  getNumRows() {
    return this.grid.numRows;
  }
  getNumColumns() {
    return this.grid.numCols;
  }
  getHeight() {
    return this.grid.numRows;
  }
  getWidth() {
    return this.grid.numCols;
  }
  getLastRow() {
    return this.grid.row + this.grid.numRows - 1;
  }
  getLastColumn() {
    return this.grid.col + this.grid.numCols - 1;
  }
  getA1Notation() {
    return toA1(this.grid.row, this.grid.col, this.grid.numRows, this.grid.numCols);
  }
  getGridId() {
    return this.sheetModel.sheetId;
  }
  getSheet() {
    return this.#s.sheet(this.sheetModel);
  }
  /** offset(rowOffset, columnOffset[, numRows[, numColumns]]) */
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number) {
    const g: GridRange = {
      row: this.grid.row + rowOffset,
      col: this.grid.col + columnOffset,
      numRows: numRows ?? this.grid.numRows,
      numCols: numColumns ?? this.grid.numCols,
    };
    if (g.row < 1) this.#s.fail("The starting row of the range is too small.");
    if (g.col < 1) this.#s.fail("The starting column of the range is too small.");
    this.#s.checkBounds(this.sheetModel, g);
    return this.#s.range(this.sheetModel, g);
  }
  getCell(row: number, column: number) {
    if (row < 1 || column < 1 || row > this.grid.numRows || column > this.grid.numCols) {
      this.#s.fail("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return this.#s.range(this.sheetModel, {
      row: this.grid.row + row - 1,
      col: this.grid.col + column - 1,
      numRows: 1,
      numCols: 1,
    });
  }
  activate() {
    this.#s.select(this.sheetModel, { ...this.grid });
    return this;
  }
  protect() {
    const p: ProtectionModel = {
      type: "RANGE",
      range: this.getA1Notation(),
      description: "",
      warningOnly: false,
      editors: [this.#s.userEmail()],
      domainEdit: false,
      unprotectedRanges: [],
    };
    this.sheetModel.protections.push(p);
    return this.#s.core.service("Protection", new ProtectionImpl(this.#s, this.sheetModel, p));
  }
}

function rangeArg(s: Sheets, range: unknown): { sheet: SheetModel; a1: string } {
  const r = s.implOf(range, RangeImpl, "range");
  return {
    sheet: r.sheetModel,
    a1: toA1(r.grid.row, r.grid.col, r.grid.numRows, r.grid.numCols),
  };
}

function rangeFromA1(s: Sheets, a1WithSheet: string, fallback?: SheetModel): unknown {
  const { sheet: name, range } = splitSheetPrefix(a1WithSheet);
  const sheet = name === undefined ? fallback : s.model.sheet(name);
  const grid = sheet ? parseA1Range(range, sheet.maxRows, sheet.maxColumns) : null;
  return sheet && grid ? s.range(sheet, grid) : a1WithSheet;
}

// Data validation ------------------------------------------------------------------------------

/** https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder */
export class DataValidationBuilderImpl {
  readonly #s: Sheets;
  #m: DataValidationModel;
  constructor(s: Sheets, from?: DataValidationModel) {
    this.#s = s;
    this.#m = from ? structuredClone(from) : { criteria: "", args: [], allowInvalid: true };
  }
  toString() {
    return "DataValidationBuilder";
  }
  #set(criteria: string, args: unknown[]) {
    this.#m.criteria = criteria;
    this.#m.args = fromRealm(args);
    return this;
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown) {
    const args = [checked, unchecked].filter((x) => x !== undefined);
    return this.#set("CHECKBOX", args);
  }
  requireDate() {
    return this.#set("DATE_IS_VALID_DATE", []);
  }
  requireDateAfter(date: unknown) {
    return this.#set("DATE_AFTER", [date]);
  }
  requireDateBefore(date: unknown) {
    return this.#set("DATE_BEFORE", [date]);
  }
  requireDateBetween(start: unknown, end: unknown) {
    return this.#set("DATE_BETWEEN", [start, end]);
  }
  requireDateEqualTo(date: unknown) {
    return this.#set("DATE_EQUAL_TO", [date]);
  }
  requireDateNotBetween(start: unknown, end: unknown) {
    return this.#set("DATE_NOT_BETWEEN", [start, end]);
  }
  requireDateOnOrAfter(date: unknown) {
    return this.#set("DATE_ON_OR_AFTER", [date]);
  }
  requireDateOnOrBefore(date: unknown) {
    return this.#set("DATE_ON_OR_BEFORE", [date]);
  }
  requireFormulaSatisfied(formula: unknown) {
    return this.#set("CUSTOM_FORMULA", [String(formula)]);
  }
  requireNumberBetween(start: unknown, end: unknown) {
    return this.#set("NUMBER_BETWEEN", [start, end]);
  }
  requireNumberEqualTo(n: unknown) {
    return this.#set("NUMBER_EQUAL_TO", [n]);
  }
  requireNumberGreaterThan(n: unknown) {
    return this.#set("NUMBER_GREATER_THAN", [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: unknown) {
    return this.#set("NUMBER_GREATER_THAN_OR_EQUAL_TO", [n]);
  }
  requireNumberLessThan(n: unknown) {
    return this.#set("NUMBER_LESS_THAN", [n]);
  }
  requireNumberLessThanOrEqualTo(n: unknown) {
    return this.#set("NUMBER_LESS_THAN_OR_EQUAL_TO", [n]);
  }
  requireNumberNotBetween(start: unknown, end: unknown) {
    return this.#set("NUMBER_NOT_BETWEEN", [start, end]);
  }
  requireNumberNotEqualTo(n: unknown) {
    return this.#set("NUMBER_NOT_EQUAL_TO", [n]);
  }
  requireTextContains(text: unknown) {
    return this.#set("TEXT_CONTAINS", [String(text)]);
  }
  requireTextDoesNotContain(text: unknown) {
    return this.#set("TEXT_DOES_NOT_CONTAIN", [String(text)]);
  }
  requireTextEqualTo(text: unknown) {
    return this.#set("TEXT_EQUAL_TO", [String(text)]);
  }
  requireTextIsEmail() {
    return this.#set("TEXT_IS_VALID_EMAIL", []);
  }
  requireTextIsUrl() {
    return this.#set("TEXT_IS_VALID_URL", []);
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireValueInList(String,Boolean) */
  requireValueInList(values: unknown, showDropdown: unknown = true) {
    if (!Array.isArray(values)) this.#s.fail("Invalid argument: values");
    return this.#set("VALUE_IN_LIST", [
      (values as unknown[]).map((v) => String(v)),
      Boolean(showDropdown),
    ]);
  }
  requireValueInRange(range: unknown, showDropdown: unknown = true) {
    const { sheet, a1 } = rangeArg(this.#s, range);
    this.#m.criteria = "VALUE_IN_RANGE";
    this.#m.args = [`${quoteSheetName(sheet.name)}!${a1}`, Boolean(showDropdown)];
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
    this.#m.allowInvalid = Boolean(allowInvalidData);
    return this;
  }
  setHelpText(helpText: unknown) {
    this.#m.helpText = String(helpText);
    return this;
  }
  getCriteriaType() {
    return criteriaEnum(this.#m.criteria);
  }
  getCriteriaValues() {
    return criteriaValues(this.#s, this.#m);
  }
  getAllowInvalid() {
    return this.#m.allowInvalid;
  }
  getHelpText() {
    return this.#m.helpText ?? null;
  }
  build() {
    if (!this.#m.criteria)
      this.#s.fail("You must specify a criteria for the data validation rule.");
    return this.#s.core.service("DataValidation", new DataValidationImpl(this.#s, this.#m));
  }
  copy() {
    return this.#s.core.service(
      "DataValidationBuilder",
      new DataValidationBuilderImpl(this.#s, this.#m),
    );
  }
}

function criteriaEnum(name: string): EnumValue | null {
  return (DataValidationCriteria as Record<string, EnumValue>)[name] ?? null;
}

function criteriaValues(s: Sheets, m: DataValidationModel): unknown[] {
  if (m.criteria === "VALUE_IN_RANGE") {
    return [rangeFromA1(s, String(m.args[0])), m.args[1]];
  }
  return structuredClone(m.args);
}

/** https://developers.google.com/apps-script/reference/spreadsheet/data-validation */
export class DataValidationImpl {
  readonly #s: Sheets;
  readonly model: DataValidationModel;
  constructor(s: Sheets, model: DataValidationModel) {
    this.#s = s;
    this.model = structuredClone(model);
  }
  toString() {
    return "DataValidation";
  }
  getCriteriaType() {
    return criteriaEnum(this.model.criteria);
  }
  getCriteriaValues() {
    return criteriaValues(this.#s, this.model);
  }
  getAllowInvalid() {
    return this.model.allowInvalid;
  }
  getHelpText() {
    return this.model.helpText ?? null;
  }
  copy() {
    return this.#s.core.service(
      "DataValidationBuilder",
      new DataValidationBuilderImpl(this.#s, this.model),
    );
  }
}

// Conditional formatting -------------------------------------------------------------------------

interface RuleState {
  model: ConditionalFormatRuleModel;
  sheet: SheetModel | null;
}

/** https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder */
export class ConditionalFormatRuleBuilderImpl {
  readonly #s: Sheets;
  #st: RuleState;
  constructor(s: Sheets, from?: RuleState) {
    this.#s = s;
    this.#st = from
      ? { model: structuredClone(from.model), sheet: from.sheet }
      : { model: { ranges: [], condition: "", values: [] }, sheet: null };
  }
  toString() {
    return "ConditionalFormatRuleBuilder";
  }
  #when(condition: string, values: unknown[]) {
    this.#st.model.condition = condition;
    this.#st.model.values = fromRealm(values);
    return this;
  }
  #date(base: string, date: unknown) {
    if (isDateValue(date)) return this.#when(base, [date]);
    return this.#when(`${base}_RELATIVE`, [enumName(date)]);
  }
  whenCellEmpty() {
    return this.#when("CELL_EMPTY", []);
  }
  whenCellNotEmpty() {
    return this.#when("CELL_NOT_EMPTY", []);
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
  whenFormulaSatisfied(formula: unknown) {
    return this.#when("CUSTOM_FORMULA", [String(formula)]);
  }
  whenNumberBetween(a: unknown, b: unknown) {
    return this.#when("NUMBER_BETWEEN", [a, b]);
  }
  whenNumberEqualTo(n: unknown) {
    return this.#when("NUMBER_EQUAL_TO", [n]);
  }
  whenNumberGreaterThan(n: unknown) {
    return this.#when("NUMBER_GREATER_THAN", [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: unknown) {
    return this.#when("NUMBER_GREATER_THAN_OR_EQUAL_TO", [n]);
  }
  whenNumberLessThan(n: unknown) {
    return this.#when("NUMBER_LESS_THAN", [n]);
  }
  whenNumberLessThanOrEqualTo(n: unknown) {
    return this.#when("NUMBER_LESS_THAN_OR_EQUAL_TO", [n]);
  }
  whenNumberNotBetween(a: unknown, b: unknown) {
    return this.#when("NUMBER_NOT_BETWEEN", [a, b]);
  }
  whenNumberNotEqualTo(n: unknown) {
    return this.#when("NUMBER_NOT_EQUAL_TO", [n]);
  }
  whenTextContains(text: unknown) {
    return this.#when("TEXT_CONTAINS", [String(text)]);
  }
  whenTextDoesNotContain(text: unknown) {
    return this.#when("TEXT_DOES_NOT_CONTAIN", [String(text)]);
  }
  whenTextEndsWith(text: unknown) {
    return this.#when("TEXT_ENDS_WITH", [String(text)]);
  }
  whenTextEqualTo(text: unknown) {
    return this.#when("TEXT_EQUAL_TO", [String(text)]);
  }
  whenTextStartsWith(text: unknown) {
    return this.#when("TEXT_STARTS_WITH", [String(text)]);
  }
  withCriteria(criteria: unknown, args: unknown) {
    return this.#when(enumName(criteria), Array.isArray(args) ? args : []);
  }
  setBackground(color: unknown) {
    if (color === null || color === undefined) delete this.#st.model.background;
    else this.#st.model.background = String(color);
    return this;
  }
  setFontColor(color: unknown) {
    if (color === null || color === undefined) delete this.#st.model.fontColor;
    else this.#st.model.fontColor = String(color);
    return this;
  }
  setBold(bold: unknown) {
    this.#st.model.bold = Boolean(bold);
    return this;
  }
  setItalic(italic: unknown) {
    this.#st.model.italic = Boolean(italic);
    return this;
  }
  setUnderline(underline: unknown) {
    this.#st.model.underline = Boolean(underline);
    return this;
  }
  setStrikethrough(strikethrough: unknown) {
    this.#st.model.strikethrough = Boolean(strikethrough);
    return this;
  }
  setRanges(ranges: unknown) {
    if (!Array.isArray(ranges)) this.#s.fail("Invalid argument: ranges");
    const parsed = (ranges as unknown[]).map((r) => rangeArg(this.#s, r));
    this.#st.sheet = parsed[0]?.sheet ?? null;
    this.#st.model.ranges = parsed.map((p) => p.a1);
    return this;
  }
  getRanges() {
    const sheet = this.#st.sheet;
    return sheet ? this.#st.model.ranges.map((a1) => rangeFromA1(this.#s, a1, sheet)) : [];
  }
  getBooleanCondition() {
    return this.#st.model.condition
      ? this.#s.core.service("BooleanCondition", new BooleanConditionImpl(this.#st.model))
      : null;
  }
  build() {
    if (!this.#st.model.condition) this.#s.fail("Conditional format rule must have a condition.");
    return this.#s.core.service(
      "ConditionalFormatRule",
      new ConditionalFormatRuleImpl(this.#s, structuredClone(this.#st.model), this.#st.sheet),
    );
  }
  copy() {
    return this.#s.core.service(
      "ConditionalFormatRuleBuilder",
      new ConditionalFormatRuleBuilderImpl(this.#s, this.#st),
    );
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule */
export class ConditionalFormatRuleImpl {
  readonly #s: Sheets;
  readonly model: ConditionalFormatRuleModel;
  readonly sheet: SheetModel | null;
  constructor(s: Sheets, model: ConditionalFormatRuleModel, sheet: SheetModel | null) {
    this.#s = s;
    this.model = model;
    this.sheet = sheet;
  }
  toString() {
    return "ConditionalFormatRule";
  }
  getRanges() {
    const sheet = this.sheet;
    return sheet ? this.model.ranges.map((a1) => rangeFromA1(this.#s, a1, sheet)) : [];
  }
  getBooleanCondition() {
    return this.#s.core.service("BooleanCondition", new BooleanConditionImpl(this.model));
  }
  getGradientCondition() {
    return null;
  }
  copy() {
    return this.#s.core.service(
      "ConditionalFormatRuleBuilder",
      new ConditionalFormatRuleBuilderImpl(this.#s, { model: this.model, sheet: this.sheet }),
    );
  }
}

class BooleanConditionImpl {
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

// Protection -----------------------------------------------------------------------------------

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
    if (this.model.range) return rangeFromA1(this.#s, this.model.range, this.#sheet);
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
  canEdit() {
    return this.model.editors.includes(this.#s.userEmail()) || !this.model.warningOnly;
  }
  canDomainEdit() {
    return this.model.domainEdit;
  }
  setDomainEdit(editable: unknown) {
    this.model.domainEdit = Boolean(editable);
    return this;
  }
  getUnprotectedRanges() {
    return this.model.unprotectedRanges.map((a1) => rangeFromA1(this.#s, a1, this.#sheet));
  }
  setUnprotectedRanges(ranges: unknown) {
    this.model.unprotectedRanges = (Array.isArray(ranges) ? ranges : []).map(
      (r) => rangeArg(this.#s, r).a1,
    );
    return this;
  }
  remove() {
    const list = this.#sheet.protections;
    const i = list.indexOf(this.model);
    if (i >= 0) list.splice(i, 1);
  }
}
