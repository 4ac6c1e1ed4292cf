/**
 * The postings tab "Đợt cử đi" and the rules of plan section III (rules.md "Where and how
 * long"), with the report calendar of section VI:
 *
 * | code  | rule                                                                              |
 * |-------|-----------------------------------------------------------------------------------|
 * | VT-1  | group 1: Phó Bí thư of a Huyện / Thành phố (never a Đoàn trực thuộc), Cấp ủy thống nhất = Có |
 * | VT-2  | group 2: Ủy viên BTV or Ủy viên BCH of a district, the city or a đoàn trực thuộc   |
 * | VT-NL | an exception: one of those positions (Phó Bí thư with Cấp ủy thống nhất = Có, never  |
 * |       | of a Đoàn trực thuộc), flagged for the Standing Committee's review                 |
 * | TG-12 | at least N months (Số tháng blank = N, the setting); a given end date = start + months |
 * | TG-Q1 | the start lies in the start quarter (I)                                           |
 * | TG-KY | the start year lies in the plan period (the plan's title: "giai đoạn 2018 – 2022") |
 * | SL-2  | at most N postings start a year; those beyond the N-th (by start, then row) fail  |
 * | CB-DK | the cadre is in the roster and meets every II.2 condition on the start date       |
 *
 * CB-DK reuses the eligibility engine (eligibility.ts) on the posting's start date. Pure: no
 * Apps Script global; nothing here throws on bad input.
 */
import {
  isBlankRow,
  type Read,
  readChoice,
  readDate,
  readText,
  readWholeNumber,
  readYesNo,
} from "./cells";
import { addMonths, type Day, formatDay, quarterOf, yearOf } from "./dates";
import {
  checkEligibility,
  type EligibilityResult,
  makeReason,
  makeReasonAt,
  type Reason,
  rosterContext,
} from "./eligibility";
import { type ColumnMap, headerProblems, headerRowOf, mapColumns } from "./headers";
import type { Text } from "./i18n";
import {
  DUTY_SECTION,
  type DutyCode,
  type DutyState,
  dutyCalendar,
  dutyStates,
  lateDutyText,
  nextDutyDue,
  nextReportDue,
  openDuties,
  openTaskText,
  overdueDuties,
  type ReportState,
  reportState,
} from "./reports";
import { idKey, type RosterRow, type RosterTable } from "./roster";
import {
  PERIODIC_EVALUATION_COLUMN,
  PERIODIC_REPORT_COLUMN,
  POSTING_COLUMNS,
  POSTING_OUTPUT,
  POSTING_POSITIONS,
  type PostingPosition,
  type PostingStatus,
  TABS,
  UNIT_TYPES,
  type UnitType,
  wordOf,
} from "./schema";
import { type Settings, settingDef } from "./settings";
import { fold, quote } from "./text";

export type { Reason } from "./eligibility";

export type PostingKey = keyof typeof POSTING_COLUMNS;

/** Names of the numbered-column families in `ColumnMap.numbered`. */
export const PERIODIC_REPORTS = "periodicReport";
export const PERIODIC_EVALUATIONS = "periodicEvaluation";

/** Columns without which the tab cannot be checked at all (a run stops and says so). */
export const REQUIRED_POSTING_HEADERS: readonly PostingKey[] = ["cadreId", "start"];

/** Posting columns whose cell records a duty done (a date), and the duty's code. */
const DUTY_COLUMNS = {
  partyMoved: "SH-DANG",
  unionMoved: "SH-DOAN",
  finalReport: "BC-KT",
  finalEvaluation: "NX-KT",
  partyExchange: "TD-CU",
  settled: "QT-KP",
} as const satisfies Partial<Record<PostingKey, DutyCode>>;

/** Canonical header of each duty column → its duty's code. */
const DUTY_CODE_OF_HEADER = new Map<string, DutyCode>(
  (Object.keys(DUTY_COLUMNS) as (keyof typeof DUTY_COLUMNS)[]).map((k) => [
    POSTING_COLUMNS[k].header,
    DUTY_COLUMNS[k],
  ]),
);

