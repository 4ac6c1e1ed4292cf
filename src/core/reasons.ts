/**
 * A reason a row fails or lacks data: the rule's code, the plan's section that states it and
 * one line in both languages, e.g. "[DK-TUOI] Mục II.2: quá 30 tuổi (…)". Every check of the
 * core (eligibility, postings) words its findings through these.
 */
import type { Text } from "./i18n";

export interface Reason {
  /** Rule code, e.g. "DK-TUOI", "DT-NL", "VT-1", or "MA-CB" / "HO-TEN" (identity of a row). */
  code: string;
  /**
   * Where the plan says it: a section ("II.1", "II.2"), or the part of the plan cited otherwise
   * (TG-KY cites the plan's title, "Tên kế hoạch (giai đoạn 2018 – 2022)"); "" for identity
   * problems of the row.
   */
  section: string;
  /** The full line, e.g. "[DK-TUOI] Mục II.2: quá 30 tuổi (31 tuổi 2 tháng vào ngày 01/01/2019)". */
  text: Text;
}

/** A reason cited by its section of the plan ("" for a row's identity: no section). */
export function makeReason(code: string, section: string, body: Text): Reason {
  return {
    code,
    section,
    text: {
      vi: section ? `[${code}] Mục ${section}: ${body.vi}` : `[${code}] ${body.vi}`,
      en: section ? `[${code}] Section ${section}: ${body.en}` : `[${code}] ${body.en}`,
    },
  };
}

/** A reason cited from a part of the plan other than a numbered section, e.g. its title. */
export function makeReasonAt(code: string, where: Text, body: Text): Reason {
  return {
    code,
    section: where.vi,
    text: { vi: `[${code}] ${where.vi}: ${body.vi}`, en: `[${code}] ${where.en}: ${body.en}` },
  };
}
