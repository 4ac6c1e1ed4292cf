/**
 * The sidebar ("Mở bảng điều khiển"): shows where the selected cadre or posting stands,
 * follows the selection (a light poll while the sidebar is visible, and a Refresh button),
 * runs the checks and creates documents. All server calls go through src/shared/rpc.ts.
 */
import type { DocumentsRequest, SelectionView, ViewResponse } from "../../app/sidebar-types";
import type { Locale } from "../../core/i18n";
import { createServer, ServerError } from "../../shared/rpc";
import { byId, h, replace } from "./dom";
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

function showMessage(kind: "error" | "success" | "info", content: Node | string): void {
  const box = byId("message");
  box.className = `notice ${kind}`;
  box.setAttribute("data-kind", kind);
  replace(
    box,
    kind === "error" ? h("b", null, t(state.locale, "errorTitle")) : null,
    typeof content === "string" ? h("div", { data: { test: "message-text" } }, content) : content,
    h("button", { class: "link dismiss", onClick: clearMessage }, t(state.locale, "dismiss")),
  );
  box.hidden = false;
}

function clearMessage(): void {
  const box = byId("message");
  box.hidden = true;
  replace(box);
}

function errorText(error: unknown): string {
  if (error instanceof ServerError && error.unreachable) {
    return `${t(state.locale, "unreachable")} (${error.message})`;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}

function showError(error: unknown): void {
  showMessage("error", errorText(error));
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
  label("actions-title", "actions");
  label("check-eligibility", "checkEligibility");
  label("check-postings", "checkPostings");
  label("branding", "plan");
  label("following", "following");
  byId("refresh").title = t(locale, "refreshTitle");
  byId("refresh").setAttribute("aria-label", t(locale, "refresh"));
  renderDocumentButtons();
}

const TABS: readonly State["tab"][] = ["selection", "overview", "plan"];

function showTab(tab: State["tab"]): void {
  state.tab = tab;
  for (const name of TABS) {
    byId(`tab-${name}`).classList.toggle("current", tab === name);
    byId(`tab-${name}`).setAttribute("aria-selected", String(tab === name));
    // Roving tabindex: Tab reaches the current tab only; the arrow keys move between tabs.
    byId(`tab-${name}`).tabIndex = tab === name ? 0 : -1;
    byId(`panel-${name}`).hidden = tab !== name;
  }
  void reload();
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

function setBusy(busy: boolean): void {
  state.busy = busy;
  document.body.classList.toggle("busy", busy);
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>("button.command"))) {
    b.disabled = busy;
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
  renderDocumentButtons();
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
    replace(panel, renderOverview(state.locale, o), renderTimeline(state.locale, plan));
  } catch (error) {
    replace(panel);
    showError(error);
  }
}

// ------------------------------------------------------------------ plan

async function loadPlan(): Promise<void> {
  const panel = byId("panel-plan");
  if (!panel.firstChild) replace(panel, h("p", { class: "gray" }, t(state.locale, "loading")));
  try {
    replace(panel, renderPlan(state.locale, await server.sidebarPlan(), writePlan));
  } catch (error) {
    replace(panel);
    showError(error);
  }
}

function writePlan(event: MouseEvent): void {
  void command(event.currentTarget as HTMLButtonElement, async () => {
    showMessage("success", (await server.sidebarPlanPostings()).message);
  });
}

// ------------------------------------------------------------------ commands

async function command(button: HTMLButtonElement, run: () => Promise<void>): Promise<void> {
  if (state.busy) return;
  const caption = button.textContent;
  setBusy(true);
  button.textContent = t(state.locale, "working");
  clearMessage();
  try {
    await run();
  } catch (error) {
    showError(error);
  } finally {
    button.textContent = caption;
    setBusy(false);
  }
  await reload();
}

function checkEligibility(event: MouseEvent): void {
  void command(event.currentTarget as HTMLButtonElement, async () => {
    showMessage("success", renderCheck(await server.sidebarCheckEligibility()));
  });
}

function checkPostings(event: MouseEvent): void {
  void command(event.currentTarget as HTMLButtonElement, async () => {
    showMessage("success", renderCheck(await server.sidebarCheckPostings()));
  });
}

function documents(request: DocumentsRequest) {
  return (event: MouseEvent) =>
    void command(event.currentTarget as HTMLButtonElement, async () => {
      const r = await server.sidebarGenerateDocuments(request);
      const list = r.documents.map((d) =>
        h(
          "li",
          null,
          h("a", { attrs: { href: d.url, target: "_blank", rel: "noopener" } }, d.title),
        ),
      );
      showMessage(
        r.made > 0 ? "success" : "info",
        h(
          "div",
          { data: { test: "documents-result" } },
          h("div", { data: { test: "message-text" } }, r.message),
          list.length ? h("ul", { class: "list" }, ...list) : null,
        ),
      );
    });
}

/** Document buttons depend on what is selected. */
function renderDocumentButtons(): void {
  const box = document.getElementById("document-buttons");
  if (!box) return;
  const v = state.view;
  const buttons: HTMLElement[] = [];
  const button = (word: Word, request: DocumentsRequest, test: string) =>
    h(
      "button",
      { class: "command", data: { test }, onClick: documents(request) },
      t(state.locale, word),
    );
  if (v?.kind === "posting") {
    buttons.push(
      button(
        "documentsForPosting",
        { kinds: ["reportForms", "evaluationForms"], rows: [v.row] },
        "docs-posting",
      ),
    );
  }
  const year = v?.kind === "posting" && v.start ? Number(v.start.slice(6)) : undefined;
  buttons.push(
    button(
      "documentsProposal",
      year ? { kinds: ["proposal"], year } : { kinds: ["proposal"] },
      "docs-proposal",
    ),
    button("documentsSummary", { kinds: ["summary"] }, "docs-summary"),
  );
  for (const b of buttons) (b as HTMLButtonElement).disabled = state.busy;
  replace(box, ...buttons);
}

// ------------------------------------------------------------------ start

function start(): void {
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
