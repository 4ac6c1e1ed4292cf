/**
 * The sidebar ("Mở bảng điều khiển"): shows where the selected cadre or posting stands,
 * follows the selection (a light poll while the sidebar is visible, and a Refresh button),
 * gives an overview and the plan, runs the checks and creates documents. This module wires the
 * page's parts together; all server calls go through src/shared/rpc.ts.
 */
import { startActions } from "./actions";
import { byId } from "./dom";
import { setLocale } from "./language";
import { clearMessage } from "./message";
import { loadOverview } from "./overview";
import { loadPlan } from "./plan";
import { refresh, startFollowing } from "./selection";
import { state, TABS, type Tab } from "./state";
import { switchTab, tabOfKey } from "./tabs";

/** Reads the current tab's content again. */
function reload(): Promise<void> {
  if (state.tab === "overview") return loadOverview();
  if (state.tab === "plan") return loadPlan();
  return refresh();
}

function showTab(tab: Tab): void {
  switchTab(tab);
  void reload();
}

function tabKeys(event: KeyboardEvent): void {
  const next = tabOfKey(event.key);
  if (!next) return;
  event.preventDefault();
  showTab(next);
  byId(`tab-${next}`).focus();
}

function start(): void {
  for (const name of TABS) {
    byId(`tab-${name}`).addEventListener("click", () => showTab(name));
    // Each panel takes the focus (WAI-ARIA tabs pattern), so the keyboard scrolls it too (WCAG 2.1.1).
    byId(`panel-${name}`).tabIndex = 0;
  }
  document.querySelector<HTMLElement>('[role="tablist"]')?.addEventListener("keydown", tabKeys);
  byId("refresh").addEventListener("click", () => {
    clearMessage();
    void reload();
  });
  startActions(reload);
  setLocale(state.locale);
  startFollowing();
}

start();
