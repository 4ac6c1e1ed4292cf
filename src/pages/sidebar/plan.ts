/**
 * The sidebar's "Lập kế hoạch cử…" tab, read from the server each time it is shown: the plan
 * the add-on would write, by year — who, where, between which days, and why — then the
 * eligible cadres without a place and why; the action bar's button writes it to the "Kế hoạch
 * cử" tab. Its words are its own (this module), in the user's language; the data's words come
 * from the server already in it.
 */
import type { Locale } from "../../core/i18n";
import type { PlannedView, PlanOverview } from "../../shared/plan";
import { byId, h, replace } from "./dom";
import { showError } from "./message";
import { server, state } from "./state";
import { t } from "./strings";
import { svgElement } from "./timeline";

const WORDS = {
  tab: { vi: "Kế hoạch cử", en: "Plan" },
  heading: { vi: "Lập kế hoạch cử…", en: "Plan postings…" },
  write: { vi: "Ghi vào tab Kế hoạch cử", en: "Write the Kế hoạch cử tab" },
  asOf: { vi: "Ngày xét", en: "Reference date" },
  year: { vi: "Năm", en: "Year" },
  nobody: { vi: "Không có đề xuất.", en: "No one proposed." },
  starts: { vi: "bắt đầu", en: "starts" },
  why: { vi: "Lý do", en: "Why" },
  waiting: { vi: "Đủ điều kiện nhưng chưa xếp được", en: "Eligible, without a place" },
  none: {
    vi: "Giai đoạn của kế hoạch không còn lượt cử nào.",
    en: "The plan period has no round left.",
  },
  timeline: { vi: "Dòng thời gian", en: "Timeline" },
} as const;

type PlanWord = keyof typeof WORDS;

export function planWord(locale: Locale, word: PlanWord): string {
  return WORDS[word][locale];
}

/** The reasons, one line each, behind a disclosure (they are long). */
function reasons(locale: Locale, lines: readonly string[]): HTMLElement {
  return h(
    "details",
    { class: "reasons" },
    h("summary", null, planWord(locale, "why")),
    h("ul", { class: "list small" }, ...lines.map((l) => h("li", null, l))),
  );
}

function planned(locale: Locale, p: PlannedView): HTMLElement {
  return h(
    "li",
    { data: { test: "planned", id: p.id } },
    h("b", null, `${p.id} ${p.name}`),
    h("div", null, p.seat),
    h("div", { class: "secondary small" }, `${planWord(locale, "starts")} ${p.start}`),
    reasons(locale, p.why),
  );
}

/** The plan tab's content (the button that writes the plan's tab is in the action bar). */
function renderPlan(locale: Locale, o: PlanOverview): HTMLElement {
  const years = o.years.map((y) =>
    h(
      "section",
      { class: "block", data: { test: "plan-year", year: String(y.year) } },
      h("h3", null, `${planWord(locale, "year")} ${y.year}`),
      y.planned.length > 0
        ? h("ol", { class: "list" }, ...y.planned.map((p) => planned(locale, p)))
        : h("p", { class: "gray" }, planWord(locale, "nobody")),
    ),
  );
  const waiting =
    o.waiting.length === 0
      ? null
      : h(
          "section",
          { class: "block", data: { test: "plan-waiting" } },
          h("h3", null, `${planWord(locale, "waiting")} (${o.waiting.length})`),
          h(
            "ul",
            { class: "list" },
            ...o.waiting.map((w) =>
              h("li", null, h("b", null, `${w.id} ${w.name}`), reasons(locale, w.why)),
            ),
          ),
        );
  return h(
    "div",
    { data: { test: "plan" } },
    h("h2", null, planWord(locale, "heading")),
    h("p", { data: { test: "plan-summary" } }, o.summary),
    o.years.length === 0 ? h("p", { class: "gray" }, planWord(locale, "none")) : null,
    ...years,
    waiting,
  );
}

/** The overview's timeline block. */
export function renderTimeline(locale: Locale, o: PlanOverview): HTMLElement {
  const figure = h("figure", { class: "timeline", data: { test: "timeline" } });
  figure.appendChild(svgElement(o.timeline));
  return h("section", { class: "block" }, h("h2", null, planWord(locale, "timeline")), figure);
}

/** Reads the plan into its tab ("Đang tải…" the first time). */
export async function loadPlan(): Promise<void> {
  const panel = byId("panel-plan");
  if (!panel.firstChild) replace(panel, h("p", { class: "gray" }, t(state.locale, "loading")));
  try {
    replace(panel, renderPlan(state.locale, await server.sidebarPlan()));
  } catch (error) {
    replace(panel);
    showError(error);
  }
}
