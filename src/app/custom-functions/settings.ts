/**
 * A custom function's settings: the "Cấu hình" columns given as an argument, read as the tab
 * is, or the tab itself when the argument is left out; a value it cannot read, as its message.
 */
import { Workbook } from "../../adapters/sheets";
import type { Text } from "../../core/i18n";
import { SETTINGS_COLUMNS, TABS } from "../../core/schema";
import type { Settings } from "../../core/settings";
import { readSettings } from "../../core/settings-tab";
import { fold } from "../../core/text";
import { UserError } from "../command";
import { loadSettings } from "../settings";
import { argumentWidth, asRows, isOmitted } from "./arguments";
import { inFixedOffset, type Zone } from "./zone";

/** The settings argument is not the two columns of "Cấu hình". */
const NOT_SETTINGS: Text = {
  vi: `Đối số cấu hình phải là hai cột "${SETTINGS_COLUMNS.key.header}" và "${SETTINGS_COLUMNS.value.header}" của tab "${TABS.settings.name}", ví dụ '${TABS.settings.name}'!A:B.`,
  en: `The settings argument must be the "${SETTINGS_COLUMNS.key.header}" and "${SETTINGS_COLUMNS.value.header}" columns of the "${TABS.settings.name}" tab, e.g. '${TABS.settings.name}'!A:B.`,
};

const SETTINGS_HEADER = new Set(
  [SETTINGS_COLUMNS.key.header, SETTINGS_COLUMNS.key.en].map((h) => fold(h)),
);

/** The Date cells of a settings argument (its values), to tell the zone. */
export function settingsDates(arg: unknown): unknown[] {
  return isOmitted(arg) ? [] : asRows(arg).map((r) => r[1]);
}

/**
 * The settings given as an argument (`'Cấu hình'!A:B`: key, value, the header row first or not),
 * read as the tab is (core/settings.ts); a value that cannot be read gives its message, as a
 * menu command does. Keys the add-on does not know are ignored.
 */
export function settingsFromArgument(arg: unknown, ctx: Zone): Settings | Text {
  const rows = asRows(arg).map((r) => [...r]);
  if (argumentWidth(rows) < 2) return NOT_SETTINGS;
  inFixedOffset(rows, ctx);
  const first = rows[0]?.[0];
  const hasHeader = typeof first === "string" && SETTINGS_HEADER.has(fold(first));
  const read = readSettings(hasHeader ? rows : [["", ""], ...rows], ctx.offset);
  if (read.errors.length > 0) {
    return {
      vi: read.errors.map((e) => e.message.vi).join(" "),
      en: read.errors.map((e) => e.message.en).join(" "),
    };
  }
  return read.settings;
}

/** The settings from the "Cấu hình" tab (service calls), or the message of one it cannot read. */
export function settingsFromTab(workbook: Workbook): Settings | Text {
  try {
    return loadSettings(workbook).settings;
  } catch (error) {
    if (error instanceof UserError) return error.text;
    throw error;
  }
}

/** The settings: from the argument when given, else from the tab. */
export function settingsOf(arg: unknown, ctx: Zone): Settings | Text {
  return isOmitted(arg) ? settingsFromTab(Workbook.active()) : settingsFromArgument(arg, ctx);
}
