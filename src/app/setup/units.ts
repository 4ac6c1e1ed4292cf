/**
 * "Đơn vị" seeded by set-up when it has no unit yet: Tây Ninh's receiving units.
 */
import { isBlank } from "../../core/cells";
import { UNIT_COLUMNS, UNIT_TYPES, type UnitType, wordOf } from "../../core/schema";
import type { Report } from "./report";
import type { FoundTab, Placed } from "./tabs";

/**
 * Tây Ninh's receiving units in the plan period (plan III.1: huyện, thành đoàn and đoàn trực
 * thuộc), as the Đoàn bodies they are: their names give the documents' wording
 * (core/documents/bodies.ts). Hòa Thành and Trảng Bàng became thị xã on 01/02/2020 (Nghị quyết
 * 865/NQ-UBTVQH14): their unions are Thị đoàn since, with a note saying so.
 */
export const TAY_NINH_UNITS: readonly { name: string; type: UnitType; note?: string }[] = [
  { name: "Thành đoàn Tây Ninh", type: "city" },
  { name: "Huyện đoàn Tân Biên", type: "district" },
  { name: "Huyện đoàn Tân Châu", type: "district" },
  { name: "Huyện đoàn Dương Minh Châu", type: "district" },
  { name: "Huyện đoàn Châu Thành", type: "district" },
  {
    name: "Thị đoàn Hòa Thành",
    type: "town",
    note: "Thị xã từ 01/02/2020 (trước đó là Huyện đoàn Hòa Thành): đơn vị cấp huyện.\nA town (thị xã) since 01/02/2020, before that a district: district level.",
  },
  { name: "Huyện đoàn Gò Dầu", type: "district" },
  { name: "Huyện đoàn Bến Cầu", type: "district" },
  {
    name: "Thị đoàn Trảng Bàng",
    type: "town",
    note: "Thị xã từ 01/02/2020 (trước đó là Huyện đoàn Trảng Bàng): đơn vị cấp huyện.\nA town (thị xã) since 01/02/2020, before that a district: district level.",
  },
  { name: "Đoàn Khối các cơ quan tỉnh", type: "affiliated" },
  { name: "Đoàn Khối doanh nghiệp tỉnh", type: "affiliated" },
];

/** "Đơn vị" with no unit yet: Tây Ninh's units, below the header row. */
export function seedUnits(found: FoundTab, placed: Placed, report: Report): void {
  const { sheet, values, headerRow } = found;
  const hasUnits = values.slice(headerRow).some((row) => row.some((c) => !isBlank(c)));
  if (hasUnits) return;
  const name = placed.find((p) => p.spec.def === UNIT_COLUMNS.name)?.column;
  const type = placed.find((p) => p.spec.def === UNIT_COLUMNS.type)?.column;
  if (name === undefined || type === undefined) return;
  const n = TAY_NINH_UNITS.length;
  if (type === name + 1) {
    sheet
      .getRange(headerRow + 1, name, n, 2)
      .setValues(TAY_NINH_UNITS.map((u) => [u.name, wordOf(UNIT_TYPES, u.type)]));
  } else {
    sheet.getRange(headerRow + 1, name, n, 1).setValues(TAY_NINH_UNITS.map((u) => [u.name]));
    sheet
      .getRange(headerRow + 1, type, n, 1)
      .setValues(TAY_NINH_UNITS.map((u) => [wordOf(UNIT_TYPES, u.type)]));
  }
  sheet.getRange(headerRow + 1, name, n, 1).setNotes(TAY_NINH_UNITS.map((u) => [u.note ?? ""]));
  report.seededUnits = n;
}
