/**
 * The plan period's timeline in the page: the server's node tree (core/timeline) built into
 * SVG elements with createElementNS, every text as a Text node — no markup is parsed, so a
 * cadre's ID or name cannot become markup. Only the shapes' own attributes are set: an
 * event-handler or link attribute is refused.
 */
import type { SvgNode } from "../../core/timeline";

const SVG_NS = "http://www.w3.org/2000/svg";

/** The SVG element of `node` and its children. */
export function svgElement(node: SvgNode): SVGElement {
  const el = document.createElementNS(SVG_NS, node.name);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (/^on/i.test(name) || /href$/i.test(name)) throw new Error(`attribute ${name} refused`);
    if (name !== "xmlns") el.setAttribute(name, String(value));
  }
  if (node.text !== undefined) el.appendChild(document.createTextNode(node.text));
  for (const child of node.children ?? []) el.appendChild(svgElement(child));
  return el;
}
