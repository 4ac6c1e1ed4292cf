/**
 * The row's identity, checked before any rule: MA-CB (a blank or duplicate Mã CB) and HO-TEN
 * (a blank Họ và tên). Either makes the row Thiếu dữ liệu.
 */
import { makeReason, type Reason } from "../reasons";
import { idKey, type RosterRow, type RosterTable } from "../roster";
import { quote } from "../text";
import { missingPart } from "./parts";

export interface CheckContext {
  /**
   * When the row's Mã CB is on other rows too: the 1-based rows sharing it (this row
   * included), named in the reason.
   */
  duplicateRows?: readonly number[];
}

/** The context of the roster row with Mã CB `id` in `table`: the rows sharing it, if any. */
export function rosterContext(table: RosterTable, id: string): CheckContext {
  const duplicateRows = table.duplicateIds.get(idKey(id));
  return duplicateRows ? { duplicateRows } : {};
}

export function identityReasons(row: RosterRow, context: CheckContext): Reason[] {
  const reasons: Reason[] = [];
  const id = row.id;
  if (id.kind !== "value") {
    const part = missingPart(row, "id", id);
    reasons.push(makeReason("MA-CB", "", part.text));
  } else if (context.duplicateRows) {
    const others = context.duplicateRows.filter((r) => r !== row.row);
    const where =
      others.length > 0
        ? { vi: `trùng với dòng ${others.join(", ")}`, en: `also on row ${others.join(", ")}` }
        : { vi: "trùng với dòng khác", en: "also on another row" };
    reasons.push(
      makeReason("MA-CB", "", {
        vi: `Mã CB ${quote(id.value)} ${where.vi}; mỗi cán bộ cần một mã riêng`,
        en: `ID ${quote(id.value)} ${where.en}; each cadre needs an ID of their own`,
      }),
    );
  }
  const name = row.name;
  if (name.kind !== "value") {
    const part = missingPart(row, "name", name);
    reasons.push(makeReason("HO-TEN", "", part.text));
  }
  return reasons;
}
