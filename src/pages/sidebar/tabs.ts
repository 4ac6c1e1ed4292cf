/**
 * The three tabs (WAI-ARIA tabs pattern): the current one shown with its panel, reached by Tab
 * (roving tabindex); the arrow keys, Home and End move between them (main.ts reads the tab).
 */
import { renderContextButtons } from "./actions";
import { byId } from "./dom";
import { state, TABS, type Tab } from "./state";

/** Shows `tab` and its panel, without reading it. */
export function switchTab(tab: Tab): void {
  state.tab = tab;
  for (const name of TABS) {
    byId(`tab-${name}`).classList.toggle("current", tab === name);
    byId(`tab-${name}`).setAttribute("aria-selected", String(tab === name));
    // Roving tabindex: Tab reaches the current tab only; the arrow keys move between tabs.
    byId(`tab-${name}`).tabIndex = tab === name ? 0 : -1;
    byId(`panel-${name}`).hidden = tab !== name;
  }
  renderContextButtons();
}

/** The tab a key leads to from the current one: ←/→ the previous/next, Home/End the first/last. */
export function tabOfKey(key: string): Tab | undefined {
  const i = TABS.indexOf(state.tab);
  const n = TABS.length;
  if (key === "ArrowRight") return TABS[(i + 1) % n];
  if (key === "ArrowLeft") return TABS[(i - 1 + n) % n];
  if (key === "Home") return TABS[0];
  if (key === "End") return TABS[n - 1];
  return undefined;
}
