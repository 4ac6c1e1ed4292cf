/**
 * Reading what people type into cells (sheet-contract.md, "Cell values"). Every reader gives
 * a value, "blank", or "bad" with the raw cell so the reason can quote it, and, when the
 * reader can tell, what is really wrong (a day the month lacks, a word outside the list).
 * Invisible characters (zero-width space …, text.ts) are removed before reading. Nothing here
 * throws.
 */
import { type Day, dayFromInstant, dayOf, daysInMonth, isLeapYear, validDay, ymd } from "./dates";
import type { Text } from "./i18n";
import { fold, withoutInvisible } from "./text";

export type Cell = unknown;

export type Read<T> = { kind: "value"; value: T } | { kind: "blank" } | Bad;

/** An unreadable cell: the cell as it was, and what is wrong with it when the reader knows. */
export interface Bad {
  kind: "bad";
  raw: unknown;
  /** The real problem, e.g. "tháng 2 không có ngày 31"; absent: the cell is not of the kind. */
  why?: Text;
}

const BLANK = { kind: "blank" } as const;
function ok<T>(value: T): Read<T> {
  return { kind: "value", value };
}
function bad<T>(raw: unknown, why?: Text): Read<T> {
  return why === undefined ? { kind: "bad", raw } : { kind: "bad", raw, why };
}

/**
 * How a reason says a cell could not be read, after the quoted cell: ": <the real problem>"
 * when the reader knows it, else ", không đọc được (nhập <how>)".
 */
export function unreadable(read: Bad, how?: Text): Text {
  if (read.why) return { vi: `: ${read.why.vi}`, en: `: ${read.why.en}` };
  if (!how) return { vi: ", không đọc được", en: ", which cannot be read" };
  return {
    vi: `, không đọc được (nhập ${how.vi})`,
    en: `, which cannot be read (type ${how.en})`,
  };
}

/** Date check that works across realms (Dates made in the Apps Script realm or the host's). */
export function isDate(value: unknown): value is Date {
  return typeof value === "object" && value !== null && toStringOf.call(value) === "[object Date]";
}
const toStringOf = Object.prototype.toString;

/** Nothing in the cell: null, empty, or only spaces and invisible characters. */
export function isBlank(cell: Cell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== "string") return false;
  return cell.trim() === "" || withoutInvisible(cell).trim() === "";
}

/**
 * A row that holds nothing, the columns in `skip` aside (the add-on's own output columns).
 * An unticked checkbox reads as false: it alone does not make a row.
 */
export function isBlankRow(cells: readonly Cell[], skip: ReadonlySet<number>): boolean {
  for (let i = 0; i < cells.length; i += 1) {
    if (skip.has(i)) continue;
    const cell = cells[i];
    if (cell === false) continue;
    if (!isBlank(cell)) return false;
  }
  return true;
}

export function readText(cell: Cell): Read<string> {
  if (isBlank(cell)) return BLANK;
  if (typeof cell === "string") return ok(cleanText(cell));
  if (typeof cell === "number") return Number.isFinite(cell) ? ok(`${cell}`) : bad(cell);
  if (typeof cell === "boolean") return ok(`${cell}`);
  // A Date in a text column, or anything that is not a cell value: unreadable.
  return bad(cell);
}

const YES = new Set(["co", "c", "x", "true", "yes", "y"]);
const NO = new Set(["khong", "k", "false", "no", "n"]);

/** Plain text needs no work: printable ASCII without doubled, leading or trailing spaces. */
const PLAIN = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/** Invisible characters removed, NFC, inner runs of white space collapsed, trimmed. */
export function cleanText(text: string): string {
  if (PLAIN.test(text)) return text;
  return withoutInvisible(text).normalize("NFC").replace(/\s+/g, " ").trim();
}

/** yes/no: Có, Không, C, K, x, TRUE/FALSE, a checkbox, Yes/No — any case, any diacritics. */
export function readYesNo(cell: Cell): Read<boolean> {
  if (typeof cell === "boolean") return ok(cell);
  if (isBlank(cell)) return BLANK;
  if (typeof cell !== "string") return bad(cell);
  const key = fold(cell);
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return bad(cell, NOT_YES_NO);
}

const NOT_YES_NO: Text = {
  vi: "không phải Có hay Không (chọn Có, Không, hoặc đánh dấu ô)",
  en: "neither Có nor Không (choose Có or Không, or tick the box)",
};

/** A choice among fixed words: each option lists the folded words that mean it. */
export function readChoice<T>(cell: Cell, options: readonly ChoiceOption<T>[]): Read<T> {
  if (isBlank(cell)) return BLANK;
  if (typeof cell !== "string" && typeof cell !== "number") return bad(cell, outside(options));
  const found = foldedWords(options).get(fold(typeof cell === "string" ? cell : `${cell}`));
  return found === undefined ? bad(cell, outside(options)) : ok(found.value);
}

