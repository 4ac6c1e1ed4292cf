/**
 * The people who use the spreadsheet. Each has an email, a locale, and what Apps Script keeps per
 * user of a script: User properties, the User cache, the user lock. One of them is the current
 * user — the one whose executions run and whose Session, stores and Drive grants the services see.
 * The first user is the spreadsheet's owner.
 *
 * - https://developers.google.com/apps-script/reference/properties/properties-service#getUserProperties()
 *   ("a property store that only the current user can access, and only within this script")
 * - https://developers.google.com/apps-script/reference/cache/cache-service#getUserCache()
 * - https://developers.google.com/apps-script/reference/lock/lock-service#getUserLock()
 *   ("can be executed simultaneously by different users, but by no more than one execution for any
 *   given user")
 */
import type { LockState } from "./core.ts";

/** A cache's entries: value and expiry instant (simulated clock, ms). */
export type CacheStore = Map<string, { value: string; expiresAt: number }>;

export interface UserState {
  readonly email: string;
  /** Session.getActiveUserLocale() when this user runs the script. */
  locale: string;
  readonly properties: Map<string, string>;
  readonly cache: CacheStore;
  readonly lock: LockState;
}

export interface UserInit {
  email: string;
  /** Default: the first user's locale. */
  locale?: string | undefined;
}

export class Users {
  readonly #all = new Map<string, UserState>();
  readonly #owner: UserState;
  #current: UserState;

  constructor(first: UserInit & { locale: string }) {
    this.#owner = this.add(first);
    this.#current = this.#owner;
  }

  /** The user whose executions run now. */
  get current(): UserState {
    return this.#current;
  }

  /** The spreadsheet's owner: the first user. */
  get owner(): UserState {
    return this.#owner;
  }

  list(): UserState[] {
    return [...this.#all.values()];
  }

  get(email: string): UserState | undefined {
    return this.#all.get(email);
  }

  /** Adds a user, or sets the locale of a known one when `locale` is given. */
  add({ email, locale }: UserInit): UserState {
    if (!email || /\s/.test(email) || !email.includes("@")) {
      throw new Error(`Not an email address: "${email}".`);
    }
    const known = this.#all.get(email);
    if (known) {
      if (locale) known.locale = locale;
      return known;
    }
    const user: UserState = {
      email,
      locale: locale ?? this.#owner.locale,
      properties: new Map(),
      cache: new Map(),
      lock: { holder: null },
    };
    this.#all.set(email, user);
    return user;
  }

  /** Makes that user (added if new) the current one. */
  switchTo(email: string): UserState {
    this.#current = this.add({ email });
    return this.#current;
  }
}

/**
 * A `User` object as Session, the simple-trigger event and Spreadsheet/Protection editors give it.
 * https://developers.google.com/apps-script/reference/base/user
 */
export class UserImpl {
  readonly #email: string;
  constructor(email: string) {
    this.#email = email;
  }
  toString() {
    return "User";
  }
  getEmail() {
    return this.#email;
  }
  getUserLoginId() {
    return this.#email;
  }
}
