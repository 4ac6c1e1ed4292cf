/**
 * The sidebar's server functions on the built bundle (dist/) in the local runtime, for a
 * roster of 10, 1 000 and 10 000 cadres (each a copy of the browser tests' cadres) and one
 * posting per 10 cadres. Targets: the poll that finds the selection unchanged costs the same
 * few calls at every size and reads no tab (that is what runs every 5 s while the sidebar is
 * open); a changed selection or the overview reads each tab once.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sidebarWorkbook, TODAY } from "../../tests/browser/fixture.ts";
import { createRuntime, type Runtime } from "../gas-runtime/index.ts";
import type { BenchRow } from "./types.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SIZES = [10, 1_000, 10_000] as const;
const RUNS = 5;

function workbook(size: number) {
  const model = sidebarWorkbook();
  const roster = model.sheet("Cán bộ")!;
  const postings = model.sheet("Đợt cử đi")!;
  const base = roster.values().slice(1);
  const basePostings = postings.values().slice(1);
  const rows = [roster.values()[0]!];
  for (let i = 0; i < size; i += 1) {
    const r = [...base[i % base.length]!];
    r[0] = `CB${String(i + 1).padStart(5, "0")}`;
    rows.push(r);
  }
  const postingRows = [postings.values()[0]!];
  for (let i = 0; i < Math.max(1, size / 10); i += 1) {
    const p = [...basePostings[i % basePostings.length]!];
    p[0] = `CB${String(i + 1).padStart(5, "0")}`;
    postingRows.push(p);
  }
  model.removeSheet(roster);
  model.removeSheet(postings);
  model.addSheet("Cán bộ", rows, 0);
  model.addSheet("Đợt cử đi", postingRows, 1);
  return model;
}

function measure(rt: Runtime, body: () => void): { ms: number; calls: number } {
  const times: number[] = [];
  let calls = 0;
  for (let i = 0; i < RUNS; i += 1) {
    rt.resetCalls();
    const t = process.cpuUsage();
    body();
    const d = process.cpuUsage(t);
    times.push((d.user + d.system) / 1000);
    calls = rt.totalCalls();
  }
  times.sort((a, b) => a - b);
  return { ms: Math.round(times[Math.floor(times.length / 2)]! * 10) / 10, calls };
}

export async function bench(): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  for (const size of SIZES) {
    const rt = createRuntime({
      locale: "vi",
      timeZone: "Asia/Ho_Chi_Minh",
      now: TODAY,
      spreadsheet: workbook(size),
    });
    rt.load(join(root, "dist"));
    rt.select("Cán bộ", "B3");
    const key = rt.run<{ key: string }>("sidebarView", null).key;
    const poll = measure(rt, () => rt.run("sidebarView", key));
    out.push({
      name: "Sidebar poll, selection unchanged",
      size,
      serviceCalls: poll.calls,
      ms: poll.ms,
      note: `getDataRange: ${rt.calls["Sheet.getDataRange"] ?? 0}`,
    });
    const view = measure(rt, () => rt.run("sidebarView", null));
    out.push({ name: "Sidebar, a cadre selected", size, serviceCalls: view.calls, ms: view.ms });
    rt.select("Đợt cử đi", "A2");
    const posting = measure(rt, () => rt.run("sidebarView", null));
    out.push({
      name: "Sidebar, a posting selected",
      size,
      serviceCalls: posting.calls,
      ms: posting.ms,
    });
    const overview = measure(rt, () => rt.run("sidebarOverview"));
    out.push({ name: "Sidebar overview", size, serviceCalls: overview.calls, ms: overview.ms });
  }
  return out;
}
