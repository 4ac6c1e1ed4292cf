/**
 * Host-side state of a spreadsheet: what the in-memory Apps Script services read and write.
 * Rows and columns are 1-based, as in Apps Script. Plain data; no Apps Script semantics here
 * beyond "what counts as content" (Sheet.getLastRow/getLastColumn).
 */
import { columnToLetters, toA1 } from "./a1.ts";
import { type DimensionChange, mapA1, mapIndex, mapSpan, permute } from "./dimensions.ts";

/** null = empty cell. Dates host-side are host Dates (an instant). */
export type CellValue = string | number | boolean | Date | null;

export interface DataValidationModel {
  /** SpreadsheetApp.DataValidationCriteria name, e.g. "VALUE_IN_LIST", "VALUE_IN_RANGE", "DATE_IS_VALID_DATE", "CHECKBOX". */
  criteria: string;
  /**
   * The criteria values. VALUE_IN_LIST: [values: string[], showDropdown: boolean];
   * VALUE_IN_RANGE: [a1WithSheet: string, showDropdown: boolean] (e.g. "'Đơn vị'!A2:A1000");
   * dates are host Dates; numbers are numbers.
   */
  args: unknown[];
  allowInvalid: boolean;
  helpText?: string;
}

export interface CellModel {
  value: CellValue;
  formula?: string;
  note?: string;
  background?: string;
  fontColor?: string;
  fontWeight?: "bold" | "normal";
  fontStyle?: "italic" | "normal";
  numberFormat?: string;
  horizontalAlignment?: string;
  wrap?: boolean;
  dataValidation?: DataValidationModel;
  /** Links and styled stretches of a text value (the value holds the whole text). */
  richText?: RichTextRunModel[];
}

/** A conditional format rule, as set by Sheet.setConditionalFormatRules. */
export interface ConditionalFormatRuleModel {
  /** A1 notations (without sheet name) of the ranges on the owning sheet, e.g. ["A2:A1000"]. */
  ranges: string[];
  /** SpreadsheetApp.BooleanCriteria name, e.g. "TEXT_EQUAL_TO", "TEXT_STARTS_WITH", "CUSTOM_FORMULA", "DATE_BEFORE". */
  condition: string;
  /** Criteria values: strings, numbers, host Dates, or a RelativeDate name such as "TODAY". */
  values: unknown[];
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
}

/** A protection created with Sheet.protect() or Range.protect(). */
export interface ProtectionModel {
  type: "SHEET" | "RANGE";
  /** A1 notation (without sheet name) of the protected range; absent for a SHEET protection. */
  range?: string;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  /** For SHEET protections: A1 notations left editable. */
  unprotectedRanges: string[];
}

/** Style of a run of rich text (SpreadsheetApp.TextStyle); absent fields are the cell's own. */
export interface TextStyleModel {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  foregroundColor?: string;
  fontSize?: number;
  fontFamily?: string;
}

/** A stretch [start, end) of a cell's text with a link and/or a style (0-based, end exclusive). */
export interface RichTextRunModel {
  start: number;
  end: number;
  link?: string;
  style?: TextStyleModel;
}

export type MetadataVisibility = "DOCUMENT" | "PROJECT";

/**
 * Developer metadata. On the spreadsheet: location SPREADSHEET; on a sheet: SHEET, or ROW / COLUMN
 * with the span of rows or columns it is attached to, which follows them as they move.
 */
export interface DeveloperMetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: MetadataVisibility;
  location:
    | { type: "SPREADSHEET" }
    | { type: "SHEET" }
    | { type: "ROW" | "COLUMN"; start: number; count: number };
}

export type RowInput = CellValue | { formula: string; value?: CellValue };

let spreadsheetCounter = 0;

function defaultSpreadsheetId(): string {
  spreadsheetCounter++;
  const tail = `${spreadsheetCounter}`.padStart(6, "0");
  return `1DiCoSoLocalSpreadsheet${"x".repeat(44 - 23 - tail.length)}${tail}`;
}

