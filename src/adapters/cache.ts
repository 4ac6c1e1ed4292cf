/**
 * CacheService adapter: the document cache, shared by every user of the spreadsheet and every
 * execution (a custom function's cell runs in an execution of its own). A cache is a saving,
 * never a need: where there is none (e.g. a context that may not use it) or it refuses a
 * value, the caller reads afresh.
 * https://developers.google.com/apps-script/reference/cache/cache-service
 */

export interface Cache {
  get(key: string): string | null;
  /** Keeps `value` for at most `seconds` (Apps Script caps it at 6 hours); false if refused. */
  put(key: string, value: string, seconds: number): boolean;
}

/** The spreadsheet's cache, or null where this execution cannot have one. */
export function documentCache(): Cache | null {
  let cache: GoogleAppsScript.Cache.Cache | null;
  try {
    cache = CacheService.getDocumentCache();
  } catch {
    return null;
  }
  if (!cache) return null;
  const c = cache;
  return {
    get: (key) => c.get(key),
    put: (key, value, seconds) => {
      try {
        c.put(key, value, seconds);
        return true;
      } catch {
        return false;
      }
    },
  };
}
