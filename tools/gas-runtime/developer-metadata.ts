/**
 * Developer metadata: key/value tags on the spreadsheet, a sheet, or whole rows or columns, that
 * stay with what they tag as rows and columns are inserted, deleted or moved (model.ts keeps them
 * attached), and the finder that searches them.
 *
 * - https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
 * - https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
 * - https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-location
 * - https://developers.google.com/sheets/api/guides/metadata ("You can associate metadata with
 *   rows, columns, sheets, or a spreadsheet.")
 */
import type { GridRange } from "./a1.ts";
import { enumName, makeEnum } from "./core.ts";
import type { DeveloperMetadataModel, MetadataVisibility, SheetModel } from "./model.ts";
import { RangeImpl, SheetImpl, type Sheets } from "./spreadsheet.ts";

export const DeveloperMetadataVisibility = makeEnum(["DOCUMENT", "PROJECT"] as const);
export const DeveloperMetadataLocationType = makeEnum([
  "SPREADSHEET",
  "SHEET",
  "ROW",
  "COLUMN",
] as const);

/** What metadata is added to, read from or searched in. */
export type MetadataScope =
  | { kind: "spreadsheet" }
  | { kind: "sheet"; sheet: SheetModel }
  | { kind: "range"; sheet: SheetModel; grid: GridRange };

type Location = DeveloperMetadataModel["location"];

const ARBITRARY_RANGE =
  "Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.";

/** The rows or columns a range spans as a metadata location, when it spans whole ones. */
function dimensionsOf(sheet: SheetModel, g: GridRange): Location[] {
  const out: Location[] = [];
  if (g.col === 1 && g.numCols === sheet.maxColumns) {
    out.push({ type: "ROW", start: g.row, count: g.numRows });
  }
  if (g.row === 1 && g.numRows === sheet.maxRows) {
    out.push({ type: "COLUMN", start: g.col, count: g.numCols });
  }
  return out;
}

function sameLocation(a: Location, b: Location): boolean {
  if (a.type !== b.type) return false;
  if (a.type === "ROW" || a.type === "COLUMN") {
    const other = b as typeof a;
    return a.start === other.start && a.count === other.count;
  }
  return true;
}

function visibilityArg(v: unknown): MetadataVisibility | null {
  const name = typeof v === "object" && v !== null ? enumName(v) : "";
  return name === "DOCUMENT" || name === "PROJECT" ? name : null;
}

/**
 * addDeveloperMetadata(key), (key, visibility), (key, value), (key, value, visibility) on the
 * spreadsheet, a sheet or a range of whole rows or columns; visibility DOCUMENT by default.
 */
export function addDeveloperMetadata(s: Sheets, scope: MetadataScope, args: unknown[]) {
  const [key, second, third] = args;
  if (key === undefined || key === null || String(key) === "") s.fail("Invalid argument: key");
  const secondVisibility = visibilityArg(second);
  const value = secondVisibility || second === undefined || second === null ? null : String(second);
  const visibility = secondVisibility ?? visibilityArg(third) ?? "DOCUMENT";
  let location: Location;
  let holder: DeveloperMetadataModel[];
  if (scope.kind === "spreadsheet") {
    location = { type: "SPREADSHEET" };
    holder = s.model.developerMetadata;
  } else if (scope.kind === "sheet") {
    location = { type: "SHEET" };
    holder = scope.sheet.developerMetadata;
  } else {
    const [first] = dimensionsOf(scope.sheet, scope.grid);
    if (!first) return s.fail(ARBITRARY_RANGE);
    location = first;
    holder = scope.sheet.developerMetadata;
  }
  const model: DeveloperMetadataModel = {
    id: s.model.newMetadataId(),
    key: String(key),
    value,
    visibility,
    location,
  };
  holder.push(model);
  return metadataObject(s, model);
}

