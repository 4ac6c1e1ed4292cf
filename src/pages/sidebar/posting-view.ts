/**
 * A posting in "Dòng đang chọn": its validity and, apart from it, its overdue duties (a valid
 * posting may have some); where, when, the next duty due; the reasons (rule breaches), the
 * open tasks with their dates, and the whole duty calendar.
 */
import type { Locale } from "../../core/i18n";
import type { DutyView, PostingView } from "../../shared/sidebar";
import { h } from "./dom";
import { t } from "./strings";
import { fact, section, statusBadge } from "./view-parts";

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

/** Validity and follow-up are two signals, two badges: "Hợp lệ" beside "1 việc quá hạn". */
function badges(locale: Locale, v: PostingView): HTMLElement {
  return h(
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
          v.overdue > 0 ? t(locale, "overdueTasks", { n: v.overdue }) : t(locale, "noOverdueTasks"),
        )
      : null,
  );
}

function facts(locale: Locale, v: PostingView): HTMLElement {
  const period = v.start ? `${v.start} – ${v.end ?? "…"}` : "…";
  return h(
    "div",
    { class: "facts" },
    fact(t(locale, "unit"), v.unit || "…", "unit"),
    fact(t(locale, "position"), v.position || "…", "position"),
    fact(t(locale, "period"), period, "period"),
    fact(t(locale, "nextDue"), v.nextDue ?? "–", "next-due"),
    fact(t(locale, "reportState"), v.reportStateText, "report-state"),
  );
}

/** The open tasks, each with its date; the overdue ones in red. */
function openTasks(v: PostingView): HTMLElement | null {
  return v.openTasks.length
    ? h(
        "ul",
        { class: "reasons", data: { test: "open-tasks" } },
        ...v.openTasks.map((task) =>
          h("li", { class: task.overdue ? "error" : "", data: { test: "open-task" } }, task.text),
        ),
      )
    : null;
}

export function renderPosting(locale: Locale, v: PostingView): HTMLElement {
  return h(
    "div",
    { class: "card", data: { test: "posting" } },
    h("div", { class: "secondary" }, `${v.tab} · ${t(locale, "row")} ${v.row}`),
    h("h1", { data: { test: "name" } }, v.cadreName || v.cadreId || t(locale, "posting")),
    v.cadreName && v.cadreId ? h("div", { class: "gray" }, v.cadreId) : null,
    badges(locale, v),
    facts(locale, v),
    section(
      t(locale, "reasons"),
      v.reasons.length
        ? h(
            "ul",
            { class: "reasons" },
            ...v.reasons.map((r) => h("li", { data: { test: "reason" } }, r)),
          )
        : null,
    ),
    section(t(locale, "openTasks"), openTasks(v)),
    h("h2", null, t(locale, "calendar")),
    v.duties.length
      ? h("ol", { class: "duties", data: { test: "calendar" } }, ...v.duties.map(duty))
      : h("p", { class: "gray" }, "–"),
  );
}
