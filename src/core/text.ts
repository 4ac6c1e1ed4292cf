import { dayFromInstant, formatDay } from "./dates";

/**
 * Characters that show nothing but make two equal-looking texts differ: zero-width space,
 * joiner and non-joiner, word joiner, soft hyphen, byte-order mark, the bidirectional marks
 * and embeddings, and the Mongolian vowel separator. Text pasted from web pages, Word or chat
 * apps often carries them ("Nữ\u200b" looks like "Nữ"); every reader removes them first.
 */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;
const HAS_INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/;

/** `text` without its invisible characters (INVISIBLE); the same string when it has none. */
export function withoutInvisible(text: string): string {
  return HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, "") : text;
}

/**
 * Key folding for what people type: headers, tab names, setting keys and vocabulary words.
 * Folding ignores case, surrounding and repeated spaces, invisible characters, Vietnamese
 * diacritics (including đ/Đ) and the Unicode normalisation form (NFC as typed by Unikey, NFD
 * as pasted from Word).
 */
export function fold(text: string): string {
  // The same few words (Có, Tốt, Nữ …) fill whole columns: remember recent foldings.
  const known = FOLDED.get(text);
  if (known !== undefined) return known;
  const folded = foldUncached(text);
  if (FOLDED.size >= FOLD_CACHE_SIZE) FOLDED.clear();
  FOLDED.set(text, folded);
  return folded;
}

const FOLD_CACHE_SIZE = 4096;
const FOLDED = new Map<string, string>();

function foldUncached(text: string): string {
  return withoutInvisible(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/**
 * A cell shown inside a reason: quoted, shortened to stay readable. A date cell is quoted as
 * the day the user sees, dd/mm/yyyy (with HH:mm when it is not midnight), in the zone whose
 * UTC offset (minutes east) is `offsetMinutes`: pass it wherever the cell may hold a Date.
 */
export function quote(raw: unknown, offsetMinutes?: number, max = 40): string {
  const text = displayOf(raw, offsetMinutes);
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `"${short}"`;
}

/** A cell's content as text for a message; never throws (invalid dates, odd objects). */
function displayOf(raw: unknown, offsetMinutes: number | undefined): string {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "string") return raw;
  if (Object.prototype.toString.call(raw) === "[object Date]") {
    const ms = (raw as Date).getTime();
    if (Number.isNaN(ms)) return "Invalid Date";
    if (offsetMinutes === undefined) return (raw as Date).toISOString();
    const local = ms + offsetMinutes * 60_000;
    const day = formatDay(dayFromInstant(ms, offsetMinutes));
    const minutes = Math.floor((local - Math.floor(local / 86_400_000) * 86_400_000) / 60_000);
    if (minutes === 0) return day;
    const hh = Math.floor(minutes / 60);
    const mm = minutes % 60;
    return `${day} ${hh < 10 ? "0" : ""}${hh}:${mm < 10 ? "0" : ""}${mm}`;
  }
  try {
    return String(raw);
  } catch {
    return Object.prototype.toString.call(raw);
  }
}

/**
 * Text the add-on writes into a cell: a leading =, +, - or @ would make Sheets read a
 * formula, so such text gets the apostrophe prefix that keeps it literal text.
 */
export function asLiteralText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

const MARKUP_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text as it must be written inside HTML or XML (content or a quoted attribute). */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => MARKUP_ESCAPES[c] ?? c);
}
