/**
 * `npm run preview`: the sidebar on localhost, for a person to try. It serves the built
 * dist/sidebar.html beside a grid of the sample workbook (tools/demo/sample.ts); clicking a
 * row selects it as a click in Sheets would, and the sidebar follows. Server calls run the
 * built dist/Code.js in the local Apps Script runtime, so buttons really check and write the
 * in-memory workbook. Runs until Ctrl-C. Options: --port=N (default 8787, 0 = any free
 * port), --en (an English-speaking user), --latency=MS (slow each call down, default 250).
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSampleModel, SAMPLE_TIME_ZONE, SAMPLE_TODAY } from "../demo/sample.ts";
import { createRuntime } from "../gas-runtime/index.ts";
import { startPreviewServer } from "./server.ts";

const dist = resolve(fileURLToPath(import.meta.url), "../../../dist");
const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

const { year, month, day } = SAMPLE_TODAY;
const rt = createRuntime({
  locale: process.argv.includes("--en") ? "en_US" : "vi",
  timeZone: SAMPLE_TIME_ZONE,
  now: Date.UTC(year, month - 1, day, 2, 0), // 09:00 in Tây Ninh
  spreadsheet: buildSampleModel(),
});
rt.load(dist);
const roster = rt.spreadsheet.sheets.find((s) => /^c[aá]n b[oộ]$/i.test(s.name));
if (roster) rt.select(roster.name, "B2");

const server = await startPreviewServer({
  runtime: rt,
  distDir: dist,
  port: Number(arg("port") ?? 8787),
  latencyMs: Number(arg("latency") ?? 250),
});
console.log(`Đi cơ sở – bảng điều khiển (xem trước): ${server.url}`);
console.log(`  the sidebar alone (300 px): ${server.sidebarUrl}`);
console.log(`  sample workbook, today = ${day}/${month}/${year}; Ctrl-C to stop.`);

const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
