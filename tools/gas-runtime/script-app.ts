/**
 * ScriptApp: auth modes, authorisation info, and time-driven triggers — who sees them, how many,
 * when they fire — as a bound script or an Editor add-on has them (deployment.ts).
 * https://developers.google.com/apps-script/reference/script/script-app
 */
import { type Core, makeEnum } from "./core.ts";
import {
  ADDON_ONE_TIME_TRIGGER,
  ADDON_TRIGGER_GAP_MS,
  TEST_DEPLOYMENT_NO_TRIGGERS,
} from "./deployment.ts";
import { isDateValue } from "./spreadsheet/values.ts";

export const AuthMode = makeEnum(["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"] as const);
export const AuthorizationStatus = makeEnum(["REQUIRED", "NOT_REQUIRED"] as const);
export const TriggerSource = makeEnum(["SPREADSHEETS", "CLOCK", "FORMS", "DOCUMENTS"] as const);
export const EventType = makeEnum([
  "CLOCK",
  "ON_OPEN",
  "ON_EDIT",
  "ON_FORM_SUBMIT",
  "ON_CHANGE",
] as const);

export interface TriggerRecord {
  id: string;
  /** The email of the user who created it: it runs as them, and only they see it. */
  user: string;
  /** The id of the spreadsheet it was made in (an add-on's triggers span several documents). */
  document: string;
  handler: string;
  kind: "time";
  at: number;
  /** For recurring triggers (everyMinutes/everyHours/everyDays): the period. */
  everyMs?: number;
  fired?: boolean;
}

/** https://developers.google.com/apps-script/guides/services/quotas: 20 triggers / user / script. */
export const MAX_TRIGGERS = 20;

/**
 * When a trigger due at `at` may fire: as asked in a bound script; for an add-on, no sooner than
 * an hour after `since` (when it was made, or when it last fired).
 */
export function earliestFiring(core: Core, at: number, since: number): number {
  return core.deployment === "addon" ? Math.max(at, since + ADDON_TRIGGER_GAP_MS) : at;
}

class TriggerImpl {
  readonly record: TriggerRecord;
  constructor(record: TriggerRecord) {
    this.record = record;
  }
  toString() {
    return "Trigger";
  }
  getHandlerFunction() {
    return this.record.handler;
  }
  getUniqueId() {
    return this.record.id;
  }
  getEventType() {
    return EventType.CLOCK;
  }
  getTriggerSource() {
    return TriggerSource.CLOCK;
  }
  getTriggerSourceId() {
    return null;
  }
}

