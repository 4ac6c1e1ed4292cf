/**
 * LockService adapter: the document lock, which keeps two runs on one spreadsheet (two
 * people, or a person and a time trigger) from interleaving.
 * https://developers.google.com/apps-script/reference/lock/lock-service
 */

/** What a run under the lock gives: its value, or `busy` when another run held the lock. */
export type Locked<T> = { busy: false; value: T } | { busy: true };

/** Runs `body` holding the document lock, waiting up to `waitMs` for another run to finish. */
export function withDocumentLock<T>(waitMs: number, body: () => T): Locked<T> {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(waitMs)) return { busy: true };
  try {
    return { busy: false, value: body() };
  } finally {
    lock.releaseLock();
  }
}
