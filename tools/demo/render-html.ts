/**
 * A checked workbook as one HTML page that looks like the spreadsheet: tabs, column letters,
 * row numbers, the frozen header, backgrounds, bold headers, dates as dd/mm/yyyy, dropdown
 * cells marked ▾, notes on hover (a corner mark). For looking at the result without Excel,
 * and for the README's picture.
 */
import { findTab, headerRowOf } from "../../src/core/headers.ts";
import { TABS } from "../../src/core/schema.ts";
import { escapeMarkup } from "../../src/core/text.ts";
import { columnToLetters } from "../gas-runtime/a1.ts";
import type { CellValue, SheetModel, SpreadsheetModel } from "../gas-runtime/model.ts";
import { conditionalBackground, serialOf } from "./conditional-formats.ts";

/** 1-based header row of a sheet: the add-on's finder for its own tabs, else row 1. */
export function headerRowOfSheet(sheet: SheetModel): number {
  const tab = Object.values(TABS).find((t) => findTab([sheet.name], t) !== undefined);
  return tab ? headerRowOf(tab, sheet.values()) + 1 : 1;
}

/** Text as it must be written in the page (one escaping for the add-on's pictures and this page). */
export const escapeHtml = escapeMarkup;

/** The wall-clock fields of an instant in `timeZone`. */
function fields(d: Date, timeZone: string): Record<string, string> {
  const out: Record<string, string> = {};
  const f = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  for (const p of f.formatToParts(d)) out[p.type] = p.value;
  return out;
}

/** A cell value as the sheet shows it: dates dd/MM/yyyy (with hh:mm when not midnight). */
export function formatCell(value: CellValue | unknown, timeZone: string): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "";
    const p = fields(value, timeZone);
    const day = `${p.day}/${p.month}/${p.year}`;
    return p.hour === "00" && p.minute === "00" ? day : `${day} ${p.hour}:${p.minute}`;
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

export interface RenderOptions {
  /** Tabs to show, in order; default every tab. */
  tabs?: string[];
  /** Page title. */
  title?: string;
  /** Rows per tab at most (header included); default all. */
  maxRows?: number;
  /** Only these columns (by header, in the header row), in sheet order; default every column. */
  columns?: string[];
  /** Hide columns wider than this many characters of content by wrapping; default 48. */
  wrapAt?: number;
  /**
   * The day the sheet is looked at: conditional formats are applied as Sheets would on that
   * day (TODAY() in their formulas). Omitted: only the cells' own backgrounds.
   */
  today?: { year: number; month: number; day: number };
}

