/**
 * "Kiểm tra đợt cử đi" on the built bundle (dist/) in the local Apps Script runtime, for 10,
 * 1 000 and 10 000 generated postings (and as many cadres). Target: the same number of service
 * calls at every size (one read per tab, one write per block). =REPORT_DUE is measured with the
 * other custom functions (custom-functions.bench.ts).
 *
 * `serviceCalls` is the runtime's raw count of every Apps Script call. Times are the median
 * CPU time after a warm-up run.
 */
import { postingsHeader } from "../../tests/fixtures/headers.ts";
import { createRuntime, type Runtime, SpreadsheetModel } from "../gas-runtime/index.ts";
import { generateRoster } from "./eligibility.bench.ts";
import { cpuMs, DIST, dateCell, median, random } from "./measure.ts";
import type { BenchRow } from "./types.ts";

const SIZES = [10, 1_000, 10_000] as const;
const RUNS = 5;

const HEADER = postingsHeader(3);

/** `n` postings of the generated cadres: mostly valid, some breaking each rule. */
export function generatePostings(n: number): unknown[][] {
  const next = random(n + 7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const rows: unknown[][] = [HEADER];
  for (let i = 0; i < n; i += 1) {
    const y = 2018 + Math.floor(next() * 5);
    const m = next() < 0.9 ? 1 + Math.floor(next() * 3) : 4 + Math.floor(next() * 9);
    const d = 1 + Math.floor(next() * 28);
    const months = pick([12, 12, 12, 15, 18, 24, "", 11]);
    const done = (after: number) =>
      next() < 0.8 ? dateCell(y + Math.floor((m + after) / 12), ((m + after) % 12) + 1, d) : "";
    rows.push([
      `CB${String(1 + Math.floor(next() * n)).padStart(5, "0")}`,
      pick(["Huyện Tân Biên", "Thành phố Tây Ninh", "Đoàn Khối các cơ quan tỉnh"]),
      pick(["Huyện", "Thành phố", "Đoàn trực thuộc"]),
      pick(["Phó Bí thư", "Ủy viên BTV", "Ủy viên BCH"]),
      next() < 0.02 ? pick(["", "31/02/2019"]) : dateCell(y, m, d),
      months,
      next() < 0.1 ? dateCell(y + 1, m, d) : "",
      `${i + 1}-QĐ/TĐTN-TCKT`,
      pick(["Có", "Không", ""]),
      done(0),
      done(0),
      done(5),
      done(5),
      done(11),
      done(11),
      "",
      "",
      done(11),
      done(11),
      "",
      done(12),
    ]);
  }
  return rows;
}

function workbook(n: number): Runtime {
  const model = new SpreadsheetModel({ timeZone: "Asia/Ho_Chi_Minh", locale: "vi" });
  model.addSheet("Cấu hình", [["Khóa", "Giá trị"]]);
  model.addSheet("Cán bộ", generateRoster(n) as never);
  model.addSheet("Đợt cử đi", generatePostings(n) as never);
  model.addSheet("Đơn vị", [
    ["Đơn vị", "Loại đơn vị"],
    ["Huyện Tân Biên", "Huyện"],
  ]);
  const rt = createRuntime({ locale: "vi", now: Date.UTC(2021, 5, 15, 3), spreadsheet: model });
  rt.load(DIST);
  rt.open("FULL");
  return rt;
}

export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const checkCalls = new Set<number>();
  for (const size of SIZES) {
    const rt = workbook(size);
    rt.click("Kiểm tra đợt cử đi"); // warm-up; creates the add-on's columns
    const times: number[] = [];
    let calls = 0;
    for (let i = 0; i < RUNS; i += 1) {
      rt.resetCalls();
      times.push(cpuMs(() => rt.click("Kiểm tra đợt cử đi")));
      calls = rt.totalCalls();
    }
    checkCalls.add(calls);
    const failed = rt.alerts.length > 0 ? "; the run FAILED (alert shown)" : "";
    rows.push({
      name: "Kiểm tra đợt cử đi",
      size,
      serviceCalls: calls,
      ms: median(times),
      note: `${rt.calls["Range.getValues"] ?? 0} getValues (one per tab)${failed}`,
    });
  }
  for (const row of rows)
    row.note += `; same calls at every size: ${checkCalls.size === 1 ? "yes" : "NO"}`;

  return rows;
}
