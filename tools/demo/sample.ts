/**
 * The sample workbook (samples/di-co-so-mau.xlsx): a fictional provincial office's roster
 * and its postings of 2018–2022, as staff would keep them before running the add-on. Built
 * from the test fixtures (tests/fixtures/roster-sample.ts, postings-sample.ts), so the demo,
 * the tests and the sample agree on every expected status; the units are Tây Ninh's
 * (src/app/setup/units.ts) with the seats they offer a year (tests/fixtures/units-sample.ts), and the settings are the defaults with "Ngày xét" = the fixtures'
 * reference date. Every person is invented.
 *
 * `npm run sample` writes the .xlsx; tests/demo.test.ts ("the committed sample workbook") checks the committed file
 * holds exactly what this module builds.
 */
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { TAY_NINH_UNITS } from "../../src/app/setup/units.ts";
import { ymd } from "../../src/core/dates.ts";
import { TABS } from "../../src/core/schema.ts";
import { SETTING_DEFS, type SettingDef } from "../../src/core/settings.ts";
import {
  POSTINGS_SAMPLE_TODAY,
  postingsSampleValues,
} from "../../tests/fixtures/postings-sample.ts";
import {
  isSampleDate,
  ROSTER_SAMPLE_REFERENCE_DATE,
  rosterSampleValues,
  type SampleCell,
} from "../../tests/fixtures/roster-sample.ts";
import { unitsSampleValues } from "../../tests/fixtures/units-sample.ts";
import { columnToLetters } from "../gas-runtime/a1.ts";
import { type CellValue, type RowInput, SpreadsheetModel } from "../gas-runtime/model.ts";
import { instantOf } from "../gas-runtime/time.ts";
import { writeXlsxFile } from "../xlsx/write.ts";

export const SAMPLE_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "samples",
  "di-co-so-mau.xlsx",
);

/** The day the sample is shown on: the postings fixture's "today" (15/06/2021). */
export const SAMPLE_TODAY = {
  year: POSTINGS_SAMPLE_TODAY.y,
  month: POSTINGS_SAMPLE_TODAY.m,
  day: POSTINGS_SAMPLE_TODAY.d,
} as const;

export const SAMPLE_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** Header of the user's own formula column in "Đợt cử đi" (not an add-on column). */
export const REPORT_DUE_HEADER = "Hạn báo cáo (công thức)";

/**
 * The recommended =REPORT_DUE of sheet row `r` whose postings fill columns A to `last`: the
 * full form, given the header row and the "Cấu hình" tab (`settingsTab`), so that Sheets
 * recalculates it when they change and a cell costs no service call. Written with commas, as
 * formulas are stored in a workbook file; Sheets shows its locale's separator.
 */
export function reportDueFormula(
  r: number,
  last: string,
  settingsTab: string = TABS.settings.name,
) {
  const settings = `'${settingsTab.replace(/'/g, "''")}'!A:B`;
  return `=REPORT_DUE(A${r}:${last}${r},A$1:${last}$1,${settings})`;
}

/** Local midnight of a day in the sample's zone. */
function sampleDate(year: number, month: number, day: number): Date {
  return new Date(instantOf(SAMPLE_TIME_ZONE, year, month, day));
}

function cell(v: SampleCell | CellValue): RowInput {
  if (isSampleDate(v)) return sampleDate(v.y, v.m, v.d);
  return v === "" ? null : (v as CellValue);
}

function settingValue(def: SettingDef): RowInput {
  if (def.key === "referenceDate") {
    const d = ROSTER_SAMPLE_REFERENCE_DATE;
    return sampleDate(d.y, d.m, d.d);
  }
  if (def.kind === "date" && def.default !== null) {
    const { y, m, d } = ymd(def.default as number);
    return sampleDate(y, m, d);
  }
  return def.default === null || def.default === "" ? null : (def.default as CellValue);
}

export function buildSampleModel(): SpreadsheetModel {
  const model = new SpreadsheetModel({
    name: "Đi cơ sở – bảng tính mẫu",
    timeZone: SAMPLE_TIME_ZONE,
  });

  const roster = model.addSheet(
    "Cán bộ",
    rosterSampleValues().map((r) => r.map(cell)),
  );

  const postingRows = postingsSampleValues().map((r) => r.map(cell));
  const width = postingRows[0]!.length;
  const last = columnToLetters(width);
  postingRows[0]!.push(REPORT_DUE_HEADER);
  for (let r = 1; r < postingRows.length; r++) {
    postingRows[r]!.push({ formula: reportDueFormula(r + 1, last), value: null });
  }
  const postings = model.addSheet("Đợt cử đi", postingRows);

  const units = model.addSheet(
    "Đơn vị",
    unitsSampleValues().map((r) => r.map((v) => (v === "" ? null : v))),
  );
  TAY_NINH_UNITS.forEach((u, i) => {
    if (u.note) units.cell(i + 2, 1).note = u.note;
  });

  const settings = model.addSheet("Cấu hình", [
    ["Khóa", "Giá trị"],
    ...SETTING_DEFS.map((d) => [d.vi, settingValue(d)]),
  ]);
  SETTING_DEFS.forEach((d, i) => {
    settings.cell(i + 2, 1).note = d.help.vi;
  });

  for (const sheet of [roster, postings, units, settings]) {
    sheet.frozenRows = 1;
    const header = sheet.values()[0] ?? [];
    header.forEach((h, i) => {
      const c = sheet.cell(1, i + 1);
      c.fontWeight = "bold";
      c.background = "#d9e2f3";
      c.wrap = true;
      const text = String(h ?? "");
      sheet.columnWidths.set(i + 1, /Họ và tên|Đơn vị|Ban|Khóa|Quyết định/.test(text) ? 180 : 110);
    });
    for (const [r, , c] of sheet.entries()) {
      if (r > 1 && c.value instanceof Date) c.numberFormat = "dd/mm/yyyy";
    }
  }
  postings.cell(1, width + 1).note =
    "Cột của người dùng: =REPORT_DUE(hàng; dòng tiêu đề; 'Cấu hình'!A:B) trả về hạn báo cáo sớm nhất chưa nộp (BC-6T, BC-KT) và tự tính lại khi dòng, tiêu đề hoặc cấu hình đổi.";
  return model;
}

async function main(): Promise<void> {
  const out = process.argv[2] ?? SAMPLE_FILE;
  mkdirSync(dirname(out), { recursive: true });
  await writeXlsxFile(buildSampleModel(), out);
  process.stdout.write(`Đã ghi bảng tính mẫu: ${out}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