export interface PostingRow {
  /** 1-based sheet row. */
  row: number;
  cells: readonly unknown[];
  /** The spreadsheet zone's UTC offset (minutes east): a date cell is quoted as its local day. */
  offsetMinutes: number;
  cadreId: Read<string>;
  unit: Read<string>;
  unitType: Read<UnitType>;
  position: Read<PostingPosition>;
  start: Read<Day>;
  months: Read<number>;
  end: Read<Day>;
  decisionNo: Read<string>;
  partyAgreed: Read<boolean>;
  /** Each duty column present in the tab (canonical header) → its cell read as a date. */
  done: ReadonlyMap<string, Read<Day>>;
}

export interface PostingTable {
  /** The tab's actual name (it may be an alias such as "Postings"), for messages. */
  tab: string;
  /** 1-based sheet row of the header row (1 unless title rows stand above it). */
  headerRow: number;
  rows: PostingRow[];
  columns: ColumnMap<PostingKey>;
  /** Canonical headers of the duty columns present (periodic ones included). */
  dutyHeaders: ReadonlySet<string>;
  problems: Text[];
  /** Required headers that are missing ("Mã CB", "Ngày bắt đầu"): the run cannot go on. */
  missingRequired: PostingKey[];
}

interface Layout {
  columns: ColumnMap<PostingKey>;
  /** Canonical duty header → 0-based column index. */
  duties: Map<string, number>;
  output: ReadonlySet<number>;
}

function layoutOf(header: readonly unknown[]): Layout {
  const columns = mapColumns(header, POSTING_COLUMNS, [
    { name: PERIODIC_REPORTS, pattern: PERIODIC_REPORT_COLUMN.pattern },
    { name: PERIODIC_EVALUATIONS, pattern: PERIODIC_EVALUATION_COLUMN.pattern },
  ]);
  const duties = new Map<string, number>();
  for (const key of Object.keys(DUTY_COLUMNS) as (keyof typeof DUTY_COLUMNS)[]) {
    const i = columns.index[key];
    if (i !== undefined) duties.set(POSTING_COLUMNS[key].header, i);
  }
  for (const [n, i] of columns.numbered.get(PERIODIC_REPORTS) ?? []) {
    duties.set(PERIODIC_REPORT_COLUMN.header(n), i);
  }
  for (const [n, i] of columns.numbered.get(PERIODIC_EVALUATIONS) ?? []) {
    duties.set(PERIODIC_EVALUATION_COLUMN.header(n), i);
  }
  const output = new Set(Object.values(mapColumns(header, POSTING_OUTPUT).index) as number[]);
  return { columns, duties, output };
}

function parseRow(
  layout: Layout,
  cells: readonly unknown[],
  offsetMinutes: number,
  row: number,
): PostingRow {
  const at = (key: PostingKey): unknown => {
    const i = layout.columns.index[key];
    return i === undefined ? undefined : cells[i];
  };
  const done = new Map<string, Read<Day>>();
  for (const [header, i] of layout.duties) done.set(header, readDate(cells[i], offsetMinutes));
  return {
    row,
    cells,
    offsetMinutes,
    cadreId: readText(at("cadreId")),
    unit: readText(at("unit")),
    unitType: readChoice(at("unitType"), UNIT_TYPES),
    position: readChoice(at("position"), POSTING_POSITIONS),
    start: readDate(at("start"), offsetMinutes),
    months: readWholeNumber(at("months")),
    end: readDate(at("end"), offsetMinutes),
    decisionNo: readText(at("decisionNo")),
    partyAgreed: readYesNo(at("partyAgreed")),
    done,
  };
}

/**
 * Reads the postings tab's values (its rows from row 1; the header row is found among the first
 * rows, below any title, headers.ts headerRowOf). `tab` is the tab's actual name (it may be an
 * alias such as "Postings"), named in the messages.
 */
