/**
 * SpreadsheetApp adapter: batched reads and writes. A run reads each tab once
 * (getDataRange().getValues()), and writes each block of the add-on's own columns once.
 * Nothing here loops over rows with a service call.
 */
import { type Day, dayFromInstant } from "../core/dates";
import { type ColumnMap, findTab, headerRowOf, mapColumns } from "../core/headers";
import type { ColumnDef, TabDef } from "../core/schema";
import { asLiteralText } from "../core/text";
import { midnightOf, type OffsetAt, toFixedOffset, zoneOffsets } from "../core/zone";

/** Number formats of the date and date-time cells the add-on writes. */
export const DATE_FORMAT = "dd/mm/yyyy";
export const DATE_TIME_FORMAT = "dd/mm/yyyy HH:mm";

export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Range = GoogleAppsScript.Spreadsheet.Range;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
export type ConditionalFormatRuleBuilder =
  GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
export type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** The relative date "today" of a date condition (a conditional format that follows TODAY()). */
export function relativeToday(): GoogleAppsScript.Spreadsheet.RelativeDate {
  return SpreadsheetApp.RelativeDate.TODAY;
}

/** A builder of a data validation rule (a dropdown, a date, a number). */
export function newValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  return SpreadsheetApp.newDataValidation();
}

/** A builder of a conditional format rule. */
export function newConditionalFormat(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
  return SpreadsheetApp.newConditionalFormatRule();
}

/** The user's selection (the active range), if any. */
export function activeRange(): Range | null {
  return SpreadsheetApp.getActiveRange();
}

/** The active spreadsheet's sheet named exactly `name`, if any. */
export function sheetNamed(name: string): Sheet | null {
  return SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
}

export interface TabRead {
  sheet: Sheet;
  /** The sheet's actual name (may be an alias of the canonical one). */
  name: string;
  /** The data range's values, from row 1 (title rows, if any, then the header row). */
  values: unknown[][];
  /** 1-based row of the header row (core/headers.ts headerRowOf): 1 unless titles stand above. */
  headerRow: number;
}

/**
 * One spreadsheet, for one execution: sheet names and the time zone are read once. Date cells
 * of the tabs it reads are re-expressed for the core's fixed offset (core/zone.ts), so a zone
 * with daylight-saving time never moves a date to the day before.
 */
export class Workbook {
  private sheetList: { sheet: Sheet; name: string }[] | undefined;
  private offset: number | undefined;
  private zoneName: string | undefined;
  private offsets: OffsetAt | undefined;
  private readonly dates = new Map<Day, Date>();

  constructor(
    readonly ss: Spreadsheet,
    private readonly clock: () => number = () => Date.now(),
  ) {}

  static active(): Workbook {
    return new Workbook(SpreadsheetApp.getActiveSpreadsheet());
  }

  sheets(): { sheet: Sheet; name: string }[] {
    if (!this.sheetList) {
      this.sheetList = this.ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
    }
    return this.sheetList;
  }

  /** The sheet that is `tab` (by its name or an alias, core/headers.ts findTab), if any. */
  private entry(tab: TabDef): { sheet: Sheet; name: string } | undefined {
    const sheets = this.sheets();
    const name = findTab(
      sheets.map((s) => s.name),
      tab,
    );
    return name === undefined ? undefined : sheets.find((s) => s.name === name);
  }

  /** The sheet that is `tab` (by its name or an alias), if any. */
  find(tab: TabDef): Sheet | undefined {
    return this.entry(tab)?.sheet;
  }

  /** Reads the whole data range of `tab` in one call; undefined when the tab is missing. */
  read(tab: TabDef): TabRead | undefined {
    const entry = this.entry(tab);
    if (!entry) return undefined;
    const values = entry.sheet.getDataRange().getValues();
    this.toFixedOffset(values);
    return {
      sheet: entry.sheet,
      name: entry.name,
      values,
      headerRow: headerRowOf(tab, values) + 1,
    };
  }

  /** Re-expresses, in place, the Date cells of `rows` for the core's fixed offset. */
  toFixedOffset(rows: unknown[][]): void {
    toFixedOffset(rows, this.offsetAt(), this.offsetMinutes());
  }

  /** Creates `tab` at the end and remembers it; the user's selection stays (insertSheet). */
  insert(tab: TabDef): Sheet {
    return this.insertSheet(tab.name);
  }

  /**
   * Creates a sheet named `name` at the end and remembers it. Sheets makes a new sheet the
   * active one; the user's selection (its sheet and range) is selected again, so a run never
   * takes the clerk away from her row.
   */
  insertSheet(name: string): Sheet {
    return this.keepingSelection(() => {
      const sheet = this.ss.insertSheet(name, this.sheets().length);
      this.sheets().push({ sheet, name });
      return sheet;
    });
  }

