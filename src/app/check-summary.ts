/**
 * What a check (Kiểm tra điều kiện, Kiểm tra đợt cử đi) tells the user: the rows per status
 * for the menu's toast and the sidebar's summary, and the error when it cannot run at all.
 */
import type { TabRead, Workbook } from "../adapters/sheets";
import { type Locale, pick, type Text } from "../core/i18n";
import type { ColumnDef, TabDef } from "../core/schema";
import { UserError } from "./command";

/**
 * A check cannot run: the tab's header row (row `headerRow`) lacks required columns `missing`.
 * `tab` is the tab's actual name.
 */
function missingHeadersError(tab: string, missing: readonly ColumnDef[], headerRow = 1): UserError {
  return new UserError({
    vi: `Tab "${tab}" không có cột ${missing.map((d) => `"${d.header}"`).join(" và ")} ở dòng tiêu đề (dòng ${headerRow}), nên chưa kiểm tra được. Hãy thêm cột (đúng tên như trên) hoặc chạy "Thiết lập bảng tính".`,
    en: `The "${tab}" tab has no ${missing.map((d) => `"${d.header}" (${d.en})`).join(" or ")} column in its header row (row ${headerRow}), so nothing was checked. Add the column with that header, or run "Set up sheets".`,
  });
}

/** A tab a command cannot run without, and how its table is read. */
interface RequiredTab<K extends string, T> {
  def: TabDef;
  /** The message when the spreadsheet has no such tab. */
  absent: Text;
  /** The tab's columns, to name the required ones it lacks. */
  columns: Readonly<Record<K, ColumnDef>>;
  read: (values: unknown[][], offset: number, name: string) => T;
}

/**
 * Reads a tab a command cannot run without (one read) and its table; a UserError when the
 * spreadsheet has no such tab or its header row lacks a required column.
 */
export function readRequiredTab<
  K extends string,
  T extends { missingRequired: readonly K[]; headerRow: number },
>(workbook: Workbook, offset: number, spec: RequiredTab<K, T>): { tab: TabRead; table: T } {
  const tab = workbook.read(spec.def);
  if (!tab) throw new UserError(spec.absent);
  const table = spec.read(tab.values, offset, tab.name);
  if (table.missingRequired.length > 0) {
    throw missingHeadersError(
      tab.name,
      table.missingRequired.map((k) => spec.columns[k]),
      table.headerRow,
    );
  }
  return { tab, table };
}

/** What a check did, for the menu's toast and the sidebar's summary. */
export interface CheckSummary {
  /** The tab's actual name. */
  tab: string;
  /** Rows checked. */
  rows: number;
  /** Rows per status, statuses with none left out. */
  counts: { words: string; text: Text; count: number }[];
  /** The whole result in a sentence or two, both languages. */
  message: Text;
}

/** CheckSummary.counts: the rows of each status in `order`, statuses with none left out. */
export function statusCounts<S extends string>(
  order: readonly S[],
  counts: Readonly<Record<S, number>>,
  words: Readonly<Record<S, Text>>,
): CheckSummary["counts"] {
  return order
    .filter((s) => counts[s] > 0)
    .map((s) => ({ words: words[s].vi, text: words[s], count: counts[s] }));
}

/** "3 Đủ điều kiện, 1 Thiếu dữ liệu": the counts in one language. */
export function countsText(counts: CheckSummary["counts"], locale: Locale): string {
  return counts.map((c) => `${c.count} ${pick(locale, c.text)}`).join(", ");
}

/** A check's sentence followed by the tab's problems, in both languages. */
export function withProblems(sentence: Text, problems: readonly Text[]): Text {
  return {
    vi: [sentence.vi, ...problems.map((p) => p.vi)].join(" "),
    en: [sentence.en, ...problems.map((p) => p.en)].join(" "),
  };
}
