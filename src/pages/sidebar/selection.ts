/**
 * The "Dòng đang chọn" tab: the selected cadre or posting, followed by a light poll while the
 * sidebar is visible (the server answers "unchanged" cheaply) and read again on Refresh.
 */
import type { SelectionView, ViewResponse } from "../../shared/sidebar";
import { renderContextButtons } from "./actions";
import { renderCadre } from "./cadre-view";
import { byId, replace } from "./dom";
import { setLocale } from "./language";
import { showError } from "./message";
import { renderPosting } from "./posting-view";
import { server, state } from "./state";
import { renderNone } from "./view-parts";

/** How often the page asks whether the selection changed, while it is visible. */
const POLL_MS = 5_000;
/** After a failed poll, wait longer before asking again. */
const POLL_BACKOFF_MS = 30_000;

function renderView(view: SelectionView): void {
  state.view = view;
  replace(
    byId("panel-selection"),
    view.kind === "cadre"
      ? renderCadre(state.locale, view)
      : view.kind === "posting"
        ? renderPosting(state.locale, view)
        : renderNone(view),
  );
  renderContextButtons();
}

/** Takes the server's answer: its language, its key, and the view when it changed. */
export function accept(response: ViewResponse): void {
  setLocale(response.locale);
  state.key = response.key;
  if (response.changed && response.view) renderView(response.view);
}

/** Reads the selection now (Refresh button, tab switch, after a command). */
export async function refresh(): Promise<void> {
  try {
    accept(await server.sidebarView(null));
  } catch (error) {
    showError(error);
  }
}

/** Asks again in `ms` milliseconds (instead of any time already set). */
function schedule(ms: number): void {
  if (state.timer !== undefined) clearTimeout(state.timer);
  state.timer = setTimeout(poll, ms);
}

/** The light poll: only while the page is visible, idle and on this tab. */
async function poll(): Promise<void> {
  state.timer = undefined;
  if (
    document.visibilityState !== "visible" ||
    state.busy ||
    state.polling ||
    state.tab !== "selection"
  ) {
    schedule(POLL_MS);
    return;
  }
  state.polling = true;
  try {
    accept(await server.sidebarView(state.key));
    schedule(POLL_MS);
  } catch (error) {
    showError(error);
    schedule(POLL_BACKOFF_MS);
  } finally {
    state.polling = false;
  }
}

/** Reads the selection, then follows it: a poll every few seconds, at once when shown again. */
export function startFollowing(): void {
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") schedule(0);
  });
  void refresh().then(() => schedule(POLL_MS));
}