/** getDeveloperMetadata(): what sits exactly at the spreadsheet, the sheet, or the range's rows/columns. */
export function developerMetadataAt(s: Sheets, scope: MetadataScope) {
  let found: DeveloperMetadataModel[];
  if (scope.kind === "spreadsheet") found = s.model.developerMetadata;
  else if (scope.kind === "sheet") {
    found = scope.sheet.developerMetadata.filter((m) => m.location.type === "SHEET");
  } else {
    const here = dimensionsOf(scope.sheet, scope.grid);
    found = scope.sheet.developerMetadata.filter((m) =>
      here.some((l) => sameLocation(l, m.location)),
    );
  }
  return found.map((m) => metadataObject(s, m));
}

export function createFinder(s: Sheets, scope: MetadataScope) {
  return s.core.service("DeveloperMetadataFinder", new DeveloperMetadataFinderImpl(s, scope));
}

function metadataObject(s: Sheets, model: DeveloperMetadataModel) {
  return s.core.service("DeveloperMetadata", new DeveloperMetadataImpl(s, model));
}

/** The spreadsheet or sheet whose list holds the metadata (null once removed). */
function holderOf(s: Sheets, model: DeveloperMetadataModel) {
  if (s.model.developerMetadata.includes(model)) return { list: s.model.developerMetadata };
  const sheet = s.model.sheets.find((sh) => sh.developerMetadata.includes(model));
  return sheet ? { list: sheet.developerMetadata, sheet } : null;
}

