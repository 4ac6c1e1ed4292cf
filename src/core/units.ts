/**
 * The "Đơn vị" tab: the receiving units (plan III.1: huyện, thị xã, thành phố, đoàn trực
 * thuộc), their type, and the seats each can offer a year for each position — what
 * "Lập kế hoạch cử…" matches cadres to. A blank seat cell means one seat where the unit's type
 * allows the position (Phó Bí thư only at a district-level or city union, VT-1) and none where
 * it does not; a number is that many; a cell that cannot be read counts as none and is named
 * in the run's message. Pure: no Apps Script global; nothing here throws.
 */
import { isBlankRow, readChoice, readText, readWholeNumber } from "./cells";
import { type ColumnMap, headerRowOf, mapColumns } from "./headers";
import type { Text } from "./i18n";
import {
  POSTING_POSITIONS,
  type PostingPosition,
  SEAT_COLUMN_OF,
  TABS,
  UNIT_COLUMNS,
  UNIT_TYPES,
  type UnitType,
  wordOf,
} from "./schema";
import { fold, quote } from "./text";

type UnitKey = keyof typeof UNIT_COLUMNS;

/** The positions, in the order the plan names them (III.1). */
const POSITIONS: readonly PostingPosition[] = POSTING_POSITIONS.map((o) => o.value);

/** Whether a unit of `type` can receive a cadre as `position` (III.1: no Phó Bí thư of a Đoàn trực thuộc). */
export function positionAllowed(type: UnitType, position: PostingPosition): boolean {
  return position !== "deputySecretary" || type !== "affiliated";
}

/** A receiving unit of the "Đơn vị" tab. */
export interface Unit {
  /** 1-based sheet row. */
  row: number;
  name: string;
  type: UnitType;
  /** Seats it offers each year, per position. */
  seats: Record<PostingPosition, number>;
}

export interface UnitTable {
  /** The tab's actual name. */
  tab: string;
  units: Unit[];
  /** Folded unit name → the unit (the first row of a name written twice). */
  byName: Map<string, Unit>;
  columns: ColumnMap<UnitKey>;
  /** Rows that cannot be used, and seat cells that cannot be read, for the run's message. */
  problems: Text[];
}

/** No column is set aside when telling a unit row is blank (the tab has no add-on column). */
const NO_COLUMN: ReadonlySet<number> = new Set();

/** Reads the "Đơn vị" tab's values (from row 1; the header row among the first rows, headerRowOf). */
export function readUnits(
  values: readonly (readonly unknown[])[],
  tab: string = TABS.units.name,
): UnitTable {
  const headerIndex = headerRowOf(TABS.units, values);
  const columns = mapColumns(values[headerIndex] ?? [], UNIT_COLUMNS);
  const at = (cells: readonly unknown[], key: UnitKey) => {
    const i = columns.index[key];
    return i === undefined ? undefined : cells[i];
  };
  const units: Unit[] = [];
  const byName = new Map<string, Unit>();
  const problems: Text[] = [];
  for (let r = headerIndex + 1; r < values.length; r += 1) {
    const cells = values[r] ?? [];
    if (isBlankRow(cells, NO_COLUMN)) continue;
    const row = r + 1;
    const name = readText(at(cells, "name"));
    const type = readChoice(at(cells, "type"), UNIT_TYPES);
    if (name.kind !== "value" || type.kind !== "value") {
      const what = name.kind !== "value" ? UNIT_COLUMNS.name : UNIT_COLUMNS.type;
      problems.push({
        vi: `Tab "${tab}", dòng ${row}: ô "${what.header}" trống hoặc không đọc được, đơn vị này không được xếp chỗ.`,
        en: `"${tab}" tab, row ${row}: "${what.header}" (${what.en}) is blank or unreadable; the unit gets no cadre.`,
      });
      continue;
    }
    const seats = {} as Record<PostingPosition, number>;
    for (const position of POSITIONS) {
      const key = SEAT_COLUMN_OF[position];
      const def = UNIT_COLUMNS[key];
      const allowed = positionAllowed(type.value, position);
      const cell = readWholeNumber(at(cells, key));
      if (cell.kind === "blank") {
        seats[position] = allowed ? 1 : 0;
      } else if (cell.kind === "bad" || cell.value < 0) {
        seats[position] = 0;
        problems.push({
          vi: `Tab "${tab}", dòng ${row}, cột "${def.header}" ghi ${quote(cell.kind === "bad" ? cell.raw : cell.value)}: cần một số nguyên từ 0 trở lên (để trống = 1); tạm tính 0 chỗ.`,
          en: `"${tab}" tab, row ${row}, "${def.header}" (${def.en}) holds ${quote(cell.kind === "bad" ? cell.raw : cell.value)}: type a whole number, 0 or more (blank = 1); counted as 0 for now.`,
        });
      } else if (!allowed && cell.value > 0) {
        seats[position] = 0;
        problems.push({
          vi: `Tab "${tab}", dòng ${row}: ${wordOf(UNIT_TYPES, type.value)} không nhận cán bộ ở vị trí ${wordOf(POSTING_POSITIONS, position)} (mục III.1), bỏ qua ${cell.value} chỗ ở cột "${def.header}".`,
          en: `"${tab}" tab, row ${row}: an ${wordOf(UNIT_TYPES, type.value)} takes no ${wordOf(POSTING_POSITIONS, position)} (section III.1); the ${cell.value} seat(s) of "${def.header}" are ignored.`,
        });
      } else {
        seats[position] = cell.value;
      }
    }
    const unit: Unit = { row, name: name.value, type: type.value, seats };
    units.push(unit);
    const key = fold(name.value);
    if (!byName.has(key)) byName.set(key, unit);
  }
  return { tab, units, byName, columns, problems };
}

/** Folded unit name → type: what the postings check uses when a posting's Loại đơn vị is blank. */
export function unitTypesOf(table: UnitTable): Map<string, UnitType> {
  return new Map([...table.byName].map(([key, unit]) => [key, unit.type]));
}
