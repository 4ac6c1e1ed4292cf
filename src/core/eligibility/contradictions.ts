/**
 * Cells of a roster row that cannot both be right: a man recorded as pregnant; a youngest
 * child born on or before the cadre's own birth. Each is a warning under the rule it concerns
 * (DK-NU): the status stays what the rules decide, and the clerk is asked to check the two cells.
 */
import { formatDay } from "../dates";
import { makeReason, type Reason } from "../reasons";
import type { RosterRow } from "../roster";
import { ROSTER_COLUMNS } from "../schema";
import { SECTION } from "./codes";
import { headerText } from "./parts";

export function contradictions(row: RosterRow): Reason[] {
  const warnings: Reason[] = [];
  const g = headerText(ROSTER_COLUMNS.gender);
  const p = headerText(ROSTER_COLUMNS.pregnant);
  if (row.gender.kind === "value" && row.gender.value === "Nam") {
    if (row.pregnant.kind === "value" && row.pregnant.value) {
      warnings.push(
        makeReason("DK-NU", SECTION["DK-NU"], {
          vi: `lưu ý, hai ô mâu thuẫn: ô ${p.vi} ghi Có nhưng ô ${g.vi} ghi Nam; hãy kiểm tra lại một trong hai ô (kết quả không đổi)`,
          en: `note, two cells disagree: ${p.en} says Có (yes) but ${g.en} says Nam (male); check one of them (the result is unchanged)`,
        }),
      );
    }
  }
  if (
    row.birth.kind === "value" &&
    row.youngestChild.kind === "value" &&
    row.youngestChild.value <= row.birth.value
  ) {
    const c = headerText(ROSTER_COLUMNS.youngestChild);
    const b = headerText(ROSTER_COLUMNS.birth);
    const child = formatDay(row.youngestChild.value);
    const birth = formatDay(row.birth.value);
    warnings.push(
      makeReason("DK-NU", SECTION["DK-NU"], {
        vi: `lưu ý, hai ô mâu thuẫn: ô ${c.vi} ghi ${child}, không sau ô ${b.vi} của cán bộ (${birth}); hãy kiểm tra lại (kết quả không đổi)`,
        en: `note, two cells disagree: ${c.en} says ${child}, not after the cadre's own ${b.en} (${birth}); check them (the result is unchanged)`,
      }),
    );
  }
  return warnings;
}
