/**
 * Executions: finding a global function in the realm, running it in an auth mode with a time
 * limit, releasing its locks when it ends, the event objects of simple triggers, other
 * executions' locks, time-driven triggers.
 */
import vm from "node:vm";
import type { AuthModeName, LockKind } from "./core.ts";
import { fromRealm, toHostError } from "./realm.ts";
import { AuthMode, earliestFiring } from "./script-app.ts";
import type { Selection } from "./spreadsheet/sheets.ts";
import type { RuntimeState } from "./state.ts";
import { UserImpl } from "./users.ts";

const IDENT_PATH = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;

/** https://developers.google.com/apps-script/guides/services/quotas#current_limitations */
export const SIMPLE_TRIGGER_MS = 30_000;
export const CUSTOM_FUNCTION_MS = 30_000;

export interface ExecutionRequest {
  mode: AuthModeName;
  /** Name (or dotted path) of the global function to run. */
  fn: string;
  args?: unknown[];
  /** Time limit; default the runtime's maxExecutionMs in FULL, 30 s otherwise. */
  limitMs?: number;
  /** When the function does not exist, do nothing (simple triggers) instead of failing. */
  optional?: boolean;
  /** For a custom function: the formula cell, which is the active range while it runs. */
  cell?: Selection;
  /** Run with no active document (an add-on's time-driven trigger). */
  noDocument?: boolean;
}

export class Executions {
  readonly #st: RuntimeState;
  constructor(state: RuntimeState) {
    this.#st = state;
  }

  /** The realm's global function of that name, or undefined. */
  lookup(name: string): ((...a: unknown[]) => unknown) | undefined {
    if (!IDENT_PATH.test(name)) return undefined;
    const fn = vm.runInContext(
      `(function () { try { return typeof ${name} === "function" ? ${name} : undefined; } catch (e) { return undefined; } })()`,
      this.#st.realm.context,
    );
    return fn as ((...a: unknown[]) => unknown) | undefined;
  }

  /** Runs one execution; its result comes back as a host value, its error as a host Error. */
  execute<T>(request: ExecutionRequest): T {
    const { mode, fn: fnName, args = [], limitMs, optional, cell, noDocument } = request;
    const { core, sheets } = this.#st;
    if (core.mode !== null) {
      throw new Error(`Cannot start "${fnName}": an execution is already under way.`);
    }
    const fn = this.lookup(fnName);
    if (!fn) {
      if (optional) return undefined as T;
      throw new Error(`Script function not found: ${fnName}`);
    }
    core.mode = mode;
    core.execId++;
    core.execStart = core.clock;
    core.execLimitMs = limitMs ?? (mode === "FULL" ? this.#st.maxExecutionMs : SIMPLE_TRIGGER_MS);
    core.timedOut = false;
    core.activeDocument = !noDocument;
    sheets.override = cell ?? null;
    try {
      const result = fn.apply(
        undefined,
        args.map((a) => core.toRealm(a)),
      );
      return fromRealm(result) as T;
    } catch (e) {
      throw toHostError(e);
    } finally {
      // Apps Script releases the locks an execution holds when it ends.
      for (const st of core.allLocks()) {
        if (st.holder === core.execId) st.holder = null;
      }
      core.mode = null;
      core.activeDocument = true;
      sheets.override = null;
    }
  }

  /**
   * Runs `fn` (host code that starts executions) as that user, added if new, then makes the
   * previous user current again, even when `fn` throws.
   */
  asUser<T>(email: string, fn: () => T): T {
    const { users } = this.#st;
    const previous = users.current.email;
    this.switchUser(email);
    try {
      return fn();
    } finally {
      users.switchTo(previous);
    }
  }

  /** Makes that user (added if new) the current one; not while an execution is under way. */
  switchUser(email: string): void {
    if (this.#st.core.mode !== null) {
      throw new Error(`Cannot switch to ${email}: an execution is under way.`);
    }
    this.#st.users.switchTo(email);
  }

  /** The event object of onOpen/onInstall in that mode (no `source` in AuthMode.NONE). */
  event(mode: AuthModeName): Record<string, unknown> {
    const { core, sheets, users } = this.#st;
    const email = mode === "FULL" ? users.current.email : "";
    const e: Record<string, unknown> = {
      authMode: AuthMode[mode],
      user: core.service("User", new UserImpl(email)),
    };
    if (mode !== "NONE") e.source = sheets.spreadsheet();
    return e;
  }

  /**
   * ANOTHER execution takes the lock (for `forMs`, or until the returned function is called); the
   * user lock is the current user's.
   */
  holdLock(kind: LockKind, forMs?: number): () => void {
    const { core } = this.#st;
    const st = core.lock(kind);
    if (st.holder !== null) throw new Error(`The ${kind} lock is already held.`);
    st.holder = "other";
    if (forMs !== undefined) st.otherUntil = core.clock + forMs;
    return () => {
      if (st.holder === "other") {
        st.holder = null;
        delete st.otherUntil;
      }
    };
  }

  /**
   * Runs (in FULL, as the user who made it) every time-based trigger of this spreadsheet due at
   * the simulated time; returns the handlers run. An add-on's trigger runs with no active document
   * and fires again no sooner than an hour later
   * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions).
   */
  runDueTriggers(): string[] {
    const { core, triggers, spreadsheet } = this.#st;
    const addon = core.deployment !== "bound";
    const ran: string[] = [];
    for (const t of [...triggers]) {
      if (t.fired || t.at > core.clock || t.document !== spreadsheet.id) continue;
      if (t.everyMs) t.at = earliestFiring(core, t.at + t.everyMs, core.clock);
      else t.fired = true;
      ran.push(t.handler);
      this.asUser(t.user, () =>
        this.execute({
          mode: "FULL",
          fn: t.handler,
          args: [{ authMode: AuthMode.FULL, triggerUid: t.id }],
          noDocument: addon,
        }),
      );
    }
    return ran;
  }
}
