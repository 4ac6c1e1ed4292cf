/**
 * What the check of one posting finds, in three lists (failed rules, missing data, notes), and
 * the wording shared by every rule of the postings check: a reason cited by its section, a
 * column's header in both languages, a blank or unreadable cell.
 */
import type { Read } from "../cells";
import { makeReason, type Reason } from "../reasons";
import { POSTING_COLUMNS } from "../schema";
import { quote } from "../text";
import type { PostingKey } from "./read";

/** The plan's section of each rule code of the postings check. */
const SECTION: Record<string, string> = {
  "VT-1": "III.1",
  "VT-2": "III.1",
  "VT-NL": "II.1, III.1",
  "TG-12": "III.2",
  "TG-Q1": "III.2",
  "SL-2": "VI.3.1",
  "CB-DK": "II.2",
  /** Position rules before the group is known (the cadre is missing or in no group). */
  VT: "III.1",
  /** Time rules that all need the start date. */
  TG: "III.2",
};

export function reason(
  code: string,
  vi: string,
  en: string,
  section = SECTION[code] ?? "",
): Reason {
  return makeReason(code, section, { vi, en });
}

/** A column's header in both languages, for reasons. */
export const col = (key: PostingKey) => POSTING_COLUMNS[key];

export class Findings {
  readonly fails: Reason[] = [];
  readonly missing: Reason[] = [];
  readonly notes: Reason[] = [];

  /** `offsetMinutes`: the zone's UTC offset, to quote a date cell as the day the user sees. */
  constructor(private readonly offsetMinutes: number) {}

  /** A required cell is blank or unreadable: the row lacks data. */
  need<T>(code: string, key: PostingKey, read: Read<T>): T | undefined {
    if (read.kind === "value") return read.value;
    const c = col(key);
    this.missing.push(
      read.kind === "blank"
        ? reason(code, `cột "${c.header}" còn trống`, `column "${c.header}" (${c.en}) is blank`)
        : read.why
          ? reason(
              code,
              `cột "${c.header}" ghi ${quote(read.raw, this.offsetMinutes)}: ${read.why.vi}`,
              `column "${c.header}" (${c.en}) says ${quote(read.raw, this.offsetMinutes)}: ${read.why.en}`,
            )
          : reason(
              code,
              `cột "${c.header}" không đọc được: ${quote(read.raw, this.offsetMinutes)}`,
              `column "${c.header}" (${c.en}) cannot be read: ${quote(read.raw, this.offsetMinutes)}`,
            ),
    );
    return undefined;
  }
}
