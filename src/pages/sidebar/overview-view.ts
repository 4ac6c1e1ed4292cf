/**
 * The "Tổng quan" tab's content: postings per plan year against the quota, the overdue duties
 * (headed by the check's own figure), and who ages out before the next round. Clicking an
 * overdue or ageing-out item calls `onSelect` with its row.
 */
import type { Locale } from "../../core/i18n";
import type { OverviewResponse, RowTarget } from "../../shared/sidebar";
import { h } from "./dom";
import { t } from "./strings";

type OnSelect = (target: RowTarget) => void;
type Year = OverviewResponse["years"][number];

/**
 * An item of the overview that selects its row in the sheet when clicked: a button holding
 * the item's lines, named by them.
 */
function rowItem(
  test: string,
  target: RowTarget,
  onSelect: OnSelect,
  ...lines: HTMLElement[]
): HTMLElement {
  return h(
    "li",
    { data: { test } },
    h(
      "button",
      {
        class: "row-item",
        data: { tab: target.tab, row: String(target.row) },
        attrs: { type: "button" },
        onClick: () => onSelect(target),
      },
      ...lines,
    ),
  );
}

/** A year's row: the year, its postings against the quota, a bar, and who goes. */
function yearRow(locale: Locale, y: Year): HTMLElement {
  const filled = Math.min(100, Math.round((100 * y.postings) / Math.max(1, y.quota)));
  return h(
    "tr",
    { class: y.over ? "over" : "", data: { test: "year", year: String(y.year) } },
    h("td", null, String(y.year)),
    h("td", { class: "num" }, `${y.postings} / ${y.quota}`),
    h(
      "td",
      { class: "bar-cell" },
      h(
        "div",
        { class: "bar", attrs: { "aria-hidden": "true" } },
        h("div", { class: "bar-fill", attrs: { style: `width:${filled}%` } }),
      ),
      y.over ? h("div", { class: "error small" }, t(locale, "overQuota")) : null,
      y.cadres.length ? h("div", { class: "secondary small" }, y.cadres.join(", ")) : null,
    ),
  );
}

function years(locale: Locale, o: OverviewResponse): HTMLElement {
  return h(
    "table",
    { class: "years", data: { test: "years" } },
    h(
      "thead",
      null,
      h(
        "tr",
        null,
        h("th", null, t(locale, "yearCol")),
        h("th", null, t(locale, "postingsCol")),
        h("th", null, ""),
      ),
    ),
    h("tbody", null, ...o.years.map((y) => yearRow(locale, y))),
  );
}

function overdue(locale: Locale, o: OverviewResponse, onSelect: OnSelect): HTMLElement | null {
  if (!o.overdue.length) return null;
  return h(
    "ul",
    { class: "list", data: { test: "overdue" } },
    ...o.overdue.map((d) =>
      rowItem(
        "overdue-item",
        { tab: "postings", row: d.row },
        onSelect,
        h(
          "span",
          { class: "line" },
          // A posting without a readable Mã CB still says what it is.
          h("b", null, d.cadre || t(locale, "posting")),
          ` · ${t(locale, "row")} ${d.row}`,
        ),
        h("span", { class: "line" }, d.duty),
        h(
          "span",
          { class: "line error small" },
          `${t(locale, "due")} ${d.due} · ${t(locale, "daysLate", { n: d.daysLate })}`,
        ),
      ),
    ),
  );
}

function agingOut(locale: Locale, o: OverviewResponse, onSelect: OnSelect): HTMLElement {
  if (!o.agingOut.length) {
    return h("p", { class: "gray", data: { test: "aging" } }, t(locale, "noAgingOut"));
  }
  return h(
    "ul",
    { class: "list", data: { test: "aging" } },
    ...o.agingOut.map((a) =>
      rowItem(
        "aging-item",
        { tab: "roster", row: a.row },
        onSelect,
        h(
          "span",
          { class: "line" },
          h("b", null, a.name || a.id),
          ` · ${t(locale, "row")} ${a.row}`,
        ),
        h("span", { class: "line gray small" }, t(locale, "until", { d: a.ageLimit })),
      ),
    ),
  );
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export function renderOverview(
  locale: Locale,
  o: OverviewResponse,
  onSelect: OnSelect,
): HTMLElement {
  return h(
    "div",
    { class: "card", data: { test: "overview" } },
    o.problems.length
      ? h(
          "div",
          { class: "notice warning" },
          h("b", null, t(locale, "problems")),
          h("ul", { class: "reasons" }, ...o.problems.map((p) => h("li", null, p))),
        )
      : null,
    h("h2", null, t(locale, "years")),
    years(locale, o),
    // The same figure as Kiểm tra đợt cử đi's message: "13 việc quá hạn ở 5 đợt (tính đến …)".
    h("h2", { data: { test: "overdue-heading" } }, capitalised(o.overdueSummary)),
    overdue(locale, o, onSelect),
    h("h2", null, t(locale, "agingOut")),
    h("div", { class: "secondary small" }, t(locale, "nextRound", { d: o.nextRound })),
    agingOut(locale, o, onSelect),
  );
}
