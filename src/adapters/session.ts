/**
 * Session adapter: who runs the script, as far as Apps Script lets this execution know.
 * https://developers.google.com/apps-script/reference/base/session
 */
import { type Locale, localeFrom } from "../core/i18n";

/** The user's locale; Vietnamese when this execution may not read it (AuthMode.NONE). */
export function userLocale(): Locale {
  try {
    return localeFrom(Session.getActiveUserLocale());
  } catch {
    return "vi";
  }
}