class ClockTriggerBuilderImpl {
  readonly #core: Core;
  readonly #triggers: TriggerRecord[];
  readonly #handler: string;
  #at: number | undefined;
  #every: number | undefined;
  constructor(core: Core, triggers: TriggerRecord[], handler: string) {
    this.#core = core;
    this.#triggers = triggers;
    this.#handler = handler;
  }
  toString() {
    return "ClockTriggerBuilder";
  }
  after(durationMilliseconds: unknown) {
    this.#at = this.#core.now() + Number(durationMilliseconds);
    return this;
  }
  at(date: unknown) {
    if (!isDateValue(date)) this.#core.fail("Invalid argument: date");
    this.#at = Date.prototype.getTime.call(date);
    return this;
  }
  everyMinutes(n: unknown) {
    this.#every = Number(n) * 60_000;
    return this;
  }
  everyHours(n: unknown) {
    this.#every = Number(n) * 3_600_000;
    return this;
  }
  everyDays(n: unknown) {
    this.#every = Number(n) * 86_400_000;
    return this;
  }
  atHour() {
    return this;
  }
  nearMinute() {
    return this;
  }
  inTimezone() {
    return this;
  }
  /** Checks the deployment's rules, then records the trigger (see earliestFiring). */
  create() {
    const core = this.#core;
    const user = core.users.current.email;
    const document = core.model.id;
    if (core.deployment === "addon-test") core.fail(TEST_DEPLOYMENT_NO_TRIGGERS);
    const mine = this.#triggers.filter((t) => t.user === user);
    if (core.deployment === "addon" && mine.some((t) => t.document === document)) {
      core.fail(ADDON_ONE_TIME_TRIGGER);
    }
    if (mine.length >= MAX_TRIGGERS) {
      core.fail(
        "This script has too many triggers. Triggers must be deleted from the script before more can be added.",
      );
    }
    const now = core.now();
    let every = this.#every;
    if (every !== undefined && core.deployment === "addon") {
      every = Math.max(every, ADDON_TRIGGER_GAP_MS);
    }
    const record: TriggerRecord = {
      id: core.deployment === "addon" ? `${document}:${core.newId("")}` : core.newId(""),
      user,
      document,
      handler: this.#handler,
      kind: "time",
      at: earliestFiring(core, this.#at ?? now + (every ?? 0), now),
    };
    if (every !== undefined) record.everyMs = every;
    this.#triggers.push(record);
    return core.service("Trigger", new TriggerImpl(record));
  }
}

class TriggerBuilderImpl {
  readonly #core: Core;
  readonly #triggers: TriggerRecord[];
  readonly #handler: string;
  constructor(core: Core, triggers: TriggerRecord[], handler: string) {
    this.#core = core;
    this.#triggers = triggers;
    this.#handler = handler;
  }
  toString() {
    return "TriggerBuilder";
  }
  timeBased() {
    return this.#core.service(
      "ClockTriggerBuilder",
      new ClockTriggerBuilderImpl(this.#core, this.#triggers, this.#handler),
    );
  }
}

class AuthorizationInfoImpl {
  toString() {
    return "AuthorizationInfo";
  }
  getAuthorizationStatus() {
    return AuthorizationStatus.NOT_REQUIRED;
  }
  getAuthorizationUrl() {
    return null;
  }
  getAuthorizedScopes() {
    return [];
  }
}

export class ScriptAppImpl {
  readonly #core: Core;
  readonly #triggers: TriggerRecord[];
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly TriggerSource = TriggerSource;
  readonly EventType = EventType;
  constructor(core: Core, triggers: TriggerRecord[]) {
    this.#core = core;
    this.#triggers = triggers;
  }
  toString() {
    return "ScriptApp";
  }
  getScriptId() {
    return "local-script";
  }
  getAuthorizationInfo() {
    return this.#core.service("AuthorizationInfo", new AuthorizationInfoImpl());
  }
  newTrigger(functionName: unknown) {
    return this.#core.service(
      "TriggerBuilder",
      new TriggerBuilderImpl(this.#core, this.#triggers, String(functionName)),
    );
  }
  #wrap(records: TriggerRecord[]) {
    return records.map((t) => this.#core.service("Trigger", new TriggerImpl(t)));
  }
  /**
   * "All installable triggers associated with the current project and current user": each user
   * sees only their own; for an add-on, those of every document the user has it in.
   */
  getProjectTriggers() {
    const user = this.#core.users.current.email;
    return this.#wrap(this.#triggers.filter((t) => t.user === user));
  }
  /** The current user's triggers in that spreadsheet, for this script or add-on only. */
  getUserTriggers(container: unknown) {
    const impl = this.#core.unwrap(container) as { getId?: () => unknown } | null;
    if (typeof impl?.getId !== "function") return this.getProjectTriggers();
    const user = this.#core.users.current.email;
    const document = String(impl.getId());
    return this.#wrap(this.#triggers.filter((t) => t.user === user && t.document === document));
  }
  deleteTrigger(trigger: unknown) {
    const impl = this.#core.unwrap(trigger);
    const id = impl instanceof TriggerImpl ? impl.record.id : undefined;
    const user = this.#core.users.current.email;
    const i = this.#triggers.findIndex((t) => t.id === id && t.user === user);
    if (i >= 0) this.#triggers.splice(i, 1);
  }
}
