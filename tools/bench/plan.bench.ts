/**
 * "Lập kế hoạch cử…" on the built bundle (dist/) in the local Apps Script runtime: 10, 1 000 and
 * 10 000 generated cadres over a 5-year plan (2021–2025, reference date 01/12/2020), Tây Ninh's
 * 11 units with their seats, and 8 postings already recorded. Targets: at most 1 s of CPU at
 * 10 000 cadres, the same number of service calls at every size (one read per tab, one block
 * written, whatever the roster's size). Times are the median process CPU time of a run, after
 * warm-up runs.
 */
import { rosterHeader } from "../../tests/fixtures/headers.ts";
import { unitsSampleValues } from "../../tests/fixtures/units-sample.ts";
import { createRuntime, type Runtime, SpreadsheetModel } from "../gas-runtime/index.ts";
import { cpuMs, DIST, dateCell, median, random } from "./measure.ts";
import type { BenchRow } from "./types.ts";

const SIZES = [10, 1_000, 10_000] as const;
const RUNS = 5;
const WARM_UPS = 2;
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];

/** `n` cadres born 1988–1999: some age out during the plan, some qualify later, some never. */
function roster(n: number): unknown[][] {
  const next = random(n + 7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const rows: unknown[][] = [rosterHeader(YEARS)];
  for (let i = 0; i < n; i += 1) {
    const woman = next() < 0.5;
    rows.push([
      `CB${String(i + 1).padStart(5, "0")}`,
      `Cán bộ ${i + 1}`,
      woman ? "Nữ" : "Nam",
      dateCell(
        1988 + Math.floor(next() * 12),
        1 + Math.floor(next() * 12),
        1 + Math.floor(next() * 28),
      ),
      "Ban Tổ chức - Kiểm tra",
      "Chuyên viên",
      next() < 0.2 ? "Có" : "Không",
      pick(["Trưởng ban", "Phó Trưởng ban", "Phó Chánh Văn phòng", "Chuyên viên chính", ""]),
      "",
      "",
      next() < 0.95 ? "Có" : "Không",
      pick(["Đảng viên", "Đảng viên", "Nguồn phát triển Đảng", "Không"]),
      next() < 0.95 ? "Tốt" : "Chưa tốt",
      ...YEARS.map(() => (next() < 0.9 ? "Hoàn thành tốt nhiệm vụ" : "Hoàn thành nhiệm vụ")),
      next() < 0.05 ? dateCell(2021 + Math.floor(next() * 3), 6, 30) : "",
      "",
      woman && next() < 0.05 ? "Có" : "",
      woman && next() < 0.2
        ? dateCell(2019 + Math.floor(next() * 4), 1 + Math.floor(next() * 12), 10)
        : "",
    ]);
  }
  return rows;
}

/**
 * Postings already recorded of cadres who have left the roster: two a year in 2019–2020, one a
 * year in 2021–2024 (these take a place of their year and a seat).
 */
function postings(): unknown[][] {
  const rows: unknown[][] = [
    ["Mã CB", "Đơn vị tiếp nhận", "Loại đơn vị", "Vị trí", "Ngày bắt đầu", "Số tháng"],
  ];
  YEARS.forEach((y, i) => {
    for (let k = 0; k < (y >= 2021 ? 1 : 2); k += 1) {
      rows.push([
        `DA${String(i * 2 + k + 1).padStart(5, "0")}`,
        "Huyện đoàn Tân Biên",
        "Huyện",
        "Ủy viên BCH",
        dateCell(y, 1, 10 + k),
        12,
      ]);
    }
  });
  return rows;
}

function workbook(n: number): Runtime {
  const model = new SpreadsheetModel({ timeZone: "Asia/Ho_Chi_Minh", locale: "vi" });
  model.addSheet("Cấu hình", [
    ["Khóa", "Giá trị"],
    ["Ngày xét", "01/12/2020"],
    ["Năm bắt đầu kế hoạch", 2021],
    ["Năm kết thúc kế hoạch", 2025],
  ]);
  model.addSheet("Cán bộ", roster(n) as never);
  model.addSheet("Đợt cử đi", postings() as never);
  model.addSheet("Đơn vị", unitsSampleValues() as never);
  const rt = createRuntime({ locale: "vi", now: Date.UTC(2020, 11, 1, 3), spreadsheet: model });
  rt.load(DIST);
  rt.open("FULL");
  return rt;
}

export async function bench(): Promise<BenchRow[]> {
  const measured: { size: number; calls: number; ms: number; planned: number; alerts: number }[] =
    [];
  for (const size of SIZES) {
    const rt = workbook(size);
    // Warm-up runs: the first creates the tab; the others let the JIT settle.
    for (let i = 0; i < WARM_UPS; i += 1) rt.click("Lập kế hoạch cử…");
    const times: number[] = [];
    let calls = 0;
    for (let i = 0; i < RUNS; i += 1) {
      rt.resetCalls();
      times.push(cpuMs(() => rt.click("Lập kế hoạch cử…")));
      calls = rt.totalCalls();
    }
    const tab = rt.spreadsheet.sheet("Kế hoạch cử")?.values() ?? [];
    const planned = tab.filter((r) => r[1] === "Đề xuất cử").length;
    measured.push({ size, calls, ms: median(times), planned, alerts: rt.alerts.length });
  }
  const sameCalls = new Set(measured.map((m) => m.calls)).size === 1;
  return measured.map((m) => {
    const notes = [
      `${m.planned} proposed over 2021–2025`,
      `same calls at every size: ${sameCalls ? "yes" : "NO"}`,
    ];
    if (m.size === 10_000) notes.push(`target ≤ 1 000 ms: ${m.ms <= 1000 ? "met" : "NOT met"}`);
    if (m.alerts > 0) notes.push(`${m.alerts} alert(s) shown: the run failed`);
    return {
      name: "Lập kế hoạch cử…",
      size: m.size,
      serviceCalls: m.calls,
      ms: m.ms,
      note: notes.join("; "),
    };
  });
}
