/**
 * Reading the roster tab "Cán bộ" (sheet-contract.md): columns found by header, never by
 * position; "Xếp loại YYYY" columns found by pattern; every cell read with the shared readers
 * (cells.ts), so a cell is a value, blank, or bad with its raw content kept for the reason.
 * Blank rows are skipped; duplicate "Mã CB" are collected for both rows. Nothing here throws.
 */
import {
  cleanText,
  isBlankRow,
  type Read,
  readChoice,
  readDate,
  readText,
  readYesNo,
} from "./cells";
import type { Day } from "./dates";
import { type ColumnMap, headerProblems, headerRowOf, mapColumns } from "./headers";
import type { Text } from "./i18n";
import {
  GENDERS,
  type Gender,
  PARTY_STATUSES,
  type PartyStatus,
  RATING_COLUMN,
  RATINGS,
  type Rating,
  ROSTER_COLUMNS,
  ROSTER_OUTPUT,
  STANDINGS,
  type Standing,
  TABS,
  TARGET_GROUPS,
  type TargetGroup,
} from "./schema";

export type RosterKey = keyof typeof ROSTER_COLUMNS;

/** Name of the numbered-column family of ratings in `ColumnMap.numbered`. */
const RATING_FAMILY = "rating";

/** Columns without which the tab cannot be checked at all (a run stops and says so). */
export const REQUIRED_HEADERS: readonly RosterKey[] = ["id", "name"];

/** One cadre: the row's raw cells and each field as read from them. */
export interface RosterRow {
  /** 1-based sheet row. */
  row: number;
  /** The row's cells as they came from the sheet (for quoting). */
  cells: readonly unknown[];
  /** The spreadsheet zone's UTC offset (minutes east): a date cell is quoted as its local day. */
  offsetMinutes: number;
  id: Read<string>;
  name: Read<string>;
  gender: Read<Gender>;
  birth: Read<Day>;
  department: Read<string>;
  position: Read<string>;
  fullTimeExec: Read<boolean>;
  plannedTitle: Read<string>;
  group: Read<TargetGroup>;
  decision: Read<string>;
  payroll: Read<boolean>;
  party: Read<PartyStatus>;
  standing: Read<Standing>;
  /** Rating of each year that has a "Xếp loại YYYY" column. A year without a column is absent. */
  ratings: ReadonlyMap<number, Read<Rating>>;
  disciplineUntil: Read<Day>;
  underReview: Read<boolean>;
  pregnant: Read<boolean>;
  youngestChild: Read<Day>;
  /** Columns of the contract whose header is not in the tab (their fields read as blank). */
  absent: ReadonlySet<RosterKey>;
}

export interface RosterTable {
  /** The tab's actual name (it may be an alias such as "Cadres"), for messages. */
  tab: string;
  /** 1-based sheet row of the header row (1 unless title rows stand above it). */
  headerRow: number;
  columns: ColumnMap<RosterKey>;
  /** Year → 0-based column index of its "Xếp loại YYYY" column. */
  ratingColumns: Map<number, number>;
  /** Data rows in sheet order; blank rows are skipped. */
  rows: RosterRow[];
  /** Mã CB found on more than one row (keyed by `idKey`) → their 1-based sheet rows. */
  duplicateIds: Map<string, number[]>;
  /** Problems of the tab as a whole, e.g. a missing header (in the user's language when shown). */
  problems: Text[];
  /** Required headers that are missing ("Mã CB", "Họ và tên"): the run cannot go on. */
  missingRequired: RosterKey[];
}

interface Layout {
  columns: ColumnMap<RosterKey>;
  ratingColumns: Map<number, number>;
  absent: ReadonlySet<RosterKey>;
  /** Indexes of the add-on's own output columns (ignored when deciding a row is blank). */
  output: ReadonlySet<number>;
}

