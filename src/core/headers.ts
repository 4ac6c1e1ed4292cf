/**
 * Finding tabs and columns by name, never by position (sheet-contract.md, "Tabs"): case,
 * surrounding and repeated spaces, diacritics and NFC/NFD are ignored, English aliases accepted.
 */
import type { Text } from "./i18n";
import {
  type ColumnDef,
  DOCUMENT_LOG_COLUMNS,
  DOCUMENT_LOG_TAB,
  PERIODIC_EVALUATION_COLUMN,
  PERIODIC_REPORT_COLUMN,
  POSTING_COLUMNS,
  POSTING_DOCUMENT_OUTPUT,
  POSTING_OUTPUT,
  RATING_COLUMN,
  ROSTER_COLUMNS,
  ROSTER_OUTPUT,
  SETTINGS_COLUMNS,
  TABS,
  type TabDef,
  UNIT_COLUMNS,
} from "./schema";
import { fold } from "./text";

/**
 * How many rows from the top the header row is looked for in: office sheets often start with
 * a title ("DANH SÁCH CÁN BỘ …"), a date or a blank line above the headers.
 */
export const HEADER_SEARCH_ROWS = 10;

interface KnownHeaders {
  /** Folded headers and English aliases of the tab's columns, the users' and the add-on's. */
  words: ReadonlySet<string>;
  /** Numbered families (Xếp loại YYYY, Báo cáo 6 tháng lần N …), matched on folded text. */
  patterns: readonly RegExp[];
}

function known(defs: readonly Record<string, ColumnDef>[], patterns: RegExp[] = []): KnownHeaders {
  const words = new Set<string>();
  for (const set of defs) {
    for (const def of Object.values(set)) {
      words.add(fold(def.header));
      words.add(fold(def.en));
    }
  }
  return { words, patterns };
}

/** The headers of each tab, by which its header row is recognised. */
const KNOWN = new Map<TabDef, KnownHeaders>([
  [TABS.roster, known([ROSTER_COLUMNS, ROSTER_OUTPUT], [RATING_COLUMN.pattern])],
  [
    TABS.postings,
    known(
      [POSTING_COLUMNS, POSTING_OUTPUT, POSTING_DOCUMENT_OUTPUT],
      [PERIODIC_REPORT_COLUMN.pattern, PERIODIC_EVALUATION_COLUMN.pattern],
    ),
  ],
  [TABS.units, known([UNIT_COLUMNS])],
  [TABS.settings, known([SETTINGS_COLUMNS])],
  [DOCUMENT_LOG_TAB, known([DOCUMENT_LOG_COLUMNS])],
]);

/** How many cells of `row` are headers of the tab. */
function headerScore(row: readonly unknown[], k: KnownHeaders): number {
  let score = 0;
  for (const cell of row) {
    if (typeof cell !== "string" || cell.trim() === "") continue;
    const folded = fold(cell);
    if (k.words.has(folded) || k.patterns.some((p) => p.test(folded))) score += 1;
  }
  return score;
}

/**
 * The 0-based index, in `values` (a tab's rows from row 1), of the tab's header row: among the
 * first HEADER_SEARCH_ROWS rows, the one holding the most of the tab's headers (the users'
 * columns and the add-on's own); on a tie, the upper one. 0 when no row holds any, so a new or
 * empty tab has its header in row 1. Every reader, set-up and the custom functions use this
 * one finder, so they agree on where the data starts.
 */