export function hasContent(cell: CellModel | undefined): boolean {
  if (!cell) return false;
  if (cell.formula) return true;
  return cell.value !== null && cell.value !== "";
}

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

function jsonValue(v: unknown): unknown {
  if (isDate(v)) {
    const t = Date.prototype.getTime.call(v);
    return Number.isNaN(t) ? "Invalid Date" : new Date(t).toISOString();
  }
  if (Array.isArray(v)) return v.map(jsonValue);
  if (v && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = jsonValue((v as Record<string, unknown>)[k]);
    return out;
  }
  return v === undefined ? null : v;
}

/** Frozen rows/columns after a change: insertions inside the frozen area extend it, deletions shrink it. */
function frozenAfter(frozen: number, change: DimensionChange): number {
  if (change.kind === "insert") return change.after < frozen ? frozen + change.count : frozen;
  if (change.kind === "delete") {
    const inside = Math.min(frozen, change.start + change.count - 1) - change.start + 1;
    return frozen - Math.max(0, inside);
  }
  return frozen;
}

export class SheetModel {
  name: string;
  sheetId: number;
  frozenRows = 0;
  frozenColumns = 0;
  maxRows: number;
  maxColumns: number;
  columnWidths = new Map<number, number>();
  hiddenColumns = new Set<number>();
  conditionalFormatRules: ConditionalFormatRuleModel[] = [];
  protections: ProtectionModel[] = [];
  /** Metadata on the sheet itself and on its rows and columns. */
  developerMetadata: DeveloperMetadataModel[] = [];
  /** rows[r - 1][c - 1]; sparse. */
  private rows: (CellModel | undefined)[][] = [];

  constructor(name: string, sheetId: number, maxRows = 1000, maxColumns = 26) {
    this.name = name;
    this.sheetId = sheetId;
    this.maxRows = maxRows;
    this.maxColumns = maxColumns;
  }

  /** The cell at (row, col), 1-based; created (empty) on demand. */
  cell(row: number, col: number): CellModel {
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    let c = r[col - 1];
    if (!c) {
      c = { value: null };
      r[col - 1] = c;
    }
    if (row > this.maxRows) this.maxRows = row;
    if (col > this.maxColumns) this.maxColumns = col;
    return c;
  }