export function readPostings(
  values: readonly (readonly unknown[])[],
  offsetMinutes: number,
  tab: string = TABS.postings.name,
): PostingTable {
  const headerIndex = headerRowOf(TABS.postings, values);
  const layout = layoutOf(values[headerIndex] ?? []);
  const missingRequired = REQUIRED_POSTING_HEADERS.filter(
    (k) => layout.columns.index[k] === undefined,
  );
  const rows: PostingRow[] = [];
  for (let r = headerIndex + 1; r < values.length; r += 1) {
    const cells = values[r] ?? [];
    if (isBlankRow(cells, layout.output)) continue;
    rows.push(parseRow(layout, cells, offsetMinutes, r + 1));
  }
  return {
    tab,
    headerRow: headerIndex + 1,
    rows,
    columns: layout.columns,
    dutyHeaders: new Set(layout.duties.keys()),
    problems: headerProblems(tab, POSTING_COLUMNS, layout.columns, headerIndex + 1),
    missingRequired,
  };
}

/**
 * Reads single rows against a header row (for =REPORT_DUE, which gets a row's cells and looks
 * the header up itself): the header is mapped once, then each row is cheap.
 */
export interface PostingRowReader {
  /** Whether the row holds nothing (its add-on output columns aside). */
  isBlank(cells: readonly unknown[]): boolean;
  read(cells: readonly unknown[], offsetMinutes: number, row?: number): PostingRow;
  /** Whether the header has the column. */
  has(key: PostingKey): boolean;
}

export function postingRowReader(header: readonly unknown[]): PostingRowReader {
  const layout = layoutOf(header);
  return {
    isBlank: (cells) => isBlankRow(cells, layout.output),
    read: (cells, offsetMinutes, row = 0) => parseRow(layout, cells, offsetMinutes, row),
    has: (key) => layout.columns.index[key] !== undefined,
  };
}

// ---------------------------------------------------------------- the check

export type PostingState = ReportState;

export interface PostingResult {
  /** 1-based sheet row. */
  row: number;
  status: PostingStatus;
  /** Failed rules, then rules lacking data, then notes (the VT-NL review, late duties). */
  reasons: Reason[];
  /** The cadre's target group on the start date (from the eligibility engine). */
  group: 1 | 2 | "NL" | undefined;
  cadre?: { id: string; name: string };
  start?: Day;
  /** start + months: the end the calendar uses. */
  end?: Day;
  duties: DutyState[];
  /** Earliest cadre's report (BC-6T, BC-KT) not done. */
  nextDue: Day | undefined;
  /** Tình trạng of the cadre's reports; undefined when there is no calendar (no start). */
  state: PostingState | undefined;
  /**
   * The follow-up, apart from the validity: every duty not done yet (overdue first in date
   * order, as Việc cần làm lists them), and the earliest date among them (Hạn việc tới).
   */
  openTasks: { state: DutyState; text: Text }[];
  nextTask: Day | undefined;
  /** The eligibility engine's verdict on the start date (when the cadre was found). */
  eligibility?: EligibilityResult;
}

export interface CheckPostingsOptions {
  /** Units of the "Đơn vị" tab: folded name → type, used when "Loại đơn vị" is blank. */
  units?: ReadonlyMap<string, UnitType>;
  /** The actual name of the units tab, named when a unit's type comes from it. */
  unitsTab?: string;
}

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

function reason(code: string, vi: string, en: string, section = SECTION[code] ?? ""): Reason {
  return makeReason(code, section, { vi, en });
}

/** A column's header in both languages, for reasons. */
const col = (key: PostingKey) => POSTING_COLUMNS[key];

