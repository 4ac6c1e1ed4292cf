/** A1 notation helpers (1-based rows and columns, as in Apps Script). */

export interface GridRange {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export function columnToLetters(col: number): string {
  let n = col;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "A1" for one cell, "A1:B2" otherwise. */
export function toA1(row: number, col: number, numRows = 1, numCols = 1): string {
  const start = `${columnToLetters(col)}${row}`;
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${columnToLetters(col + numCols - 1)}${row + numRows - 1}`;
}

/** Quotes a sheet name for use in "Sheet!A1" when needed. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits "'My sheet'!A1:B2" into the sheet name (if any) and the range part. */
export function splitSheetPrefix(a1: string): { sheet?: string; range: string } {
  const s = a1.trim();
  if (s.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < s.length) {
      const ch = s[i];
      if (ch === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i++;
    }
    if (s[i] === "'" && s[i + 1] === "!") return { sheet: name, range: s.slice(i + 2) };
    return { range: s };
  }
  const bang = s.lastIndexOf("!");
  if (bang > 0) return { sheet: s.slice(0, bang), range: s.slice(bang + 1) };
  return { range: s };
}

interface RefPart {
  col?: number;
  row?: number;
}

function parsePart(part: string): RefPart | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(part.trim());
  if (!m) return null;
  const [, letters = "", digits = ""] = m;
  if (!letters && !digits) return null;
  const out: RefPart = {};
  if (letters) out.col = lettersToColumn(letters);
  if (digits) {
    out.row = Number(digits);
    if (out.row < 1) return null;
  }
  return out;
}

/**
 * Parses the range part of an A1 notation ("A1", "A1:B2", "A:A", "2:3", "A2:A") against a sheet
 * of the given size. Returns null when it is not valid A1 notation.
 */
export function parseA1Range(range: string, maxRows: number, maxCols: number): GridRange | null {
  const pieces = range.split(":");
  if (pieces.length > 2) return null;
  const a = parsePart(pieces[0] ?? "");
  if (!a) return null;
  if (pieces.length === 1) {
    if (a.col === undefined || a.row === undefined) return null;
    return { row: a.row, col: a.col, numRows: 1, numCols: 1 };
  }
  const b = parsePart(pieces[1] ?? "");
  if (!b) return null;
  const colsGiven = a.col !== undefined || b.col !== undefined;
  const rowsGiven = a.row !== undefined || b.row !== undefined;
  if (!colsGiven && !rowsGiven) return null;
  // "2:3" (whole rows) or "A:B" (whole columns) need the missing dimension on both sides.
  if ((a.col === undefined) !== (b.col === undefined) && a.row === undefined) return null;
  const c1 = a.col ?? 1;
  const c2 = b.col ?? (a.col === undefined ? maxCols : a.col);
  const r1 = a.row ?? 1;
  const r2 = b.row ?? maxRows;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}
