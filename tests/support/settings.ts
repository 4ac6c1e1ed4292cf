import type { Runtime } from "../../tools/gas-runtime/index";

/** Types a value next to a key of the "Cấu hình" tab (a new row when the key is absent). */
export function setSetting(rt: Runtime, key: string, value: unknown): void {
  const sheet = rt.spreadsheet.sheet("Cấu hình")!;
  const rows = sheet.values();
  let at = rows.findIndex((r) => r[0] === key);
  if (at < 0) at = rows.length;
  sheet.cell(at + 1, 1).value = key;
  sheet.cell(at + 1, 2).value = value as never;
}
