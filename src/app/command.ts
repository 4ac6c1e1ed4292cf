/**
 * The one policy of every server call — a menu command, a page's google.script.run call, a
 * time trigger: the user's locale; the document lock, waited for LOCK_WAIT_MS (two people
 * clicking at once: the second is told, nothing interleaves); an error shown to the user as a
 * message in their language (never a stack trace); the details in the log for maintainers.
 * `attempt` applies it and says what happened; `runCommand` (menu: an alert) and `serve`
 * (google.script.run: the page's failure handler) deliver the message where the user looks.
 */
import { withDocumentLock } from "../adapters/lock";
import { userLocale } from "../adapters/session";
import { alert, toast } from "../adapters/ui";
import { type Locale, pick, type Text } from "../core/i18n";

/** An error the user can act on: its message says which tab, row and column, and what to type. */
export class UserError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = "UserError";
  }
}

const TITLE: Text = { vi: "Đi cơ sở", en: "Đi cơ sở" };

const BUSY: Text = {
  vi: "Một người khác đang chạy lệnh của Đi cơ sở trên bảng tính này. Hãy đợi vài giây rồi chạy lại.",
  en: "Someone else is running an Đi cơ sở command on this spreadsheet. Wait a few seconds and run it again.",
};

const UNEXPECTED: Text = {
  vi: "Đã xảy ra lỗi không mong muốn; bảng tính không bị thay đổi thêm. Hãy chạy lại; nếu lỗi lặp lại, hãy báo cho Ban TCKT kèm thời điểm chạy.",
  en: "An unexpected error occurred; nothing more was changed. Run it again; if it happens again, tell the organisation department when it happened.",
};

/** Milliseconds any server call waits for another run to release the document lock. */
const LOCK_WAIT_MS = 5_000;

export interface CallContext {
  locale: Locale;
  /** A toast in the user's language (progress and results of long runs). */
  toast(text: Text, seconds?: number): void;
}

export interface CallOptions {
  /** Hold the document lock (default). Opening a page changes nothing and needs none. */
  lock?: boolean;
  /** What the user reads when another run holds the lock (default: BUSY). */
  busy?: Text;
  /** What the user reads about an unexpected error (default: UNEXPECTED). */
  unexpected?: Text;
}

/** What a server call did: its value, or the message the user reads instead. */
export type Outcome<T> =
  | { ok: true; locale: Locale; value: T }
  | { ok: false; locale: Locale; message: string /** Another run held the lock. */; busy: boolean };

/** Applies the policy to `body` and says what happened; it never throws. */
export function attempt<T>(body: (ctx: CallContext) => T, options: CallOptions = {}): Outcome<T> {
  const locale = userLocale();
  const ctx: CallContext = {
    locale,
    toast: (text, seconds = 5) => {
      toast(pick(locale, text), pick(locale, TITLE), seconds);
    },
  };
  const failed = (text: Text, busy: boolean): Outcome<T> => ({
    ok: false,
    locale,
    message: pick(locale, text),
    busy,
  });
  try {
    if (options.lock === false) return { ok: true, locale, value: body(ctx) };
    const run = withDocumentLock(LOCK_WAIT_MS, () => body(ctx));
    if (run.busy) return failed(options.busy ?? BUSY, true);
    return { ok: true, locale, value: run.value };
  } catch (error) {
    if (error instanceof UserError) return failed(error.text, false);
    logError(error);
    return failed(options.unexpected ?? UNEXPECTED, false);
  }
}

/** A menu command: the policy, its message shown as an alert. */
export function runCommand(body: (ctx: CallContext) => void, options: CallOptions = {}): void {
  const outcome = attempt(body, options);
  if (!outcome.ok) alert(pick(outcome.locale, TITLE), outcome.message);
}

/**
 * A google.script.run call: the policy, its message thrown as an Error, which the page's
 * failure handler receives as it is (src/shared/rpc.ts).
 */
export function serve<T>(body: (ctx: CallContext) => T, options: CallOptions = {}): T {
  const outcome = attempt(body, options);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.value;
}

/** Logs an unexpected error for maintainers (the user sees a readable message instead). */
export function logError(error: unknown): void {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
}