  /** Selects row `row` of `sheet` to its last column with data, as a click on the row would. */
  selectRow(sheet: Sheet, row: number): void {
    sheet.getRange(row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
  }

  /**
   * Runs `body`, which may create or activate a sheet, then selects again the range the user
   * had selected: Range.activate() makes its sheet the active one and its top-left cell the
   * current cell (https://developers.google.com/apps-script/reference/spreadsheet/range#activate).
   */
  keepingSelection<T>(body: () => T): T {
    const selected = this.ss.getActiveRange();
    const out = body();
    selected?.activate();
    return out;
  }

  /** The spreadsheet's time zone, e.g. "Asia/Ho_Chi_Minh". */
  zone(): string {
    if (this.zoneName === undefined) this.zoneName = this.ss.getSpreadsheetTimeZone();
    return this.zoneName;
  }

  /** Minutes east of UTC of the spreadsheet's time zone, now (Asia/Ho_Chi_Minh: 420). */
  offsetMinutes(): number {
    if (this.offset === undefined) this.offset = this.offsetAt()(this.clock());
    return this.offset;
  }

  /** The zone's offset at any instant (Intl; the current offset from Utilities as fallback). */
  offsetAt(): OffsetAt {
    if (!this.offsets) {
      const zone = this.zone();
      const intl = zoneOffsets(zone, this.clock());
      if (intl) {
        this.offsets = intl;
      } else {
        const fallback = utilitiesOffset(zone, this.clock());
        this.offsets = () => fallback;
      }
    }
    return this.offsets;
  }

  /** Today in the spreadsheet's time zone. */
  today(): Day {
    return dayFromInstant(this.clock(), this.offsetMinutes());
  }

  /**
   * A Date cell value for `day`: local midnight in the spreadsheet's zone. One Date per
   * distinct day: setValues copies values, so rows may share it (do not mutate it).
   */
  dateCell(day: Day): Date {
    let date = this.dates.get(day);
    if (!date) {
      date = new Date(midnightOf(day, this.offsetAt()));
      this.dates.set(day, date);
    }
    return date;
  }
}

/** The zone's offset now, from Utilities.formatDate's "Z" pattern ("+0700" → 420). */
function utilitiesOffset(zone: string, now: number): number {
  const z = Utilities.formatDate(new Date(now), zone, "Z");
  const m = /^([+-])(\d{2})(\d{2})$/.exec(z);
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

export interface OutputColumn {
  def: ColumnDef;
  /** One value per row below the header row: strings are written as literal text. */
  values: unknown[];
  /** One background per data row (null = none); omitted = backgrounds left as they are. */
  backgrounds?: (string | null)[];
  /** Number format of the whole column's data cells, e.g. "dd/mm/yyyy". */
  numberFormat?: string;
}

/**
 * Where each output column is in the header row (0-based), found by its header (Vietnamese or
 * English) or, when missing, created at the right end of it (one setValues, bold).
 */
function placeOutputColumns(read: TabRead, columns: readonly OutputColumn[]): number[] {
  const { sheet, headerRow } = read;
  const header = read.values[headerRow - 1] ?? [];
  const defs: Record<string, ColumnDef> = {};
  columns.forEach((c, i) => {
    defs[String(i)] = c.def;
  });
  const found: ColumnMap<string> = mapColumns(header, defs);
  const indexes: number[] = [];
  const created: { index: number; header: string }[] = [];
  let next = header.length;
  columns.forEach((_c, i) => {
    const at = found.index[String(i)];
    if (at === undefined) {
      created.push({ index: next, header: columns[i]!.def.header });
      indexes.push(next);
      next += 1;
    } else {
      indexes.push(at);
    }
  });
  if (created.length > 0) {
    const maxColumns = sheet.getMaxColumns();
    if (next > maxColumns) sheet.insertColumnsAfter(maxColumns, next - maxColumns);
    const first = created[0]!.index;
    sheet
      .getRange(headerRow, first + 1, 1, created.length)
      .setValues([created.map((c) => c.header)])
      .setFontWeight("bold");
  }
  return indexes;
}

/** The columns' values below the header row: one setValues per run of adjacent columns. */
function writeOutputValues(
  read: TabRead,
  columns: readonly OutputColumn[],
  indexes: readonly number[],
): void {
  const { sheet, headerRow } = read;
  const rows = read.values.length - headerRow;
  const order = columns.map((_c, i) => i).sort((a, b) => indexes[a]! - indexes[b]!);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && indexes[order[end + 1]!] === indexes[order[end]!]! + 1)
      end += 1;
    const run = order.slice(start, end + 1);
    const matrix: unknown[][] = [];
    for (let r = 0; r < rows; r += 1) {
      matrix.push(run.map((ci) => cellValue(columns[ci]!.values[r])));
    }
    sheet.getRange(headerRow + 1, indexes[run[0]!]! + 1, rows, run.length).setValues(matrix);
    start = end + 1;
  }
}

/**
 * Writes the add-on's own columns of a tab: each is found by its header (Vietnamese or English)
 * in the header row or, when missing, created at the right end of it. Only these columns' cells
 * below the header row are written — no other cell, note or format is touched, title rows
 * above the header included. Contiguous columns are written with one setValues; backgrounds
 * and number formats are written per column, once.
 * Returns the 0-based column index of each output column.
 */
export function writeOutputColumns(read: TabRead, columns: readonly OutputColumn[]): number[] {
  const { sheet, headerRow } = read;
  const indexes = placeOutputColumns(read, columns);
  const rows = read.values.length - headerRow;
  if (rows <= 0) return indexes;
  writeOutputValues(read, columns, indexes);
  columns.forEach((c, i) => {
    const range =
      c.backgrounds || c.numberFormat
        ? sheet.getRange(headerRow + 1, indexes[i]! + 1, rows, 1)
        : null;
    if (range && c.numberFormat) range.setNumberFormat(c.numberFormat);
    if (range && c.backgrounds) {
      range.setBackgrounds(
        Array.from({ length: rows }, (_v, r) => [(c.backgrounds?.[r] ?? null) as string]),
      );
    }
  });
  return indexes;
}

function cellValue(value: unknown): unknown {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return asLiteralText(value);
  return value;
}