function layoutOf(header: readonly unknown[]): Layout {
  const columns = mapColumns(header, ROSTER_COLUMNS, [
    { name: RATING_FAMILY, pattern: RATING_COLUMN.pattern },
  ]);
  const ratingColumns = new Map(columns.numbered.get(RATING_FAMILY) ?? []);
  const absent = new Set<RosterKey>();
  for (const key of Object.keys(ROSTER_COLUMNS) as RosterKey[]) {
    if (columns.index[key] === undefined) absent.add(key);
  }
  const outputMap = mapColumns(header, ROSTER_OUTPUT);
  const output = new Set(Object.values(outputMap.index) as number[]);
  return { columns, ratingColumns, absent, output };
}

function parseRow(
  layout: Layout,
  cells: readonly unknown[],
  offsetMinutes: number,
  row: number,
): RosterRow {
  const idx = layout.columns.index;
  const at = (key: RosterKey): unknown => {
    const i = idx[key];
    return i === undefined ? undefined : cells[i];
  };
  const ratings = new Map<number, Read<Rating>>();
  for (const [year, i] of layout.ratingColumns) {
    ratings.set(year, readChoice(cells[i], RATINGS));
  }
  return {
    row,
    cells,
    offsetMinutes,
    id: readText(at("id")),
    name: readText(at("name")),
    gender: readChoice(at("gender"), GENDERS),
    birth: readDate(at("birth"), offsetMinutes),
    department: readText(at("department")),
    position: readText(at("position")),
    fullTimeExec: readYesNo(at("fullTimeExec")),
    plannedTitle: readText(at("plannedTitle")),
    group: readChoice(at("group"), TARGET_GROUPS),
    decision: readText(at("decision")),
    payroll: readYesNo(at("payroll")),
    party: readChoice(at("party"), PARTY_STATUSES),
    standing: readChoice(at("standing"), STANDINGS),
    ratings,
    disciplineUntil: readDate(at("disciplineUntil"), offsetMinutes),
    underReview: readYesNo(at("underReview")),
    pregnant: readYesNo(at("pregnant")),
    youngestChild: readDate(at("youngestChild"), offsetMinutes),
    absent: layout.absent,
  };
}

/** The key under which two Mã CB are the same: trimmed, NFC, inner spaces collapsed, any case. */
export function idKey(id: string): string {
  return cleanText(id).toUpperCase();
}

/**
 * Reads the roster tab's values (its rows from row 1; the header row is found among the first
 * rows, below any title, headers.ts headerRowOf). `offsetMinutes` is the spreadsheet zone's
 * UTC offset, to turn date cells into days; `tab` is the tab's actual name (it may be an alias
 * such as "Cadres"), named in the messages.
 */
export function readRoster(
  values: readonly (readonly unknown[])[],
  offsetMinutes: number,
  tab: string = TABS.roster.name,
): RosterTable {
  const headerIndex = headerRowOf(TABS.roster, values);
  const layout = layoutOf(values[headerIndex] ?? []);
  const missingRequired = REQUIRED_HEADERS.filter((k) => layout.absent.has(k));
  const rows: RosterRow[] = [];
  const byId = new Map<string, number[]>();
  for (let r = headerIndex + 1; r < values.length; r += 1) {
    const cells = values[r] ?? [];
    if (isBlankRow(cells, layout.output)) continue;
    const parsed = parseRow(layout, cells, offsetMinutes, r + 1);
    rows.push(parsed);
    if (parsed.id.kind === "value") {
      const key = idKey(parsed.id.value);
      const list = byId.get(key);
      if (list) list.push(parsed.row);
      else byId.set(key, [parsed.row]);
    }
  }
  const duplicateIds = new Map<string, number[]>();
  for (const [key, list] of byId) if (list.length > 1) duplicateIds.set(key, list);
  return {
    tab,
    headerRow: headerIndex + 1,
    columns: layout.columns,
    ratingColumns: layout.ratingColumns,
    rows,
    duplicateIds,
    problems: headerProblems(tab, ROSTER_COLUMNS, layout.columns, headerIndex + 1),
    missingRequired,
  };
}

/**
 * One roster row read against a header row (for the custom functions, which get a row's
 * cells and look the header up themselves). `row` is the 1-based sheet row when known.
 */
export function rosterRowFromCells(
  header: readonly unknown[],
  cells: readonly unknown[],
  offsetMinutes: number,
  row = 0,
): RosterRow {
  return parseRow(layoutOf(header), cells, offsetMinutes, row);
}
