/**
 * "Tạo văn bản…" on the built bundle in the local runtime, on the sample workbook (every year:
 * the proposal lists, each posting's report and evaluation forms, the summaries).
 *
 * Rows: the first run (default templates written), creating every document with the templates
 * in place, updating them, and a re-run that skips them. Targets: a form costs ≤ 6 service
 * calls (it costs 2: Drive.Files.copy + Docs.Documents.batchUpdate, one replaceAllText request
 * per placeholder inside the one call); a list document adds per item one row copy + insert +
 * one replaceText per placeholder of the row.
 *
 * Documents per minute: Google publishes quotas, not latencies. Published: the Docs API takes
 * 60 write requests per minute per user (https://developers.google.com/workspace/docs/api/limits),
 * so at one batchUpdate per document at most 60 documents per minute per user. Assumed
 * latencies per call (our estimate, stated so the figure can be redone): Drive copy 800 ms,
 * Drive create 600 ms, Drive get/list/update 300 ms, Docs batchUpdate 500 ms,
 * DocumentApp.openById 600 ms, other DocumentApp calls 60 ms, spreadsheet reads/writes 150 ms,
 * anything else 20 ms.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSampleModel } from "../demo/sample.ts";
import { DOC_MIME, driveStoreOf } from "../gas-runtime/drive-app.ts";
import { createRuntime, type Runtime } from "../gas-runtime/index.ts";
import type { BenchRow } from "./types.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const ALL = ["proposal", "reportForms", "evaluationForms", "summary"];

function costMs(key: string): number {
  if (key === "Drive.Files.copy") return 800;
  if (key === "Drive.Files.create") return 600;
  if (key.startsWith("Drive.Files.")) return 300;
  if (key === "Docs.Documents.batchUpdate") return 500;
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

function run(rt: Runtime, onExisting: "skip" | "update") {
  rt.resetCalls();
  const t0 = cpu();
  const out = rt.run<{ created: number; updated: number; skipped: number; done: boolean }>(
    "documentsGenerate",
    { kinds: ALL, onExisting },
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

export async function bench(): Promise<BenchRow[]> {
  const rt = createRuntime({ now: Date.UTC(2021, 5, 15, 3, 30), spreadsheet: buildSampleModel() });
  rt.load(join(root, "dist"));
  rt.open("FULL");
  const drive = driveStoreOf(rt.internals);
  const rows: BenchRow[] = [];

  const first = run(rt, "skip");
  const n = first.out.created;
  rows.push({
    name: "Tạo văn bản: first run (4 default templates written)",
    size: n,
    serviceCalls: first.total,
    ms: first.ms,
    note: `${(first.total / n).toFixed(1)} calls/doc incl. templates; ${perMinute(n, first.calls)}`,
  });

  // The same documents again with the templates in place: trash the outputs.
  for (const f of drive.files.values()) {
    if (f.mimeType === DOC_MIME && /^\d{4} – /.test(f.name)) f.trashed = true;
  }
  const create = run(rt, "skip");
  const forms = create.calls["Drive.Files.copy"] ?? 0;
  const listCalls = Object.entries(create.calls)
    .filter(([k]) => /^(TableRow|Table|Body|Document|DocumentApp)\./.test(k))
    .reduce((s, [, v]) => s + v, 0);
  rows.push({
    name: "Tạo văn bản: create (templates exist)",
    size: create.out.created,
    serviceCalls: create.total,
    ms: create.ms,
    note: `per doc: 1 Drive copy + ${((create.calls["Docs.Documents.batchUpdate"] ?? 0) / forms).toFixed(0)} Docs batchUpdate; list blocks ${listCalls} DocumentApp calls in all; ${(create.total / create.out.created).toFixed(1)} calls/doc overall (target ≤ 6); ${perMinute(create.out.created, create.calls)}`,
  });

  const update = run(rt, "update");
  rows.push({
    name: "Tạo văn bản: update in place",
    size: update.out.updated,
    serviceCalls: update.total,
    ms: update.ms,
    note: `${(update.total / update.out.updated).toFixed(1)} calls/doc (body re-copied from the template element by element); ${perMinute(update.out.updated, update.calls)}`,
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
