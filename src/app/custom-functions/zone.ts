/**
 * The time zone a custom function reads its date cells in: the add-on's own when the cells
 * show it (no service call), else the spreadsheet's; the cells re-expressed for the core's
 * fixed offset.
 */
import manifest from "../../../appsscript.json";
import { Workbook } from "../../adapters/sheets";
import { isDate } from "../../core/cells";
import { type OffsetAt, toFixedOffset, zoneOffsets } from "../../core/zone";

/** The add-on's own time zone (the manifest's), which the full form assumes for the sheet. */
const ADD_ON_ZONE: string = manifest.timeZone;

/** A time zone and its offsets, for reading date cells and writing dates. */
export interface Zone {
  zone: string;
  /** The zone's UTC offset in minutes, now: the core's fixed offset. */
  offset: number;
}

/** This execution's zone offsets, by zone (Intl formatters are made once). */
const offsetsByZone = new Map<string, OffsetAt>();

/**
 * The zone's UTC offset at any instant (core/zone.ts), made once per execution; where Intl
 * does not know the zone, the offset of now for every instant.
 */
export function offsetsOf(ctx: Zone): OffsetAt {
  let offsets = offsetsByZone.get(ctx.zone);
  if (!offsets) {
    offsets = zoneOffsets(ctx.zone, Date.now()) ?? (() => ctx.offset);
    offsetsByZone.set(ctx.zone, offsets);
  }
  return offsets;
}

/** The spreadsheet's own zone (service calls). */
function spreadsheetZone(): Zone {
  const workbook = Workbook.active();
  return { zone: workbook.zone(), offset: workbook.offsetMinutes() };
}

/**
 * The sheet's time zone without a service call when `dates` allow it: Sheets hands a date cell
 * over as the instant of local midnight in the spreadsheet's zone, so when every Date among
 * `dates` is a local midnight in the add-on's zone, that zone gives every one of them its day.
 * Otherwise (a sheet kept in another zone) the spreadsheet is asked.
 */
export function zoneFor(dates: Iterable<unknown>): Zone {
  let own = offsetsByZone.get(ADD_ON_ZONE);
  if (!own) {
    own = zoneOffsets(ADD_ON_ZONE, Date.now());
    if (!own) return spreadsheetZone();
    offsetsByZone.set(ADD_ON_ZONE, own);
  }
  for (const cell of dates) {
    if (!isDate(cell)) continue;
    const ms = cell.getTime();
    if (!Number.isNaN(ms) && (ms + own(ms) * 60_000) % 86_400_000 !== 0) return spreadsheetZone();
  }
  return { zone: ADD_ON_ZONE, offset: own(Date.now()) };
}

/** The cells of column `index` of `rows` (nothing when there is no such column). */
export function* columnCells(rows: readonly unknown[][], index: number | undefined) {
  if (index === undefined) return;
  for (const row of rows) yield row[index];
}

/**
 * Re-expresses, in place, the Date cells of a custom function's argument for the core's fixed
 * offset, as Workbook.read does for the tabs (core/zone.ts), and returns the rows.
 */
export function inFixedOffset(rows: unknown[][], ctx: Zone): unknown[][] {
  toFixedOffset(rows, offsetsOf(ctx), ctx.offset);
  return rows;
}
