/**
 * Calendar days for the rules. A `Day` is an integer: days since 1970-01-01 in the
 * proleptic Gregorian calendar. No time zone lives here; adapters convert instants
 * (Date cells at local midnight) with the spreadsheet zone's UTC offset. Calendar months are
 * date-fns' (month ends clamped), on a Date made from the day's own calendar fields.
 */
import {
  addMonths as addCalendarMonths,
  addYears as addCalendarYears,
  differenceInCalendarMonths,
} from "date-fns";

export type Day = number;

const MS_PER_DAY = 86_400_000;

// Bound once: hot loops call these per cell, and a global lookup of `Math` is not free in
// every host (a sandboxed global object resolves each name through an interceptor).
const floor = Math.floor;
const round = Math.round;

export interface Ymd {
  y: number;
  m: number; // 1–12
  d: number; // 1–31
}

/**
 * The day of y-m-d. Months and days out of range carry over as with Date.UTC (month 13 is
 * January of the next year, day 0 the last day of the previous month); years are taken as
 * given (year 50 is year 50, not 1950). Pure arithmetic: no Date is created.
 */
export function dayOf(y: number, m: number, d: number): Day {
  const months = y * 12 + (m - 1);
  const year = floor(months / 12);
  const month = months - year * 12 + 1;
  return daysFromCivil(year, month, 1) + round(d) - 1;
}

/** Days since 1970-01-01 of a valid y-m-d (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + floor(yoe / 4) - floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The day if y-m-d is a real calendar date, else undefined (31/02 is not rolled over). */
export function validDay(y: number, m: number, d: number): Day | undefined {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return undefined;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return dayOf(y, m, d);
}

/** The calendar date of a day (H. Hinnant's civil_from_days; no Date is created). */
export function ymd(day: Day): Ymd {
  const z = floor(day) + 719_468;
  const era = floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = floor((doe - floor(doe / 1460) + floor(doe / 36_524) - floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + floor(yoe / 4) - floor(yoe / 100));
  const mp = floor((5 * doy + 2) / 153);
  const d = doy - floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

/** Days in 400 Gregorian years, after which the calendar repeats itself. */
const CYCLE_DAYS = 146_097;
/** Month arithmetic is done on days moved by whole cycles into 2400–2799. */
const CYCLE_BASE = dayOf(2400, 1, 1);

/** The days to add to `day` to bring it into 2400–2799, a whole number of 400-year cycles. */
function cycleShift(day: Day): number {
  return -floor((day - CYCLE_BASE) / CYCLE_DAYS) * CYCLE_DAYS;
}

/**
 * The Date date-fns counts with for a day: that calendar date at noon in the engine's local
 * time. date-fns reads and sets a Date's local fields, so a Date made from the day's fields
 * comes back as the same day in every zone, where a UTC midnight would be the day before west
 * of Greenwich (31/01 + 1 month would become 01/03 there). Noon keeps clear of the hour a
 * daylight-saving change skips; the callers move days into 2400–2799 (cycleShift), where no
 * zone skips a whole day as Samoa skipped 30/12/2011, and which has no two-digit year.
 */
function calendarDate(day: Day): Date {
  const { y, m, d } = ymd(day);
  return new Date(y, m - 1, d, 12);
}

/** The day of a Date's local calendar date (the inverse of calendarDate). */
function dayOfCalendarDate(date: Date): Day {
  return dayOf(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * Calendar months: the day of the month is kept, and a day the target month lacks becomes
 * its last day (31/03/2019 + 6 months = 30/09/2019; 29/02/2020 + 12 months = 28/02/2021).
 */
export function addMonths(day: Day, months: number): Day {
  const shift = cycleShift(day);
  return dayOfCalendarDate(addCalendarMonths(calendarDate(day + shift), months)) - shift;
}

/** The same day `years` years on, 29 February becoming 28 February in a common year. */
function addYears(day: Day, years: number): Day {
  const shift = cycleShift(day);
  return dayOfCalendarDate(addCalendarYears(calendarDate(day + shift), years)) - shift;
}

export function addDays(day: Day, days: number): Day {
  return day + days;
}

/**
 * The most whole months m with from + m months ≤ on (on ≥ from): the months between their
 * calendar months, one fewer when the last is not complete (31/01 to 28/02 is a month, since
 * 31/01 + 1 month is 28/02; 15/01 to 14/02 is none).
 */
function wholeMonths(from: Day, on: Day): number {
  const shift = cycleShift(from);
  const months = differenceInCalendarMonths(calendarDate(on + shift), calendarDate(from + shift));
  return addMonths(from, months) > on ? months - 1 : months;
}

/** Whole years and remaining whole months from `birth` to `on` (on ≥ birth), by calendar months. */
export function ageOn(birth: Day, on: Day): { years: number; months: number } {
  const months = wholeMonths(birth, on);
  return { years: floor(months / 12), months: months % 12 };
}

/** Whole calendar months from `from` to `on` (negative when `on` is before `from`). */
export function monthsBetween(from: Day, on: Day): number {
  if (on < from) return -monthsBetween(on, from);
  return wholeMonths(from, on);
}

/** The day of the n-th birthday (29 February → 28 February in a common year). */
export function anniversary(birth: Day, years: number): Day {
  return addYears(birth, years);
}

export function quarterOf(day: Day): number {
  return floor((ymd(day).m - 1) / 3) + 1;
}

export function yearOf(day: Day): number {
  return ymd(day).y;
}

/** dd/MM/yyyy, as dates are written in Vietnam. */
export function formatDay(day: Day): string {
  const { y, m, d } = ymd(day);
  return `${d < 10 ? "0" : ""}${d}/${m < 10 ? "0" : ""}${m}/${`${y}`.padStart(4, "0")}`;
}

/** The calendar day of an instant in a zone whose UTC offset (minutes east) is given. */
export function dayFromInstant(epochMs: number, offsetMinutes: number): Day {
  return floor((epochMs + offsetMinutes * 60_000) / MS_PER_DAY);
}
