/**
 * The custom functions =REPORT_DUE, =ELIGIBILITY and =AGE_LIMIT on the built bundle (dist/) in
 * the local Apps Script runtime, in the forms a sheet uses them:
 * - one row per cell: each cell is its own execution (the bundle is loaded again before every
 *   cell, as Apps Script starts each custom-function cell afresh), so the figure is the service
 *   calls one cell costs. Target: 0 for the form that is given the header row and the settings
 *   (and the date), whatever the number of cells;
 * - one formula over a 10 000-row range (the array form), fresh execution. Target: 0 calls for
 *   the full form; far inside the 30 s limit.
 *
 * `serviceCalls` is the runtime's raw count of every Apps Script call. Times are process CPU
 * time; the per-cell rows include loading the bundle once per cell.
 */
import { postingsHeader, rosterHeader } from "../../tests/fixtures/headers.ts";
import { createRuntime, type Runtime, SpreadsheetModel } from "../gas-runtime/index.ts";
import { generateRoster } from "./eligibility.bench.ts";
import { cpuMs, DIST, dateCell, median } from "./measure.ts";
import { generatePostings } from "./postings.bench.ts";
import type { BenchRow } from "./types.ts";

/** Cells computed, one execution each, for the per-cell rows. */
const CELLS = 50;
const ARRAY_ROWS = 10_000;
const RUNS = 3;

/** "Cấu hình" as `'Cấu hình'!A:B` gives it: the tab's rows, then blank rows to row 1 000. */
const SETTINGS: unknown[][] = [
  ["Khóa", "Giá trị"],
  ["Ngày xét", "01/01/2019"],
  ...Array.from({ length: 998 }, () => ["", ""]),
];

function workbook(n: number): Runtime {
  const model = new SpreadsheetModel({ timeZone: "Asia/Ho_Chi_Minh", locale: "vi" });
  model.addSheet("Cấu hình", SETTINGS.slice(0, 2) as never);
  model.addSheet("Cán bộ", generateRoster(n) as never);
  model.addSheet("Đợt cử đi", generatePostings(n) as never);
  const rt = createRuntime({ locale: "vi", now: Date.UTC(2021, 5, 15, 3), spreadsheet: model });
  rt.load(DIST);
  rt.open("FULL");
  return rt;
}

const letters = (width: number) => String.fromCharCode(64 + width);

interface Form {
  name: string;
  tab: "Cán bộ" | "Đợt cử đi";
  fn: "REPORT_DUE" | "ELIGIBILITY" | "AGE_LIMIT";
  /** The formula of row `r` (sheet row), as the sheet holds it. */
  formula: (r: number, last?: number) => string;
  /** The arguments Sheets passes for rows `from`..`to` of the tab's values. */
  args: (rt: Runtime, values: unknown[][], from: number, to: number) => unknown[];
}

const POSTINGS_WIDTH = postingsHeader(3).length;
const ROSTER_WIDTH = rosterHeader([2017, 2018]).length;
const P = letters(POSTINGS_WIDTH);
const R = letters(ROSTER_WIDTH);
const rowsOf = (values: unknown[][], from: number, to: number) => values.slice(from - 1, to);
const REFERENCE_DATE = dateCell(2019, 1, 1);