/** "not in the list: A, B, C", the list being each option's canonical word (the dropdown's). */
const OUTSIDE = new WeakMap<readonly ChoiceOption<unknown>[], Text>();
function outside<T>(options: readonly ChoiceOption<T>[]): Text {
  let text = OUTSIDE.get(options);
  if (!text) {
    const list = options.map((o) => o.words[0]).join(", ");
    text = {
      vi: `không có trong danh sách (chọn một trong: ${list})`,
      en: `not in the list (choose one of: ${list})`,
    };
    OUTSIDE.set(options, text);
  }
  return text;
}

/** Folded word → option, computed once per vocabulary (readChoice runs for every cell). */
const FOLDED = new WeakMap<readonly ChoiceOption<unknown>[], Map<string, { value: unknown }>>();
function foldedWords<T>(options: readonly ChoiceOption<T>[]): Map<string, { value: T }> {
  let map = FOLDED.get(options);
  if (!map) {
    map = new Map();
    for (const option of options) {
      for (const word of option.words) {
        const key = fold(word);
        if (!map.has(key)) map.set(key, { value: option.value });
      }
    }
    FOLDED.set(options, map);
  }
  return map as Map<string, { value: T }>;
}

export interface ChoiceOption<T> {
  value: T;
  /** The canonical word first (it feeds the dropdowns), then accepted variants. */
  words: readonly string[];
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * The years a date may fall in: anything outside is a typing slip (0090 for 1990, 2919 for
 * 2019), refused rather than read as an age of 1 928 years.
 */
const DATE_YEARS = { first: 1900, last: 2100 } as const;
const FIRST_DAY = dayOf(DATE_YEARS.first, 1, 1);
const LAST_DAY = dayOf(DATE_YEARS.last, 12, 31);

/**
 * A date: a real date cell (an instant at local midnight; `offsetMinutes` is the
 * spreadsheet zone's UTC offset), or text typed as 14/5/2018, 14/05/2018, 14-05-2018,
 * 14.05.2018 or 2018-05-14. A year alone, a number, a day the month lacks (31/02/1995) or a
 * year outside DATE_YEARS is bad; the last two say so.
 */
export function readDate(cell: Cell, offsetMinutes: number): Read<Day> {
  if (isDate(cell)) {
    const ms = cell.getTime();
    if (Number.isNaN(ms)) return bad(cell);
    const day = dayFromInstant(ms, offsetMinutes);
    return day < FIRST_DAY || day > LAST_DAY ? bad(cell, yearOutside(ymd(day).y)) : ok(day);
  }
  if (isBlank(cell)) return BLANK;
  if (typeof cell !== "string") return bad(cell);
  const text = cleanText(cell);
  let match = DMY.exec(text);
  if (match) return typedDate(cell, Number(match[3]), Number(match[2]), Number(match[1]));
  match = YMD.exec(text);
  if (match) return typedDate(cell, Number(match[1]), Number(match[2]), Number(match[3]));
  return bad(cell);
}

function typedDate(cell: string, y: number, m: number, d: number): Read<Day> {
  if (y < DATE_YEARS.first || y > DATE_YEARS.last) return bad(cell, yearOutside(y));
  const day = validDay(y, m, d);
  return day === undefined ? bad(cell, impossibleDate(y, m, d)) : ok(day);
}

function yearOutside(y: number): Text {
  const { first, last } = DATE_YEARS;
  const year = `${y}`.padStart(4, "0");
  return {
    vi: `năm ${year} nằm ngoài khoảng ${first}–${last}, hãy kiểm tra lại năm`,
    en: `the year ${year} is outside ${first}–${last}; check the year`,
  };
}

/** Why y-m-d (a year in range) is no calendar day: the month or the day does not exist. */
function impossibleDate(y: number, m: number, d: number): Text {
  if (m < 1 || m > 12) {
    return {
      vi: `không có tháng ${m} (tháng từ 1 đến 12)`,
      en: `there is no month ${m} (1 to 12)`,
    };
  }
  if (m === 2 && d === 29 && !isLeapYear(y)) {
    return {
      vi: `năm ${y} không nhuận, tháng 2 không có ngày 29`,
      en: `${y} is not a leap year: February has no 29th`,
    };
  }
  const days = daysInMonth(y, m);
  return {
    vi: `tháng ${m} không có ngày ${d} (tháng ${m}/${y} có ${days} ngày)`,
    en: `month ${m} has no day ${d} (${m}/${y} has ${days} days)`,
  };
}

/** A whole number ≥ 0, as a number cell or digits typed as text. */
export function readWholeNumber(cell: Cell): Read<number> {
  if (isBlank(cell)) return BLANK;
  if (typeof cell === "number") {
    return Number.isInteger(cell) && cell >= 0 ? ok(cell) : bad(cell, NOT_WHOLE);
  }
  if (typeof cell === "string") {
    const text = cleanText(cell);
    return /^\d{1,6}$/.test(text) ? ok(Number(text)) : bad(cell, NOT_WHOLE);
  }
  return bad(cell, NOT_WHOLE);
}

const NOT_WHOLE: Text = {
  vi: "không phải một số nguyên từ 0 trở lên",
  en: "not a whole number (0 or more)",
};
