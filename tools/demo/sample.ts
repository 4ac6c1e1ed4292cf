/**
 * The sample workbook (samples/di-co-so-mau.xlsx): a fictional provincial office's roster
 * and its postings of 2018–2022, as staff would keep them before running the add-on.
 * Every name, date and decision number is invented; the units are Tây Ninh's districts, city
 * and directly-affiliated unions (public bodies, no personal data).
 *
 * `npm run sample` writes the .xlsx; tests/demo-sample.test.ts checks the committed file
 * holds exactly what this module builds.
 */
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type RowInput, SpreadsheetModel } from "../gas-runtime/model.ts";
import { writeXlsxFile } from "../xlsx/write.ts";
import { SAMPLE_POSTINGS, SAMPLE_ROSTER, SAMPLE_SETTINGS, SAMPLE_UNITS } from "./sample-data.ts";

export const SAMPLE_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "samples",
  "di-co-so-mau.xlsx",
);

/** The day the sample is shown on: mid-2022, with postings done, running and overdue. */
export const SAMPLE_TODAY = { year: 2022, month: 6, day: 15 } as const;

export const SAMPLE_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** Header of the user's own formula column in "Đợt cử đi" (not an add-on column). */
export const REPORT_DUE_HEADER = "Hạn báo cáo (công thức)";

/** Local midnight of a day in Asia/Ho_Chi_Minh (UTC+7 since 1975). */
export function sampleDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day) - 7 * 3_600_000);
}

/** A cell of the draft tables: "d:2018-05-14" is a date cell, anything else is as typed. */
function cell(v: string | number | null): RowInput {
  if (typeof v === "string") {
    const m = /^d:(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    if (m) return sampleDate(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return v === "" ? null : v;
}

function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

const DATE_HEADERS =
  /^(Ngày|Kỷ luật đến ngày|Chuyển sinh hoạt|Báo cáo|Nhận xét|Trao đổi|Quyết toán)/;

export function buildSampleModel(): SpreadsheetModel {
  const model = new SpreadsheetModel({ name: "Đi cơ sở – mẫu", timeZone: SAMPLE_TIME_ZONE });

  const roster = model.addSheet(
    "Cán bộ",
    SAMPLE_ROSTER.map((r) => r.map(cell)),
  );
  const postingRows = SAMPLE_POSTINGS.map((r) => r.map(cell));
  const width = SAMPLE_POSTINGS[0]!.length;
  const last = columnLetters(width);
  postingRows[0]!.push(REPORT_DUE_HEADER);
  for (let r = 1; r < postingRows.length; r++) {
    postingRows[r]!.push({ formula: `=REPORT_DUE(A${r + 1}:${last}${r + 1})`, value: null });
  }
  const postings = model.addSheet("Đợt cử đi", postingRows);
  const units = model.addSheet(
    "Đơn vị",
    SAMPLE_UNITS.map((r) => r.map(cell)),
  );
  const settings = model.addSheet(
    "Cấu hình",
    SAMPLE_SETTINGS.map((r) => r.map(cell)),
  );

  for (const sheet of [roster, postings, units, settings]) {
    sheet.frozenRows = 1;
    const header = sheet.values()[0] ?? [];
    header.forEach((h, i) => {
      const c = sheet.cell(1, i + 1);
      c.fontWeight = "bold";
      c.background = "#d9e2f3";
      c.wrap = true;
      const text = String(h ?? "");
      sheet.columnWidths.set(
        i + 1,
        text === "Họ và tên" || /Đơn vị|Lý do|Ban/.test(text) ? 180 : 110,
      );
      if (DATE_HEADERS.test(text)) {
        for (let r = 2; r <= sheet.lastRow(); r++) {
          const v = sheet.get(r, i + 1)?.value;
          if (v instanceof Date) sheet.cell(r, i + 1).numberFormat = "dd/mm/yyyy";
        }
      }
    });
  }
  settings.columnWidths.set(1, 260);
  settings.columnWidths.set(2, 200);
  postings.cell(1, width + 1).note =
    "Cột của người dùng: =REPORT_DUE(hàng) trả về hạn báo cáo sớm nhất chưa nộp (BC-6T, BC-KT).";
  roster.cell(1, 1).note = "Mã cán bộ: duy nhất, bắt buộc.";
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
