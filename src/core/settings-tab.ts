/**
 * Reading the "Cấu hình" tab (sheet-contract.md, "Tab Cấu hình"): a header row (row 1 unless
 * titles stand above it), then a key in column A and its value in column B. A missing key
 * means its default; a value that cannot be read is an error naming the tab, the row, the key
 * and what to type (never a silent default); an unknown key is reported and otherwise ignored.
 */
import { type Cell, isBlank, readDate, readText, readWholeNumber } from "./cells";
import { headerRowOf } from "./headers";
import type { Text } from "./i18n";
import { TABS } from "./schema";
import {
  DEFAULT_SETTINGS,
  defaultCell,
  type Kind,
  type RangedKey,
  SETTING_RANGES,
  SETTINGS_SCHEMA,
  type SettingDef,
  type Settings,
  settingDefOf,
} from "./settings";
import { quote } from "./text";

interface SettingError {
  key: string;
  /** 1-based row of the "Cấu hình" tab. */
  row: number;
  raw: unknown;
  message: Text;
}

export interface SettingsRead {
  settings: Settings;
  errors: SettingError[];
  /** Keys present in the tab that the add-on does not know (reported, ignored). */
  unknownKeys: string[];
}

const EXPECTED: Record<Kind, Text> = {
  date: { vi: "một ngày dạng dd/mm/yyyy hoặc để trống", en: "a date as dd/mm/yyyy, or blank" },
  int: { vi: "một số nguyên", en: "a whole number" },
  text: { vi: "một đoạn chữ", en: "some text" },
};

/** The run's mention of the keys the add-on does not know, naming the tab as the user calls it. */
export function unknownKeysText(keys: readonly string[], tab: string): Text | undefined {
  if (keys.length === 0) return undefined;
  const list = keys.map((k) => quote(k)).join(", ");
  return {
    vi: `Tab "${tab}" có khóa không dùng đến (bỏ qua): ${list}.`,
    en: `The "${tab}" tab has keys the add-on does not know (ignored): ${list}.`,
  };
}

/** What to type for a setting (a whole number: its allowed range), and its default if any. */
function expectedOf(def: SettingDef): Text {
  const range = SETTING_RANGES[def.key as RangedKey] as readonly [number, number] | undefined;
  const what =
    def.kind !== "int" || range === undefined
      ? EXPECTED[def.kind]
      : {
          vi: `${EXPECTED.int.vi} từ ${range[0]} đến ${range[1]}`,
          en: `${EXPECTED.int.en} from ${range[0]} to ${range[1]}`,
        };
  if (def.default === null) return what;
  return {
    vi: `${what.vi} (mặc định: ${defaultCell(def)})`,
    en: `${what.en} (default: ${defaultCell(def)})`,
  };
}

/** Why a setting's cell is refused: out of range, or unreadable (with the reader's reason). */
type Refusal = { outOfRange: true } | { outOfRange: false; why?: Text | undefined };

/** A setting's value from its cell (blank: the default), or why the cell is refused. */
function settingValue(
  def: SettingDef,
  raw: Cell,
  offsetMinutes: number,
): { value: unknown } | { refused: Refusal } {
  if (isBlank(raw)) return { value: def.default };
  const read =
    def.kind === "date"
      ? readDate(raw, offsetMinutes)
      : def.kind === "int"
        ? readWholeNumber(raw)
        : readText(raw);
  if (read.kind !== "value") {
    const why = read.kind === "bad" && def.kind === "date" ? read.why : undefined;
    return { refused: { outOfRange: false, why } };
  }
  if (!SETTINGS_SCHEMA.shape[def.key].safeParse(read.value).success) {
    return { refused: def.kind === "int" ? { outOfRange: true } : { outOfRange: false } };
  }
  return { value: read.value };
}