export function headerRowOf(
  tab: TabDef,
  values: readonly (readonly unknown[])[],
  rows = HEADER_SEARCH_ROWS,
): number {
  const k = KNOWN.get(tab);
  if (!k) return 0;
  let best = 0;
  let bestScore = 0;
  const last = Math.min(rows, values.length);
  for (let r = 0; r < last; r += 1) {
    const score = headerScore(values[r] ?? [], k);
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

/** The actual name of the sheet that is `tab`, among the spreadsheet's sheet names. */
export function findTab(sheetNames: readonly string[], tab: TabDef): string | undefined {
  const wanted = new Set([tab.name, ...tab.aliases].map(fold));
  return sheetNames.find((n) => wanted.has(fold(n)));
}

export interface ColumnMap<K extends string> {
  /** 0-based index of each known column found in the header row. */
  index: Partial<Record<K, number>>;
  /** Columns whose header appears more than once: the first is used, the others named here. */
  duplicates: { key: K; indexes: number[] }[];
  /** Pattern columns, e.g. ratings by year: pattern name → number in the header → index. */
  numbered: Map<string, Map<number, number>>;
  /** Number of columns in the header row. */
  width: number;
}

export interface NumberedColumn {
  name: string;
  pattern: RegExp;
}

/**
 * Locates `columns` (and numbered pattern columns) in a header row. A header matches a column
 * when, folded, it equals the column's Vietnamese header or English alias.
 */
export function mapColumns<K extends string>(
  headerRow: readonly unknown[],
  columns: Record<K, ColumnDef>,
  numberedColumns: readonly NumberedColumn[] = [],
): ColumnMap<K> {
  const byKey = new Map<string, K>();
  for (const key of Object.keys(columns) as K[]) {
    const def = columns[key];
    byKey.set(fold(def.header), key);
    byKey.set(fold(def.en), key);
  }
  const index: Partial<Record<K, number>> = {};
  const seen = new Map<K, number[]>();
  const numbered = new Map<string, Map<number, number>>();
  headerRow.forEach((cell, i) => {
    if (typeof cell !== "string" || cell.trim() === "") return;
    const folded = fold(cell);
    const key = byKey.get(folded);
    if (key !== undefined) {
      const list = seen.get(key) ?? [];
      list.push(i);
      seen.set(key, list);
      if (index[key] === undefined) index[key] = i;
      return;
    }
    for (const nc of numberedColumns) {
      const m = nc.pattern.exec(folded);
      if (m) {
        const n = Number(m[1]);
        const map = numbered.get(nc.name) ?? new Map<number, number>();
        if (!map.has(n)) map.set(n, i);
        numbered.set(nc.name, map);
        return;
      }
    }
  });
  const duplicates = [...seen.entries()]
    .filter(([, list]) => list.length > 1)
    .map(([key, indexes]) => ({ key, indexes }));
  return { index, duplicates, numbered, width: headerRow.length };
}

/**
 * Problems of a tab's header row, for the run's message: each of `columns` it lacks, and each
 * it holds more than once (the first is used). `tab` is the tab's actual name, `headerRow` the
 * header row's 1-based number.
 */
export function headerProblems<K extends string>(
  tab: string,
  columns: Record<K, ColumnDef>,
  map: ColumnMap<K>,
  headerRow = 1,
): Text[] {
  const problems: Text[] = [];
  for (const key of Object.keys(columns) as K[]) {
    if (map.index[key] !== undefined) continue;
    const def = columns[key];
    problems.push({
      vi: `Tab "${tab}" không có cột "${def.header}" ở dòng tiêu đề (dòng ${headerRow}). Hãy thêm cột "${def.header}" hoặc chạy "Thiết lập bảng tính".`,
      en: `The "${tab}" tab has no "${def.header}" (${def.en}) column in its header row (row ${headerRow}). Add it, or run "Set up sheets".`,
    });
  }
  return [...problems, ...duplicateColumnProblems(tab, columns, map)];
}

/** A header that appears more than once: the first column is used, the user is told. */
export function duplicateColumnProblems<K extends string>(
  tab: string,
  columns: Record<K, ColumnDef>,
  map: ColumnMap<K>,
): Text[] {
  return map.duplicates.map((dup) => {
    const def = columns[dup.key];
    return {
      vi: `Tab "${tab}" có ${dup.indexes.length} cột "${def.header}"; chỉ cột đầu tiên được dùng.`,
      en: `The "${tab}" tab has ${dup.indexes.length} "${def.header}" columns; only the first is used.`,
    };
  });
}

/** Spreadsheet column letters of a 0-based index (0 → A, 26 → AA), for messages. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
