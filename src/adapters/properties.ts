/**
 * PropertiesService adapter: the add-on's small saved state as string keys and values, in the
 * properties of the user running the script (for an add-on, of this add-on only). Nothing is
 * kept in the document's properties: what the users of a spreadsheet share is the sheet itself.
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

/** The current user's properties. */
export function userStore(): Store {
  return storeOf(PropertiesService.getUserProperties());
}
