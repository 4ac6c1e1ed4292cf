/**
 * The "Cấu hình" tab for every command: read once per execution through the Workbook;
 * a missing tab means the defaults; a value that cannot be read stops the command with a
 * message naming the key, its row and what to type (sheet-contract.md, "Tab Cấu hình").
 */
import type { Workbook } from "../adapters/sheets";
import type { Text } from "../core/i18n";
import { TABS } from "../core/schema";
import { DEFAULT_SETTINGS, type Settings } from "../core/settings";
import { readSettings, unknownKeysText } from "../core/settings-tab";
import { UserError } from "./command";

export interface LoadedSettings {
  settings: Settings;
  /** Keys of the tab the add-on does not know: mentioned in the run's message, else ignored. */
  unknownKeys: string[];
  /** The run's mention of those keys, naming the tab as the user calls it (none when none). */
  problems: Text[];
}

export function loadSettings(workbook: Workbook): LoadedSettings {
  const tab = workbook.read(TABS.settings);
  if (!tab) return { settings: { ...DEFAULT_SETTINGS }, unknownKeys: [], problems: [] };
  const read = readSettings(tab.values, workbook.offsetMinutes(), tab.name);
  if (read.errors.length > 0) {
    throw new UserError({
      vi: read.errors.map((e) => e.message.vi).join("\n"),
      en: read.errors.map((e) => e.message.en).join("\n"),
    });
  }
  const unknown = unknownKeysText(read.unknownKeys, tab.name);
  return {
    settings: read.settings,
    unknownKeys: read.unknownKeys,
    problems: unknown ? [unknown] : [],
  };
}
