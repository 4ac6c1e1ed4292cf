/**
 * "Cấu hình" as set-up leaves it: every missing key with its default and a note explaining it;
 * the settings set-up then works with (a value it cannot read: the default, said).
 */
import type { Sheet } from "../../adapters/sheets";
import { isBlank } from "../../core/cells";
import type { Text } from "../../core/i18n";
import { SETTINGS_COLUMNS } from "../../core/schema";
import {
  DEFAULT_SETTINGS,
  defaultCell,
  SETTING_DEFS,
  type Settings,
  settingDefOf,
} from "../../core/settings";
import { type SettingsRead, unknownKeysText } from "../../core/settings-tab";
import type { Report } from "./report";
import { isEmpty } from "./tabs";

/** "Cấu hình": header, every missing key with its default, a note on each key without one. */
export function ensureSettings(sheet: Sheet, values: unknown[][], report: Report): void {
  if (isEmpty(values)) {
    sheet
      .getRange(1, 1, 1, 2)
      .setValues([[SETTINGS_COLUMNS.key.header, SETTINGS_COLUMNS.value.header]])
      .setFontWeight("bold");
    values.splice(0, values.length, [SETTINGS_COLUMNS.key.header, SETTINGS_COLUMNS.value.header]);
    report.addedHeaders += 2;
  }
  const defOf = (key: unknown) => (typeof key === "string" ? settingDefOf(key) : undefined);
  const present = new Set(values.slice(1).map((row) => defOf(row[0])));
  const missing = SETTING_DEFS.filter((d) => !present.has(d));
  let lastRow = values.length;
  while (lastRow > 1 && (values[lastRow - 1] ?? []).every((c) => isBlank(c))) lastRow -= 1;
  if (missing.length > 0) {
    sheet
      .getRange(lastRow + 1, 1, missing.length, 2)
      .setValues(missing.map((d) => [d.vi, defaultCell(d)]));
    for (const d of missing) values[lastRow++] = [d.vi, defaultCell(d)];
    report.addedKeys += missing.length;
  }
  if (lastRow < 2) return;
  // Notes: the key cells that have none get the setting's explanation (one read, one write).
  const keys = sheet.getRange(2, 1, lastRow - 1, 1);
  const notes = keys.getNotes();
  let changed = false;
  const next = notes.map((row, i) => {
    const def = defOf(values[i + 1]?.[0]);
    if (!def || (row[0] ?? "") !== "") return [row[0] ?? ""];
    changed = true;
    const dflt = def.default === null ? "để trống / blank" : String(defaultCell(def));
    return [`${def.help.vi}\n${def.help.en}\nMặc định / default: ${dflt}`];
  });
  if (changed) keys.setNotes(next);
}

/**
 * The settings set-up works with: what the tab says, and for a value it cannot read the
 * default (the plan period as a whole when it ends before it starts, the months' range as a
 * whole when its maximum is below its minimum), said in the message.
 */
export function settingsForSetUp(
  read: SettingsRead,
  tab: string,
): { settings: Settings; said: Text[] } {
  const said: Text[] = [];
  let settings = read.settings;
  if (read.errors.length > 0) {
    if (settings.planLastYear < settings.planFirstYear) {
      settings = {
        ...settings,
        planFirstYear: DEFAULT_SETTINGS.planFirstYear,
        planLastYear: DEFAULT_SETTINGS.planLastYear,
      };
    }
    if (settings.maxMonths < settings.minMonths) {
      settings = {
        ...settings,
        minMonths: DEFAULT_SETTINGS.minMonths,
        maxMonths: DEFAULT_SETTINGS.maxMonths,
      };
    }
    const many = read.errors.length > 1;
    said.push({
      vi: [
        ...read.errors.map((e) => e.message.vi),
        `Thiết lập bảng tính đã dùng giá trị mặc định thay cho ${many ? "các giá trị này" : "giá trị này"}; hãy sửa rồi chạy lại.`,
      ].join(" "),
      en: [
        ...read.errors.map((e) => e.message.en),
        `Set up sheets used the default instead; correct ${many ? "them" : "it"} and run it again.`,
      ].join(" "),
    });
  }
  const unknown = unknownKeysText(read.unknownKeys, tab);
  if (unknown) said.push(unknown);
  return { settings, said };
}
