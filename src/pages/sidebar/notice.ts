/**
 * What the sidebar says back, in a box of the page: a notice (a result, an error) that the
 * user closes, and the status line of a command while it runs. The message box under the tabs
 * answers Refresh and the tabs; the action bar's status line, just above its buttons, answers
 * the commands (actions.ts).
 */
import type { Locale } from "../../core/i18n";
import { h, replace } from "./dom";
import { t } from "./strings";

/** What a notice says: its kind (its colour, an error's title) and its content. */
export interface Said {
  kind: "error" | "success" | "info";
  content: Node | string;
}

/**
 * A notice in `box`: a title for an error, the content, and a button that closes it and gives
 * the keyboard focus back to `from`, the control the notice answers.
 */
export function notice(locale: Locale, box: HTMLElement, said: Said, from: HTMLElement): void {
  const { kind, content } = said;
  clear(box);
  box.classList.add("notice", kind);
  box.setAttribute("data-kind", kind);
  replace(
    box,
    kind === "error" ? h("b", null, t(locale, "errorTitle")) : null,
    typeof content === "string" ? h("div", { data: { test: "message-text" } }, content) : content,
    h(
      "button",
      {
        class: "link dismiss",
        attrs: { type: "button" },
        onClick: () => {
          clear(box);
          if (from.isConnected) from.focus();
        },
      },
      t(locale, "dismiss"),
    ),
  );
  box.hidden = false;
}

/** Empties `box`; the message box under the tabs also hides. */
export function clear(box: HTMLElement): void {
  box.classList.remove("notice", "error", "success", "info", "running");
  box.removeAttribute("data-kind");
  replace(box);
  if (box.id === "message") box.hidden = true;
}

/**
 * `box` while a command runs: what runs, a moving bar and the seconds since the click (the
 * seconds are not read aloud every second; the sentence is, once). Returns what stops the clock.
 */
export function startProgress(locale: Locale, box: HTMLElement, caption: string): () => void {
  const started = Date.now();
  const seconds = h("span", { class: "elapsed", attrs: { "aria-hidden": "true" } });
  const tick = () => {
    seconds.textContent = t(locale, "seconds", { n: Math.floor((Date.now() - started) / 1000) });
  };
  tick();
  const timer = setInterval(tick, 1000);
  const what = t(locale, "running", { what: caption });
  clear(box);
  box.classList.add("running");
  box.setAttribute("data-kind", "running");
  replace(
    box,
    h("div", { class: "running-line" }, h("span", null, what), " ", seconds),
    h(
      "div",
      { class: "progress", role: "progressbar", attrs: { "aria-label": what } },
      h("div", { class: "progress-bar" }),
    ),
  );
  return () => clearInterval(timer);
}
