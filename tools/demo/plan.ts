/**
 * The demo's plan of postings: "Lập kế hoạch cử…" clicked like the other menu items, its tab
 * read back from the checked workbook (the add-on's own, found by its developer metadata) for
 * the summary — each remaining year's proposals with their reasons, then the cadres who could
 * go but have no place — and the timeline the sidebar draws (the bundle's sidebarPlan),
 * written as an .svg file beside the workbook.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PLAN_TAB_KEY, PLAN_TAB_VALUE } from "../../src/adapters/plan-tab.ts";
import { mapColumns } from "../../src/core/headers.ts";
import { PLAN_COLUMNS, PLAN_STATUS } from "../../src/core/schema.ts";
import { type SvgNode, svgText } from "../../src/core/timeline/index.ts";
import type { Runtime } from "../gas-runtime/index.ts";
import type { SheetModel, SpreadsheetModel } from "../gas-runtime/model.ts";
import { formatCell } from "./render-html.ts";

/** The timeline's .svg file, written as the bundle draws it; undefined when it has no sidebarPlan. */
export function writeTimeline(rt: Runtime, path: string): string | undefined {
  if (typeof (rt.context as Record<string, unknown>).sidebarPlan !== "function") return undefined;
  const overview = rt.run<{ timeline: SvgNode }>("sidebarPlan");
  writeFileSync(path, svgText(overview.timeline));
  return path;
}

/** The add-on's plan tab in the workbook: the sheet holding its developer metadata. */
function planSheet(model: SpreadsheetModel): SheetModel | undefined {
  return model.sheets.find((s) =>
    s.developerMetadata.some(
      (m) => m.key === PLAN_TAB_KEY && m.value === PLAN_TAB_VALUE && m.location.type === "SHEET",
    ),
  );
}

/** The plan as the summary prints it: its tab's proposals by year, then who has no place. */
export function planSummaryLines(model: SpreadsheetModel): string[] {
  const sheet = planSheet(model);
  if (!sheet) return [];
  const values = sheet.values();
  const c = mapColumns(values[0] ?? [], PLAN_COLUMNS).index;
  const cell = (row: unknown[], key: keyof typeof PLAN_COLUMNS) => {
    const i = c[key];
    return i === undefined ? "" : formatCell((row[i] ?? null) as never, model.timeZone);
  };
  const indent = (text: string) => text.split("\n").map((l) => `      ${l}`);
  const rows = values.slice(1) as unknown[][];
  const planned = rows.filter((r) => cell(r, "result") === PLAN_STATUS.planned.vi);
  const waiting = rows.filter((r) => cell(r, "result") === PLAN_STATUS.waiting.vi);
  const lines = [`Kế hoạch cử (tab "${sheet.name}"): ${planned.length} đề xuất`];
  let year = "";
  for (const r of planned) {
    if (cell(r, "year") !== year) {
      year = cell(r, "year");
      lines.push(`  Năm ${year}:`);
    }
    const who = `${cell(r, "id")} ${cell(r, "name")}`;
    const where = `${cell(r, "position")} ${cell(r, "unit")}`;
    lines.push(
      `    ${who} — ${where}, bắt đầu từ ${cell(r, "startFrom")} đến ${cell(r, "startBy")}`,
    );
    lines.push(...indent(cell(r, "why")));
  }
  if (waiting.length > 0) {
    lines.push(`  Đủ điều kiện nhưng chưa xếp được (${waiting.length}):`);
    for (const r of waiting) {
      lines.push(`    ${cell(r, "id")} ${cell(r, "name")}`);
      lines.push(...indent(cell(r, "why")));
    }
  }
  return lines;
}

/** The timeline's file name beside the workbook's. */
export function timelinePath(outDir: string, base: string): string {
  return join(outDir, `${base}-ke-hoach-cu.svg`);
}
