/**
 * The plan period at a glance, as an SVG picture 300 px wide (the sidebar's overview, and the
 * demo's .svg file): the plan years as columns; each recorded posting as a bar, with its
 * cadre's report deadlines (BC-6T, BC-KT, plan VI.1) as marks by state; each proposed posting
 * ("Lập kế hoạch cử…") as a dashed bar; the day eligible cadres turn 31 (DK-TUOI) as diamonds.
 * Readable without colour: every state has its own shape, and a legend names them; each mark
 * has a <title> (a tooltip, read by screen readers).
 *
 * The picture is a tree of plain nodes (SvgNode): the page builds DOM elements from it with
 * text set as text (no markup parsed), and svgText writes it as a file, every text escaped.
 * Pure: no Apps Script global, no DOM.
 */
import { type Day, dayOf, formatDay, yearOf } from "../dates";
import { escapeMarkup } from "../text";
import type { SvgNode, TimelineBar, TimelineInput } from "./model";
import {
  COLOUR,
  diamond,
  LEGEND_LINES,
  label,
  legendNodes,
  MARK_WORDS,
  markShape,
  node,
  title,
} from "./shapes";

export { type SvgNode, type TimelineInput, timelineOf } from "./model";

const WIDTH = 300;
const LEFT = 54;
const RIGHT = 296;
const ROW = 15;
const TOP = 20;

/** Day → x in the chart: the plan period spread over the width right of the labels. */
function scale(input: TimelineInput): { x: (day: Day) => number; start: Day; end: Day } {
  const start = dayOf(input.firstYear, 1, 1);
  const end = dayOf(input.lastYear + 1, 1, 1);
  const x = (day: Day) =>
    LEFT + ((Math.min(Math.max(day, start), end) - start) / (end - start)) * (RIGHT - LEFT);
  return { x, start, end };
}

/** One bar at row top `y`: the label, the bar, an arrow when it runs past the period, the marks. */
function barNodes(
  b: TimelineBar,
  planned: boolean,
  y: number,
  s: ReturnType<typeof scale>,
): SvgNode[] {
  const x0 = s.x(b.start);
  const x1 = Math.max(s.x(b.end), x0 + 2);
  const kind = planned ? " (đề xuất)" : b.invalid ? " (không hợp lệ)" : "";
  const attrs: SvgNode["attrs"] = {
    x: x0,
    y: y + 3,
    width: x1 - x0,
    height: 9,
    rx: 2,
    stroke: COLOUR.ink,
    "stroke-width": 0.8,
  };
  if (planned) Object.assign(attrs, { fill: COLOUR.planned, "stroke-dasharray": "3 2" });
  else if (b.invalid) Object.assign(attrs, { fill: COLOUR.invalid, "stroke-dasharray": "1 1.5" });
  else attrs.fill = COLOUR.bar;
  const out = [
    label(2, y + 10, b.id),
    node("rect", attrs, [title(`${b.id}: ${formatDay(b.start)} – ${formatDay(b.end)}${kind}`)]),
  ];
  if (b.end > s.end) {
    out.push(
      node("path", { d: `M${RIGHT} ${y + 3}l4 4.5l-4 4.5Z`, fill: COLOUR.ink }, [
        title(`${b.id}: đến ${formatDay(b.end)}`),
      ]),
    );
  }
  for (const m of b.marks) {
    if (m.day < s.start || m.day >= s.end) continue;
    const tip = `${b.id} — ${m.what}: hạn ${formatDay(m.day)}, ${MARK_WORDS[m.state]}`;
    out.push(markShape(m.state, s.x(m.day), y + 7.5, tip));
  }
  return out;
}

