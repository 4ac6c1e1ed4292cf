/**
 * Turning the server's JSON into DOM. Every value from the spreadsheet goes in as text
 * (dom.ts); classes and data-* hooks come from fixed keys, never from user data.
 */

import type { Locale } from "../../core/i18n";
import type {
  CadreView,
  CheckResponse,
  ConditionView,
  DutyView,
  Mark,
  NoRowView,
  OverviewResponse,
  PostingView,
  RowTarget,
} from "../../shared/sidebar";
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

const MARK_WORD = {
  pass: "markPass",
  fail: "markFail",
  missing: "markMissing",
  notApplicable: "markNotApplicable",
} as const;

function statusBadge(status: string, text: string): HTMLElement {
  return h("div", { class: `status status-${status}`, data: { test: "status" } }, text);
}

function fact(label: string, value: string, test: string): HTMLElement {
  return h(
    "div",
    { class: "fact" },
    h("span", { class: "fact-label" }, label),
    h("span", { class: "fact-value", data: { test } }, value),
  );
}

function condition(locale: Locale, c: ConditionView): HTMLElement {
  return h(
    "li",
    { class: `condition mark-${c.mark}`, data: { test: "condition", code: c.code, mark: c.mark } },
    h(
      "span",
      {
        class: "mark",
        role: "img",
        title: t(locale, MARK_WORD[c.mark]),
        attrs: { "aria-label": t(locale, MARK_WORD[c.mark]) },
      },
      markIcon(c.mark),
    ),
    h(
      "div",
      { class: "condition-body" },
      h(
        "div",
        { class: "condition-head" },
        h("b", null, c.label),
        " ",
        h("span", { class: "code" }, c.code),
      ),
      c.reason ? h("div", { class: "reason", data: { test: "reason" } }, c.reason) : null,
    ),
  );
}

export function renderCadre(locale: Locale, v: CadreView): HTMLElement {
  return h(
    "div",
    { class: "card", data: { test: "cadre" } },
    h("div", { class: "secondary" }, `${v.tab} · ${t(locale, "row")} ${v.row}`),
    h("h1", { data: { test: "name" } }, v.name || v.id),
    v.name && v.id ? h("div", { class: "gray", data: { test: "id" } }, v.id) : null,
    statusBadge(v.status, v.statusText),
    h(
      "div",
      { class: "facts" },
      v.groupText ? fact(t(locale, "group"), v.groupText, "group") : null,
      fact(t(locale, "checkedOn"), v.on, "on"),
      fact(t(locale, "ageLimit"), v.ageLimit ?? t(locale, "noAgeLimit"), "age-limit"),
      v.qualifiesFrom ? fact(t(locale, "qualifiesFrom"), v.qualifiesFrom, "qualifies-from") : null,
    ),
    // Two cells that cannot both be right: said before the conditions, the status unchanged.
    v.warnings.length
      ? h(
          "div",
          { class: "notice warning", data: { test: "warnings" } },
          h("b", null, t(locale, "warnings")),
          h("ul", { class: "reasons" }, ...v.warnings.map((w) => h("li", null, w))),
        )
      : null,
    h("h2", null, t(locale, "conditions")),
    h("ul", { class: "conditions" }, ...v.conditions.map((c) => condition(locale, c))),
    v.otherReasons.length
      ? h(
          "div",
          null,
          h("h2", null, t(locale, "otherReasons")),
          h("ul", { class: "reasons" }, ...v.otherReasons.map((r) => h("li", null, r))),
        )
      : null,
  );
}

function duty(d: DutyView): HTMLElement {
  return h(
    "li",
    { class: `duty duty-${d.state}`, data: { test: "duty", code: d.code, state: d.state } },
    h("span", { class: "duty-due" }, d.due),
    h(
      "div",
      { class: "duty-body" },
      h("div", null, h("b", null, d.label), " ", h("span", { class: "code" }, d.code)),
      h("div", { class: "duty-state" }, d.stateText),
    ),
  );
}

