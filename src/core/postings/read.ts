/**
 * Reading the postings tab "Đợt cử đi": its columns by header (aliases and the numbered
 * "Báo cáo 6 tháng lần N" / "Nhận xét 6 tháng lần N" families), each row's cells read as
 * values, and the duty columns whose dates record a section VI duty done.
 */
import {
  isBlankRow,
  type Read,
  readChoice,
  readDate,
  readText,
  readWholeNumber,
  readYesNo,
} from "../cells";
import type { Day } from "../dates";
import { type ColumnMap, headerProblems, headerRowOf, mapColumns } from "../headers";
import type { Text } from "../i18n";
import type { DutyCode } from "../reports";
import {
  PERIODIC_EVALUATION_COLUMN,
  PERIODIC_REPORT_COLUMN,
  POSTING_COLUMNS,
  POSTING_OUTPUT,
  POSTING_POSITIONS,
  type PostingPosition,
  TABS,
  UNIT_TYPES,
  type UnitType,
} from "../schema";
import { fold } from "../text";

export type PostingKey = keyof typeof POSTING_COLUMNS;

/** Names of the numbered-column families in `ColumnMap.numbered`. */
const PERIODIC_REPORTS = "periodicReport";
const PERIODIC_EVALUATIONS = "periodicEvaluation";

/** Columns without which the tab cannot be checked at all (a run stops and says so). */
const REQUIRED_POSTING_HEADERS: readonly PostingKey[] = ["cadreId", "start"];

/** Posting columns whose cell records a duty done (a date), and the duty's code. */
const DUTY_COLUMNS = {
  partyMoved: "SH-DANG",
  unionMoved: "SH-DOAN",
  finalReport: "BC-KT",
  finalEvaluation: "NX-KT",
  partyExchange: "TD-CU",
  settled: "QT-KP",
} as const satisfies Partial<Record<PostingKey, DutyCode>>;

/** Canonical header of each duty column → its duty's code. */
const DUTY_CODE_OF_HEADER = new Map<string, DutyCode>(
  (Object.keys(DUTY_COLUMNS) as (keyof typeof DUTY_COLUMNS)[]).map((k) => [
    POSTING_COLUMNS[k].header,
    DUTY_COLUMNS[k],
  ]),
);

export interface PostingRow {
  /** 1-based sheet row. */
  row: number;
  cells: readonly unknown[];
  /** The spreadsheet zone's UTC offset (minutes east): a date cell is quoted as its local day. */
  offsetMinutes: number;
  cadreId: Read<string>;
  unit: Read<string>;
  unitType: Read<UnitType>;
  position: Read<PostingPosition>;
  start: Read<Day>;
  months: Read<number>;
  end: Read<Day>;
  decisionNo: Read<string>;
  partyAgreed: Read<boolean>;
  /** Each duty column present in the tab (canonical header) → its cell read as a date. */
  done: ReadonlyMap<string, Read<Day>>;
}

export interface PostingTable {
  /** The tab's actual name (it may be an alias such as "Postings"), for messages. */
  tab: string;
  /** 1-based sheet row of the header row (1 unless title rows stand above it). */
  headerRow: number;
  rows: PostingRow[];
  columns: ColumnMap<PostingKey>;
  /** Canonical headers of the duty columns present (periodic ones included). */
  dutyHeaders: ReadonlySet<string>;
  problems: Text[];
  /** Required headers that are missing ("Mã CB", "Ngày bắt đầu"): the run cannot go on. */
  missingRequired: PostingKey[];
}

interface Layout {
  columns: ColumnMap<PostingKey>;
  /** Canonical duty header → 0-based column index. */
  duties: Map<string, number>;
  output: ReadonlySet<number>;
}

