/** The timeline's shapes: one per state, told apart by shape as well as colour, and the legend. */
import type { MarkState, SvgNode } from "./model";

/** The shapes' colours; the shapes alone tell the states apart. */
export const COLOUR = {
  done: "#1e7e34",
  late: "#b26a00",
  overdue: "#c5221f",
  upcoming: "#1a73e8",
  bar: "#b7e1cd",
  invalid: "#f4c7c3",
  planned: "#ffffff",
  ink: "#202124",
  grid: "#dadce0",
  age: "#6a1b9a",
} as const;

export const MARK_WORDS: Record<MarkState, string> = {
  done: "nộp đúng hạn",
  late: "nộp muộn",
  overdue: "quá hạn",
  upcoming: "chưa đến hạn",
};

export function node(
  name: SvgNode["name"],
  attrs: SvgNode["attrs"],
  children?: SvgNode[],
  text?: string,
): SvgNode {
  const n: SvgNode = { name, attrs };
  if (children) n.children = children;
  if (text !== undefined) n.text = text;
  return n;
}

export const title = (text: string) => node("title", {}, undefined, text);

/** A mark's shape centred on (x, y): a filled circle, a triangle, a cross, a hollow circle. */
export function markShape(state: MarkState, x: number, y: number, tip: string): SvgNode {
  const c = COLOUR[state];
  const t = [title(tip)];
  switch (state) {
    case "done":
      return node("circle", { cx: x, cy: y, r: 3, fill: c }, t);
    case "late":
      return node("path", { d: `M${x} ${y - 4}L${x + 4} ${y + 3}H${x - 4}Z`, fill: c }, t);
    case "overdue":
      return node(
        "path",
        {
          d: `M${x - 3.5} ${y - 3.5}L${x + 3.5} ${y + 3.5}M${x + 3.5} ${y - 3.5}L${x - 3.5} ${y + 3.5}`,
          stroke: c,
          "stroke-width": 2,
        },
        t,
      );
    case "upcoming":
      return node(
        "circle",
        { cx: x, cy: y, r: 3, fill: "#ffffff", stroke: c, "stroke-width": 1.5 },
        t,
      );
  }
}

export function diamond(x: number, y: number, tip: string): SvgNode {
  return node(
    "path",
    { d: `M${x} ${y - 5}L${x + 4} ${y}L${x} ${y + 5}L${x - 4} ${y}Z`, fill: COLOUR.age },
    [title(tip)],
  );
}

export function label(x: number, y: number, text: string, extra: SvgNode["attrs"] = {}): SvgNode {
  return node("text", { x, y, "font-size": 10, fill: COLOUR.ink, ...extra }, undefined, text);
}

/** A little box: a posting's bar as the legend shows it. */
function box(fill: string, dash?: string) {
  return (x: number, y: number): SvgNode => {
    const attrs: SvgNode["attrs"] = {
      x: x - 5,
      y: y - 4,
      width: 10,
      height: 8,
      fill,
      stroke: COLOUR.ink,
      "stroke-width": 0.8,
    };
    if (dash) attrs["stroke-dasharray"] = dash;
    return node("rect", attrs);
  };
}

type Entry = [shape: (x: number, y: number) => SvgNode, words: string];

/** Each shape and what it means, three to a line. */
const legend = (maxAge: number): readonly Entry[] => [
  ...(["done", "late", "overdue", "upcoming"] as const).map(
    (s): Entry => [(x, y) => markShape(s, x, y, MARK_WORDS[s]), MARK_WORDS[s]],
  ),
  [(x, y) => diamond(x, y, `quá ${maxAge} tuổi`), `quá ${maxAge} tuổi`],
  [box(COLOUR.bar), "đã cử"],
  [box(COLOUR.planned, "3 2"), "đề xuất"],
  [box(COLOUR.invalid, "1 1.5"), "không hợp lệ"],
  [
    (x, y) =>
      node("line", {
        x1: x,
        y1: y - 5,
        x2: x,
        y2: y + 5,
        stroke: COLOUR.overdue,
        "stroke-dasharray": "2 2",
      }),
    "hôm nay",
  ],
];

/** Lines of the legend. */
export const LEGEND_LINES = Math.ceil(legend(30).length / 3);

/** The legend from `top` down. */
export function legendNodes(top: number, maxAge: number): SvgNode[] {
  return legend(maxAge).flatMap(([shape, words], i) => {
    const x = 4 + (i % 3) * 100;
    const y = top + Math.floor(i / 3) * 14;
    return [shape(x + 5, y + 6), label(x + 14, y + 10, words)];
  });
}