export function renderPosting(locale: Locale, v: PostingView): HTMLElement {
  const period = v.start ? `${v.start} – ${v.end ?? "…"}` : "…";
  return h(
    "div",
    { class: "card", data: { test: "posting" } },
    h("div", { class: "secondary" }, `${v.tab} · ${t(locale, "row")} ${v.row}`),
    h("h1", { data: { test: "name" } }, v.cadreName || v.cadreId || t(locale, "posting")),
    v.cadreName && v.cadreId ? h("div", { class: "gray" }, v.cadreId) : null,
    // Validity and follow-up are two signals: a valid posting may have overdue tasks.
    h(
      "div",
      { class: "badges" },
      statusBadge(v.status, v.statusText),
      v.start
        ? h(
            "div",
            {
              class: `status ${v.overdue > 0 ? "status-overdue" : "status-on-track"}`,
              data: { test: "overdue-badge" },
            },
            v.overdue > 0
              ? t(locale, "overdueTasks", { n: v.overdue })
              : t(locale, "noOverdueTasks"),
          )
        : null,
    ),
    h(
      "div",
      { class: "facts" },
      fact(t(locale, "unit"), v.unit || "…", "unit"),
      fact(t(locale, "position"), v.position || "…", "position"),
      fact(t(locale, "period"), period, "period"),
      fact(t(locale, "nextDue"), v.nextDue ?? "–", "next-due"),
      fact(t(locale, "reportState"), v.reportStateText, "report-state"),
    ),
    v.reasons.length
      ? h(
          "div",
          null,
          h("h2", null, t(locale, "reasons")),
          h(
            "ul",
            { class: "reasons" },
            ...v.reasons.map((r) => h("li", { data: { test: "reason" } }, r)),
          ),
        )
      : null,
    v.openTasks.length
      ? h(
          "div",
          null,
          h("h2", null, t(locale, "openTasks")),
          h(
            "ul",
            { class: "reasons", data: { test: "open-tasks" } },
            ...v.openTasks.map((task) =>
              h(
                "li",
                { class: task.overdue ? "error" : "", data: { test: "open-task" } },
                task.text,
              ),
            ),
          ),
        )
      : null,
    h("h2", null, t(locale, "calendar")),
    v.duties.length
      ? h("ol", { class: "duties", data: { test: "calendar" } }, ...v.duties.map(duty))
      : h("p", { class: "gray" }, "–"),
  );
}

export function renderNone(v: NoRowView): HTMLElement {
  return h(
    "div",
    { class: "card empty", data: { test: "none" } },
    h("p", { class: "gray" }, v.hint),
  );
}

/**
 * An item of the overview that selects its row in the sheet when clicked: a button holding
 * the item's lines, named by them.
 */
function rowItem(
  test: string,
  target: RowTarget,
  onSelect: (target: RowTarget) => void,
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

/** The overview; clicking an overdue or ageing-out item calls `onSelect` with its row. */
export function renderOverview(
  locale: Locale,
  o: OverviewResponse,
  onSelect: (target: RowTarget) => void,
): HTMLElement {
  const years = h(
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
    h(
      "tbody",
      null,
      ...o.years.map((y) =>
        h(
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
              h("div", {
                class: "bar-fill",
                attrs: {
                  style: `width:${Math.min(100, Math.round((100 * y.postings) / Math.max(1, y.quota)))}%`,
                },
              }),
            ),
            y.over ? h("div", { class: "error small" }, t(locale, "overQuota")) : null,
            y.cadres.length ? h("div", { class: "secondary small" }, y.cadres.join(", ")) : null,
          ),
        ),
      ),
    ),
  );
  const overdue = o.overdue.length
    ? h(
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
      )
    : null;
  const aging = o.agingOut.length
    ? h(
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
      )
    : h("p", { class: "gray", data: { test: "aging" } }, t(locale, "noAgingOut"));
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
    years,
    // The same figure as Kiểm tra đợt cử đi's message: "13 việc quá hạn ở 5 đợt (tính đến …)".
    h("h2", { data: { test: "overdue-heading" } }, capitalised(o.overdueSummary)),
    overdue,
    h("h2", null, t(locale, "agingOut")),
    h("div", { class: "secondary small" }, t(locale, "nextRound", { d: o.nextRound })),
    aging,
  );
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export function renderCheck(r: CheckResponse): HTMLElement {
  return h(
    "div",
    { data: { test: "check-summary" } },
    h("b", null, r.title),
    h("div", null, r.message),
    r.counts.length
      ? h(
          "ul",
          { class: "counts" },
          ...r.counts.map((c) =>
            h("li", null, h("span", { class: "num" }, String(c.count)), ` ${c.text}`),
          ),
        )
      : null,
  );
}
