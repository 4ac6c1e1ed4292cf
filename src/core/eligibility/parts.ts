/**
 * The pieces a condition's reason is made of (rules.md II): a part per finding, failing or
 * missing, worded with the column's header and how to type it; `conclude` joins a condition's
 * parts into its outcome and one reason.
 */
import { type ChoiceOption, type Read, unreadable } from "../cells";
import { type Day, formatDay } from "../dates";
import type { Text } from "../i18n";
import { makeReason } from "../reasons";
import type { RosterKey, RosterRow } from "../roster";
import {
  type ColumnDef,
  dropdownWords,
  GENDERS,
  PARTY_STATUSES,
  RATINGS,
  ROSTER_COLUMNS,
  STANDINGS,
  TARGET_GROUPS,
} from "../schema";
import { quote } from "../text";
import { type ConditionCode, type ConditionResult, SECTION } from "./codes";

type Severity = "fail" | "missing";
export interface Part {
  severity: Severity;
  /** Code of this part when it differs from the condition's (DT-1, DT-2, DT-NL). */
  code?: string;
  text: Text;
}

const YES_NO: Text = { vi: "Có hoặc Không", en: "Có or Không" };
const YES_NO_OR_BLANK: Text = { vi: "Có, Không hoặc để trống", en: "Có, Không or blank" };
const DATE_OR_BLANK: Text = {
  vi: "một ngày dạng dd/mm/yyyy hoặc để trống",
  en: "a date as dd/mm/yyyy, or blank",
};

const HOW_TO_TYPE: Partial<Record<RosterKey, Text>> = {
  gender: words(GENDERS),
  birth: { vi: "một ngày dạng dd/mm/yyyy", en: "a date as dd/mm/yyyy" },
  fullTimeExec: YES_NO,
  group: words(TARGET_GROUPS),
  payroll: YES_NO,
  party: words(PARTY_STATUSES),
  standing: words(STANDINGS),
  disciplineUntil: DATE_OR_BLANK,
  underReview: YES_NO_OR_BLANK,
  pregnant: YES_NO_OR_BLANK,
  youngestChild: DATE_OR_BLANK,
  plannedTitle: { vi: "tên chức danh quy hoạch hoặc để trống", en: "the planned title, or blank" },
  decision: { vi: "số quyết định của BTV", en: "the decision's number" },
  id: { vi: "một mã cán bộ", en: "an ID" },
  name: { vi: "họ và tên", en: "the full name" },
};

export const RATING_HOW: Text = words(RATINGS);

function words<T>(options: readonly ChoiceOption<T>[]): Text {
  const list = dropdownWords(options);
  const last = list.pop();
  return { vi: `${list.join(", ")} hoặc ${last}`, en: `${list.join(", ")} or ${last}` };
}

export function headerText(def: ColumnDef): Text {
  return { vi: `"${def.header}"`, en: `"${def.header}" (${def.en})` };
}

/** A column's cell is missing: its header is absent, it is blank, or it cannot be read. */
export function missingPart(
  row: RosterRow,
  key: RosterKey,
  read: Read<unknown>,
  what?: Text,
): Part {
  const h = headerText(ROSTER_COLUMNS[key]);
  const why = what ? { vi: ` (${what.vi})`, en: ` (${what.en})` } : { vi: "", en: "" };
  if (row.absent.has(key)) {
    return {
      severity: "missing",
      text: { vi: `không có cột ${h.vi}${why.vi}`, en: `no ${h.en} column${why.en}` },
    };
  }
  if (read.kind === "bad") {
    const problem = unreadable(read, HOW_TO_TYPE[key]);
    return {
      severity: "missing",
      text: {
        vi: `ô ${h.vi} ghi ${quote(read.raw, row.offsetMinutes)}${problem.vi}`,
        en: `${h.en} holds ${quote(read.raw, row.offsetMinutes)}${problem.en}`,
      },
    };
  }
  return {
    severity: "missing",
    text: { vi: `ô ${h.vi} trống${why.vi}`, en: `${h.en} is blank${why.en}` },
  };
}

export function fail(vi: string, en: string, code?: string): Part {
  return code === undefined
    ? { severity: "fail", text: { vi, en } }
    : { severity: "fail", code, text: { vi, en } };
}

export function ageText(a: { years: number; months: number }, on: Day): Text {
  return {
    vi: `${a.years} tuổi ${a.months} tháng vào ngày ${formatDay(on)}`,
    en: `${a.years} years ${a.months} months on ${formatDay(on)}`,
  };
}

export function conclude(code: ConditionCode, parts: Part[], applies = true): ConditionResult {
  if (!applies) return { code, outcome: "notApplicable" };
  if (parts.length === 0) return { code, outcome: "pass" };
  const failing = parts.filter((p) => p.severity === "fail");
  const ordered = [...failing, ...parts.filter((p) => p.severity === "missing")];
  const reasonCode = ordered.find((p) => p.code !== undefined)?.code ?? code;
  const body: Text = {
    vi: ordered.map((p) => p.text.vi).join("; "),
    en: ordered.map((p) => p.text.en).join("; "),
  };
  return {
    code,
    outcome: failing.length > 0 ? "fail" : "missing",
    reason: makeReason(reasonCode, SECTION[code], body),
  };
}
