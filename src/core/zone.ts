/**
 * The spreadsheet's time zone, for date cells. Sheets hands a date cell to the script as the
 * instant of local midnight in the spreadsheet's zone, and that zone may keep daylight-saving
 * time (a sheet created from an account set to Europe/Berlin or America/Los_Angeles) or have
 * changed its offset (Asia/Ho_Chi_Minh was UTC+8 before 1975). One offset for every cell would
 * then put summer dates on the previous day. The offset at each instant comes from the
 * standard JS Intl API (pure computation, no service call); where Intl cannot answer for the
 * zone, the zone's current offset is used for every instant.
 *
 * The core counts days with one fixed offset (dates.ts, dayFromInstant). `toFixedOffset`
 * re-expresses each date cell so that this fixed offset gives its true local day, and
 * `midnightOf` makes the instant of a day's local midnight for writing a date cell.
 */
import { isDate } from "./cells";
import { type Day, ymd } from "./dates";

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/** Minutes east of UTC of a zone at an instant. */
export type OffsetAt = (epochMs: number) => number;

/**
 * The UTC offset of IANA zone `zone` at any instant, through Intl; undefined when this
 * JavaScript engine's Intl does not know the zone.
 */
export function zoneOffsets(zone: string, now: number): OffsetAt | undefined {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
  } catch {
    return undefined;
  }
  const current = offsetFromParts(format.format(new Date(now)), Math.floor(now / 1000) * 1000);
  if (current === undefined) return undefined;
  const exact = (at: number): number => offsetFromParts(format.format(new Date(at)), at) ?? current;
  // Offsets change at most a couple of times a year: a UTC month whose first instant and the
  // next month's first instant have the same offset is taken to keep it throughout (one Intl
  // call per month for most dates); a month with a change is answered per hour.
  const months = new Map<number, number | null>();
  const hours = new Map<number, number>();
  return (epochMs: number) => {
    const { y, m } = ymd(Math.floor(epochMs / MS_PER_DAY));
    const month = y * 12 + (m - 1);
    let constant = months.get(month);
    if (constant === undefined) {
      const first = exact(Date.UTC(y, m - 1, 1));
      constant = first === exact(Date.UTC(y, m, 1)) ? first : null;
      months.set(month, constant);
    }
    if (constant !== null) return constant;
    const hour = Math.floor(epochMs / MS_PER_HOUR);
    let offset = hours.get(hour);
    if (offset === undefined) {
      offset = exact(hour * MS_PER_HOUR);
      hours.set(hour, offset);
    }
    return offset;
  };
}

/** "1/7/2019, 00:00:00" (en-US, h23) of instant `at` → minutes east of UTC. */
function offsetFromParts(text: string, at: number): number | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{1,6}),? (\d{1,2}):(\d{2}):(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const local = Date.UTC(
    Number(m[3]),
    Number(m[1]) - 1,
    Number(m[2]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6]),
  );
  return Math.round((local - at) / 60_000);
}

/**
 * Replaces, in place, each Date cell of `rows` whose zone offset differs from `fixed` by the
 * instant that, read with `fixed`, falls on the same local day and time. Other cells are kept.
 */
export function toFixedOffset(rows: unknown[][], offsetAt: OffsetAt, fixed: number): void {
  for (const row of rows) {
    for (let c = 0; c < row.length; c += 1) {
      const cell = row[c];
      if (!isDate(cell)) continue;
      const ms = cell.getTime();
      if (Number.isNaN(ms)) continue;
      const offset = offsetAt(ms);
      if (offset !== fixed) row[c] = new Date(ms + (offset - fixed) * 60_000);
    }
  }
}

/** The instant of local midnight of `day` in the zone. */
export function midnightOf(day: Day, offsetAt: OffsetAt): number {
  const utcMidnight = day * MS_PER_DAY;
  let instant = utcMidnight - offsetAt(utcMidnight) * 60_000;
  const settled = offsetAt(instant);
  instant = utcMidnight - settled * 60_000;
  return instant;
}
