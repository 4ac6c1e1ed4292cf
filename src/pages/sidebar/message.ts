/**
 * The message box under the tabs and Refresh: what went wrong reading the sheet (Refresh, the
 * selection, a tab); and an error's words, for it and for the action bar.
 */
import { ServerError } from "../../shared/rpc";
import { byId } from "./dom";
import { clear, notice } from "./notice";
import { state } from "./state";
import { t } from "./strings";

export function clearMessage(): void {
  clear(byId("message"));
}

/** An error as the user reads it: the server's message, or why the server was not reached. */
export function errorText(error: unknown): string {
  if (error instanceof ServerError && error.unreachable) {
    return `${t(state.locale, "unreachable")} (${error.message})`;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Shows `error` under the tabs; closing it gives the focus to Refresh. */
export function showError(error: unknown): void {
  const said = { kind: "error", content: errorText(error) } as const;
  notice(state.locale, byId("message"), said, byId("refresh"));
}
