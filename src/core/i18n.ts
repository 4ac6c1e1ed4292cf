/** The add-on speaks Vietnamese, and English where the user's locale is not Vietnamese. */
export type Locale = "vi" | "en";

export interface Text {
  vi: string;
  en: string;
}

/** Session.getActiveUserLocale() gives "vi", "vi_VN", "en", "en_US", "" … */
export function localeFrom(sessionLocale: string | undefined | null): Locale {
  const l = (sessionLocale ?? "").toLowerCase();
  return l === "" || l.startsWith("vi") ? "vi" : "en";
}

export function pick(locale: Locale, text: Text): string {
  return locale === "vi" ? text.vi : text.en;
}

/** `text` with each `{name}` in it replaced by `vars[name]` ("" for a name not given). */
export function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? ""));
}
