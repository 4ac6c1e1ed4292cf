/**
 * "Kiểm tra điều kiện" on the built bundle (dist/) in the local Apps Script runtime, for 10,
 * 1 000 and 10 000 generated cadres. Targets (issue "Kiểm tra điều kiện"): the same number of
 * service calls at every size, at most 8 calls that read or write spreadsheet data;
 * time(10 000) / time(1 000) ≤ 11; under 20 µs per row.
 *
 * `serviceCalls` is the runtime's raw count of every Apps Script call (lock, session, time
 * zone, getRange … included); the note gives the calls that read or write cell data
 * (getValues, setValues, setBackgrounds, setNumberFormat …), which is what the target of 8
 * is about. Times are the median process CPU time (user + system) of a run, after warm-up
 * runs; on a loaded machine they vary from run to run.
 */
import { rosterHeader } from "../../tests/fixtures/headers.ts";
import { createRuntime, type Runtime, SpreadsheetModel } from "../gas-runtime/index.ts";
import { cpuMs, DIST, dateCell, median, random } from "./measure.ts";
import type { BenchRow } from "./types.ts";

const SIZES = [10, 1_000, 10_000] as const;
const RUNS = 7;
const WARM_UPS = 3;

const HEADER = rosterHeader([2017, 2018]);

/** `n` cadres mixing every outcome: mostly eligible, some failing, some with unreadable cells. */
export function generateRoster(n: number): unknown[][] {
  const next = random(n);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const rows: unknown[][] = [HEADER];
  for (let i = 0; i < n; i += 1) {
    const woman = next() < 0.5;
    const birth = dateCell(
      1984 + Math.floor(next() * 12),
      1 + Math.floor(next() * 12),
      1 + Math.floor(next() * 28),
    );
    rows.push([
      `CB${String(i + 1).padStart(5, "0")}`,
      `Cán bộ ${i + 1}`,
      woman ? pick(["Nữ", "nu", "Nữ"]) : pick(["Nam", "nam"]),
      next() < 0.03 ? pick(["", "31/02/1990", "1990"]) : next() < 0.2 ? "15/03/1990" : birth,
      pick(["Ban Tổ chức - Kiểm tra", "Văn phòng", "Ban Tuyên giáo"]),
      "Chuyên viên",
      pick(["Có", "Không", "", "x"]),
      next() < 0.85 ? "Phó Trưởng ban" : "",
      pick(["", "", "", "1", "2", "Ngoại lệ"]),
      next() < 0.5 ? "125-QĐ/TĐTN-TCKT" : "",
      next() < 0.95 ? "Có" : pick(["Không", "", "chắc có"]),
      pick(["Đảng viên", "Đảng viên", "Nguồn phát triển Đảng", "Không"]),
      next() < 0.95 ? "Tốt" : "Chưa tốt",
      pick(["Hoàn thành tốt nhiệm vụ", "HTXSNV", "Hoàn thành nhiệm vụ"]),
      next() < 0.9 ? pick(["Hoàn thành tốt nhiệm vụ", "HTXSNV"]) : pick(["HTNV", "", "Giỏi"]),
      next() < 0.05 ? dateCell(2018 + Math.floor(next() * 2), 6, 30) : "",
      next() < 0.03 ? "Có" : "",
      woman && next() < 0.05 ? "Có" : "",
      woman && next() < 0.15
        ? dateCell(2015 + Math.floor(next() * 4), 1 + Math.floor(next() * 12), 10)
        : "",
    ]);
  }
  return rows;
}

const DATA_METHOD =
  /\.(getValues|getDisplayValues|getFormulas|getNotes|getBackgrounds|getNumberFormats|setValues?|setFormulas?|setNotes?|setBackgrounds?|setNumberFormats?|setFontWeights?|clear\w*|insert\w+|delete\w+)$/;

function dataCalls(calls: Record<string, number>): number {
  return Object.entries(calls)
    .filter(([name]) => DATA_METHOD.test(name))
    .reduce((sum, [, n]) => sum + n, 0);
}

function workbook(n: number): Runtime {
  const model = new SpreadsheetModel({ timeZone: "Asia/Ho_Chi_Minh", locale: "vi" });
  model.addSheet("Cấu hình", [
    ["Khóa", "Giá trị"],
    ["Ngày xét", "01/01/2019"],
  ]);
  model.addSheet("Cán bộ", generateRoster(n) as never);
  const rt = createRuntime({ locale: "vi", now: Date.UTC(2019, 0, 1, 3), spreadsheet: model });
  rt.load(DIST);
  rt.open("FULL");
  return rt;
}

export async function bench(): Promise<BenchRow[]> {
  const measured: { size: number; raw: number; data: number; ms: number; alerts: number }[] = [];
  for (const size of SIZES) {
    const rt = workbook(size);
    // Warm-up runs: the first creates the add-on's columns; the others let the JIT settle.
    for (let i = 0; i < WARM_UPS; i += 1) rt.click("Kiểm tra điều kiện");
    const times: number[] = [];
    let raw = 0;
    let data = 0;
    for (let i = 0; i < RUNS; i += 1) {
      rt.resetCalls();
      times.push(cpuMs(() => rt.click("Kiểm tra điều kiện")));
      raw = rt.totalCalls();
      data = dataCalls(rt.calls);
    }
    measured.push({ size, raw, data, ms: median(times), alerts: rt.alerts.length });
  }
  const at = (n: number) => measured.find((m) => m.size === n)!;
  const ratio = at(10_000).ms / at(1_000).ms;
  const sameCalls = new Set(measured.map((m) => `${m.raw}/${m.data}`)).size === 1;
  return measured.map((m) => {
    const perRow = (m.ms * 1000) / m.size;
    const notes = [
      `${m.data} data read/write calls (target ≤ 8: ${m.data <= 8 ? "met" : "NOT met"}); raw count includes lock, session, time zone, getRange`,
      `same calls at every size: ${sameCalls ? "yes" : "NO"}`,
    ];
    if (m.size === 10_000) {
      notes.push(`time(10 000)/time(1 000) = ${ratio.toFixed(2)} (target ≤ 11)`);
      notes.push(`${perRow.toFixed(1)} µs/row (target < 20)`);
    }
    if (m.alerts > 0) notes.push(`${m.alerts} alert(s) shown: the run failed`);
    return {
      name: "Kiểm tra điều kiện",
      size: m.size,
      serviceCalls: m.raw,
      ms: m.ms,
      note: notes.join("; "),
    };
  });
}
