/**
 * Key folding for what people type: headers, tab names, setting keys and vocabulary words.
 * Folding ignores case, surrounding and repeated spaces, Vietnamese diacritics (including
 * đ/Đ) and the Unicode normalisation form (NFC as typed by Unikey, NFD as pasted from Word).
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
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/** Canonical display text: NFC, trimmed, inner runs of spaces collapsed. */
export function clean(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/** A cell shown inside a reason: quoted, shortened to stay readable. */
export function quote(raw: unknown, max = 40): string {
  const text = displayOf(raw);
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `"${short}"`;
}

/** A cell's content as text for a message; never throws (invalid dates, odd objects). */
function displayOf(raw: unknown): string {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "string") return raw;
  if (Object.prototype.toString.call(raw) === "[object Date]") {
    const ms = (raw as Date).getTime();
    return Number.isNaN(ms) ? "Invalid Date" : (raw as Date).toISOString();
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
