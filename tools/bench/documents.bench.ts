/**
 * "Tạo văn bản…" on the built bundle in the local runtime, on the sample workbook (every year:
 * the proposal lists, each posting's report and evaluation forms, the summaries).
 *
 * Rows: the first run (default templates written), "create" (every document of the other years,
 * the templates in place), "update" (every document rewritten in place), a re-run that keeps
 * them. Targets: create ≤ 6 service calls per document overall, list rows included (a Drive copy
 * and one Docs batchUpdate per document); update ≤ 8 per document, same links. Value objects
 * and builders (rich-text links) are made in the script and are not service calls
 * (gas-runtime/core.ts isLocalCall).
 *
 * Documents per minute: Google publishes quotas, not latencies. Published: the Docs API takes
 * 60 write requests per minute per user (https://developers.google.com/workspace/docs/api/limits),
 * so at one batchUpdate per document at most 60 documents per minute per user. Assumed
 * latencies per call (our estimate, stated so the figure can be redone): Drive copy 800 ms,
 * Drive create 600 ms, Drive get/list/update 300 ms, Docs batchUpdate 500 ms, Docs get 300 ms,
 * DocumentApp.openById 600 ms, other DocumentApp calls 60 ms, spreadsheet reads/writes 150 ms,
 * anything else 20 ms.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSampleModel } from "../demo/sample.ts";
import { createRuntime, type Runtime } from "../gas-runtime/index.ts";
import type { BenchRow } from "./types.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const ALL = ["proposal", "reportForms", "evaluationForms", "summary"];

function costMs(key: string): number {
  if (key === "Drive.Files.copy") return 800;
  if (key === "Drive.Files.create") return 600;
  if (key.startsWith("Drive.Files.")) return 300;
  if (key === "Docs.Documents.batchUpdate") return 500;
  if (key === "Docs.Documents.get") return 300;
  if (key === "DocumentApp.openById") return 600;
  if (/^(Body|Paragraph|Table|TableRow|TableCell|Text|Document)\./.test(key)) return 60;
  if (/^(Range|Sheet|Spreadsheet)\./.test(key)) return 150;
  return 20;
}

function estimate(calls: Record<string, number>): number {
  return Object.entries(calls).reduce((ms, [k, n]) => ms + n * costMs(k), 0);
}

function cpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function run(rt: Runtime, onExisting: "skip" | "update", year?: number) {
  rt.advance(60_000); // a minute apart: each run has the Docs API's per-minute quota to itself
  rt.resetCalls();
  const t0 = cpu();
  const out = rt.run<{ created: number; updated: number; skipped: number; done: boolean }>(
    "documentsGenerate",
    { kinds: ALL, onExisting, ...(year ? { year } : {}) },
  );
  const ms = cpu() - t0;
  const calls = { ...rt.calls };
  return { out, ms, calls, total: rt.totalCalls() };
}

function perMinute(docs: number, calls: Record<string, number>): string {
  const seconds = estimate(calls) / 1000;
  const byLatency = (docs / seconds) * 60;
  const writes = calls["Docs.Documents.batchUpdate"] ?? 0;
  const capped = writes > 0 ? Math.min(byLatency, (60 * docs) / writes) : byLatency;
  return `≈${capped.toFixed(0)} docs/min (${seconds.toFixed(0)} s estimated)`;
}

function local(calls: Record<string, number>): number {
  return Object.entries(calls)
    .filter(([k]) => /^(RichTextValue|RichTextValueBuilder)\.|^SpreadsheetApp\.new/.test(k))
    .reduce((n, [, v]) => n + v, 0);
}

export async function bench(): Promise<BenchRow[]> {
  const rt = createRuntime({ now: Date.UTC(2021, 5, 15, 3, 30), spreadsheet: buildSampleModel() });
  rt.load(join(root, "dist"));
  rt.open("FULL");
  const rows: BenchRow[] = [];

  const first = run(rt, "skip", 2018);
  rows.push({
    name: "Tạo văn bản: first run, one year (default templates written)",
    size: first.out.created,
    serviceCalls: first.total,
    ms: first.ms,
    note: `${(first.total / first.out.created).toFixed(1)} calls/doc incl. 5 templates and the guide; ${perMinute(first.out.created, first.calls)}`,
  });

  const create = run(rt, "skip");
  const n = create.out.created;
  rows.push({
    name: "Tạo văn bản: create (templates exist)",
    size: n,
    serviceCalls: create.total,
    ms: create.ms,
    note: `${(create.total / n).toFixed(1)} calls/doc overall (target ≤ 6): ${create.calls["Drive.Files.copy"] ?? 0} Drive copies, ${create.calls["Docs.Documents.batchUpdate"] ?? 0} Docs batchUpdates, list rows inside them; ${local(create.calls)} rich-text value calls made in the script; ${perMinute(n, create.calls)}`,
  });

  const update = run(rt, "update");
  const u = update.out.updated;
  rows.push({
    name: "Tạo văn bản: update in place",
    size: u,
    serviceCalls: update.total,
    ms: update.ms,
    note: `${(update.total / u).toFixed(1)} calls/doc (target ≤ 8), same files and links: a Docs get and one batchUpdate each; ${perMinute(u, update.calls)}`,
  });

  const skip = run(rt, "skip");
  rows.push({
    name: "Tạo văn bản: re-run, existing kept",
    size: skip.out.skipped,
    serviceCalls: skip.total,
    ms: skip.ms,
    note: "no document call: one Drive list per year folder",
  });
  return rows;
}
