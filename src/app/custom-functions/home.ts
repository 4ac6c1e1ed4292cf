/**
 * The tab whose rows a custom function reads (Cán bộ for =ELIGIBILITY, Đợt cử đi for
 * =REPORT_DUE), how its header row is recognised, and the messages for a row or a header of
 * the wrong kind.
 */
import { mapColumns } from "../../core/headers";
import type { Text } from "../../core/i18n";
import { postingRowReader } from "../../core/postings";
import { REQUIRED_HEADERS, rosterRowFromCells } from "../../core/roster";
import {
  type ColumnDef,
  POSTING_COLUMNS,
  ROSTER_COLUMNS,
  TABS,
  type TabDef,
} from "../../core/schema";
import { fold } from "../../core/text";

/** The tab whose rows a custom function reads, and how it recognises that tab's header. */
export interface Home {
  fn: "ELIGIBILITY" | "REPORT_DUE";
  tab: TabDef;
  /** One row of the tab, for messages: "một cán bộ" / "a cadre". */
  one: Text;
  /** Whether a row is this tab's header row. */
  fits: (header: readonly unknown[], offset: number) => boolean;
  /** A column that holds dates without a time: its cells tell the sheet's time zone. */
  dateColumn: ColumnDef;
  /** No header row found where the one-argument form looks. */
  noHeader: Text;
}

/** A roster header: one that holds the required columns (Mã CB, Họ và tên). */
function isRosterHeader(header: readonly unknown[], offset: number): boolean {
  const probe = rosterRowFromCells(header, [], offset);
  return REQUIRED_HEADERS.every((k) => !probe.absent.has(k));
}

/** A postings header: one that holds the "Ngày bắt đầu" column. */
function isPostingsHeader(header: readonly unknown[]): boolean {
  return postingRowReader(header).has("start");
}

export const ROSTER_HOME: Home = {
  fn: "ELIGIBILITY",
  tab: TABS.roster,
  one: { vi: "một cán bộ", en: "a cadre" },
  fits: isRosterHeader,
  dateColumn: ROSTER_COLUMNS.birth,
  noHeader: {
    vi: 'Không tìm thấy dòng tiêu đề có cột "Mã CB" và "Họ và tên" phía trên vùng được chọn. Hãy truyền cả dòng của tab Cán bộ, ví dụ =ELIGIBILITY(A2:Z2).',
    en: 'No header row with "Mã CB" and "Họ và tên" above the range. Pass a whole row of the Cán bộ tab, e.g. =ELIGIBILITY(A2:Z2).',
  },
};

export const POSTINGS_HOME: Home = {
  fn: "REPORT_DUE",
  tab: TABS.postings,
  one: { vi: "một đợt cử đi", en: "a posting" },
  fits: isPostingsHeader,
  dateColumn: POSTING_COLUMNS.start,
  noHeader: {
    vi: 'Không tìm thấy cột "Ngày bắt đầu" ở dòng tiêu đề phía trên vùng được chọn. Hãy truyền cả dòng của tab Đợt cử đi, ví dụ =REPORT_DUE(A2:Z2).',
    en: 'No "Ngày bắt đầu" (start date) column in the header row above the range. Pass a whole row of the Đợt cử đi tab, e.g. =REPORT_DUE(A2:Z2).',
  },
};

/** The other custom function's tab. */
export function otherHome(home: Home): Home {
  return home === ROSTER_HOME ? POSTINGS_HOME : ROSTER_HOME;
}

/** A row of the other tab given to `home`'s function. */
export function wrongTab(home: Home): Text {
  const other = otherHome(home);
  return {
    vi: `Đây là dòng của tab "${other.tab.name}"; =${home.fn} đọc ${home.one.vi} của tab "${home.tab.name}", ví dụ =${home.fn}('${home.tab.name}'!A2:Z2).`,
    en: `This is a row of the "${other.tab.name}" tab; =${home.fn} reads ${home.one.en} of the "${home.tab.name}" tab, e.g. =${home.fn}('${home.tab.name}'!A2:Z2).`,
  };
}

/** The header row itself given as a row (e.g. =REPORT_DUE(A:U)). */
function headerRowText(home: Home): Text {
  return {
    vi: `Đây là dòng tiêu đề, không phải ${home.one.vi}; vùng nên bắt đầu từ dòng dưới tiêu đề, ví dụ =${home.fn}(A2:Z2).`,
    en: `This is the header row, not ${home.one.en}; start the range below the header, e.g. =${home.fn}(A2:Z2).`,
  };
}

/** The header argument is not `home`'s header row. */
export function notAHeader(home: Home): Text {
  return {
    vi: `Đối số thứ hai phải là dòng tiêu đề của tab "${home.tab.name}", ví dụ A$1:Z$1.`,
    en: `The second argument must be the header row of the "${home.tab.name}" tab, e.g. A$1:Z$1.`,
  };
}

/**
 * A message for a row of the argument that is not `home`'s kind of row: the header row itself
 * (its date column holds that column's name), else undefined. `dateIndex` is the date column's
 * 0-based index in the header.
 */
export function headerRowProblem(
  home: Home,
  cells: readonly unknown[],
  dateIndex: number | undefined,
): Text | undefined {
  if (dateIndex === undefined) return undefined;
  const cell = cells[dateIndex];
  if (typeof cell !== "string") return undefined;
  const name = fold(cell);
  return name === fold(home.dateColumn.header) || name === fold(home.dateColumn.en)
    ? headerRowText(home)
    : undefined;
}

/** The 0-based column of `home`'s date column in `header`, if present. */
export function dateColumnIndex(home: Home, header: readonly unknown[]): number | undefined {
  return mapColumns(header, { date: home.dateColumn }).index.date;
}