const FORMS: readonly Form[] = [
  {
    name: "=REPORT_DUE(row)",
    tab: "Đợt cử đi",
    fn: "REPORT_DUE",
    formula: (r, last = r) => `=REPORT_DUE(A${r}:${P}${last})`,
    args: (rt, v, from, to) => [rt.toRealm(rowsOf(v, from, to))],
  },
  {
    name: "=REPORT_DUE(row; header; settings)",
    tab: "Đợt cử đi",
    fn: "REPORT_DUE",
    formula: (r, last = r) => `=REPORT_DUE(A${r}:${P}${last}; A$1:${P}$1; 'Cấu hình'!A:B)`,
    args: (rt, v, from, to) => [
      rt.toRealm(rowsOf(v, from, to)),
      rt.toRealm([v[0]]),
      rt.toRealm(SETTINGS),
    ],
  },
  {
    name: "=ELIGIBILITY(row)",
    tab: "Cán bộ",
    fn: "ELIGIBILITY",
    formula: (r, last = r) => `=ELIGIBILITY(A${r}:${R}${last})`,
    args: (rt, v, from, to) => [rt.toRealm(rowsOf(v, from, to))],
  },
  {
    name: "=ELIGIBILITY(row; header; settings; date)",
    tab: "Cán bộ",
    fn: "ELIGIBILITY",
    formula: (r, last = r) =>
      `=ELIGIBILITY(A${r}:${R}${last}; A$1:${R}$1; 'Cấu hình'!A:B; DATE(2019;1;1))`,
    args: (rt, v, from, to) => [
      rt.toRealm(rowsOf(v, from, to)),
      rt.toRealm([v[0]]),
      rt.toRealm(SETTINGS),
      rt.toRealm(REFERENCE_DATE),
    ],
  },
  {
    name: "=AGE_LIMIT(date_of_birth)",
    tab: "Cán bộ",
    fn: "AGE_LIMIT",
    formula: (r, last = r) => `=AGE_LIMIT(D${r}:D${last})`,
    args: (rt, v, from, to) => [rt.toRealm(rowsOf(v, from, to).map((row) => [row[3]]))],
  },
  {
    name: "=AGE_LIMIT(date_of_birth; settings)",
    tab: "Cán bộ",
    fn: "AGE_LIMIT",
    formula: (r, last = r) => `=AGE_LIMIT(D${r}:D${last}; 'Cấu hình'!A:B)`,
    args: (rt, v, from, to) => [
      rt.toRealm(rowsOf(v, from, to).map((row) => [row[3]])),
      rt.toRealm(SETTINGS),
    ],
  },
];

const OUTPUT_COLUMN = 26; // Z: right of every generated column

function valuesOf(rt: Runtime, tab: string): unknown[][] {
  return rt.spreadsheet.sheet(tab)!.values() as unknown[][];
}

/** Each of CELLS cells computed in its own execution: calls per cell. */
function perCell(form: Form): BenchRow {
  const rt = workbook(CELLS);
  const values = valuesOf(rt, form.tab);
  const sheet = rt.spreadsheet.sheet(form.tab)!;
  let calls = 0;
  const ms = cpuMs(() => {
    for (let r = 2; r <= CELLS + 1; r += 1) {
      sheet.cell(r, OUTPUT_COLUMN).formula = form.formula(r);
      const args = form.args(rt, values, r, r);
      rt.load(DIST); // a new execution: nothing kept from the previous cell
      rt.resetCalls();
      rt.customFunction(form.tab, `Z${r}`, form.fn, ...args);
      calls += rt.totalCalls();
    }
  });
  return {
    name: `${form.name} in every row`,
    size: CELLS,
    serviceCalls: calls,
    ms,
    note: `${(calls / CELLS).toFixed(1)} calls per cell (each cell a fresh execution)`,
  };
}

/** One formula over ARRAY_ROWS rows, in a fresh execution. */
function arrayForm(form: Form): BenchRow {
  const rt = workbook(ARRAY_ROWS);
  const values = valuesOf(rt, form.tab);
  const sheet = rt.spreadsheet.sheet(form.tab)!;
  sheet.cell(2, OUTPUT_COLUMN).formula = form.formula(2, ARRAY_ROWS + 1);
  const args = form.args(rt, values, 2, ARRAY_ROWS + 1);
  const times: number[] = [];
  let calls = 0;
  let out: unknown = null;
  for (let i = 0; i < RUNS; i += 1) {
    rt.load(DIST);
    rt.resetCalls();
    times.push(
      cpuMs(() => {
        out = rt.customFunction(form.tab, "Z2", form.fn, ...args);
      }),
    );
    calls = rt.totalCalls();
  }
  const ms = median(times);
  return {
    name: `${form.name.replace("(row", "(range")}, one formula`,
    size: ARRAY_ROWS,
    serviceCalls: calls,
    ms,
    note: `${Array.isArray(out) ? out.length : 1} values; ${(ms / 300).toFixed(2)} % of the 30 s limit`,
  };
}

export async function bench(): Promise<BenchRow[]> {
  const rows = FORMS.map(perCell);
  for (const form of FORMS.filter((f) => f.fn !== "AGE_LIMIT")) rows.push(arrayForm(form));
  return rows;
}
