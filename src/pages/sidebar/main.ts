/**
 * The sidebar ("Mở bảng điều khiển"): shows where the selected cadre or posting stands,
 * follows the selection (a light poll while the sidebar is visible, and a Refresh button),
 * runs the checks and creates documents. All server calls go through src/shared/rpc.ts.
 */

import type { Locale } from "../../core/i18n";
import { createServer, ServerError } from "../../shared/rpc";
import type {
  DocumentsRequest,
  RowTarget,
  SelectionView,
  ViewResponse,
} from "../../shared/sidebar";
import { byId, h, replace } from "./dom";
import { clear, type Kind, notice, startProgress } from "./notice";
import { planWord, renderPlan, renderTimeline } from "./plan";
import { renderCadre, renderCheck, renderNone, renderOverview, renderPosting } from "./render";
import { t, type Word } from "./strings";

/** How often the page asks whether the selection changed, while it is visible. */
export const POLL_MS = 5_000;
/** After a failed poll, wait longer before asking again. */
const POLL_BACKOFF_MS = 30_000;

const server = createServer();

interface State {
  locale: Locale;
  key: string | null;
  view: SelectionView | null;
  tab: "selection" | "overview" | "plan";
  /** A user action (check, documents) is running: polls wait. */
  busy: boolean;
  polling: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
}

const state: State = {
  locale: document.documentElement.lang === "en" ? "en" : "vi",
  key: null,
  view: null,
  tab: "selection",
  busy: false,
  polling: false,
  timer: undefined,
};

// ------------------------------------------------------------------ messages

function clearMessage(): void {
  clear(byId("message"));
}

