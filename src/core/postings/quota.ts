/**
 * SL-2 (plan VI.3.1): at most N postings start in a year (the "Số cán bộ tối đa mỗi năm"
 * setting); the postings beyond the N-th of a year, by start date then row, fail.
 */
import { type Day, formatDay, yearOf } from "../dates";
import type { Settings } from "../settings";
import { col, type Findings, reason } from "./findings";
import type { PostingRow } from "./read";

/** SL-2: a posting beyond the quota of its start year. */
export interface Overflow {
  year: number;
  /** 1-based rank in the year, by start date then row order. */
  rank: number;
  /** The postings within the quota that year: their sheet rows and start dates. */
  before: { row: number; start: Day }[];
}

/**
 * SL-2: the postings beyond the N-th of each start year, by start date then row order.
 * Every posting with a readable start counts, whatever its other findings.
 */
export function quotaOverflow(
  rows: readonly PostingRow[],
  settings: Settings,
): Map<number, Overflow> {
  const byYear = new Map<number, PostingRow[]>();
  for (const p of rows) {
    if (p.start.kind !== "value") continue;
    const y = yearOf(p.start.value);
    const list = byYear.get(y);
    if (list) list.push(p);
    else byYear.set(y, [p]);
  }
  const out = new Map<number, Overflow>();
  const startOf = (p: PostingRow) => (p.start as { value: Day }).value;
  for (const [year, list] of byYear) {
    const sorted = [...list].sort((a, b) => startOf(a) - startOf(b) || a.row - b.row);
    const first = sorted
      .slice(0, settings.maxPerYear)
      .map((p) => ({ row: p.row, start: startOf(p) }));
    sorted.forEach((p, i) => {
      if (i >= settings.maxPerYear) out.set(p.row, { year, rank: i + 1, before: first });
    });
  }
  return out;
}

/** SL-2: the posting is beyond the quota of its start year (`over` from quotaOverflow). */
export function quotaRule(
  f: Findings,
  over: Overflow | undefined,
  start: Day,
  settings: Settings,
): void {
  if (!over) return;
  const s = col("start");
  const on = formatDay(start);
  const vi = over.before.map((b) => `dòng ${b.row} bắt đầu ${formatDay(b.start)}`).join(", ");
  const en = over.before.map((b) => `row ${b.row} starts ${formatDay(b.start)}`).join(", ");
  f.fails.push(
    reason(
      "SL-2",
      `đợt thứ ${over.rank} bắt đầu trong năm ${over.year} ("${s.header}" ${on}), vượt tối đa ${settings.maxPerYear} cán bộ/năm (đã có ${vi})`,
      `posting no. ${over.rank} starting in ${over.year} ("${s.header}" (${s.en}) ${on}), beyond the maximum of ${settings.maxPerYear} a year (${en}; they come first)`,
    ),
  );
}