  get(row: number, col: number): CellModel | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  /** Last row with content (value or formula), 0 when the sheet has none. */
  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const row = this.rows[r];
      if (row?.some((c) => hasContent(c))) return r + 1;
    }
    return 0;
  }

  /** Last column with content (value or formula), 0 when the sheet has none. */
  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length - 1; c >= last; c--) {
        if (hasContent(row[c])) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  /** Host values of the data range (A1 to last row/column with content); null = empty. */
  values(): CellValue[][] {
    const nr = Math.max(1, this.lastRow());
    const nc = Math.max(1, this.lastColumn());
    const out: CellValue[][] = [];
    for (let r = 1; r <= nr; r++) {
      const line: CellValue[] = [];
      for (let c = 1; c <= nc; c++) line.push(this.get(r, c)?.value ?? null);
      out.push(line);
    }
    return out;
  }

  /** Inserts `count` empty rows after row `after` (0 = before row 1). */
  insertRows(after: number, count: number): void {
    if (this.rows.length > after) this.rows.splice(after, 0, ...new Array<CellModel[]>(count));
    this.maxRows += count;
    this.#follow("row", { kind: "insert", after, count });
  }

  /** Inserts `count` empty columns after column `after` (0 = before column A). */
  insertColumns(after: number, count: number): void {
    for (const row of this.rows) {
      if (row && row.length > after)
        row.splice(after, 0, ...new Array<CellModel | undefined>(count));
    }
    this.maxColumns += count;
    this.#follow("col", { kind: "insert", after, count });
  }

  deleteRows(start: number, count: number): void {
    this.rows.splice(start - 1, count);
    this.maxRows -= count;
    this.#follow("row", { kind: "delete", start, count });
  }

  deleteColumns(start: number, count: number): void {
    for (const row of this.rows) if (row) row.splice(start - 1, count);
    this.maxColumns -= count;
    this.#follow("col", { kind: "delete", start, count });
  }

  /** Moves rows start…start+count-1 to before row `destination` (counted before the move). */
  moveRows(start: number, count: number, destination: number): void {
    const change: DimensionChange = { kind: "move", start, count, destination };
    this.rows = permute(this.rows, change);
    this.#follow("row", change);
  }

  /** Moves columns start…start+count-1 to before column `destination` (counted before the move). */
  moveColumns(start: number, count: number, destination: number): void {
    const change: DimensionChange = { kind: "move", start, count, destination };
    this.rows = this.rows.map((row) => (row ? permute(row, change) : row));
    this.#follow("col", change);
  }

  /** One of the six changes above, by dimension. */
  change(dim: "row" | "col", change: DimensionChange): void {
    if (change.kind === "insert") {
      if (dim === "row") this.insertRows(change.after, change.count);
      else this.insertColumns(change.after, change.count);
    } else if (change.kind === "delete") {
      if (dim === "row") this.deleteRows(change.start, change.count);
      else this.deleteColumns(change.start, change.count);
    } else if (dim === "row") this.moveRows(change.start, change.count, change.destination);
    else this.moveColumns(change.start, change.count, change.destination);
  }

  /**
   * What is attached to rows or columns follows them: frozen rows/columns (an insertion or a
   * deletion inside the frozen area changes it), column widths and hidden columns,
   * conditional-format and protection ranges (dropped when all their rows/columns go), row or
   * column developer metadata (deleted with its rows/columns).
   */
  #follow(dim: "row" | "col", change: DimensionChange): void {
    const frozen = dim === "row" ? this.frozenRows : this.frozenColumns;
    const frozenNow = frozenAfter(frozen, change);
    if (dim === "row") this.frozenRows = frozenNow;
    else this.frozenColumns = frozenNow;
    if (dim === "col") {
      const widths = new Map<number, number>();
      for (const [c, w] of this.columnWidths) {
        const to = mapIndex(c, change);
        if (to !== null) widths.set(to, w);
      }
      this.columnWidths = widths;
      const hidden = [...this.hiddenColumns].map((c) => mapIndex(c, change));
      this.hiddenColumns = new Set(hidden.filter((c): c is number => c !== null));
    }
    const mapRanges = (ranges: string[]) =>
      ranges.map((r) => mapA1(r, dim, change)).filter((r): r is string => r !== null);
    this.conditionalFormatRules = this.conditionalFormatRules.filter((rule) => {
      rule.ranges = mapRanges(rule.ranges);
      return rule.ranges.length > 0;
    });
    this.protections = this.protections.filter((p) => {
      p.unprotectedRanges = mapRanges(p.unprotectedRanges);
      if (!p.range) return true;
      const to = mapA1(p.range, dim, change);
      if (to) p.range = to;
      return to !== null;
    });
    const type = dim === "row" ? "ROW" : "COLUMN";
    this.developerMetadata = this.developerMetadata.filter((m) => {
      if (m.location.type !== type) return true;
      const to = mapSpan(m.location, change);
      if (to) m.location = { type, ...to };
      return to !== null;
    });
  }

  /** Every non-empty cell model, with its coordinates. */
  *entries(): Generator<[row: number, col: number, cell: CellModel]> {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell) yield [r + 1, c + 1, cell];
      }
    }
  }

  /** Deep, JSON-safe copy (dates as ISO strings); empty cells are left out. */
  snapshot(): unknown {
    const cells: Record<string, unknown> = {};
    for (const [r, c, cell] of this.entries()) {
      const json = jsonValue(cell) as Record<string, unknown>;
      const meaningful = Object.entries(json).filter(([k, v]) => !(k === "value" && v === null));
      if (meaningful.length > 0) cells[toA1(r, c)] = json;
    }
    const widths: Record<string, number> = {};
    for (const [c, w] of [...this.columnWidths].sort((a, b) => a[0] - b[0])) {
      widths[columnToLetters(c)] = w;
    }
    return {
      name: this.name,
      sheetId: this.sheetId,
      frozenRows: this.frozenRows,
      frozenColumns: this.frozenColumns,
      maxRows: this.maxRows,
      maxColumns: this.maxColumns,
      columnWidths: widths,
      hiddenColumns: [...this.hiddenColumns].sort((a, b) => a - b),
      conditionalFormatRules: jsonValue(this.conditionalFormatRules),
      protections: jsonValue(this.protections),
      developerMetadata: jsonValue(this.developerMetadata),
      cells,
    };
  }
}

