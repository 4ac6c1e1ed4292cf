/**
 * The posting forms' links in "Đợt cử đi" ("Văn bản báo cáo", "Văn bản nhận xét"): what every
 * user sees of a posting's documents, as labelled rich-text links (adapters/link-cells.ts).
 *
 * Read when a run starts: which document the sheet records for each posting and label (a
 * document recorded there that this user's add-on cannot open is another user's). Written at the
 * end of each part of a run: the tab is read again right before writing (a run lasts minutes;
 * people insert, delete or sort rows meanwhile) and each link goes to the row that holds its
 * posting now (Mã CB and Ngày bắt đầu, postingKey); when several rows hold it, the row it had
 * when the run planned it, if still one of them. A link whose posting no row holds is not
 * written (the log has it).
 */
import {
  type Link,
  linksOf,
  type RichText,
  readLinkColumn,
  writeLinkColumn,
} from "../../adapters/link-cells";
import type { TabRead, Workbook } from "../../adapters/sheets";
import { type DocumentSpec, type LinkColumn, postingKey } from "../../core/documents/model";
import { mapColumns } from "../../core/headers";
import { readPostings } from "../../core/postings";
import { POSTING_DOCUMENT_OUTPUT, TABS } from "../../core/schema";

type Column = LinkColumn;
const COLUMNS: readonly Column[] = ["reports", "evaluations"];

/** A document whose link the run writes. */
export interface Placed {
  spec: DocumentSpec;
  url: string;
}

/** Each data row's posting key (Mã CB and Ngày bắt đầu), by sheet row. */
function rowsByKey(workbook: Workbook, tab: TabRead): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const r of readPostings(tab.values, workbook.offsetMinutes(), tab.name).rows) {
    if (r.cadreId.kind !== "value" || r.start.kind !== "value") continue;
    const key = postingKey(r.cadreId.value, r.start.value);
    out.set(key, [...(out.get(key) ?? []), r.row]);
  }
  return out;
}

/** The columns' 0-based indexes in the header row (undefined: not there yet). */
function columnsOf(tab: TabRead): Partial<Record<Column, number>> {
  return mapColumns(tab.values[tab.headerRow - 1] ?? [], POSTING_DOCUMENT_OUTPUT).index;
}

/**
 * The links the sheet records, per posting and label. The tab's values are read once; a row's
 * links are looked into only when a run asks for one of its labels (a cell whose text lacks the
 * label is not), the rich text of a column read once, on first need.
 */
export class RecordedLinks {
  private readonly rows = new Map<string, number[]>();
  private readonly cells = new Map<Column, (RichText | null)[]>();
  private readonly parsed = new Map<string, Link[]>();

  private constructor(private readonly tab: TabRead | undefined) {}

  static read(workbook: Workbook): RecordedLinks {
    const tab = workbook.read(TABS.postings);
    const out = new RecordedLinks(tab);
    if (tab) for (const [key, rows] of rowsByKey(workbook, tab)) out.rows.set(key, rows);
    return out;
  }

  /** The link the sheet records for the posting's document labelled `label`. */
  of(posting: string, label: string, column: Column): string | undefined {
    const tab = this.tab;
    if (!tab) return undefined;
    const at = columnsOf(tab)[column];
    if (at === undefined) return undefined;
    for (const row of this.rows.get(posting) ?? []) {
      const text = String(tab.values[row - 1]?.[at] ?? "");
      if (!text.split("\n").some((line) => line.trim().startsWith(label))) continue;
      const found = this.linksAt(row, column, at, text).find((l) => l.label === label);
      if (found) return found.url;
    }
    return undefined;
  }

  /** Records a link the run wrote, so that it is not written again. */
  wrote(posting: string, label: string, column: Column, url: string): void {
    const tab = this.tab;
    const at = tab ? columnsOf(tab)[column] : undefined;
    for (const row of this.rows.get(posting) ?? []) {
      const key = `${column}:${row}`;
      const text = at === undefined ? "" : String(tab?.values[row - 1]?.[at] ?? "");
      const known = at === undefined ? [] : this.linksAt(row, column, at, text);
      this.parsed.set(key, mergeLinks(known, [{ label, url }]));
    }
  }

