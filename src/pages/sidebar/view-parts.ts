/**
 * Pieces the sidebar's views share: a condition's mark (✓ ✗ ? – drawn as lines), a status
 * badge, a labelled fact, and the hint shown when no row of a known tab is selected.
 */
import type { Locale } from "../../core/i18n";
import type { Mark, NoRowView } from "../../shared/sidebar";
import { h } from "./dom";
import { t } from "./strings";
import { svgElement } from "./timeline";

/**
 * ✓ / ✗ / ? / – drawn as lines rather than typed as characters: a font without ✓ and ✗ (the
 * test browser's, some office machines') would show an empty circle.
 */
const MARK_PATH: Record<Mark, string> = {
  pass: "M3.5 8.5l3 3 6-7",
  fail: "M4.5 4.5l7 7m0-7l-7 7",
  missing: "M5.8 6a2.2 2.2 0 1 1 3.3 1.9c-.7.4-1.1.9-1.1 1.7v.6M8 12.2v.3",
  notApplicable: "M4.5 8h7",
};

const MARK_WORD = {
  pass: "markPass",
  fail: "markFail",
  missing: "markMissing",
  notApplicable: "markNotApplicable",
} as const;

function markIcon(mark: Mark): SVGElement {
  return svgElement({
    name: "svg",
    attrs: { viewBox: "0 0 16 16", width: 14, height: 14, "aria-hidden": "true" },
    children: [
      {
        name: "path",
        attrs: {
          d: MARK_PATH[mark],
          fill: "none",
          stroke: "currentColor",
          "stroke-width": 2,
          "stroke-linecap": "round",
          "stroke-linejoin": "round",
        },
      },
    ],
  });
}

/** A condition's mark, named for screen readers and in its tooltip. */
export function mark(locale: Locale, m: Mark): HTMLElement {
  const word = t(locale, MARK_WORD[m]);
  return h(
    "span",
    { class: "mark", role: "img", title: word, attrs: { "aria-label": word } },
    markIcon(m),
  );
}

export function statusBadge(status: string, text: string): HTMLElement {
  return h("div", { class: `status status-${status}`, data: { test: "status" } }, text);
}

export function fact(label: string, value: string, test: string): HTMLElement {
  return h(
    "div",
    { class: "fact" },
    h("span", { class: "fact-label" }, label),
    h("span", { class: "fact-value", data: { test } }, value),
  );
}

/** A heading and its list of lines (reasons, warnings, tasks); nothing when there are none. */
export function section(heading: string, list: HTMLElement | null): HTMLElement | null {
  return list ? h("div", null, h("h2", null, heading), list) : null;
}

export function renderNone(v: NoRowView): HTMLElement {
  return h(
    "div",
    { class: "card empty", data: { test: "none" } },
    h("p", { class: "gray" }, v.hint),
  );
}