function renderSheet(sheet: SheetModel, timeZone: string, options: RenderOptions): string {
  const rows = Math.min(Math.max(1, sheet.lastRow()), options.maxRows ?? Number.MAX_SAFE_INTEGER);
  const today =
    options.today && serialOf(options.today.year, options.today.month, options.today.day);
  const header = headerRowOfSheet(sheet);
  const cols = Math.max(1, sheet.lastColumn());
  const wrapAt = options.wrapAt ?? 48;
  const wanted = options.columns ? new Set(options.columns) : undefined;
  const shown = (c: number) =>
    !sheet.hiddenColumns.has(c) &&
    (!wanted || wanted.has(String(sheet.get(header, c)?.value ?? "")));
  const head: string[] = ['<th class="corner"></th>'];
  for (let c = 1; c <= cols; c++) {
    if (!shown(c)) continue;
    head.push(`<th class="col">${columnToLetters(c)}</th>`);
  }
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) {
    const frozen = r <= sheet.frozenRows;
    const tds: string[] = [`<th class="row">${r}</th>`];
    for (let c = 1; c <= cols; c++) {
      if (!shown(c)) continue;
      const cell = sheet.get(r, c);
      const text = formatCell(cell?.value ?? null, timeZone);
      const style: string[] = [];
      const classes: string[] = [];
      const background =
        (today === undefined ? undefined : conditionalBackground(sheet, r, c, today, timeZone)) ??
        cell?.background;
      if (background) style.push(`background:${background}`);
      if (cell?.fontColor) style.push(`color:${cell.fontColor}`);
      if (cell?.fontWeight === "bold") style.push("font-weight:600");
      if (cell?.fontStyle === "italic") style.push("font-style:italic");
      if (typeof cell?.value === "number" || cell?.value instanceof Date) classes.push("num");
      const wrap = cell?.wrap || text.length > wrapAt || text.includes("\n");
      const criteria = cell?.dataValidation?.criteria;
      if (criteria === "VALUE_IN_LIST" || criteria === "VALUE_IN_RANGE") classes.push("dropdown");
      if (cell?.note) classes.push("note");
      if (cell?.formula) classes.push("formula");
      if (frozen) classes.push("frozen");
      const width = sheet.columnWidths.get(c);
      if (r === 1 && width) style.push(`min-width:${Math.min(width, 360)}px`);
      const title = [cell?.note, cell?.formula].filter(Boolean).join("\n");
      tds.push(
        `<td${classes.length ? ` class="${classes.join(" ")}"` : ""}${
          style.length ? ` style="${style.join(";")}"` : ""
        }${title ? ` title="${escapeHtml(title)}"` : ""}>${
          wrap && r > 1 ? `<div class="wrap">${escapeHtml(text)}</div>` : escapeHtml(text)
        }</td>`,
      );
    }
    body.push(`<tr${frozen ? ' class="frozen"' : ""}>${tds.join("")}</tr>`);
  }
  return `<table class="grid"><thead><tr>${head.join("")}</tr></thead><tbody>${body.join("")}</tbody></table>`;
}

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:13px/1.35 Arial,"Liberation Sans","DejaVu Sans",sans-serif;color:#202124;background:#fff}
header{padding:10px 14px;border-bottom:1px solid #dadce0;display:flex;gap:12px;align-items:baseline}
header h1{font-size:18px;font-weight:400;margin:0}
header span{color:#5f6368}
section{display:none}
section.active{display:block}
.tabs{position:sticky;bottom:0;background:#f1f3f4;border-top:1px solid #dadce0;padding:0 8px;display:flex}
.tabs a{padding:8px 16px;color:#444;text-decoration:none;font-weight:500}
.tabs a.active{background:#fff;color:#188038;border-bottom:3px solid #188038}
.scroll{overflow:auto;max-height:calc(100vh - 90px)}
table.grid{border-collapse:collapse;table-layout:auto}
table.grid th,table.grid td{border:1px solid #e2e3e3;padding:3px 6px;white-space:nowrap;vertical-align:top;position:relative}
table.grid th{background:#f8f9fa;color:#5f6368;font-weight:400;text-align:center;font-size:11px}
table.grid thead th{position:sticky;top:0;z-index:3}
table.grid th.row{position:sticky;left:0;z-index:2;min-width:34px}
table.grid tr.frozen td{position:sticky;top:22px;z-index:1;border-bottom:2px solid #bdc1c6}
td.num{text-align:right}
td div.wrap{white-space:pre-wrap;width:420px}
td.dropdown::after{content:"▾";color:#80868b;font-size:10px;margin-left:6px}
td.note::before{content:"";position:absolute;top:0;right:0;border-style:solid;border-width:0 6px 6px 0;border-color:transparent #f29900 transparent transparent}
td.formula{color:#1a73e8}
`;

export function renderWorkbookHtml(model: SpreadsheetModel, options: RenderOptions = {}): string {
  const sheets = (options.tabs ?? model.sheets.map((s) => s.name))
    .map((n) => model.sheet(n))
    .filter((s): s is SheetModel => s !== undefined);
  const title = options.title ?? model.name;
  const sections = sheets
    .map(
      (s, i) =>
        `<section id="tab-${i}"${i === 0 ? ' class="active"' : ""}><div class="scroll">${renderSheet(
          s,
          model.timeZone,
          options,
        )}</div></section>`,
    )
    .join("\n");
  const tabs = sheets
    .map(
      (s, i) =>
        `<a href="#tab-${i}"${i === 0 ? ' class="active"' : ""} data-tab="${i}">${escapeHtml(s.name)}</a>`,
    )
    .join("");
  const script = `document.querySelectorAll(".tabs a").forEach(a=>a.addEventListener("click",e=>{e.preventDefault();document.querySelectorAll(".tabs a,section").forEach(x=>x.classList.remove("active"));a.classList.add("active");document.getElementById("tab-"+a.dataset.tab).classList.add("active");}));`;
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${CSS}</style></head>
<body><header><h1>${escapeHtml(title)}</h1><span>${escapeHtml(model.timeZone)}</span></header>
${sections}
<nav class="tabs">${tabs}</nav>
<script>${script}</script>
</body></html>
`;
}