  private linksAt(row: number, column: Column, at: number, text: string): Link[] {
    const key = `${column}:${row}`;
    let links = this.parsed.get(key);
    if (!links) {
      const tab = this.tab as TabRead;
      let cells = this.cells.get(column);
      if (!cells) {
        const n = tab.values.length - tab.headerRow;
        cells = readLinkColumn(tab.sheet, tab.headerRow + 1, n, at + 1);
        this.cells.set(column, cells);
      }
      links = linksOf(cells[row - tab.headerRow - 1] ?? null, text);
      this.parsed.set(key, links);
    }
    return links;
  }
}

/** Adds the header cells of the link columns the tab lacks; returns each column's index. */
function ensureColumns(tab: TabRead): Record<Column, number> {
  const found = columnsOf(tab);
  const header = tab.values[tab.headerRow - 1] ?? [];
  let next = header.length;
  const out = {} as Record<Column, number>;
  for (const column of COLUMNS) {
    const at = found[column];
    if (at !== undefined) {
      out[column] = at;
      continue;
    }
    out[column] = next;
    if (next + 1 > tab.sheet.getMaxColumns()) tab.sheet.insertColumnsAfter(next, 1);
    tab.sheet
      .getRange(tab.headerRow, next + 1)
      .setValue(POSTING_DOCUMENT_OUTPUT[column].header)
      .setFontWeight("bold");
    next += 1;
  }
  return out;
}

/** The merged links of a cell: `add`'s labels take the place of the same labels. */
export function mergeLinks(previous: readonly Link[], add: readonly Link[]): Link[] {
  const byLabel = new Map<string, string>();
  for (const l of previous) byLabel.set(l.label, l.url);
  for (const l of add) byLabel.set(l.label, l.url);
  return [...byLabel.entries()].map(([label, url]) => ({ label, url }));
}

/**
 * Writes the links of `placed` into "Đợt cử đi"; returns the row each link went to, and the row
 * that holds each posting of `located` (documents whose link is there already, for the log).
 */
export function writeLinks(
  workbook: Workbook,
  placed: readonly Placed[],
  located: readonly Placed[] = [],
): Map<Placed, number> {
  const rowOf = new Map<Placed, number>();
  const ofPostings = (list: readonly Placed[]) =>
    list.filter((h) => h.spec.posting !== undefined && h.spec.linkColumn);
  const mine = ofPostings(placed);
  if (mine.length === 0 && ofPostings(located).length === 0) return rowOf;
  const tab = workbook.read(TABS.postings);
  if (!tab) return rowOf;
  const keys = rowsByKey(workbook, tab);
  const rowFor = (h: Placed) => {
    const rows = keys.get(h.spec.posting as string) ?? [];
    return rows.length === 1 ? rows[0] : rows.find((r) => r === h.spec.row);
  };
  for (const h of ofPostings(located)) {
    const row = rowFor(h);
    if (row !== undefined) rowOf.set(h, row);
  }
  const perRow = new Map<number, Record<Column, Placed[]>>();
  for (const h of mine) {
    const row = rowFor(h);
    if (row === undefined) continue;
    rowOf.set(h, row);
    const entry = perRow.get(row) ?? { reports: [], evaluations: [] };
    entry[h.spec.linkColumn as Column].push(h);
    perRow.set(row, entry);
  }
  if (perRow.size === 0) return rowOf;
  const at = ensureColumns(tab);
  const first = tab.headerRow + 1;
  const n = Math.max(0, tab.values.length - tab.headerRow);
  for (const column of COLUMNS) {
    if (![...perRow.values()].some((e) => e[column].length > 0)) continue;
    const texts = tab.values.slice(tab.headerRow).map((r) => String(r[at[column]] ?? ""));
    const adds = texts.map((_t, i) => perRow.get(first + i)?.[column] ?? []);
    // A cell holding only labels this run writes again needs no merge: its links are not read.
    const merge = texts.map((text, i) => {
      const labels = new Set(adds[i]!.map((h) => h.spec.label));
      const lines = text.split("\n").map((l) => l.trim());
      return adds[i]!.length > 0 && lines.some((l) => l !== "" && !labels.has(l));
    });
    const rich = merge.some(Boolean) ? readLinkColumn(tab.sheet, first, n, at[column] + 1) : [];
    const next = texts.map((text, i) => {
      const add = adds[i]!;
      if (add.length === 0) return undefined;
      return mergeLinks(
        merge[i] ? linksOf(rich[i] ?? null, text) : [],
        add.map((h) => ({ label: h.spec.label, url: h.url })),
      );
    });
    writeLinkColumn(tab.sheet, first, at[column] + 1, next);
  }
  return rowOf;
}
