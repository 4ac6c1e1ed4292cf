/**
 * Developer metadata: key/value tags on the spreadsheet, a sheet, or whole rows or columns, that
 * stay with what they tag as rows and columns are inserted, deleted or moved (the model keeps
 * them attached); adding, reading and searching them in a scope.
 *
 * - https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
 * - https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
 * - https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-location
 * - https://developers.google.com/sheets/api/guides/metadata ("You can associate metadata with
 *   rows, columns, sheets, or a spreadsheet.")
 */
import type { GridRange } from "../a1.ts";
import { enumName } from "../core.ts";
import type { DeveloperMetadataModel, MetadataVisibility, SheetModel } from "../model.ts";
import { DeveloperMetadataFinderImpl } from "./developer-metadata-finder.ts";
import { DeveloperMetadataLocationImpl } from "./developer-metadata-location.ts";
import { DeveloperMetadataVisibility } from "./enums.ts";
import { RangeImpl } from "./range.ts";
import { SheetImpl } from "./sheet.ts";
import type { Sheets } from "./sheets.ts";

/** What metadata is added to, read from or searched in. */
export type MetadataScope =
  | { kind: "spreadsheet" }
  | { kind: "sheet"; sheet: SheetModel }
  | { kind: "range"; sheet: SheetModel; grid: GridRange };

export type MetadataLocation = DeveloperMetadataModel["location"];

const ARBITRARY_RANGE =
  "Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.";

/** The rows or columns a range spans as a metadata location, when it spans whole ones. */
function dimensionsOf(sheet: SheetModel, g: GridRange): MetadataLocation[] {
  const out: MetadataLocation[] = [];
  if (g.col === 1 && g.numCols === sheet.maxColumns) {
    out.push({ type: "ROW", start: g.row, count: g.numRows });
  }
  if (g.row === 1 && g.numRows === sheet.maxRows) {
    out.push({ type: "COLUMN", start: g.col, count: g.numCols });
  }
  return out;
}

function sameLocation(a: MetadataLocation, b: MetadataLocation): boolean {
  if (a.type !== b.type) return false;
  if (a.type === "ROW" || a.type === "COLUMN") {
    const other = b as typeof a;
    return a.start === other.start && a.count === other.count;
  }
  return true;
}

export function visibilityArg(v: unknown): MetadataVisibility | null {
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
  let location: MetadataLocation;
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

/**
 * Gives Spreadsheet, Sheet or Range their addDeveloperMetadata (returning the object, for
 * chaining), getDeveloperMetadata and createDeveloperMetadataFinder, over the Sheets and scope
 * each instance names.
 */
export function withDeveloperMetadata<T extends object>(
  cls: { prototype: T },
  where: (self: T) => [Sheets, MetadataScope],
): void {
  const methods: Record<string, (this: T, ...args: unknown[]) => unknown> = {
    addDeveloperMetadata(...args) {
      addDeveloperMetadata(...where(this), args);
      return this;
    },
    getDeveloperMetadata() {
      return developerMetadataAt(...where(this));
    },
    createDeveloperMetadataFinder() {
      return createFinder(...where(this));
    },
  };
  for (const [name, value] of Object.entries(methods)) {
    Object.defineProperty(cls.prototype, name, { value, writable: true, configurable: true });
  }
}

export function createFinder(s: Sheets, scope: MetadataScope) {
  return s.core.service("DeveloperMetadataFinder", new DeveloperMetadataFinderImpl(s, scope));
}

export function metadataObject(s: Sheets, model: DeveloperMetadataModel) {
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
  #moveTo(list: DeveloperMetadataModel[], location: MetadataLocation) {
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
    const location: MetadataLocation = { type: "ROW", start: r.grid.row, count: r.grid.numRows };
    return this.#moveTo(r.sheetModel.developerMetadata, location);
  }
  /** The columns the range spans. */
  moveToColumn(column: unknown) {
    const r = this.#s.implOf(column, RangeImpl, "column");
    const location: MetadataLocation = { type: "COLUMN", start: r.grid.col, count: r.grid.numCols };
    return this.#moveTo(r.sheetModel.developerMetadata, location);
  }
  remove() {
    const holder = holderOf(this.#s, this.model);
    if (holder) holder.list.splice(holder.list.indexOf(this.model), 1);
  }
}
