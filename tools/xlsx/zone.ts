/**
 * Dates between .xlsx files and the spreadsheet model.
 *
 * An .xlsx date is a wall-clock reading with no zone (a serial number of days). exceljs hands
 * it over as the JS Date whose UTC fields are that reading (14/05/2018 → 2018-05-14T00:00Z).
 * Google Sheets, and so the spreadsheet model, holds an instant: the wall-clock reading in the
 * spreadsheet's time zone (Asia/Ho_Chi_Minh by default), so 14/05/2018 is 2018-05-13T17:00Z.
 * Zone offsets are the local runtime's (tools/gas-runtime/time.ts), as Utilities.formatDate
 * would give them.
 */
import { offsetMs } from "../gas-runtime/time.ts";

/** An exceljs date (UTC fields = the wall clock) → the instant of that reading in `timeZone`. */
export function instantFromWallClock(wallClock: Date, timeZone: string): Date {
  const reading = wallClock.getTime();
  // Two passes settle readings near an offset change (none in Asia/Ho_Chi_Minh since 1975).
  let instant = reading - offsetMs(timeZone, reading);
  instant = reading - offsetMs(timeZone, instant);
  return new Date(instant);
}

/** An instant → the exceljs date whose UTC fields are its wall-clock reading in `timeZone`. */
export function wallClockFromInstant(instant: Date, timeZone: string): Date {
  const at = instant.getTime();
  return new Date(at + offsetMs(timeZone, at));
}

/** True when the wall-clock reading (UTC fields) is a midnight: a date without a time. */
export function isMidnight(wallClock: Date): boolean {
  return wallClock.getTime() % 86_400_000 === 0;
}
