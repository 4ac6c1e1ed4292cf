import { enumName } from "../core.ts";
import type { DeveloperMetadataModel } from "../model.ts";
import { type MetadataScope, metadataObject } from "./developer-metadata.ts";
import type { Sheets } from "./sheets.ts";

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
