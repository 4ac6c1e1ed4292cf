/**
 * The "Tổng quan" tab: postings per year against the quota, the overdue duties, who ages out
 * before the next round, and the plan period's timeline. An overdue or ageing-out item,
 * clicked, selects its row in the sheet and shows it in "Dòng đang chọn".
 */
import type { RowTarget } from "../../shared/sidebar";
import { byId, h, replace } from "./dom";
import { setLocale } from "./language";
import { clearMessage, showError } from "./message";
import { renderOverview } from "./overview-view";
import { renderTimeline } from "./plan";
import { accept } from "./selection";
import { server, state } from "./state";
import { t } from "./strings";
import { switchTab } from "./tabs";

export async function loadOverview(): Promise<void> {
  const panel = byId("panel-overview");
  if (!panel.firstChild) replace(panel, h("p", { class: "gray" }, t(state.locale, "loading")));
  try {
    const [o, plan] = await Promise.all([server.sidebarOverview(), server.sidebarPlan()]);
    setLocale(o.locale);
    replace(
      panel,
      renderOverview(state.locale, o, (target) => void selectRow(target)),
      renderTimeline(state.locale, plan),
    );
  } catch (error) {
    replace(panel);
    showError(error);
  }
}

/**
 * An overview item clicked: its row is selected in the sheet and shown in the "Dòng đang
 * chọn" tab, which takes the focus.
 */
async function selectRow(target: RowTarget): Promise<void> {
  clearMessage();
  try {
    const response = await server.sidebarSelectRow(target);
    switchTab("selection");
    accept(response);
    byId("panel-selection").focus();
  } catch (error) {
    showError(error);
  }
}
