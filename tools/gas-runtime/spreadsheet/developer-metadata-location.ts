import type { SheetModel } from "../model.ts";
import type { MetadataLocation } from "./developer-metadata.ts";
import { DeveloperMetadataLocationType } from "./enums.ts";
import type { Sheets } from "./sheets.ts";

/** https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-location */
export class DeveloperMetadataLocationImpl {
  readonly #s: Sheets;
  readonly #location: MetadataLocation;
  readonly #sheet: SheetModel | null;
  constructor(s: Sheets, location: MetadataLocation, sheet: SheetModel | null) {
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
