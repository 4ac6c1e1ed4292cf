/**
 * Plan section III.1, where a cadre goes: VT-1 (group 1: Phó Bí thư of a district or the city,
 * never of a Đoàn trực thuộc, with the local Party committee's agreement), VT-2 (group 2: Ủy
 * viên BTV or BCH of any receiving unit) and VT-NL (an exception: one of those positions,
 * flagged for the Standing Committee's review).
 */
import type { Read } from "../cells";
import type { Text } from "../i18n";
import {
  POSTING_POSITIONS,
  type PostingPosition,
  TABS,
  UNIT_TYPES,
  type UnitType,
  wordOf,
} from "../schema";
import { fold, quote } from "../text";
import { col, type Findings, reason } from "./findings";
import type { PostingRow } from "./read";

/** Units of the "Đơn vị" tab, used when a posting's "Loại đơn vị" is blank. */
export interface UnitsTab {
  /** Folded unit name → type. */
  units?: ReadonlyMap<string, UnitType>;
  /** The actual name of the units tab, named when a unit's type comes from it. */
  unitsTab?: string;
}

/** The posting's unit type, and the units tab's name when it was taken from there. */
interface UnitTypeOf {
  read: Read<UnitType>;
  fromTab?: string;
}

function unitTypeOf(p: PostingRow, units: UnitsTab): UnitTypeOf {
  if (p.unitType.kind !== "blank" || !units.units || p.unit.kind !== "value") {
    return { read: p.unitType };
  }
  const known = units.units.get(fold(p.unit.value));
  if (known === undefined) return { read: p.unitType };
  return { read: { kind: "value", value: known }, fromTab: units.unitsTab ?? TABS.units.name };
}

/** What a position rule looks at: the posting's cells as read, and its unit's type in words. */
interface Placement {
  p: PostingRow;
  unitType: UnitType;
  position: PostingPosition;
  /** Where the unit type comes from, in words: "cột "Loại đơn vị" ghi …". */
  unitSays: Text;
}

/** VT-1 / VT-2 / VT-NL: the position and the unit against the cadre's group. */
export function positionRule(
  f: Findings,
  p: PostingRow,
  group: 1 | 2 | "NL" | undefined,
  units: UnitsTab,
): void {
  const code = group === 1 ? "VT-1" : group === 2 ? "VT-2" : group === "NL" ? "VT-NL" : "VT";
  const type = unitTypeOf(p, units);
  const unit = f.need(code, "unit", p.unit);
  const unitType = f.need(code, "unitType", type.read);
  const position = f.need(code, "position", p.position);
  if (group === undefined || unitType === undefined || position === undefined) return;
  const placement = { p, unitType, position, unitSays: unitTypeSays(unitType, type.fromTab, unit) };
  if (group === 1) groupOnePlacement(f, placement);
  else if (group === 2) groupTwoPlacement(f, placement);
  else exceptionPlacement(f, placement);
}

/** VT-1: Phó Bí thư of a district or the city, with the local Party committee's agreement. */
function groupOnePlacement(f: Findings, { p, unitType, position, unitSays }: Placement): void {
  if (position !== "deputySecretary") {
    f.fails.push(
      reason(
        "VT-1",
        `đối tượng 1 đi ở vị trí Phó Bí thư, cột "Vị trí" ghi ${quote(wordOf(POSTING_POSITIONS, position))}`,
        `group 1 goes as deputy secretary; column "Vị trí" says ${quote(wordOf(POSTING_POSITIONS, position))}`,
      ),
    );
  }
  if (unitType === "affiliated") {
    f.fails.push(
      reason(
        "VT-1",
        `đối tượng 1 chỉ đi Đoàn cấp huyện, thành phố, không đi Đoàn trực thuộc (${unitSays.vi})`,
        `group 1 goes to a district or city union, never an affiliated union (${unitSays.en})`,
      ),
    );
  }
  partyAgreement(f, "VT-1", p, { vi: "đối tượng 1", en: "group 1" });
}

