/**
 * What the demo prints at the end, read back from the checked workbook itself: the count of
 * each status in "Kết quả" of "Cán bộ" and "Đợt cử đi", and the postings with overdue tasks
 * ("Việc quá hạn" above 0): the same count as the check's message and the sidebar's overview.
 */

import { findTab, mapColumns } from "../../src/core/headers.ts";
import {
  POSTING_COLUMNS,
  POSTING_OUTPUT,
  ROSTER_COLUMNS,
  ROSTER_OUTPUT,
  TABS,
} from "../../src/core/schema.ts";
import type { SheetModel, SpreadsheetModel } from "../gas-runtime/model.ts";
import { formatCell, headerRowOfSheet } from "./render-html.ts";

/** Label of rows that have no result (the check did not run, or stopped). */
export const NO_RESULT = "(chưa có kết quả)";

export interface TabSummary {
  tab: string;
  /** Data rows (rows with something in them below the header). */
  total: number;
  /** Status word → rows, in first-seen order. */
  counts: Record<string, number>;
}

export interface OverdueReport {
  row: number;
  cadreId: string;
  cadreName: string;
  unit: string;
  /** Việc quá hạn: the posting's duties past their date, whoever owes them. */
  tasks: number;
  /** Hạn việc tới: the earliest date of a duty not done. */
  nextTask: string;
}

export interface DemoSummary {
  roster?: TabSummary;
  postings?: TabSummary & {
    states: Record<string, number>;
    overdue: OverdueReport[];
    /** Overdue tasks in all (the sum of Việc quá hạn). */
    overdueTasks: number;
  };
}

interface DataRow {
  /** 1-based row of the sheet. */
  at: number;
  cells: unknown[];
}

/** The rows below the header row that hold something. */
function dataRows(sheet: SheetModel, headerRow: number): DataRow[] {
  return sheet
    .values()
    .map((cells, i) => ({ at: i + 1, cells: cells as unknown[] }))
    .slice(headerRow)
    .filter(({ cells }) => cells.some((v) => v !== null && v !== ""));
}

function count(
  rows: DataRow[],
  column: number | undefined,
  group: (word: string) => string = (w) => w,
  blank = NO_RESULT,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { cells: row } of rows) {
    const v = column === undefined ? "" : row[column];
    const word = typeof v === "string" && v.trim() !== "" ? group(v.trim()) : blank;
    counts[word] = (counts[word] ?? 0) + 1;
  }
  return counts;
}

export function summarise(model: SpreadsheetModel): DemoSummary {
  const names = model.sheets.map((s) => s.name);
  const out: DemoSummary = {};
  const rosterName = findTab(names, TABS.roster);
  const roster = rosterName ? model.sheet(rosterName) : undefined;
  const cadreNames = new Map<string, string>();
  if (roster) {
    const header = headerRowOfSheet(roster);
    const values = roster.values();
    const cols = mapColumns(values[header - 1] ?? [], {
      ...ROSTER_OUTPUT,
      ...ROSTER_COLUMNS,
    }).index;
    const rows = dataRows(roster, header);
    out.roster = { tab: roster.name, total: rows.length, counts: count(rows, cols.result) };
    if (cols.id !== undefined && cols.name !== undefined) {
      for (const { cells: row } of rows)
        cadreNames.set(String(row[cols.id] ?? ""), String(row[cols.name] ?? ""));
    }
  }
  const postingsName = findTab(names, TABS.postings);
  const postings = postingsName ? model.sheet(postingsName) : undefined;
  if (postings) {
    const header = headerRowOfSheet(postings);
    const values = postings.values();
    const cols = mapColumns(values[header - 1] ?? [], {
      ...POSTING_OUTPUT,
      ...POSTING_COLUMNS,
    }).index;
    const rows = dataRows(postings, header);
    const overdue: OverdueReport[] = [];
    let overdueTasks = 0;
    for (const { at, cells: row } of rows) {
      const tasks = cols.overdue === undefined ? 0 : Number(row[cols.overdue] ?? 0) || 0;
      if (tasks <= 0) continue;
      overdueTasks += tasks;
      const cadreId = cols.cadreId === undefined ? "" : String(row[cols.cadreId] ?? "");
      overdue.push({
        row: at,
        cadreId,
        cadreName: cadreNames.get(cadreId) ?? "",
        unit: cols.unit === undefined ? "" : String(row[cols.unit] ?? ""),
        tasks,
        nextTask:
          cols.nextTask === undefined ? "" : formatCell(row[cols.nextTask] ?? null, model.timeZone),
      });
    }
    out.postings = {
      tab: postings.name,
      total: rows.length,
      counts: count(rows, cols.result),
      states:
        cols.state === undefined
          ? {}
          : count(
              rows,
              cols.state,
              (w) => (/^quá hạn/i.test(w) ? "Quá hạn" : w),
              "(không có lịch báo cáo)",
            ),
      overdue,
      overdueTasks,
    };
  }
  return out;
}
