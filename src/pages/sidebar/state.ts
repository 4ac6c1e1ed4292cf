/**
 * What the sidebar page keeps between events: the user's language, the selection it shows,
 * the current tab and whether a command runs; and the server it calls (src/shared/rpc.ts).
 */
import type { Locale } from "../../core/i18n";
import { createServer } from "../../shared/rpc";
import type { SelectionView } from "../../shared/sidebar";

export type Tab = "selection" | "overview" | "plan";

/** The tabs in their order on screen (the arrow keys follow it). */
export const TABS: readonly Tab[] = ["selection", "overview", "plan"];

interface State {
  locale: Locale;
  /** The server's key of the selection shown: a poll with it answers "unchanged" cheaply. */
  key: string | null;
  view: SelectionView | null;
  tab: Tab;
  /** A user action (check, documents) is running: polls wait. */
  busy: boolean;
  polling: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export const state: State = {
  locale: document.documentElement.lang === "en" ? "en" : "vi",
  key: null,
  view: null,
  tab: "selection",
  busy: false,
  polling: false,
  timer: undefined,
};

export const server = createServer();
