/**
 * Compile-time proof that the entry points agree everywhere (never bundled, checked by
 * `npm run check`): src/entry.ts exports exactly the names of the record in
 * src/entrypoints.ts, each a function; the menu holds exactly its menu functions; and the
 * pages' view of the server (src/shared/server.ts) is what the server exports. A name missing
 * on either side is named in the compiler's error.
 */
import type { MenuItemName } from "./app/menu";
import type * as entry from "./entry";
import type {
  ClientFunction,
  ENTRY_POINTS,
  EntryDoc,
  EntryName,
  MenuFunction,
} from "./entrypoints";
import type { ServerFunctions } from "./shared/server";

type Entry = typeof entry;

/** T itself when T is a U; otherwise a compile error saying which member is missing. */
type Is<T extends U, U> = T;

/** Every name of the record is exported by src/entry.ts, as a function. */
export type EveryEntryPointIsExported = Is<Entry, Record<EntryName, (...args: never[]) => unknown>>;

/** Every export of src/entry.ts is in the record. */
export type EveryExportIsAnEntryPoint = Is<typeof ENTRY_POINTS, Record<keyof Entry, EntryDoc>>;

/** Every menu function is on the menu, and the menu calls nothing else (MenuItem's type). */
export type EveryMenuFunctionIsOnTheMenu = Is<MenuFunction, MenuItemName>;

/** What the pages call is what the server exports, parameters and results, both ways. */
export type PagesSeeTheServer = Is<Pick<Entry, ClientFunction>, ServerFunctions>;
export type ServerServesThePages = Is<ServerFunctions, Pick<Entry, ClientFunction>>;
