/**
 * ScriptApp adapter: one-off time-driven triggers, whose handler is a `TimerFunction` of the
 * entry-point record (a misspelt handler does not compile). An add-on's time-driven trigger
 * runs at most once an hour, and an add-on may have one trigger of each kind per user and
 * document.
 * https://developers.google.com/apps-script/guides/triggers/installable#restrictions
 */
import type { TimerFunction } from "../entrypoints";

/** Deletes this user's triggers that call `handler`. */
export function clearTriggers(handler: TimerFunction): void {
  for (const t of ScriptApp.getProjectTriggers()) {
    if (t.getHandlerFunction() === handler) ScriptApp.deleteTrigger(t);
  }
}

/**
 * Asks Apps Script to call `handler` once, at least `afterMs` from now. Returns the error's
 * message when no trigger could be made (a quota, an add-on's one trigger per kind).
 */
export function scheduleOnce(handler: TimerFunction, afterMs: number): string | undefined {
  try {
    ScriptApp.newTrigger(handler).timeBased().after(afterMs).create();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