/** VT-2: Ủy viên BTV or Ủy viên BCH, never Phó Bí thư. */
function groupTwoPlacement(f: Findings, { position }: Placement): void {
  if (position === "deputySecretary") {
    f.fails.push(
      reason(
        "VT-2",
        `đối tượng 2 đi ở vị trí Ủy viên BTV hoặc Ủy viên BCH, cột "Vị trí" ghi "Phó Bí thư"`,
        `group 2 goes as a Standing or Executive Committee member; column "Vị trí" says "Phó Bí thư"`,
      ),
    );
  }
}

/**
 * VT-NL: an exception goes where the Standing Committee's decision says, but only to one of
 * the positions of III.1: Phó Bí thư of a district or the city (never of a đoàn trực thuộc,
 * VT-1), or Ủy viên BTV / BCH of any receiving unit (VT-2). Phó Bí thư carries III.1's
 * condition: the local Party committee's agreement.
 */
function exceptionPlacement(f: Findings, { p, unitType, position, unitSays }: Placement): void {
  const failsBefore = f.fails.length;
  const missingBefore = f.missing.length;
  if (position === "deputySecretary") {
    if (unitType === "affiliated") {
      f.fails.push(
        reason(
          "VT-NL",
          `trường hợp ngoại lệ chỉ đi ở các vị trí của mục III.1; Phó Bí thư chỉ ở Đoàn cấp huyện, thành phố, không ở Đoàn trực thuộc (cột "Vị trí" ghi "Phó Bí thư", ${unitSays.vi})`,
          `an exception goes only to one of the positions of section III.1; a deputy secretary only of a district or city union, never of an affiliated union (column "Vị trí" says "Phó Bí thư", ${unitSays.en})`,
        ),
      );
    }
    partyAgreement(f, "VT-NL", p, { vi: "vị trí Phó Bí thư", en: "a deputy secretary" });
  }
  if (f.fails.length > failsBefore || f.missing.length > missingBefore) return;
  // Within the positions of III.1: flagged for the Standing Committee's review, not failed.
  const d = col("decisionNo");
  const decision =
    p.decisionNo.kind === "value"
      ? {
          vi: `, cột "${d.header}" ghi ${quote(p.decisionNo.value)}`,
          en: `, column "${d.header}" says ${quote(p.decisionNo.value)}`,
        }
      : { vi: `, cột "${d.header}" trống`, en: `, column "${d.header}" is blank` };
  const v = col("position");
  const positionWord = quote(wordOf(POSTING_POSITIONS, position));
  f.notes.push(
    reason(
      "VT-NL",
      `trường hợp ngoại lệ: cột "${v.header}" ghi ${positionWord}, ${unitSays.vi}${decision.vi}; cần BTV xem xét vị trí theo quyết định`,
      `an exception: column "${v.header}" says ${positionWord}, ${unitSays.en}${decision.en}; the Standing Committee reviews the position`,
    ),
  );
}

/** III.1: Phó Bí thư goes with the local Party committee's agreement (Cấp ủy thống nhất = Có). */
function partyAgreement(f: Findings, code: string, p: PostingRow, who: Text): void {
  const c = col("partyAgreed");
  if (p.partyAgreed.kind === "value" && !p.partyAgreed.value) {
    f.fails.push(
      reason(
        code,
        `${who.vi} cần sự thống nhất của cấp ủy địa phương, cột "${c.header}" ghi "Không"`,
        `${who.en} needs the local Party committee's agreement; column "${c.header}" says "Không"`,
      ),
    );
  } else {
    f.need(code, "partyAgreed", p.partyAgreed);
  }
}

/** Where the unit type comes from: its own cell, or the unit's row of the units tab. */
function unitTypeSays(type: UnitType, fromTab: string | undefined, unit: string | undefined): Text {
  const word = wordOf(UNIT_TYPES, type);
  const t = col("unitType");
  if (fromTab === undefined || unit === undefined) {
    return { vi: `cột "${t.header}" ghi "${word}"`, en: `column "${t.header}" says "${word}"` };
  }
  const u = col("unit");
  return {
    vi: `cột "${u.header}" ghi ${quote(unit)}, loại ${word} theo tab "${fromTab}"`,
    en: `column "${u.header}" says ${quote(unit)}, a ${word} in the "${fromTab}" tab`,
  };
}
