/**
 * Rows or columns inserted, deleted or moved, and where an index or a span of them ends up: what
 * keeps conditional-format ranges, protections and row/column developer metadata attached to
 * the rows and columns they were set on.
 *
 * "If developer metadata is associated with row 5 and another row is then subsequently inserted
 * above row 5, that original metadata is still associated with the row it was first associated
 * with (what is now row 6). If the associated object is deleted then its metadata is deleted too."
 * — https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata
 * Moves follow the Sheets API's MoveDimensionRequest: the destination is counted in the
 * coordinates before the move — https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#MoveDimensionRequest
 */
import { type GridRange, parseA1Range, toA1 } from "./a1.ts";

/** 1-based; `after` 0 = before the first. `destination` = index (before the move) it lands before. */
export type DimensionChange =
  | { kind: "insert"; after: number; count: number }
  | { kind: "delete"; start: number; count: number }
  | { kind: "move"; start: number; count: number; destination: number };

export interface Span {
  start: number;
  count: number;
}

/** Where index `i` goes; null when it is deleted. */
export function mapIndex(i: number, change: DimensionChange): number | null {
  switch (change.kind) {
    case "insert":
      return i > change.after ? i + change.count : i;
    case "delete": {
      const { start, count } = change;
      if (i < start) return i;
      return i < start + count ? null : i - count;
    }
    case "move": {
      const { start, count, destination: d } = change;
      const end = start + count; // first index after the moved block
      if (d >= start && d <= end) return i; // lands where it is
      if (i >= start && i < end) return d > start ? d - count + (i - start) : d + (i - start);
      if (d > end && i >= end && i < d) return i - count;
      if (d < start && i >= d && i < start) return i + count;
      return i;
    }
  }
}

/**
 * A span after the change: an insertion strictly inside it widens it (as Sheets widens a range),
 * a deletion narrows it (null when all of it goes), a move carries it with its first index.
 */
export function mapSpan(span: Span, change: DimensionChange): Span | null {
  const last = span.start + span.count - 1;
  if (change.kind === "insert") {
    if (span.start > change.after) return { start: span.start + change.count, count: span.count };
    if (last > change.after) return { start: span.start, count: span.count + change.count };
    return { ...span };
  }
  const kept: number[] = [];
  for (let i = span.start; i <= last; i++) {
    const j = mapIndex(i, change);
    if (j !== null) kept.push(j);
  }
  if (kept.length === 0) return null;
  return { start: Math.min(...kept), count: kept.length };
}

/** An A1 range (no sheet name) after the change on rows or columns; null when it is deleted. */
export function mapA1(a1: string, dim: "row" | "col", change: DimensionChange): string | null {
  const g = parseA1Range(a1, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  if (!g) return a1;
  const mapped = mapGrid(g, dim, change);
  return mapped ? toA1(mapped.row, mapped.col, mapped.numRows, mapped.numCols) : null;
}

export function mapGrid(
  g: GridRange,
  dim: "row" | "col",
  change: DimensionChange,
): GridRange | null {
  const span =
    dim === "row" ? { start: g.row, count: g.numRows } : { start: g.col, count: g.numCols };
  const to = mapSpan(span, change);
  if (!to) return null;
  return dim === "row"
    ? { ...g, row: to.start, numRows: to.count }
    : { ...g, col: to.start, numCols: to.count };
}

/** Reorders `items` (index i holds item i + 1) as the change moves or deletes them. */
export function permute<T>(items: T[], change: DimensionChange): T[] {
  const out: T[] = [];
  items.forEach((item, k) => {
    const j = mapIndex(k + 1, change);
    if (j !== null) out[j - 1] = item;
  });
  return out;
}
