/**
 * How every menu command runs: one document lock (two people clicking at once — the second is
 * told, nothing interleaves), errors shown as a message in the user's language (never a stack
 * trace), and the logs keep the details for maintainers.
 */
import { type Locale, pick, type Text } from "../core/i18n";
import type { ColumnDef } from "../core/schema";
import { userLocale } from "./menu";

/** An error the user can act on: its message says which tab, row and column, and what to type. */
export class UserError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = "UserError";
  }
}

/**
 * A check cannot run: the tab's header row (row `headerRow`) lacks required columns `missing`.
 * `tab` is the tab's actual name.
 */
export function missingHeadersError(
  tab: string,
  missing: readonly ColumnDef[],
  headerRow = 1,
): UserError {
  return new UserError({
    vi: `Tab "${tab}" không có cột ${missing.map((d) => `"${d.header}"`).join(" và ")} ở dòng tiêu đề (dòng ${headerRow}), nên chưa kiểm tra được. Hãy thêm cột (đúng tên như trên) hoặc chạy "Thiết lập bảng tính".`,
    en: `The "${tab}" tab has no ${missing.map((d) => `"${d.header}" (${d.en})`).join(" or ")} column in its header row (row ${headerRow}), so nothing was checked. Add the column with that header, or run "Set up sheets".`,
  });
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

export interface CommandContext {
  locale: Locale;
  /** A toast in the user's language (progress and results of long runs). */
  toast(text: Text, seconds?: number): void;
}

/** Milliseconds a command waits for another run to finish before it tells the user. */
const LOCK_WAIT_MS = 5_000;

/** What a check did, for the menu's toast and the sidebar's summary. */
export interface CheckSummary {
  /** The tab's actual name. */
  tab: string;
  /** Rows checked. */
  rows: number;
  /** Rows per status, statuses with none left out. */
  counts: { words: string; text: Text; count: number }[];
  /** The whole result in a sentence or two, both languages. */
  message: Text;
}

/** CheckSummary.counts: the rows of each status in `order`, statuses with none left out. */
export function statusCounts<S extends string>(
  order: readonly S[],
  counts: Readonly<Record<S, number>>,
  words: Readonly<Record<S, Text>>,
): CheckSummary["counts"] {
  return order
    .filter((s) => counts[s] > 0)
    .map((s) => ({ words: words[s].vi, text: words[s], count: counts[s] }));
}

/** "3 Đủ điều kiện, 1 Thiếu dữ liệu": the counts in one language. */
export function countsText(counts: CheckSummary["counts"], locale: Locale): string {
  return counts.map((c) => `${c.count} ${pick(locale, c.text)}`).join(", ");
}

/** A check's sentence followed by the tab's problems, in both languages. */
export function withProblems(sentence: Text, problems: readonly Text[]): Text {
  return {
    vi: [sentence.vi, ...problems.map((p) => p.vi)].join(" "),
    en: [sentence.en, ...problems.map((p) => p.en)].join(" "),
  };
}

/**
 * Runs `body` holding the document lock, so two people's runs never interleave; when another
 * run holds it longer than LOCK_WAIT_MS, a UserError tells the user to try again.
 */
export function withDocumentLock<T>(body: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new UserError(BUSY);
  try {
    return body();
  } finally {
    lock.releaseLock();
  }
}

/**
 * Runs a menu command: under the document lock unless `lock` is false (opening a sidebar or a
 * dialog changes nothing), its errors shown as an alert in the user's language.
 */
export function runCommand(body: (ctx: CommandContext) => void, { lock = true } = {}): void {
  const locale = userLocale();
  const ctx: CommandContext = {
    locale,
    toast: (text, seconds = 5) =>
      SpreadsheetApp.getActiveSpreadsheet().toast(pick(locale, text), pick(locale, TITLE), seconds),
  };
  try {
    if (lock) withDocumentLock(() => body(ctx));
    else body(ctx);
  } catch (error) {
    if (error instanceof UserError) {
      showError(locale, error.text);
    } else {
      logError(error);
      showError(locale, UNEXPECTED);
    }
  }
}

/** Logs an unexpected error for maintainers (the user sees a readable message instead). */
export function logError(error: unknown): void {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
}

function showError(locale: Locale, text: Text): void {
  SpreadsheetApp.getUi().alert(
    pick(locale, TITLE),
    pick(locale, text),
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
}