function errorText(error: unknown): string {
  if (error instanceof ServerError && error.unreachable) {
    return `${t(state.locale, "unreachable")} (${error.message})`;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}

/** What went wrong reading the sheet (Refresh, the selection, a tab): under the tabs and Refresh. */
function showError(error: unknown): void {
  notice(state.locale, byId("message"), "error", errorText(error), byId("refresh"));
}

// ------------------------------------------------------------------ chrome

function label(id: string, word: Word): void {
  const el = document.getElementById(id);
  if (el) el.textContent = t(state.locale, word);
}

function setLocale(locale: Locale): void {
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

const TABS: readonly State["tab"][] = ["selection", "overview", "plan"];

function showTab(tab: State["tab"]): void {
  switchTab(tab);
  void reload();
}

/** Shows `tab` and its panel, without reading it. */
function switchTab(tab: State["tab"]): void {
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

/** Reads the current tab's content again. */
function reload(): Promise<void> {
  if (state.tab === "overview") return loadOverview();
  if (state.tab === "plan") return loadPlan();
  return refresh();
}

/** The tabs' keys (WAI-ARIA tabs pattern): ←/→ the previous/next tab, Home/End the first/last. */
function tabKeys(event: Event): void {
  const key = (event as KeyboardEvent).key;
  const i = TABS.indexOf(state.tab);
  const n = TABS.length;
  const next =
    key === "ArrowRight"
      ? TABS[(i + 1) % n]
      : key === "ArrowLeft"
        ? TABS[(i - 1 + n) % n]
        : key === "Home"
          ? TABS[0]
          : key === "End"
            ? TABS[n - 1]
            : undefined;
  if (!next) return;
  event.preventDefault();
  showTab(next);
  byId(`tab-${next}`).focus();
}

/**
 * While a command runs, every command button says it is unavailable (aria-disabled, greyed)
 * without being disabled: a disabled button would drop the keyboard focus, and its size and
 * caption stay as they are, so nothing moves.
 */
function setBusy(busy: boolean): void {
  state.busy = busy;
  document.body.classList.toggle("busy", busy);
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>("button.command"))) {
    b.setAttribute("aria-disabled", String(busy));
  }
}

// ------------------------------------------------------------------ selection

function renderView(view: SelectionView): void {
  state.view = view;
  const panel = byId("panel-selection");
  replace(
    panel,
    view.kind === "cadre"
      ? renderCadre(state.locale, view)
      : view.kind === "posting"
        ? renderPosting(state.locale, view)
        : renderNone(view),
  );
  renderContextButtons();
}

function accept(response: ViewResponse): void {
  setLocale(response.locale);
  state.key = response.key;
  if (response.changed && response.view) renderView(response.view);
}

/** Reads the selection now (Refresh button, tab switch, after a command). */
async function refresh(): Promise<void> {
  try {
    accept(await server.sidebarView(null));
  } catch (error) {
    showError(error);
  }
}

function schedule(ms: number): void {
  if (state.timer !== undefined) clearTimeout(state.timer);
  state.timer = setTimeout(poll, ms);
}

/** The light poll: the server answers "unchanged" cheaply when the selection did not move. */
async function poll(): Promise<void> {
  state.timer = undefined;
  if (document.visibilityState !== "visible" || state.busy || state.polling) {
    schedule(POLL_MS);
    return;
  }
  if (state.tab !== "selection") {
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

// ------------------------------------------------------------------ overview

async function loadOverview(): Promise<void> {
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

// ------------------------------------------------------------------ plan

async function loadPlan(): Promise<void> {
  const panel = byId("panel-plan");
  if (!panel.firstChild) replace(panel, h("p", { class: "gray" }, t(state.locale, "loading")));
  try {
    replace(panel, renderPlan(state.locale, await server.sidebarPlan()));
  } catch (error) {
    replace(panel);
    showError(error);
  }
}

// ------------------------------------------------------------------ commands

/** What a command answers: the notice's kind and content. */
interface Answer {
  kind: Kind;
  content: Node | string;
}

/**
 * Runs a command of the action bar: its progress, then its result or error, show in the bar's
 * status line, right above the buttons; then the current tab is read again.
 */

async function command(button: HTMLButtonElement, run: () => Promise<Answer>): Promise<void> {
  if (state.busy) return;
  setBusy(true);
  button.classList.add("running");
  clearMessage();
  const box = byId("action-status");
  const stop = startProgress(state.locale, box, button.textContent ?? "");
  let done = false;
  try {
    const answer = await run();
    notice(state.locale, box, answer.kind, answer.content, button);
    done = true;
  } catch (error) {
    notice(state.locale, box, "error", errorText(error), button);
  } finally {
    stop();
    button.classList.remove("running");
    setBusy(false);
  }
  // What the command changed shows in the tab; after an error, the poll catches up.
  if (done) await reload();
}

/** A button's click handler that runs `run` as a command. */
function commandOf(run: () => Promise<Answer>): (event: MouseEvent) => void {
  return (event) => void command(event.currentTarget as HTMLButtonElement, run);
}

const checkEligibility = commandOf(async () => ({
  kind: "success",
  content: renderCheck(await server.sidebarCheckEligibility()),
}));

const checkPostings = commandOf(async () => ({
  kind: "success",
  content: renderCheck(await server.sidebarCheckPostings()),
}));

const writePlan = commandOf(async () => ({
  kind: "success",
  content: (await server.sidebarPlanPostings()).message,
}));

function documents(request: DocumentsRequest): (event: MouseEvent) => void {
  return commandOf(async () => {
    const r = await server.sidebarGenerateDocuments(request);
    const list = r.documents.map((d) =>
      h("li", null, h("a", { attrs: { href: d.url, target: "_blank", rel: "noopener" } }, d.title)),
    );
    return {
      kind: r.made > 0 ? "success" : "info",
      content: h(
        "div",
        { data: { test: "documents-result" } },
        h("div", { data: { test: "message-text" } }, r.message),
        list.length ? h("ul", { class: "list" }, ...list) : null,
      ),
    };
  });
}

/**
 * The action bar's second row follows the tab: the plan tab writes the plan; the others make
 * the documents of what is selected.
 */
function renderContextButtons(): void {
  const box = document.getElementById("context-buttons");
  if (!box) return;
  const button = (text: string, test: string, onClick: (event: MouseEvent) => void) =>
    h(
      "button",
      {
        class: "command",
        data: { test },
        attrs: { type: "button", "aria-disabled": String(state.busy) },
        onClick,
      },
      text,
    );
  const buttons: HTMLElement[] = [];
  const v = state.view;
  if (state.tab === "plan") {
    buttons.push(button(planWord(state.locale, "write"), "plan-write", writePlan));
  } else {
    if (v?.kind === "posting") {
      buttons.push(
        button(
          t(state.locale, "documentsForPosting"),
          "docs-posting",
          documents({ kinds: ["reportForms", "evaluationForms"], rows: [v.row] }),
        ),
      );
    }
    const year = v?.kind === "posting" && v.start ? Number(v.start.slice(6)) : undefined;
    buttons.push(
      button(
        t(state.locale, "documentsProposal"),
        "docs-proposal",
        documents(year ? { kinds: ["proposal"], year } : { kinds: ["proposal"] }),
      ),
      button(
        t(state.locale, "documentsSummary"),
        "docs-summary",
        documents({ kinds: ["summary"] }),
      ),
    );
  }
  replace(box, ...buttons);
}

// ------------------------------------------------------------------ start

function start(): void {
  // Each panel takes the focus (WAI-ARIA tabs pattern), so the keyboard scrolls it too (WCAG 2.1.1).
  for (const name of TABS) byId(`panel-${name}`).tabIndex = 0;
  byId("tab-selection").addEventListener("click", () => showTab("selection"));
  document.querySelector('[role="tablist"]')?.addEventListener("keydown", tabKeys);
  byId("tab-overview").addEventListener("click", () => showTab("overview"));
  byId("tab-plan").addEventListener("click", () => showTab("plan"));
  byId("refresh").addEventListener("click", () => {
    clearMessage();
    void reload();
  });
  byId("check-eligibility").addEventListener("click", checkEligibility);
  byId("check-postings").addEventListener("click", checkPostings);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") schedule(0);
  });
  setLocale(state.locale);
  void refresh().then(() => schedule(POLL_MS));
}

start();