export class DeveloperMetadataImpl {
  readonly #s: Sheets;
  readonly model: DeveloperMetadataModel;
  constructor(s: Sheets, model: DeveloperMetadataModel) {
    this.#s = s;
    this.model = model;
  }
  toString() {
    return "DeveloperMetadata";
  }
  getId() {
    return this.model.id;
  }
  getKey() {
    return this.model.key;
  }
  getValue() {
    return this.model.value;
  }
  getVisibility() {
    return DeveloperMetadataVisibility[this.model.visibility];
  }
  getLocation() {
    const holder = holderOf(this.#s, this.model);
    if (!holder) return this.#s.fail("Developer metadata not found.");
    return this.#s.core.service(
      "DeveloperMetadataLocation",
      new DeveloperMetadataLocationImpl(this.#s, this.model.location, holder.sheet ?? null),
    );
  }
  setKey(key: unknown) {
    if (key === undefined || key === null || String(key) === "")
      this.#s.fail("Invalid argument: key");
    this.model.key = String(key);
    return this;
  }
  setValue(value: unknown) {
    this.model.value = value === null || value === undefined ? null : String(value);
    return this;
  }
  setVisibility(visibility: unknown) {
    const v = visibilityArg(visibility);
    if (!v) this.#s.fail("Invalid argument: visibility");
    this.model.visibility = v as MetadataVisibility;
    return this;
  }
  #moveTo(list: DeveloperMetadataModel[], location: Location) {
    this.remove();
    this.model.location = location;
    list.push(this.model);
    return this;
  }
  moveToSpreadsheet() {
    return this.#moveTo(this.#s.model.developerMetadata, { type: "SPREADSHEET" });
  }
  moveToSheet(sheet: unknown) {
    const target = this.#s.implOf(sheet, SheetImpl, "sheet").model;
    return this.#moveTo(target.developerMetadata, { type: "SHEET" });
  }
  /** The rows the range spans. */
  moveToRow(row: unknown) {
    const r = this.#s.implOf(row, RangeImpl, "row");
    const location: Location = { type: "ROW", start: r.grid.row, count: r.grid.numRows };
    return this.#moveTo(r.sheetModel.developerMetadata, location);
  }
  /** The columns the range spans. */
  moveToColumn(column: unknown) {
    const r = this.#s.implOf(column, RangeImpl, "column");
    const location: Location = { type: "COLUMN", start: r.grid.col, count: r.grid.numCols };
    return this.#moveTo(r.sheetModel.developerMetadata, location);
  }
  remove() {
    const holder = holderOf(this.#s, this.model);
    if (holder) holder.list.splice(holder.list.indexOf(this.model), 1);
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-location */
class DeveloperMetadataLocationImpl {
  readonly #s: Sheets;
  readonly #location: Location;
  readonly #sheet: SheetModel | null;
  constructor(s: Sheets, location: Location, sheet: SheetModel | null) {
    this.#s = s;
    this.#location = { ...location };
    this.#sheet = sheet;
  }
  toString() {
    return "DeveloperMetadataLocation";
  }
  getLocationType() {
    return DeveloperMetadataLocationType[this.#location.type];
  }
  getSpreadsheet() {
    return this.#location.type === "SPREADSHEET" ? this.#s.spreadsheet() : null;
  }
  getSheet() {
    return this.#location.type === "SHEET" && this.#sheet ? this.#s.sheet(this.#sheet) : null;
  }
  /** The whole rows, as a Range. */
  getRow() {
    const l = this.#location;
    if (l.type !== "ROW" || !this.#sheet) return null;
    return this.#s.range(this.#sheet, {
      row: l.start,
      col: 1,
      numRows: l.count,
      numCols: this.#sheet.maxColumns,
    });
  }
  /** The whole columns, as a Range. */
  getColumn() {
    const l = this.#location;
    if (l.type !== "COLUMN" || !this.#sheet) return null;
    return this.#s.range(this.#sheet, {
      row: 1,
      col: l.start,
      numRows: this.#sheet.maxRows,
      numCols: l.count,
    });
  }
}

/**
 * A search in a scope: the whole spreadsheet, one sheet (its own metadata and its rows' and
 * columns'), or a range (row/column metadata wholly inside it, or, with onIntersectingLocations,
 * touching it). https://developers.google.com/apps-script/reference/spreadsheet/range#createDeveloperMetadataFinder()
 */
export class DeveloperMetadataFinderImpl {
  readonly #s: Sheets;
  readonly #scope: MetadataScope;
  readonly #tests: ((m: DeveloperMetadataModel) => boolean)[] = [];
  #intersecting = false;
  constructor(s: Sheets, scope: MetadataScope) {
    this.#s = s;
    this.#scope = scope;
  }
  toString() {
    return "DeveloperMetadataFinder";
  }
  #with(test: (m: DeveloperMetadataModel) => boolean) {
    this.#tests.push(test);
    return this;
  }
  withId(id: unknown) {
    return this.#with((m) => m.id === Number(id));
  }
  withKey(key: unknown) {
    return this.#with((m) => m.key === String(key));
  }
  withValue(value: unknown) {
    return this.#with((m) => m.value === (value === null ? null : String(value)));
  }
  withVisibility(visibility: unknown) {
    const v = enumName(visibility);
    return this.#with((m) => m.visibility === v);
  }
  withLocationType(locationType: unknown) {
    const t = enumName(locationType);
    return this.#with((m) => m.location.type === t);
  }
  onIntersectingLocations() {
    this.#intersecting = true;
    return this;
  }
  find() {
    return this.#inScope()
      .filter((m) => this.#tests.every((t) => t(m)))
      .map((m) => metadataObject(this.#s, m));
  }
  #inScope(): DeveloperMetadataModel[] {
    const scope = this.#scope;
    if (scope.kind === "spreadsheet") return this.#s.model.allDeveloperMetadata();
    if (scope.kind === "sheet") return [...scope.sheet.developerMetadata];
    const { sheet, grid } = scope;
    const wholeRows = grid.col === 1 && grid.numCols === sheet.maxColumns;
    const wholeCols = grid.row === 1 && grid.numRows === sheet.maxRows;
    return sheet.developerMetadata.filter((m) => {
      const l = m.location;
      if (l.type !== "ROW" && l.type !== "COLUMN") return false;
      const [from, n, whole] =
        l.type === "ROW"
          ? [grid.row, grid.numRows, wholeRows]
          : [grid.col, grid.numCols, wholeCols];
      const last = l.start + l.count - 1;
      if (this.#intersecting) return l.start <= from + n - 1 && last >= from;
      return whole && l.start >= from && last <= from + n - 1;
    });
  }
}