class Findings {
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

/**
 * Checks every posting against plan section III and tracks its section VI duties. `today` is
 * today in the spreadsheet's zone. Results are in the table's row order.
 */
export function checkPostings(
  postings: PostingTable,
  roster: RosterTable,
  settings: Settings,
  today: Day,
  options: CheckPostingsOptions = {},
): PostingResult[] {
  const cadres = new Map<string, RosterRow>();
  for (const r of roster.rows) {
    if (r.id.kind !== "value") continue;
    const key = idKey(r.id.value);
    if (!cadres.has(key)) cadres.set(key, r);
  }
  const beyondQuota = quotaOverflow(postings.rows, settings);
  return postings.rows.map((p) =>
    checkOne(p, cadres, roster, settings, today, beyondQuota, postings.dutyHeaders, options),
  );
}

/**
 * The duties overdue across the postings, whoever owes them: how many, and in how many
 * postings. The check's message, the sidebar's overview and the demo count this same thing.
 */
export function overdueTally(results: readonly PostingResult[]): {
  tasks: number;
  postings: number;
} {
  let tasks = 0;
  let postings = 0;
  for (const r of results) {
    const n = overdueDuties(r.duties).length;
    tasks += n;
    if (n > 0) postings += 1;
  }
  return { tasks, postings };
}

/** SL-2: a posting beyond the quota of its start year. */
interface Overflow {
  year: number;
  /** 1-based rank in the year, by start date then row order. */
  rank: number;
  /** The postings within the quota that year: their sheet rows and start dates. */
  before: { row: number; start: Day }[];
}

/**
 * SL-2: the postings beyond the N-th of each start year, by start date then row order.
 * Every posting with a readable start counts, whatever its other findings.
 */
function quotaOverflow(rows: readonly PostingRow[], settings: Settings): Map<number, Overflow> {
  const byYear = new Map<number, PostingRow[]>();
  for (const p of rows) {
    if (p.start.kind !== "value") continue;
    const y = yearOf(p.start.value);
    const list = byYear.get(y);
    if (list) list.push(p);
    else byYear.set(y, [p]);
  }
  const out = new Map<number, Overflow>();
  const startOf = (p: PostingRow) => (p.start as { value: Day }).value;
  for (const [year, list] of byYear) {
    const sorted = [...list].sort((a, b) => startOf(a) - startOf(b) || a.row - b.row);
    const first = sorted
      .slice(0, settings.maxPerYear)
      .map((p) => ({ row: p.row, start: startOf(p) }));
    sorted.forEach((p, i) => {
      if (i >= settings.maxPerYear) out.set(p.row, { year, rank: i + 1, before: first });
    });
  }
  return out;
}

function checkOne(
  p: PostingRow,
  cadres: ReadonlyMap<string, RosterRow>,
  roster: RosterTable,
  settings: Settings,
  today: Day,
  beyondQuota: ReadonlyMap<number, Overflow>,
  dutyHeaders: ReadonlySet<string>,
  options: CheckPostingsOptions,
): PostingResult {
  const f = new Findings(p.offsetMinutes);

  // ---- CB-DK: the cadre, on the start date
  const id = f.need("CB-DK", "cadreId", p.cadreId);
  const start = f.need("TG", "start", p.start);
  let cadreRow: RosterRow | undefined;
  let eligibility: EligibilityResult | undefined;
  let group: 1 | 2 | "NL" | undefined;
  if (id !== undefined) {
    cadreRow = cadres.get(idKey(id));
    if (!cadreRow) {
      const tab = roster.tab;
      f.fails.push(
        reason(
          "CB-DK",
          `Mã CB ${quote(id)} không có trong tab "${tab}"`,
          `cadre ID ${quote(id)} is not in the "${tab}" tab`,
        ),
      );
    } else if (start !== undefined) {
      eligibility = checkEligibility(cadreRow, start, settings, rosterContext(roster, id));
      group = eligibility.group;
      cadreDecision(f, id, start, eligibility, roster.tab);
    }
  }

  // ---- VT-1 / VT-2 / VT-NL: position and unit against the group
  positionRules(f, p, group, unitTypeOf(p, options));

  // ---- TG-12: length, and a given end date against start + months
  const months = monthsOf(f, p, settings);
  let end: Day | undefined;
  if (start !== undefined && months !== undefined) {
    end = addMonths(start, months);
    if (p.end.kind === "bad") {
      f.need("TG-12", "end", p.end);
    } else if (p.end.kind === "value" && p.end.value !== end) {
      const c = col("end");
      f.fails.push(
        reason(
          "TG-12",
          `cột "${c.header}" ghi ${formatDay(p.end.value)} nhưng "${col("start").header}" ${formatDay(start)} + ${months} tháng là ${formatDay(end)}${p.months.kind === "blank" ? ` (cột "${col("months").header}" trống nên tính ${months} tháng theo cấu hình "${MIN_MONTHS.vi}")` : ""}`,
          `column "${c.header}" says ${formatDay(p.end.value)} but "${col("start").header}" ${formatDay(start)} + ${months} months is ${formatDay(end)}${p.months.kind === "blank" ? ` ("${col("months").header}" is blank, so ${months} months, the "${MIN_MONTHS.en}" setting)` : ""}`,
        ),
      );
    }
  }

  // ---- TG-Q1, TG-KY, SL-2: when it starts
  if (start !== undefined) {
    const s = col("start");
    const on = formatDay(start);
    const q = quarterOf(start);
    if (q !== settings.startQuarter) {
      f.fails.push(
        reason(
          "TG-Q1",
          `"${s.header}" ${on} thuộc quý ${roman(q)}, không trong quý ${roman(settings.startQuarter)}`,
          `"${s.header}" (${s.en}) ${on} is in quarter ${q}, not in quarter ${settings.startQuarter}`,
        ),
      );
    }
    const y = yearOf(start);
    if (y < settings.planFirstYear || y > settings.planLastYear) {
      // The period is in the plan's title: "Kế hoạch … (giai đoạn 2018 – 2022)".
      const period = `${settings.planFirstYear} – ${settings.planLastYear}`;
      f.fails.push(
        makeReasonAt(
          "TG-KY",
          { vi: `Tên kế hoạch (giai đoạn ${period})`, en: `Plan title (period ${period})` },
          {
            vi: `"${s.header}" ${on}, năm ${y} ngoài giai đoạn của kế hoạch`,
            en: `"${s.header}" (${s.en}) ${on}, the year ${y} is outside the plan period`,
          },
        ),
      );
    }
    const over = beyondQuota.get(p.row);
    if (over) {
      const vi = over.before.map((b) => `dòng ${b.row} bắt đầu ${formatDay(b.start)}`).join(", ");
      const en = over.before.map((b) => `row ${b.row} starts ${formatDay(b.start)}`).join(", ");
      f.fails.push(
        reason(
          "SL-2",
          `đợt thứ ${over.rank} bắt đầu trong năm ${over.year} ("${s.header}" ${on}), vượt tối đa ${settings.maxPerYear} cán bộ/năm (đã có ${vi})`,
          `posting no. ${over.rank} starting in ${over.year} ("${s.header}" (${s.en}) ${on}), beyond the maximum of ${settings.maxPerYear} a year (${en}; they come first)`,
        ),
      );
    }
  }

  // ---- VI: the calendar of duties
  let duties: DutyState[] = [];
  let state: PostingState | undefined;
  let nextDue: Day | undefined;
  let nextTask: Day | undefined;
  let openTasks: PostingResult["openTasks"] = [];
  if (start !== undefined && months !== undefined) {
    const done = doneDates(p.done, today);
    for (const [header, read] of p.done) {
      if (read.kind === "bad") {
        const shown = quote(read.raw, p.offsetMinutes);
        f.missing.push(
          read.why
            ? reason(
                dutyCodeOf(header),
                `cột "${header}" ghi ${shown}: ${read.why.vi} (vẫn tính là đã xong)`,
                `column "${header}" says ${shown}: ${read.why.en} (counted as done)`,
                "VI",
              )
            : reason(
                dutyCodeOf(header),
                `cột "${header}" không đọc được ngày: ${shown} (vẫn tính là đã xong)`,
                `column "${header}" holds no readable date: ${shown} (counted as done)`,
                "VI",
              ),
        );
      }
    }
    f.notes.push(...doneDateContradictions(p, start, today));
    duties = dutyStates(dutyCalendar({ start, months, group }, settings), done, today);
    nextDue = nextReportDue(duties);
    nextTask = nextDutyDue(duties);
    state = reportState(duties);
    openTasks = openDuties(duties).map((s) => ({
      state: s,
      text: openTaskText(s, dutyHeaders.has(s.duty.header)),
    }));
    for (const s of duties) {
      const text = lateDutyText(s);
      if (text) f.notes.push({ code: s.duty.code, section: DUTY_SECTION[s.duty.code], text });
    }
  }

  const status: PostingStatus =
    f.fails.length > 0 ? "invalid" : f.missing.length > 0 ? "missingData" : "valid";
  const cadre =
    cadreRow && id !== undefined
      ? { id, name: cadreRow.name.kind === "value" ? cadreRow.name.value : "" }
      : undefined;
  return {
    row: p.row,
    status,
    reasons: [...f.fails, ...f.missing, ...f.notes],
    group,
    ...(cadre ? { cadre } : {}),
    ...(start !== undefined ? { start } : {}),
    ...(end !== undefined ? { end } : {}),
    duties,
    nextDue,
    state,
    openTasks,
    nextTask,
    ...(eligibility ? { eligibility } : {}),
  };
}

/** CB-DK: the eligibility engine's verdict on the start date, its failing reasons quoted. */
function cadreDecision(
  f: Findings,
  id: string,
  start: Day,
  e: EligibilityResult,
  rosterTab: string,
): void {
  const on = formatDay(start);
  const who = { vi: `Mã CB ${quote(id)}`, en: `cadre ID ${quote(id)}` };
  const quoteAll = (into: Reason[]) => {
    for (const r of e.reasons) {
      into.push(
        reason(
          "CB-DK",
          `${who.vi} vào ngày bắt đầu ${on}: ${r.text.vi}`,
          `${who.en} on the start date ${on}: ${r.text.en}`,
        ),
      );
    }
  };
  switch (e.status) {
    case "eligible":
      return;
    case "notEligible":
      if (e.reasons.length === 0) {
        f.fails.push(
          reason(
            "CB-DK",
            `${who.vi} không đủ điều kiện vào ngày bắt đầu ${on}`,
            `${who.en} is not eligible on the start date ${on}`,
          ),
        );
      }
      quoteAll(f.fails);
      return;
    case "missingData":
      quoteAll(f.missing);
      return;
    case "needsDecision":
      // An exception without the Standing Committee's decision: the decision is missing data.
      f.missing.push(
        reason(
          "CB-DK",
          `${who.vi} là trường hợp ngoại lệ (ô "Đối tượng" ghi "Ngoại lệ"), cần ghi "Quyết định BTV" trong tab "${rosterTab}" trước khi cử đi`,
          `${who.en} is an exception ("Đối tượng" (Target group) says "Ngoại lệ"): enter the "Quyết định BTV" (Standing Committee decision) in the "${rosterTab}" tab first`,
        ),
      );
      quoteAll(f.missing);
      return;
  }
}

/** The posting's unit type, and the units tab's name when it was taken from there. */
interface UnitTypeOf {
  read: Read<UnitType>;
  fromTab?: string;
}

function unitTypeOf(p: PostingRow, options: CheckPostingsOptions): UnitTypeOf {
  if (p.unitType.kind !== "blank" || !options.units || p.unit.kind !== "value") {
    return { read: p.unitType };
  }
  const known = options.units.get(fold(p.unit.value));
  if (known === undefined) return { read: p.unitType };
  return { read: { kind: "value", value: known }, fromTab: options.unitsTab ?? TABS.units.name };
}

function positionRules(
  f: Findings,
  p: PostingRow,
  group: 1 | 2 | "NL" | undefined,
  unitTypeOf: UnitTypeOf,
): void {
  const code = group === 1 ? "VT-1" : group === 2 ? "VT-2" : group === "NL" ? "VT-NL" : "VT";
  const unit = f.need(code, "unit", p.unit);
  const unitType = f.need(code, "unitType", unitTypeOf.read);
  const position = f.need(code, "position", p.position);
  if (group === undefined || unitType === undefined || position === undefined) return;
  const unitSays = unitTypeSays(unitType, unitTypeOf.fromTab, unit);
  if (group === 1) {
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
    return;
  }
  if (group === 2) {
    if (position === "deputySecretary") {
      f.fails.push(
        reason(
          "VT-2",
          `đối tượng 2 đi ở vị trí Ủy viên BTV hoặc Ủy viên BCH, cột "Vị trí" ghi "Phó Bí thư"`,
          `group 2 goes as a Standing or Executive Committee member; column "Vị trí" says "Phó Bí thư"`,
        ),
      );
    }
    return;
  }
  // VT-NL: an exception goes where the Standing Committee's decision says, but only to one of
  // the positions of III.1: Phó Bí thư of a district or the city (never of a đoàn trực thuộc,
  // VT-1), or Ủy viên BTV / BCH of any receiving unit (VT-2). Phó Bí thư carries III.1's
  // condition: the local Party committee's agreement.
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

/** The "Số tháng tối thiểu" setting, named where a blank "Số tháng" takes its value. */
const MIN_MONTHS = settingDef("minMonths");

/**
 * A posting's length: its "Số tháng", or when blank the "Số tháng tối thiểu" setting (the
 * plan's minimum, 12 by default), so the next plan changes a cell, not the code.
 */
export function postingMonths(months: Read<number>, settings: Settings): Read<number> {
  return months.kind === "blank" ? { kind: "value", value: settings.minMonths } : months;
}

function monthsOf(f: Findings, p: PostingRow, settings: Settings): number | undefined {
  const months = f.need("TG-12", "months", postingMonths(p.months, settings));
  if (months === undefined) return undefined;
  if (months < settings.minMonths) {
    const c = col("months");
    f.fails.push(
      reason(
        "TG-12",
        `cột "${c.header}" ghi ${months} tháng, ít hơn tối thiểu ${settings.minMonths} tháng (cấu hình "${MIN_MONTHS.vi}")`,
        `column "${c.header}" says ${months} months, fewer than the minimum ${settings.minMonths} (the "${MIN_MONTHS.en}" setting)`,
      ),
    );
  }
  // A zero-month posting has no calendar.
  return months > 0 ? months : undefined;
}

/**
 * The days a posting's duties were done, for dutyStates: a readable date, or `true` for a
 * filled cell whose day cannot be read (done, day unknown); blank cells are left out. With
 * `today`, a date after it is a slip (doneDateContradictions says so): done, day unknown.
 */
export function doneDates(
  done: ReadonlyMap<string, Read<Day>>,
  today = Number.POSITIVE_INFINITY,
): Map<string, Day | true> {
  const out = new Map<string, Day | true>();
  for (const [header, read] of done) {
    if (read.kind === "value") out.set(header, read.value > today ? true : read.value);
    else if (read.kind === "bad") out.set(header, true);
  }
  return out;
}

/** Duties that may be done before the posting starts (the membership moves). */
const BEFORE_START_OK: ReadonlySet<string> = new Set(["SH-DANG", "SH-DOAN"]);

/**
 * Done dates that cannot be right: after today, or (a report, an evaluation, the exchange or
 * the settlement) before the posting started. Notes that ask the clerk to check the cell; the
 * duty still counts as done and the status is unchanged.
 */
function doneDateContradictions(p: PostingRow, start: Day, today: Day): Reason[] {
  const notes: Reason[] = [];
  for (const [header, read] of p.done) {
    if (read.kind !== "value") continue;
    const code = dutyCodeOf(header);
    const on = formatDay(read.value);
    const section = DUTY_SECTION[code as DutyCode] ?? "VI";
    if (read.value > today) {
      notes.push(
        reason(
          code,
          `lưu ý, cột "${header}" ghi ${on}, sau hôm nay (${formatDay(today)}); hãy kiểm tra lại (vẫn tính là đã xong)`,
          `note, column "${header}" says ${on}, after today (${formatDay(today)}); check it (counted as done)`,
          section,
        ),
      );
    } else if (read.value < start && !BEFORE_START_OK.has(code)) {
      const s = col("start");
      notes.push(
        reason(
          code,
          `lưu ý, cột "${header}" ghi ${on}, trước "${s.header}" ${formatDay(start)}; hãy kiểm tra lại (vẫn tính là đã xong)`,
          `note, column "${header}" says ${on}, before the "${s.header}" (${s.en}) ${formatDay(start)}; check it (counted as done)`,
          section,
        ),
      );
    }
  }
  return notes;
}

/** The code a done-date column records, for its reasons. */
function dutyCodeOf(header: string): string {
  const folded = fold(header);
  if (PERIODIC_REPORT_COLUMN.pattern.test(folded)) return "BC-6T";
  if (PERIODIC_EVALUATION_COLUMN.pattern.test(folded)) return "NX-6T";
  return DUTY_CODE_OF_HEADER.get(header) ?? "VI";
}

function roman(q: number): string {
  return ["I", "II", "III", "IV"][q - 1] ?? String(q);
}
