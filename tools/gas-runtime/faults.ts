/**
 * Failures of Google's APIs on demand, for the Drive and Docs stand-ins (drive-app.ts, docs-api.ts,
 * and DocumentApp.openById): every call that crosses the network to Drive or Docs is numbered, and a
 * test can make the k-th such call (or the next calls of one method) fail the way Google fails.
 *
 * Kinds, with the pages they come from:
 * - `rateLimit` — 403 userRateLimitExceeded, and `tooManyRequests` — 429: "Too many requests to the
 *   API"; `backendError` — 500, `unavailable` — 503: "Unexpected error arises while processing the
 *   request". Google asks for a retry with exponential backoff for all four
 *   (https://developers.google.com/workspace/drive/api/guides/handle-errors;
 *   https://developers.google.com/workspace/docs/api/limits).
 * - `notFound` — 404 "File not found: <id>."; `forbidden` — 403 insufficientFilePermissions
 *   (https://developers.google.com/workspace/drive/api/guides/handle-errors).
 * - `crash` — the execution stops at that call and goes no further: Apps Script ends a script
 *   that runs past its time limit ("Exceeded maximum execution time",
 *   https://developers.google.com/apps-script/guides/services/quotas#current_limitations); the
 *   stand-in moves the clock past the limit, so this call and every later one in the same
 *   execution throw, as nothing more can run. The next execution starts afresh.
 *
 * `when: "after"` applies the call first and fails afterwards (the change is made, the answer is
 * lost), as a connection that drops after the server committed a write.
 */
import type { RuntimeInternals } from "./extensions.ts";

export type FaultKind =
  | "rateLimit"
  | "tooManyRequests"
  | "backendError"
  | "unavailable"
  | "notFound"
  | "forbidden"
  | "crash";

export interface FaultPlan {
  kind: FaultKind;
  /** "before" (default): the call is not applied; "after": it is applied, then fails. */
  when?: "before" | "after";
}

interface Planned extends FaultPlan {
  /** A call number (1-based, counted since the runtime started or the counter was reset). */
  at?: number;
  /** Or: the next calls whose name matches (e.g. /^Drive\.Files\.copy$/), `times` of them. */
  method?: RegExp;
  times: number;
}

/** Google's status and reason of each kind. */
const STATUS: Record<
  Exclude<FaultKind, "crash">,
  { code: number; reason: string; text: string }
> = {
  rateLimit: { code: 403, reason: "userRateLimitExceeded", text: "User rate limit exceeded." },
  tooManyRequests: {
    code: 429,
    reason: "rateLimitExceeded",
    text: "Too Many Requests: Rate Limit Exceeded",
  },
  backendError: { code: 500, reason: "backendError", text: "Internal Error" },
  unavailable: { code: 503, reason: "backendError", text: "The service is currently unavailable." },
  notFound: { code: 404, reason: "notFound", text: "File not found." },
  forbidden: {
    code: 403,
    reason: "insufficientFilePermissions",
    text: "The user does not have sufficient permissions for this file.",
  },
};

/** "Drive.Files.copy" → "drive.files.copy", as Apps Script names the API call in its messages. */
function apiName(method: string): string {
  return method.toLowerCase();
}

/**
 * An error as the advanced services throw it: a GoogleJsonResponseException whose message names
 * the API call and Google's message, with the HTTP status in `details.code`.
 */
export function apiError(
  rt: RuntimeInternals,
  method: string,
  code: number,
  reason: string,
  text: string,
): never {
  try {
    rt.fail(
      `GoogleJsonResponseException: API call to ${apiName(method)} failed with error: ${text}`,
    );
  } catch (e) {
    const err = e as Error & { details?: unknown };
    err.details = rt.toRealm({ code, message: text, errors: [{ reason, message: text }] });
    throw err;
  }
}

export class Faults {
  /** Network calls to Drive and Docs so far. */
  count = 0;
  /** The name of every network call, in order (for tests that pick an index). */
  readonly log: string[] = [];
  #plans: Planned[] = [];
  readonly #rt: RuntimeInternals;

  constructor(rt: RuntimeInternals) {
    this.#rt = rt;
  }

  /** The `n`-th network call from now on (1 = the next one) fails. */
  failAt(n: number, plan: FaultPlan): void {
    this.#plans.push({ ...plan, at: this.count + n, times: 1 });
  }

  /** The next `times` calls whose name matches `method` fail. */
  failNext(method: RegExp, times: number, plan: FaultPlan): void {
    this.#plans.push({ ...plan, method, times });
  }

  clear(): void {
    this.#plans = [];
  }

  /**
   * Called by each network method: counts the call and runs `apply`, failing before or after it as
   * planned.
   */
  call<T>(method: string, apply: () => T): T {
    this.count += 1;
    this.log.push(method);
    const plan = this.#take(method);
    if (plan && (plan.when ?? "before") === "before") this.#fail(method, plan.kind);
    let result: T;
    try {
      result = apply();
    } catch (error) {
      // The call failed by itself (a quota, say): a failure planned after it still happens.
      if (plan) this.#fail(method, plan.kind);
      throw error;
    }
    if (plan) this.#fail(method, plan.kind);
    return result;
  }

  #take(method: string): Planned | undefined {
    const i = this.#plans.findIndex((p) =>
      p.at !== undefined ? p.at === this.count : p.method?.test(method) === true,
    );
    if (i < 0) return undefined;
    const plan = this.#plans[i]!;
    plan.times -= 1;
    if (plan.times <= 0) this.#plans.splice(i, 1);
    return plan;
  }

  #fail(method: string, kind: FaultKind): never {
    if (kind === "crash") {
      // Past the 6-minute limit of the execution under way: this call and every later one
      // throw (the clock moves 7 minutes: the date the documents carry stays the same).
      this.#rt.advance(7 * 60_000);
      this.#rt.fail("Exceeded maximum execution time");
    }
    const s = STATUS[kind];
    return apiError(this.#rt, method, s.code, s.reason, s.text);
  }
}
