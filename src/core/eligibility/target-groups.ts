/**
 * Plan section II.1, the target groups: DT-1 (full-time executive member in planning), DT-2
 * (in planning) and DT-NL (an exception, not in planning, decided by the Standing
 * Committee). The "Đối tượng" cell when typed, else the group derived from the others.
 */
import { makeReason } from "../reasons";
import type { RosterRow } from "../roster";
import type { TargetGroup } from "../schema";
import { type ConditionResult, SECTION } from "./codes";
import { conclude, fail, missingPart, type Part } from "./parts";

export interface GroupCheck {
  result: ConditionResult;
  group: TargetGroup | undefined;
  /** DT-NL without a decision: the status is Cần BTV xem xét when nothing else is wrong. */
  awaitingDecision: boolean;
}

/** DT-1 / DT-2 / DT-NL (II.1): the Đối tượng column, or the group derived from the others. */
export function checkGroup(row: RosterRow): GroupCheck {
  const group = row.group;
  if (group.kind === "bad") return missingGroup([missingPart(row, "group", group)]);
  if (group.kind === "blank") return derivedGroup(row);
  if (group.value === "NL") return exceptionGroup(row);
  return declaredGroup(row, group.value);
}

/** The group cannot be told: DT lacks data. */
function missingGroup(parts: Part[]): GroupCheck {
  return { result: conclude("DT", parts), group: undefined, awaitingDecision: false };
}

/** "Đối tượng" blank (rules.md): DT-1 if UV BCH chuyên trách = Có and planned, else DT-2 if planned. */
function derivedGroup(row: RosterRow): GroupCheck {
  const planned = row.plannedTitle;
  const exec = row.fullTimeExec;
  if (planned.kind === "bad" || row.absent.has("plannedTitle")) {
    // Without the column the group cannot be derived: missing data, not a failure.
    return missingGroup([
      missingPart(row, "plannedTitle", planned, {
        vi: "cần để xác định đối tượng",
        en: "needed to tell the target group",
      }),
    ]);
  }
  if (planned.kind === "blank") {
    return missingGroup([
      fail(
        `không thuộc đối tượng 1 hay 2: ô "Quy hoạch chức danh" trống (chưa có quy hoạch) và ô "Đối tượng" trống (nếu cán bộ có triển vọng, ghi Đối tượng "Ngoại lệ" để BTV xem xét)`,
        `not in group 1 or 2: "Quy hoạch chức danh" (Planned position) is blank (not in planning) and "Đối tượng" (Target group) is blank (for a promising cadre, type "Ngoại lệ" in "Đối tượng" for a Standing Committee decision)`,
      ),
    ]);
  }
  if (exec.kind === "bad") {
    return missingGroup([
      missingPart(row, "fullTimeExec", exec, {
        vi: "để xác định đối tượng 1 hay 2",
        en: "to tell group 1 from group 2",
      }),
    ]);
  }
  const derived: TargetGroup = exec.kind === "value" && exec.value ? 1 : 2;
  return { result: conclude("DT", []), group: derived, awaitingDecision: false };
}

/** DT-NL: an exception waits for the Standing Committee's decision ("Quyết định BTV"). */
function exceptionGroup(row: RosterRow): GroupCheck {
  const decision = row.decision;
  if (decision.kind === "bad") {
    const parts = [{ ...missingPart(row, "decision", decision), code: "DT-NL" }];
    return { result: conclude("DT", parts), group: "NL", awaitingDecision: false };
  }
  if (decision.kind === "blank") {
    const result: ConditionResult = {
      code: "DT",
      outcome: "missing",
      reason: makeReason("DT-NL", SECTION.DT, {
        vi: `trường hợp Ngoại lệ (chưa có trong quy hoạch): chờ Ban Thường vụ Tỉnh đoàn xem xét, quyết định (ô "Quyết định BTV" trống)`,
        en: `exception (not in planning): awaiting the Standing Committee's decision ("Quyết định BTV" (Standing Committee decision) is blank)`,
      }),
    };
    return { result, group: "NL", awaitingDecision: true };
  }
  return { result: conclude("DT", []), group: "NL", awaitingDecision: false };
}

/** DT-1 / DT-2 as typed: group 1 is a full-time executive member, both are in planning. */
function declaredGroup(row: RosterRow, declared: 1 | 2): GroupCheck {
  const parts: Part[] = [];
  const planned = row.plannedTitle;
  const exec = row.fullTimeExec;
  const code = declared === 1 ? "DT-1" : "DT-2";
  if (declared === 1) {
    if (exec.kind === "value" && !exec.value) {
      parts.push(
        fail(
          `ghi Đối tượng 1 nhưng "UV BCH chuyên trách" là Không (đối tượng 1 là Ủy viên BCH chuyên trách; sửa "Đối tượng" hoặc "UV BCH chuyên trách")`,
          `"Đối tượng" says group 1 but "UV BCH chuyên trách" (Full-time executive member) is Không (group 1 is a full-time executive member; correct one of the two)`,
          code,
        ),
      );
    } else if (exec.kind !== "value") {
      parts.push({
        ...missingPart(row, "fullTimeExec", exec, {
          vi: "đối tượng 1 phải là Có",
          en: "group 1 needs Có",
        }),
        code,
      });
    }
  }
  if (planned.kind === "bad" || row.absent.has("plannedTitle")) {
    parts.push({ ...missingPart(row, "plannedTitle", planned), code });
  } else if (planned.kind === "blank") {
    parts.push(
      fail(
        `ghi Đối tượng ${declared} nhưng "Quy hoạch chức danh" trống (đối tượng ${declared} phải có quy hoạch; nếu chưa có quy hoạch, ghi "Ngoại lệ" để BTV xem xét)`,
        `"Đối tượng" says group ${declared} but "Quy hoạch chức danh" (Planned position) is blank (group ${declared} must be in planning; otherwise type "Ngoại lệ" for a Standing Committee decision)`,
        code,
      ),
    );
  }
  return { result: conclude("DT", parts), group: declared, awaitingDecision: false };
}