export class SpreadsheetModel {
  name: string;
  id: string;
  timeZone: string;
  locale: string;
  readonly sheets: SheetModel[] = [];
  documentProperties = new Map<string, string>();
  /** Metadata on the spreadsheet itself (location SPREADSHEET). */
  developerMetadata: DeveloperMetadataModel[] = [];
  private nextSheetId = 0;
  private lastMetadataId = 0;

  constructor(init: { name?: string; timeZone?: string; locale?: string; id?: string } = {}) {
    this.name = init.name ?? "Đi cơ sở";
    this.id = init.id ?? defaultSpreadsheetId();
    this.timeZone = init.timeZone ?? "Asia/Ho_Chi_Minh";
    this.locale = init.locale ?? "vi";
  }

  /**
   * Adds a sheet (at `index`, 0-based; default last) filled from `rows`. A string starting with "="
   * is a formula; `{ formula, value }` gives a formula with its computed value. Other values are
   * stored as they are (no "typed" interpretation: "14/5/2018" stays text).
   */
  addSheet(name: string, rows: RowInput[][] = [], index?: number): SheetModel {
    if (this.sheet(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const id = this.nextSheetId === 0 ? 0 : 100_000_000 + this.nextSheetId * 7_919;
    this.nextSheetId++;
    const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
    const sheet = new SheetModel(name, id, Math.max(1000, rows.length), Math.max(26, width));
    rows.forEach((line, r) => {
      line.forEach((v, c) => {
        if (v === null || v === undefined || v === "") return;
        const cell = sheet.cell(r + 1, c + 1);
        if (typeof v === "string" && v.startsWith("=") && v.length > 1) {
          cell.formula = v;
        } else if (typeof v === "object" && !isDate(v)) {
          cell.formula = v.formula;
          cell.value = v.value ?? null;
        } else {
          cell.value = v;
        }
      });
    });
    const at =
      index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    return sheet;
  }

  /** The sheet with that name (exact match first, then ignoring case, as sheet names are unique ignoring case). */
  sheet(name: string): SheetModel | undefined {
    return (
      this.sheets.find((s) => s.name === name) ??
      this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase())
    );
  }

  /** A positive id unique in the spreadsheet, for new developer metadata. */
  newMetadataId(): number {
    this.lastMetadataId++;
    return 1_000_000 + this.lastMetadataId * 7_919;
  }

  /** Every developer metadata of the spreadsheet: its own, then each sheet's, in sheet order. */
  allDeveloperMetadata(): DeveloperMetadataModel[] {
    return [...this.developerMetadata, ...this.sheets.flatMap((s) => s.developerMetadata)];
  }

  removeSheet(sheet: SheetModel): void {
    const i = this.sheets.indexOf(sheet);
    if (i >= 0) this.sheets.splice(i, 1);
  }

  snapshot(): unknown {
    const props: Record<string, string> = {};
    for (const k of [...this.documentProperties.keys()].sort()) {
      props[k] = this.documentProperties.get(k) as string;
    }
    return {
      name: this.name,
      id: this.id,
      timeZone: this.timeZone,
      locale: this.locale,
      documentProperties: props,
      developerMetadata: jsonValue(this.developerMetadata),
      sheets: this.sheets.map((s) => s.snapshot()),
    };
  }
}
