/**
 * `npm run bench`: runs every tools/bench/*.bench.ts module on the built bundle in the local
 * Apps Script runtime and prints one table. Targets are stated in each row's note; the
 * benchmark reports, it does not fail. `npm run bench -- --json` prints the same rows as JSON
 * on stdout instead: `{"benchmarks":[{"name", "size", "calls", "ms"}]}`.
 */
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BenchRow } from "./types";

const here = dirname(fileURLToPath(import.meta.url));
const modules = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort();

const rows: BenchRow[] = [];
for (const file of modules) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as {
    bench: () => Promise<BenchRow[]>;
  };
  rows.push(...(await mod.bench()));
}

if (process.argv.includes("--json")) {
  const benchmarks = rows.map((r) => ({
    name: r.name,
    size: r.size,
    calls: r.serviceCalls,
    ms: Math.round(r.ms * 10) / 10,
  }));
  console.log(JSON.stringify({ benchmarks }));
  process.exit(0);
}

const header = ["benchmark", "size", "service calls", "ms", "µs/row", "note"];
const table = rows.map((r) => [
  r.name,
  String(r.size),
  String(r.serviceCalls),
  r.ms.toFixed(1),
  ((r.ms * 1000) / Math.max(1, r.size)).toFixed(1),
  r.note ?? "",
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const row of table) console.log(line(row));