function layoutOf(header: readonly unknown[]): Layout {
  const columns = mapColumns(header, POSTING_COLUMNS, [
    { name: PERIODIC_REPORTS, pattern: PERIODIC_REPORT_COLUMN.pattern },
    { name: PERIODIC_EVALUATIONS, pattern: PERIODIC_EVALUATION_COLUMN.pattern },
  ]);
  const duties = new Map<string, number>();
  for (const key of Object.keys(DUTY_COLUMNS) as (keyof typeof DUTY_COLUMNS)[]) {
    const i = columns.index[key];
    if (i !== undefined) duties.set(POSTING_COLUMNS[key].header, i);
  }
  for (const [n, i] of columns.numbered.get(PERIODIC_REPORTS) ?? []) {
    duties.set(PERIODIC_REPORT_COLUMN.header(n), i);
  }
  for (const [n, i] of columns.numbered.get(PERIODIC_EVALUATIONS) ?? []) {
    duties.set(PERIODIC_EVALUATION_COLUMN.header(n), i);
  }
  const output = new Set(Object.values(mapColumns(header, POSTING_OUTPUT).index) as number[]);
  return { columns, duties, output };
}

function parseRow(
  layout: Layout,
  cells: readonly unknown[],
  offsetMinutes: number,
  row: number,
): PostingRow {
  const at = (key: PostingKey): unknown => {
    const i = layout.columns.index[key];
    return i === undefined ? undefined : cells[i];
  };
  const done = new Map<string, Read<Day>>();
  for (const [header, i] of layout.duties) done.set(header, readDate(cells[i], offsetMinutes));
  return {
    row,
    cells,
    offsetMinutes,
    cadreId: readText(at("cadreId")),
    unit: readText(at("unit")),
    unitType: readChoice(at("unitType"), UNIT_TYPES),
    position: readChoice(at("position"), POSTING_POSITIONS),
    start: readDate(at("start"), offsetMinutes),
    months: readWholeNumber(at("months")),
    end: readDate(at("end"), offsetMinutes),
    decisionNo: readText(at("decisionNo")),
    partyAgreed: readYesNo(at("partyAgreed")),
    done,
  };
}

/**
 * Reads the postings tab's values (its rows from row 1; the header row is found among the first
 * rows, below any title, headers.ts headerRowOf). `tab` is the tab's actual name (it may be an
 * alias such as "Postings"), named in the messages.
 */
export function readPostings(
  values: readonly (readonly unknown[])[],
  offsetMinutes: number,
  tab: string = TABS.postings.name,
): PostingTable {
  const headerIndex = headerRowOf(TABS.postings, values);
  const layout = layoutOf(values[headerIndex] ?? []);
  const missingRequired = REQUIRED_POSTING_HEADERS.filter(
    (k) => layout.columns.index[k] === undefined,
  );
  const rows: PostingRow[] = [];
  for (let r = headerIndex + 1; r < values.length; r += 1) {
    const cells = values[r] ?? [];
    if (isBlankRow(cells, layout.output)) continue;
    rows.push(parseRow(layout, cells, offsetMinutes, r + 1));
  }
  return {
    tab,
    headerRow: headerIndex + 1,
    rows,
    columns: layout.columns,
    dutyHeaders: new Set(layout.duties.keys()),
    problems: headerProblems(tab, POSTING_COLUMNS, layout.columns, headerIndex + 1),
    missingRequired,
  };
}

/**
 * Reads single rows against a header row (for =REPORT_DUE, which gets a row's cells and looks
 * the header up itself): the header is mapped once, then each row is cheap.
 */
export interface PostingRowReader {
  /** Whether the row holds nothing (its add-on output columns aside). */
  isBlank(cells: readonly unknown[]): boolean;
  read(cells: readonly unknown[], offsetMinutes: number, row?: number): PostingRow;
  /** Whether the header has the column. */
  has(key: PostingKey): boolean;
}

export function postingRowReader(header: readonly unknown[]): PostingRowReader {
  const layout = layoutOf(header);
  return {
    isBlank: (cells) => isBlankRow(cells, layout.output),
    read: (cells, offsetMinutes, row = 0) => parseRow(layout, cells, offsetMinutes, row),
    has: (key) => layout.columns.index[key] !== undefined,
  };
}

/** The code a done-date column records, for its reasons. */
export function dutyCodeOf(header: string): string {
  const folded = fold(header);
  if (PERIODIC_REPORT_COLUMN.pattern.test(folded)) return "BC-6T";
  if (PERIODIC_EVALUATION_COLUMN.pattern.test(folded)) return "NX-6T";
  return DUTY_CODE_OF_HEADER.get(header) ?? "VI";
}