/** The lanes — Đã cử, Đề xuất, Hết tuổi — from TOP down, and where they end. */
function lanes(
  input: TimelineInput,
  s: ReturnType<typeof scale>,
): { nodes: SvgNode[]; bottom: number } {
  const nodes: SvgNode[] = [];
  let y = TOP;
  const heading = (text: string) => {
    nodes.push(label(2, y + 10, text, { "font-weight": "bold" }));
    y += ROW;
  };
  for (const [name, bars, planned] of [
    ["Đã cử", input.postings, false],
    ["Đề xuất", input.planned, true],
  ] as const) {
    if (bars.length > 0) heading(name);
    for (const b of bars) {
      nodes.push(...barNodes(b, planned, y, s));
      y += ROW;
    }
  }
  if (input.ageOuts.length > 0) {
    nodes.push(label(2, y + 10, "Hết tuổi", { "font-weight": "bold" }));
    // Cadres turning 31 on the same day share one diamond, with their number beside it.
    const byDay = new Map<Day, string[]>();
    for (const a of input.ageOuts) byDay.set(a.day, [...(byDay.get(a.day) ?? []), a.id]);
    for (const [day, ids] of byDay) {
      const tip = `${ids.join(", ")}: quá ${input.maxAge} tuổi từ ${formatDay(day)}`;
      nodes.push(diamond(s.x(day), y + 7.5, tip));
      if (ids.length > 1)
        nodes.push(label(s.x(day) + 5, y + 6, `×${ids.length}`, { "font-size": 8 }));
    }
    y += ROW;
  }
  return { nodes, bottom: y };
}

/** The year columns (a line at each 1 January, the year above its column) and today's line. */
function grid(input: TimelineInput, s: ReturnType<typeof scale>, bottom: number): SvgNode[] {
  const out: SvgNode[] = [];
  for (let year = input.firstYear; year <= input.lastYear + 1; year += 1) {
    const gx = s.x(dayOf(year, 1, 1));
    out.push(node("line", { x1: gx, y1: 14, x2: gx, y2: bottom, stroke: COLOUR.grid }));
    if (year > input.lastYear) continue;
    const mid = (gx + s.x(dayOf(year + 1, 1, 1))) / 2;
    out.push(label(mid, 11, String(year), { "text-anchor": "middle", "font-weight": "bold" }));
  }
  if (input.today >= s.start && input.today < s.end) {
    const tx = s.x(input.today);
    const line = {
      x1: tx,
      y1: 14,
      x2: tx,
      y2: bottom,
      stroke: COLOUR.overdue,
      "stroke-dasharray": "2 2",
    };
    out.push(node("line", line, [title(`Hôm nay ${formatDay(input.today)}`)]));
  }
  return out;
}

/** The picture of `input`, with a title and a description for assistive technology. */
export function timelineSvg(input: TimelineInput): SvgNode {
  const s = scale(input);
  const { nodes, bottom } = lanes(input, s);
  const height = bottom + 6 + LEGEND_LINES * 14;
  return node(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      width: WIDTH,
      height,
      viewBox: `0 0 ${WIDTH} ${height}`,
      role: "img",
      "aria-labelledby": "timeline-title timeline-desc",
      "font-family": "Arial, sans-serif",
    },
    [
      node(
        "title",
        { id: "timeline-title" },
        undefined,
        `Các đợt cử đi ${input.firstYear}–${input.lastYear}`,
      ),
      node("desc", { id: "timeline-desc" }, undefined, describe(input)),
      ...grid(input, s, bottom),
      ...nodes,
      ...legendNodes(bottom + 6, input.maxAge),
    ],
  );
}

/** The picture in words, for a screen reader. */
function describe(input: TimelineInput): string {
  const overdue = input.postings.flatMap((b) =>
    b.marks.filter((m) => m.state === "overdue").map(() => b.id),
  );
  const parts = [
    `${input.postings.length} đợt đã cử`,
    `${input.planned.length} đề xuất (${input.planned.map((p) => `${p.id} năm ${yearOf(p.start)}`).join(", ") || "không có"})`,
    `${overdue.length} báo cáo quá hạn`,
    `${input.ageOuts.length} cán bộ đủ điều kiện quá ${input.maxAge} tuổi trong giai đoạn`,
  ];
  return `${parts.join("; ")}.`;
}

/** The picture as an SVG document (the demo's file), every text and attribute escaped. */
export function svgText(root: SvgNode): string {
  const write = (n: SvgNode): string => {
    const attrs = Object.entries(n.attrs)
      .map(([k, v]) => ` ${k}="${escapeMarkup(String(v))}"`)
      .join("");
    const inner =
      (n.text === undefined ? "" : escapeMarkup(n.text)) + (n.children ?? []).map(write).join("");
    return inner === "" ? `<${n.name}${attrs}/>` : `<${n.name}${attrs}>${inner}</${n.name}>`;
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${write(root)}\n`;
}
