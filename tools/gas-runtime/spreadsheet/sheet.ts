/**
 * A Sheet: ranges, size and growth (insert, delete, move rows and columns), frozen rows and
 * columns, widths and hidden columns, conditional format rules, protections, appendRow, its
 * developer metadata. https://developers.google.com/apps-script/reference/spreadsheet/sheet
 */
import type { GridRange } from "../a1.ts";
import { enumName } from "../core.ts";
import type { DimensionChange } from "../dimensions.ts";
import type { SheetModel } from "../model.ts";
import { ConditionalFormatRuleImpl } from "./conditional-format-rule.ts";
import { withDeveloperMetadata } from "./developer-metadata.ts";
import { checkCellsEditable, checkDimensionEditable } from "./protected-edits.ts";
import { ProtectionImpl } from "./protection.ts";
import { RangeImpl } from "./range.ts";
import type { Sheets } from "./sheets.ts";
import { displayValue, typeName, writeTyped } from "./values.ts";

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
  /** Every insertion, deletion and move of rows or columns: bounds, protections, the cell limit. */
  #change(dim: "row" | "col", change: DimensionChange) {
    const size = dim === "row" ? this.model.maxRows : this.model.maxColumns;
    const inBounds =
      change.kind === "insert"
        ? change.after >= 0 && change.after <= size
        : change.start >= 1 &&
          change.start + change.count - 1 <= size &&
          (change.kind === "delete" || (change.destination >= 1 && change.destination <= size + 1));
    if (!inBounds || !(change.count >= 1)) {
      this.#s.fail(`Those ${dim === "row" ? "rows" : "columns"} are out of bounds.`);
    }
    if (change.kind === "delete" && dim === "row") {
      if (this.model.maxRows - change.count <= this.model.frozenRows) {
        this.#s.fail("Sorry, it is not possible to delete all non-frozen rows.");
      }
    }
    checkDimensionEditable(this.#s, this.model, dim, change);
    if (change.kind === "insert") {
      const { maxRows, maxColumns } = this.model;
      if (dim === "row") this.#s.checkGrowth(change.count * maxColumns);
      else this.#s.checkGrowth(change.count * maxRows, maxColumns + change.count);
    }
    this.model.change(dim, change);
  }
  insertColumnsAfter(afterPosition: number, howMany: number) {
    this.#change("col", { kind: "insert", after: afterPosition, count: howMany });
    return this;
  }
  insertColumnAfter(afterPosition: number) {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number) {
    return this.insertColumnsAfter(beforePosition - 1, howMany);
  }
  insertColumnBefore(beforePosition: number) {
    return this.insertColumnsAfter(beforePosition - 1, 1);
  }
  insertRowsAfter(afterPosition: number, howMany: number) {
    this.#change("row", { kind: "insert", after: afterPosition, count: howMany });
    return this;
  }
  insertRowAfter(afterPosition: number) {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number) {
    return this.insertRowsAfter(beforePosition - 1, howMany);
  }
  insertRowBefore(beforePosition: number) {
    return this.insertRowsAfter(beforePosition - 1, 1);
  }
  deleteRows(rowPosition: number, howMany: number) {
    this.#change("row", { kind: "delete", start: rowPosition, count: howMany });
  }
  deleteRow(rowPosition: number) {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number) {
    this.#change("col", { kind: "delete", start: columnPosition, count: howMany });
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
    const { row, numRows } = this.#s.implOf(rowSpec, RangeImpl, "rowSpec").grid;
    this.#change("row", {
      kind: "move",
      start: row,
      count: numRows,
      destination: destinationIndex,
    });
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#moveColumns(Range,Integer) */
  moveColumns(columnSpec: unknown, destinationIndex: number) {
    const { col, numCols } = this.#s.implOf(columnSpec, RangeImpl, "columnSpec").grid;
    this.#change("col", {
      kind: "move",
      start: col,
      count: numCols,
      destination: destinationIndex,
    });
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
        const text = displayValue(this.model.get(r, c), this.#s.timeZone);
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
    return this.#s.activeRange();
  }
  setActiveRange(range: unknown) {
    return this.#s.selectRange(range);
  }
  getActiveCell() {
    return this.#s.activeCell();
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
    const values = rowContents as unknown[];
    const row = this.model.lastRow() + 1;
    const grid = { row, col: 1, numRows: 1, numCols: Math.max(1, values.length) };
    checkCellsEditable(this.#s, this.model, grid);
    if (row > this.model.maxRows) this.#s.checkGrowth(this.model.maxColumns);
    values.forEach((v, i) => {
      writeTyped(this.model.cell(row, i + 1), v, this.#s);
    });
    return this;
  }
  isSheetHidden() {
    return false;
  }
  getFilter() {
    return null;
  }

  static {
    withDeveloperMetadata(SheetImpl, (self) => [self.#s, { kind: "sheet", sheet: self.model }]);
  }
}
