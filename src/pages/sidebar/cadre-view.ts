/**
 * A cadre of the roster in "Dòng đang chọn": the status, the target group, the age limit and
 * every condition of section II.2 with its mark and, when it is not met, why.
 */
import type { Locale } from "../../core/i18n";
import type { CadreView, ConditionView } from "../../shared/sidebar";
import { h } from "./dom";
import { t } from "./strings";
import { fact, mark, section, statusBadge } from "./view-parts";

function condition(locale: Locale, c: ConditionView): HTMLElement {
  return h(
    "li",
    { class: `condition mark-${c.mark}`, data: { test: "condition", code: c.code, mark: c.mark } },
    mark(locale, c.mark),
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

function facts(locale: Locale, v: CadreView): HTMLElement {
  return h(
    "div",
    { class: "facts" },
    v.groupText ? fact(t(locale, "group"), v.groupText, "group") : null,
    fact(t(locale, "checkedOn"), v.on, "on"),
    fact(t(locale, "ageLimit"), v.ageLimit ?? t(locale, "noAgeLimit"), "age-limit"),
    v.qualifiesFrom ? fact(t(locale, "qualifiesFrom"), v.qualifiesFrom, "qualifies-from") : null,
  );
}

/** Two cells that cannot both be right: said before the conditions, the status unchanged. */
function warnings(locale: Locale, v: CadreView): HTMLElement | null {
  return v.warnings.length
    ? h(
        "div",
        { class: "notice warning", data: { test: "warnings" } },
        h("b", null, t(locale, "warnings")),
        h("ul", { class: "reasons" }, ...v.warnings.map((w) => h("li", null, w))),
      )
    : null;
}

export function renderCadre(locale: Locale, v: CadreView): HTMLElement {
  return h(
    "div",
    { class: "card", data: { test: "cadre" } },
    h("div", { class: "secondary" }, `${v.tab} · ${t(locale, "row")} ${v.row}`),
    h("h1", { data: { test: "name" } }, v.name || v.id),
    v.name && v.id ? h("div", { class: "gray", data: { test: "id" } }, v.id) : null,
    statusBadge(v.status, v.statusText),
    facts(locale, v),
    warnings(locale, v),
    h("h2", null, t(locale, "conditions")),
    h("ul", { class: "conditions" }, ...v.conditions.map((c) => condition(locale, c))),
    section(
      t(locale, "otherReasons"),
      v.otherReasons.length
        ? h("ul", { class: "reasons" }, ...v.otherReasons.map((r) => h("li", null, r)))
        : null,
    ),
  );
}
