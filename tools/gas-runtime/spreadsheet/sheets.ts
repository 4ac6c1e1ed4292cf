/**
 * What the spreadsheet services of one runtime share: the model, the user's selection (or, in a
 * custom function, the formula cell), toasts, and the factories of the Spreadsheet, Sheet and
 * Range objects handed to the script; resolving A1 notation and Range arguments like Google.
 */
import { type GridRange, parseA1Range, splitSheetPrefix, toA1 } from "../a1.ts";
import type { Core } from "../core.ts";
import type { SheetModel } from "../model.ts";
import type { ToastRecord } from "../ui.ts";
import { UserImpl } from "../users.ts";
import { RangeImpl } from "./range.ts";
import { SheetImpl } from "./sheet.ts";
import { SpreadsheetImpl } from "./spreadsheet.ts";
import { typeName, type ValueContext } from "./values.ts";

export interface Selection {
  sheet: SheetModel;
  grid: GridRange;
}

const MAX_CELLS = 10_000_000;
const MAX_COLUMNS = 18_278;
const A1_CELL: GridRange = { row: 1, col: 1, numRows: 1, numCols: 1 };

export class Sheets implements ValueContext {
  readonly core: Core;
  readonly toasts: ToastRecord[] = [];
  private selection: Selection | null = null;
  /** During a custom function: the formula cell. */
  override: Selection | null = null;
  getUi: () => unknown;

  constructor(core: Core, getUi: () => unknown) {
    this.core = core;
    this.getUi = getUi;
  }

  get model() {
    return this.core.model;
  }

  get timeZone() {
    return this.core.model.timeZone;
  }

  fail(message: string): never {
    return this.core.fail(message);
  }

  /** The email of the user running the script (a protection's first editor). */
  userEmail(): string {
    return this.core.users.current.email;
  }

  user(email: string): UserImpl {
    return this.core.service("User", new UserImpl(email));
  }

  // Selection ------------------------------------------------------------------------------------
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
    return { sheet, grid: A1_CELL };
  }

  select(sheet: SheetModel, grid: GridRange = A1_CELL): void {
    this.selection = { sheet, grid };
  }

  /** getActiveRange() of SpreadsheetApp, Spreadsheet and Sheet. */
  activeRange(): RangeImpl {
    const sel = this.activeSelection();
    return this.range(sel.sheet, sel.grid);
  }

  /** getCurrentCell() / getActiveCell(): the first cell of the selection. */
  activeCell(): RangeImpl {
    const sel = this.activeSelection();
    return this.range(sel.sheet, { ...sel.grid, numRows: 1, numCols: 1 });
  }

  /** setActiveSheet(sheet) of SpreadsheetApp and Spreadsheet. */
  selectSheet(sheet: unknown): unknown {
    this.select(this.implOf(sheet, SheetImpl, "sheet").model);
    return sheet;
  }

  /** setActiveRange(range) of SpreadsheetApp, Spreadsheet and Sheet. */
  selectRange(range: unknown): unknown {
    const impl = this.implOf(range, RangeImpl, "range");
    this.select(impl.sheetModel, impl.grid);
    return range;
  }

  // Objects handed to the script -----------------------------------------------------------------
  spreadsheet(): SpreadsheetImpl {
    return this.core.service("Spreadsheet", new SpreadsheetImpl(this));
  }

  sheet(model: SheetModel): SheetImpl {
    return this.core.service("Sheet", new SheetImpl(this, model));
  }

  range(sheet: SheetModel, grid: GridRange): RangeImpl {
    return this.core.service("Range", new RangeImpl(this, sheet, grid));
  }

  // Arguments ------------------------------------------------------------------------------------
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

  /**
   * Fails like Sheets when growing the spreadsheet by `cells` (leaving a sheet `columnsAfter` wide)
   * would pass its limits: 10 million cells, 18,278 columns —
   * https://support.google.com/drive/answer/37603
   */
  checkGrowth(cells: number, columnsAfter = 0): void {
    const total = this.model.sheets.reduce((n, sh) => n + sh.maxRows * sh.maxColumns, 0);
    if (total + cells > MAX_CELLS) {
      this.fail(
        `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
      );
    }
    if (columnsAfter > MAX_COLUMNS) {
      this.fail(
        `This action would increase the number of columns in the sheet above the limit of ${MAX_COLUMNS} columns.`,
      );
    }
  }

  /** Reads a realm service object argument back to its implementation. */
  implOf<T>(v: unknown, kind: new (...a: never[]) => T, what: string): T {
    const impl = this.core.unwrap(v);
    if (impl instanceof kind) return impl;
    return this.fail(`Invalid argument: ${what}`);
  }

  /** A Range argument as its sheet and A1 notation (no sheet name). */
  rangeArg(range: unknown): { sheet: SheetModel; a1: string } {
    const r = this.implOf(range, RangeImpl, "range");
    return {
      sheet: r.sheetModel,
      a1: toA1(r.grid.row, r.grid.col, r.grid.numRows, r.grid.numCols),
    };
  }

  /** A stored "Sheet!A1" (or "A1" on `fallback`) as a Range again; the text if it no longer resolves. */
  rangeFromA1(a1WithSheet: string, fallback?: SheetModel): unknown {
    const { sheet: name, range } = splitSheetPrefix(a1WithSheet);
    const sheet = name === undefined ? fallback : this.model.sheet(name);
    const grid = sheet ? parseA1Range(range, sheet.maxRows, sheet.maxColumns) : null;
    return sheet && grid ? this.range(sheet, grid) : a1WithSheet;
  }
}
