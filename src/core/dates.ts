/**
 * Calendar days for the rules. A `Day` is an integer: days since 1970-01-01 in the
 * proleptic Gregorian calendar. No time zone lives here; adapters convert instants
 * (Date cells at local midnight) with the spreadsheet zone's UTC offset.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export interface Ymd {
  y: number;
  m: number; // 1–12
  d: number; // 1–31
}

export function dayOf(y: number, m: number, d: number): Day {
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** The day if y-m-d is a real calendar date, else undefined (31/02 is not rolled over). */
export function validDay(y: number, m: number, d: number): Day | undefined {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return undefined;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return dayOf(y, m, d);
}

export function ymd(day: Day): Ymd {
  const date = new Date(day * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

/**
 * Calendar months: the day of the month is kept, and a day the target month lacks becomes
 * its last day (31/03/2019 + 6 months = 30/09/2019; 29/02/2020 + 12 months = 28/02/2021).
 */
export function addMonths(day: Day, months: number): Day {
  const { y, m, d } = ymd(day);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return dayOf(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

export function addYears(day: Day, years: number): Day {
  return addMonths(day, years * 12);
}

export function addDays(day: Day, days: number): Day {
  return day + days;
}

/** Whole years and remaining whole months from `from` to `to` (to ≥ from), by calendar months. */
export function ageOn(birth: Day, on: Day): { years: number; months: number } {
  const b = ymd(birth);
  const o = ymd(on);
  let months = (o.y - b.y) * 12 + (o.m - b.m);
  if (addMonths(birth, months) > on) months -= 1;
  return { years: Math.floor(months / 12), months: months % 12 };
}

/** Whole calendar months from `from` to `on` (negative when `on` is before `from`). */
export function monthsBetween(from: Day, on: Day): number {
  if (on < from) return -monthsBetween(on, from);
  const a = ymd(from);
  const b = ymd(on);
  let months = (b.y - a.y) * 12 + (b.m - a.m);
  if (addMonths(from, months) > on) months -= 1;
  return months;
}

/** The day of the n-th birthday (29 February → 28 February in a common year). */
export function anniversary(birth: Day, years: number): Day {
  return addYears(birth, years);
}

export function quarterOf(day: Day): number {
  return Math.floor((ymd(day).m - 1) / 3) + 1;
}

export function yearOf(day: Day): number {
  return ymd(day).y;
}

/** dd/MM/yyyy, as dates are written in Vietnam. */
export function formatDay(day: Day): string {
  const { y, m, d } = ymd(day);
  return `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${String(y).padStart(4, "0")}`;
}

/** The calendar day of an instant in a zone whose UTC offset (minutes east) is given. */
export function dayFromInstant(epochMs: number, offsetMinutes: number): Day {
  return Math.floor((epochMs + offsetMinutes * 60_000) / MS_PER_DAY);
}

/** The instant of local midnight of `day` in a zone with the given UTC offset. */
export function instantOfDay(day: Day, offsetMinutes: number): number {
  return day * MS_PER_DAY - offsetMinutes * 60_000;
}
