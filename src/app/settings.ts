/**
 * The "Cấu hình" tab for every command: read once per execution through the Workbook;
 * a missing tab means the defaults; a value that cannot be read stops the command with a
 * message naming the key, its row and what to type (sheet-contract.md, "Tab Cấu hình").
 */
import type { Workbook } from "../adapters/sheets";
import { TABS } from "../core/schema";
import { DEFAULT_SETTINGS, readSettings, type Settings } from "../core/settings";
import { UserError } from "./command";

export interface LoadedSettings {
  settings: Settings;
  /** Keys of the tab the add-on does not know: mentioned in the run's message, else ignored. */
  unknownKeys: string[];
}

export function loadSettings(workbook: Workbook): LoadedSettings {
  const tab = workbook.read(TABS.settings);
  if (!tab) return { settings: { ...DEFAULT_SETTINGS }, unknownKeys: [] };
  const read = readSettings(tab.values, workbook.offsetMinutes(), tab.name);
  if (read.errors.length > 0) {
    throw new UserError({
      vi: read.errors.map((e) => e.message.vi).join("\n"),
      en: read.errors.map((e) => e.message.en).join("\n"),
    });
  }
  return { settings: read.settings, unknownKeys: read.unknownKeys };
}
