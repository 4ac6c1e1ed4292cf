/**
 * The page's language: the server says which (the user's locale), and the fixed parts of the
 * page (tabs, buttons, footer) are labelled again in it.
 */
import type { Locale } from "../../core/i18n";
import { renderContextButtons } from "./actions";
import { byId } from "./dom";
import { planWord } from "./plan";
import { state } from "./state";
import { t, type Word } from "./strings";

function label(id: string, word: Word): void {
  const el = document.getElementById(id);
  if (el) el.textContent = t(state.locale, word);
}

/** Speaks `locale` from now on; does nothing when the page already does. */
export function setLocale(locale: Locale): void {
  if (locale === state.locale && document.body.dataset.localized === "1") return;
  state.locale = locale;
  document.documentElement.lang = locale;
  document.body.dataset.localized = "1";
  label("tab-selection", "tabSelection");
  label("tab-overview", "tabOverview");
  byId("tab-plan").textContent = planWord(locale, "tab");
  byId("actions").setAttribute("aria-label", t(locale, "actions"));
  label("check-eligibility", "checkEligibility");
  label("check-postings", "checkPostings");
  label("branding", "plan");
  label("following", "following");
  byId("refresh").title = t(locale, "refreshTitle");
  byId("refresh").setAttribute("aria-label", t(locale, "refresh"));
  renderContextButtons();
}
