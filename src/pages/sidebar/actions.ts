/**
 * The action bar, pinned below the panels: the checks, and a second row of buttons that follows
 * the tab (the documents of what is selected; on the plan tab, writing the plan). A command's
 * progress, then its result or error, show in the bar's status line right above the buttons
 * and grow upwards, so the buttons never move.
 */
import type { CheckResponse, DocumentsRequest } from "../../shared/sidebar";
import { byId, h, replace } from "./dom";
import { clearMessage, errorText } from "./message";
import { notice, type Said, startProgress } from "./notice";
import { planWord } from "./plan";
import { server, state } from "./state";
import { t } from "./strings";

/** What runs after a command succeeded: the current tab read again (main.ts). */
let afterCommand: () => Promise<void> = async () => {};

/**
 * While a command runs, every command button says it is unavailable (aria-disabled, greyed)
 * without being disabled: a disabled button would drop the keyboard focus, and its size and
 * caption stay as they are, so nothing moves.
 */
function setBusy(busy: boolean): void {
  state.busy = busy;
  document.body.classList.toggle("busy", busy);
  for (const b of Array.from(
    document.querySelectorAll<HTMLButtonElement>("button.command:not(.unavailable)"),
  )) {
    b.setAttribute("aria-disabled", String(busy));
  }
}

/**
 * Runs a command of the action bar: its progress, then its result or error, show in the bar's
 * status line, right above the buttons; then the current tab is read again.
 */
async function command(button: HTMLButtonElement, run: () => Promise<Said>): Promise<void> {
  if (state.busy) return;
  setBusy(true);
  button.classList.add("running");
  clearMessage();
  const box = byId("action-status");
  const stop = startProgress(state.locale, box, button.textContent ?? "");
  let done = false;
  try {
    const answer = await run();
    notice(state.locale, box, answer, button);
    done = true;
  } catch (error) {
    notice(state.locale, box, { kind: "error", content: errorText(error) }, button);
  } finally {
    stop();
    button.classList.remove("running");
    setBusy(false);
  }
  // What the command changed shows in the tab; after an error, the poll catches up.
  if (done) await afterCommand();
}

/** A button's click handler that runs `run` as a command. */
function commandOf(run: () => Promise<Said>): (event: MouseEvent) => void {
  return (event) => void command(event.currentTarget as HTMLButtonElement, run);
}

/** A check's summary: its title, its message and the count of each status. */
function checkSummary(r: CheckResponse): HTMLElement {
  return h(
    "div",
    { data: { test: "check-summary" } },
    h("b", null, r.title),
    h("div", null, r.message),
    r.counts.length
      ? h(
          "ul",
          { class: "counts" },
          ...r.counts.map((c) =>
            h("li", null, h("span", { class: "num" }, String(c.count)), ` ${c.text}`),
          ),
        )
      : null,
  );
}

const checkEligibility = commandOf(async () => ({
  kind: "success",
  content: checkSummary(await server.sidebarCheckEligibility()),
}));

const checkPostings = commandOf(async () => ({
  kind: "success",
  content: checkSummary(await server.sidebarCheckPostings()),
}));

const writePlan = commandOf(async () => ({
  kind: "success",
  content: (await server.sidebarPlanPostings()).message,
}));

/** A documents button's handler: the run's message and a link to each document made. */
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

function commandButton(
  text: string,
  test: string,
  onClick: (event: MouseEvent) => void,
): HTMLButtonElement {
  return h(
    "button",
    {
      class: "command",
      data: { test },
      attrs: { type: "button", "aria-disabled": String(state.busy) },
      onClick,
    },
    text,
  );
}

/**
 * A button that cannot run yet: greyed and marked unavailable (not disabled, so it keeps the
 * keyboard focus), its click says why, right above it.
 */
function unavailableButton(text: string, test: string, why: string): HTMLButtonElement {
  const button = h(
    "button",
    {
      class: "command unavailable",
      data: { test },
      attrs: { type: "button", "aria-disabled": "true", title: why },
      onClick: () =>
        notice(state.locale, byId("action-status"), { kind: "info", content: why }, button),
    },
    text,
  );
  return button;
}

/**
 * The documents buttons: a posting's own forms when one is selected (unavailable, saying why,
 * while it has no start date), and the lists of one year, named on the button: the selected
 * posting's year, else this year.
 */
function documentButtons(): HTMLButtonElement[] {
  const v = state.view;
  const buttons: HTMLButtonElement[] = [];
  if (v?.kind === "posting") {
    const text = t(state.locale, "documentsForPosting");
    buttons.push(
      v.start
        ? commandButton(
            text,
            "docs-posting",
            documents({ kinds: ["reportForms", "evaluationForms"], rows: [v.row] }),
          )
        : unavailableButton(
            text,
            "docs-posting",
            t(state.locale, "documentsNoStart", { row: v.row }),
          ),
    );
  }
  const year =
    v?.kind === "posting" && v.start ? Number(v.start.slice(6)) : new Date().getFullYear();
  const named = (key: "documentsProposal" | "documentsSummary") => t(state.locale, key, { year });
  buttons.push(
    commandButton(
      named("documentsProposal"),
      "docs-proposal",
      documents({ kinds: ["proposal"], year }),
    ),
    commandButton(
      named("documentsSummary"),
      "docs-summary",
      documents({ kinds: ["summary"], year }),
    ),
  );
  return buttons;
}

/**
 * The action bar's second row follows the tab: the plan tab writes the plan; the others make
 * the documents of what is selected.
 */
export function renderContextButtons(): void {
  const box = document.getElementById("context-buttons");
  if (!box) return;
  replace(
    box,
    ...(state.tab === "plan"
      ? [commandButton(planWord(state.locale, "write"), "plan-write", writePlan)]
      : documentButtons()),
  );
}

/** Wires the check buttons; `after` runs once a command has succeeded. */
export function startActions(after: () => Promise<void>): void {
  afterCommand = after;
  byId("check-eligibility").addEventListener("click", checkEligibility);
  byId("check-postings").addEventListener("click", checkPostings);
}
