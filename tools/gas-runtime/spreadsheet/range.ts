/**
 * A Range: values (written as if typed), formulas, display values, formats (from the FORMATS
 * table), data validations, rich text, developer metadata of whole rows/columns, geometry,
 * protection. https://developers.google.com/apps-script/reference/spreadsheet/range
 */
import { type GridRange, toA1 } from "../a1.ts";
import { enumName } from "../core.ts";
import type { CellModel, ProtectionModel, SheetModel } from "../model.ts";
import { DataValidationImpl } from "./data-validation.ts";
import { withDeveloperMetadata } from "./developer-metadata.ts";
import { checkCellsEditable } from "./protected-edits.ts";
import { ProtectionImpl } from "./protection.ts";
import { FORMATS } from "./range-formats.ts";
import { richTextOfCell, writeRichText } from "./rich-text-runs.ts";
import { RichTextValueImpl } from "./rich-text-value.ts";
import type { Sheets } from "./sheets.ts";
import { check2D, displayValue, writeFormula, writeTyped } from "./values.ts";

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
  /** Every cell of the range, to change it (the user must be allowed to edit them all). */
  #each(fn: (cell: CellModel, i: number, j: number) => void) {
    const g = this.grid;
    checkCellsEditable(this.#s, this.sheetModel, g);
    for (let i = 0; i < g.numRows; i++) {
      for (let j = 0; j < g.numCols; j++) fn(this.sheetModel.cell(g.row + i, g.col + j), i, j);
    }
  }
  #first(): CellModel | undefined {
    return this.sheetModel.get(this.grid.row, this.grid.col);
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
    const rows = check2D(values, this.grid, "setValues", this.#s);
    this.#each((cell, i, j) => writeTyped(cell, rows[i]?.[j], this.#s));
    return this;
  }
  setValue(value: unknown) {
    this.#each((cell) => writeTyped(cell, value, this.#s));
    return this;
  }
  getDisplayValues() {
    return this.#map((cell) => displayValue(cell, this.#s.timeZone));
  }
  getDisplayValue() {
    return displayValue(this.#first(), this.#s.timeZone);
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
    this.#each((cell) => writeFormula(cell, formula, this.#s));
    return this;
  }
  setFormulas(formulas: unknown) {
    const rows = check2D(formulas, this.grid, "setFormulas", this.#s);
    this.#each((cell, i, j) => writeFormula(cell, rows[i]?.[j], this.#s));
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
    checkCellsEditable(this.#s, this.sheetModel, g);
    for (const [r, c, cell] of [...this.sheetModel.entries()]) {
      if (r < g.row || r >= g.row + g.numRows || c < g.col || c >= g.col + g.numCols) continue;
      if (contents) {
        cell.value = null;
        delete cell.formula;
        delete cell.richText;
      }
      if (formats) for (const f of FORMATS) if (f.isFormat) delete cell[f.key];
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

  // Formats: get/set of every row of FORMATS are made in the static block at the end. --------
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
    const rows = check2D(rules, this.grid, "setDataValidations", this.#s);
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
    const rows = check2D(values, this.grid, "setRichTextValues", this.#s);
    const impls = rows.map((r) => r.map((v) => this.#s.implOf(v, RichTextValueImpl, "values")));
    this.#each((cell, i, j) => writeRichText(cell, impls[i]?.[j] as RichTextValueImpl));
    return this;
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

  /** get/set of every row of FORMATS; addDeveloperMetadata & co. over the range's rows or columns. */
  static {
    const define = (name: string, fn: (this: RangeImpl, ...a: unknown[]) => unknown) =>
      Object.defineProperty(RangeImpl.prototype, name, {
        value: fn,
        writable: true,
        configurable: true,
      });
    for (const f of FORMATS) {
      const read = (cell: CellModel | undefined) => cell?.[f.key] ?? f.byDefault;
      const write = (cell: CellModel, v: unknown) => {
        const stored = f.store(v);
        if (stored === undefined) delete cell[f.key];
        else (cell as unknown as Record<string, unknown>)[f.key] = stored;
      };
      define(`get${f.name}`, function () {
        return read(this.#first());
      });
      define(`get${f.plural}`, function () {
        return this.#map(read);
      });
      define(`set${f.name}`, function (v) {
        this.#each((cell) => write(cell, v));
        return this;
      });
      define(`set${f.plural}`, function (values) {
        const rows = check2D(values, this.grid, `set${f.plural}`, this.#s);
        this.#each((cell, i, j) => write(cell, rows[i]?.[j]));
        return this;
      });
    }
    withDeveloperMetadata(RangeImpl, (self) => [
      self.#s,
      { kind: "range", sheet: self.sheetModel, grid: self.grid },
    ]);
  }
}
