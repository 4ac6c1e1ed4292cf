/**
 * Reading what people type into cells (sheet-contract.md, "Cell values"). Every reader gives
 * a value, "blank", or "bad" with the raw cell so the reason can quote it. Nothing here throws.
 */
import { type Day, dayFromInstant, validDay } from "./dates";
import { fold } from "./text";

export type Cell = unknown;

export type Read<T> =
  | { kind: "value"; value: T }
  | { kind: "blank" }
  | { kind: "bad"; raw: unknown };

export const BLANK = { kind: "blank" } as const;
export function ok<T>(value: T): Read<T> {
  return { kind: "value", value };
}
export function bad<T>(raw: unknown): Read<T> {
  return { kind: "bad", raw };
}

/** Date check that works across realms (Dates made in the Apps Script realm or the host's). */
export function isDate(value: unknown): value is Date {
  return typeof value === "object" && value !== null && toStringOf.call(value) === "[object Date]";
}
const toStringOf = Object.prototype.toString;

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** The value a Read holds, or the fallback for blank/bad. */
export function valueOr<T>(read: Read<T>, fallback: T): T {
  return read.kind === "value" ? read.value : fallback;
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

/** NFC, inner runs of white space collapsed, trimmed. */
export function cleanText(text: string): string {
  if (PLAIN.test(text)) return text;
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** yes/no: Có, Không, C, K, x, TRUE/FALSE, a checkbox, Yes/No — any case, any diacritics. */
export function readYesNo(cell: Cell): Read<boolean> {
  if (typeof cell === "boolean") return ok(cell);
  if (isBlank(cell)) return BLANK;
  if (typeof cell !== "string") return bad(cell);
  const key = fold(cell);
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return bad(cell);
}

/** A choice among fixed words: each option lists the folded words that mean it. */
export function readChoice<T>(cell: Cell, options: readonly ChoiceOption<T>[]): Read<T> {
  if (isBlank(cell)) return BLANK;
  if (typeof cell !== "string" && typeof cell !== "number") return bad(cell);
  const found = foldedWords(options).get(fold(typeof cell === "string" ? cell : `${cell}`));
  return found === undefined ? bad(cell) : ok(found.value);
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
 * A date: a real date cell (an instant at local midnight; `offsetMinutes` is the
 * spreadsheet zone's UTC offset), or text typed as 14/5/2018, 14/05/2018, 14-05-2018,
 * 14.05.2018 or 2018-05-14. A year alone, a number, or an impossible date (31/02/1995) is bad.
 */
export function readDate(cell: Cell, offsetMinutes: number): Read<Day> {
  if (isDate(cell)) {
    const ms = cell.getTime();
    return Number.isNaN(ms) ? bad(cell) : ok(dayFromInstant(ms, offsetMinutes));
  }
  if (isBlank(cell)) return BLANK;
  if (typeof cell !== "string") return bad(cell);
  const text = cell.trim();
  let match = DMY.exec(text);
  if (match) {
    const day = validDay(Number(match[3]), Number(match[2]), Number(match[1]));
    return day === undefined ? bad(cell) : ok(day);
  }
  match = YMD.exec(text);
  if (match) {
    const day = validDay(Number(match[1]), Number(match[2]), Number(match[3]));
    return day === undefined ? bad(cell) : ok(day);
  }
  return bad(cell);
}

/** A whole number ≥ 0, as a number cell or digits typed as text. */
export function readWholeNumber(cell: Cell): Read<number> {
  if (isBlank(cell)) return BLANK;
  if (typeof cell === "number") return Number.isInteger(cell) && cell >= 0 ? ok(cell) : bad(cell);
  if (typeof cell === "string" && /^\s*\d{1,6}\s*$/.test(cell)) return ok(Number(cell));
  return bad(cell);
}