/** The message of a refused setting: where it is, what is wrong, what to type. */
function refusalText(
  def: SettingDef,
  at: { tab: string; row: number; shown: string },
  refused: Refusal,
): Text {
  const expected = expectedOf(def);
  const where = {
    vi: `Tab "${at.tab}", dòng ${at.row}, khóa "${def.vi}"`,
    en: `"${at.tab}" tab, row ${at.row}, key "${def.vi}" (${def.en})`,
  };
  const { shown } = at;
  const problem: Text = refused.outOfRange
    ? {
        vi: `giá trị ${shown} nằm ngoài khoảng cho phép`,
        en: `${shown} is outside the allowed range`,
      }
    : refused.why
      ? { vi: `giá trị ${shown}: ${refused.why.vi}`, en: `${shown}: ${refused.why.en}` }
      : { vi: `giá trị ${shown} không đọc được`, en: `cannot read ${shown}` };
  return {
    vi: `${where.vi}: ${problem.vi}; hãy nhập ${expected.vi}.`,
    en: `${where.en}: ${problem.en}; type ${expected.en}.`,
  };
}

/**
 * Reads the rows of "Cấu hình" (a header row, row 1 unless titles stand above it; then a key in
 * column A and its value in column B).
 * `offsetMinutes` converts date cells (spreadsheet time zone); `tab` is the tab's actual name
 * (it may be an alias such as "Settings"), named in the messages.
 */
export function readSettings(
  rows: readonly (readonly Cell[])[],
  offsetMinutes: number,
  tab: string = TABS.settings.name,
): SettingsRead {
  const values: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const errors: SettingError[] = [];
  const unknownKeys: string[] = [];
  // The header row (Khóa | Giá trị) and any title above it hold no setting.
  const headerIndex = headerRowOf(TABS.settings, rows);
  rows.forEach((cells, i) => {
    if (i <= headerIndex) return;
    const keyCell = cells[0];
    if (isBlank(keyCell)) return;
    const keyText = String(keyCell);
    const def = settingDefOf(keyText);
    if (!def) {
      unknownKeys.push(keyText.trim());
      return;
    }
    const raw = cells[1];
    const got = settingValue(def, raw, offsetMinutes);
    if ("value" in got) values[def.key] = got.value;
    else {
      const at = { tab, row: i + 1, shown: quote(raw, offsetMinutes) };
      errors.push({ key: def.vi, row: at.row, raw, message: refusalText(def, at, got.refused) });
    }
  });
  const settings = values as unknown as Settings;
  errors.push(...pairErrors(settings, tab));
  return { settings, errors, unknownKeys };
}

/** Two settings that bound one range: the plan period's years, a posting's months. */
function pairErrors(settings: Settings, tab: string): SettingError[] {
  const errors: SettingError[] = [];
  if (settings.planLastYear < settings.planFirstYear) {
    errors.push({
      key: "Năm kết thúc kế hoạch",
      row: 0,
      raw: settings.planLastYear,
      message: {
        vi: `Tab "${tab}": khóa "Năm kết thúc kế hoạch" (${settings.planLastYear}) phải không nhỏ hơn "Năm bắt đầu kế hoạch" (${settings.planFirstYear}).`,
        en: `"${tab}" tab: the key "Năm kết thúc kế hoạch" (Plan last year, ${settings.planLastYear}) must not be before "Năm bắt đầu kế hoạch" (Plan first year, ${settings.planFirstYear}).`,
      },
    });
  }
  if (settings.maxMonths < settings.minMonths) {
    errors.push({
      key: "Số tháng tối đa",
      row: 0,
      raw: settings.maxMonths,
      message: {
        vi: `Tab "${tab}": khóa "Số tháng tối đa" (${settings.maxMonths}) phải không nhỏ hơn "Số tháng tối thiểu" (${settings.minMonths}).`,
        en: `"${tab}" tab: the key "Số tháng tối đa" (Maximum months, ${settings.maxMonths}) must not be less than "Số tháng tối thiểu" (Minimum months, ${settings.minMonths}).`,
      },
    });
  }
  return errors;
}
