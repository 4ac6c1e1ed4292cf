/**
 * PropertiesService adapter: the add-on's small saved state as string keys and values.
 * Document properties are shared by every user of the spreadsheet; user properties belong to
 * the user running the script (and, for an add-on, to this add-on only).
 * https://developers.google.com/apps-script/reference/properties/properties-service
 */

/** A key-value store: one call reads every key (`all`), one call writes several (`setAll`). */
export interface Store {
  get(key: string): string | null;
  all(): Record<string, string>;
  set(key: string, value: string): void;
  setAll(values: Record<string, string>): void;
  remove(key: string): void;
}

function storeOf(properties: GoogleAppsScript.Properties.Properties): Store {
  return {
    get: (key) => properties.getProperty(key),
    all: () => properties.getProperties(),
    set: (key, value) => {
      properties.setProperty(key, value);
    },
    setAll: (values) => {
      properties.setProperties(values);
    },
    remove: (key) => {
      properties.deleteProperty(key);
    },
  };
}

/** The spreadsheet's properties, the same for every user. */
export function documentStore(): Store {
  return storeOf(PropertiesService.getDocumentProperties());
}

/** The current user's properties. */
export function userStore(): Store {
  return storeOf(PropertiesService.getUserProperties());
}
