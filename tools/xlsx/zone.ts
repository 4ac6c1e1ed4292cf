/**
 * Dates between .xlsx files and the spreadsheet model.
 *
 * An .xlsx date is a wall-clock reading with no zone (a serial number of days). exceljs hands
 * it over as the JS Date whose UTC fields are that reading (14/05/2018 → 2018-05-14T00:00Z).
 * Google Sheets, and so the spreadsheet model, holds an instant: the wall-clock reading in the
 * spreadsheet's time zone (Asia/Ho_Chi_Minh by default), so 14/05/2018 is 2018-05-13T17:00Z.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      era: "short",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock reading of `instant` in `timeZone`, as milliseconds of a UTC clock. */
function wallClockMs(instant: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === "BC" || parts.era === "B") year = 1 - year;
  const ms = ((instant % 1000) + 1000) % 1000;
  const utc = new Date(0);
  utc.setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day));
  utc.setUTCHours(Number(parts.hour), Number(parts.minute), Number(parts.second), ms);
  return utc.getTime();
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds (Asia/Ho_Chi_Minh: +25 200 000). */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  return wallClockMs(instant, timeZone) - instant;
}

/** An exceljs date (UTC fields = the wall clock) → the instant of that reading in `timeZone`. */
export function instantFromWallClock(wallClock: Date, timeZone: string): Date {
  const reading = wallClock.getTime();
  // Two passes settle readings near an offset change (none in Asia/Ho_Chi_Minh since 1975).
  let instant = reading - zoneOffsetMs(reading, timeZone);
  instant = reading - zoneOffsetMs(instant, timeZone);
  return new Date(instant);
}

/** An instant → the exceljs date whose UTC fields are its wall-clock reading in `timeZone`. */
export function wallClockFromInstant(instant: Date, timeZone: string): Date {
  return new Date(wallClockMs(instant.getTime(), timeZone));
}

/** True when the wall-clock reading (UTC fields) is a midnight: a date without a time. */
export function isMidnight(wallClock: Date): boolean {
  return wallClock.getTime() % 86_400_000 === 0;
}
