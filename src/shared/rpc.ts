/**
 * The pages' only way to the server: a typed promise wrapper over google.script.run. The
 * callable names are the record's `ClientFunction`s (src/entrypoints.ts) and their types the
 * signatures of src/shared/server.ts, which the compiler holds equal to the server's own
 * (src/entry-check.ts): a changed signature breaks the page's build, not the user's session.
 * A server function whose result is not plain JSON (a Date inside, a function) fails to
 * type-check here: google.script.run cannot carry it.
 *
 * google.script.run semantics kept: one call per runner; the failure handler receives an
 * Error whose message is the server's; arguments must be JSON-like (no Date, no function).
 */
import type { ClientFunction } from "../entrypoints";
import type { ServerFunctions } from "./server";

type Primitive = string | number | boolean | null | undefined;

/** T itself when it is JSON that google.script.run can carry, with `never` where it is not. */
type JsonSafe<T> = T extends Primitive
  ? T
  : // biome-ignore lint/complexity/noBannedTypes: Function is what is banned here
    T extends Date | Function | Map<unknown, unknown> | Set<unknown>
    ? never
    : T extends readonly (infer U)[]
      ? JsonSafe<U>[]
      : { [K in keyof T]: JsonSafe<T[K]> };

type IsJson<T> = [T] extends [JsonSafe<T>] ? true : false;
type Assert<T extends true> = T;
/**
 * Fails to compile when a server function returns (or takes) something that is not JSON.
 * @public (a check of the compiler's: nothing imports it)
 */
export type EveryServerFunctionIsJson = Assert<
  {
    [K in ClientFunction]: IsJson<ReturnType<ServerFunctions[K]>> extends true
      ? IsJson<Parameters<ServerFunctions[K]>>
      : false;
  }[ClientFunction]
>;

export type Server = {
  [K in ClientFunction]: (
    ...args: Parameters<ServerFunctions[K]>
  ) => Promise<ReturnType<ServerFunctions[K]>>;
};

/** What google.script.run looks like from the page. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [serverFunction: string]: unknown;
}

/** Raised by the wrapper: the server's message, readable as is. */
export class ServerError extends Error {
  constructor(
    message: string,
    readonly functionName: string,
    /** The page could not reach the server at all (network, session expired). */
    readonly unreachable: boolean,
  ) {
    super(message);
    this.name = "ServerError";
  }
}

/** Apps Script prefixes some messages with the exception's type ("Exception: …"). */
export function cleanMessage(raw: unknown): string {
  const text =
    raw instanceof Error
      ? raw.message
      : typeof raw === "object" && raw !== null && "message" in raw
        ? String((raw as { message: unknown }).message)
        : String(raw ?? "");
  return text.replace(/^(?:Uncaught\s+)?(?:Error|Exception|ScriptError|TypeError):\s*/, "").trim();
}

function isUnreachable(message: string): boolean {
  return /^NetworkError|HTTP 0|Connection failure|We're sorry, a server error occurred/i.test(
    message,
  );
}

function defaultRunner(): ScriptRunner {
  const g = (globalThis as unknown as { google?: { script?: { run?: ScriptRunner } } }).google;
  const run = g?.script?.run;
  if (!run) {
    throw new ServerError(
      "google.script.run is not available: this page runs inside Google Sheets (Tiện ích mở rộng ▸ Đi cơ sở ▸ Mở bảng điều khiển).",
      "",
      true,
    );
  }
  return run;
}

/** Calls one server function by name and resolves with what it returns. */
export function callServer(
  name: string,
  args: readonly unknown[],
  runner: () => ScriptRunner = defaultRunner,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let run: ScriptRunner;
    try {
      run = runner();
    } catch (error) {
      reject(
        error instanceof ServerError ? error : new ServerError(cleanMessage(error), name, true),
      );
      return;
    }
    const ready = run
      .withSuccessHandler((value) => resolve(value))
      .withFailureHandler((error) => {
        const message = cleanMessage(error);
        reject(new ServerError(message, name, isUnreachable(message)));
      });
    const fn = ready[name];
    if (typeof fn !== "function") {
      reject(new ServerError(`The server has no function "${name}".`, name, false));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(ready, args as unknown[]);
  });
}

/** The server functions as promises: `await server.sidebarView(key)`. */
export function createServer(runner?: () => ScriptRunner): Server {
  const cache = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  return new Proxy({} as Server, {
    get(_target, property) {
      if (typeof property !== "string") return undefined;
      let fn = cache.get(property);
      if (!fn) {
        fn = (...args: unknown[]) => callServer(property, args, runner);
        cache.set(property, fn);
      }
      return fn;
    },
  });
}
