/**
 * `npm run demo`, run as CI runs it: the built bundle in the local runtime, on the sample
 * workbook and on workbooks a user might export. What is asserted is what a user would look
 * at: the output folder, the checked workbook's columns, the printed counts, the messages, and
 * that the input file is never modified.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { type DemoResult, DOCUMENT, exitCode, formatSummary, runDemo } from "../tools/demo/run";
import { buildSampleModel, REPORT_DUE_HEADER, SAMPLE_FILE } from "../tools/demo/sample";
import { columnToLetters } from "../tools/gas-runtime/a1";
import type { SpreadsheetModel } from "../tools/gas-runtime/model";
import { readXlsxFile } from "../tools/xlsx/read";
import { writeXlsxFile } from "../tools/xlsx/write";
import { POSTINGS_SAMPLE, POSTINGS_SAMPLE_HEADER } from "./fixtures/postings-sample";
import { ROSTER_SAMPLE } from "./fixtures/roster-sample";
import { distDir } from "./support/bundle";
import { zipOf } from "./support/zip";

const quiet = { write: () => true, isTTY: false };
const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

/** An .xlsx read with exceljs alone. */
async function readWithExceljs(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** A tab of a workbook read with exceljs: header → column values (dates as dd/mm/yyyy). */
function columns(wb: ExcelJS.Workbook, tab: string): Map<string, string[]> {
  const ws = wb.getWorksheet(tab)!;
  const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const out = new Map<string, string[]>(header.map((h) => [h, []]));
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (!row.hasValues) continue;
    header.forEach((h, i) => {
      let v = row.getCell(i + 1).value as unknown;
      if (v && typeof v === "object" && "result" in v) v = (v as { result: unknown }).result;
      if (v instanceof Date) {
        v = `${String(v.getUTCDate()).padStart(2, "0")}/${String(v.getUTCMonth() + 1).padStart(2, "0")}/${v.getUTCFullYear()}`;
      }
      out.get(h)!.push(v === null || v === undefined ? "" : String(v));
    });
  }
  return out;
}

function tally(words: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const w of words) out[w] = (out[w] ?? 0) + 1;
  return out;
}

describe("npm run demo on the sample workbook", () => {
  let result: DemoResult;
  let outDir: string;
  let hashBefore: string;
  /** The checked workbook the demo wrote, read once by exceljs alone and once as Sheets would. */
  let xlsx: ExcelJS.Workbook;
  let checked: SpreadsheetModel;

  beforeAll(async () => {
    outDir = join(tmp("dicoso-demo-"), "demo");
    hashBefore = sha256(SAMPLE_FILE);
    result = await runDemo({ distDir: distDir(), outDir, out: quiet });
    const path = join(outDir, "di-co-so-mau-da-kiem-tra.xlsx");
    xlsx = await readWithExceljs(path);
    checked = await readXlsxFile(path);
  });

  it("runs every step of the job and stops on none", () => {
    const states = Object.fromEntries(result.steps.map((s) => [s.name, s.state]));
    expect(states).toMatchObject({
      "Thiết lập bảng tính": "done",
      "Kiểm tra điều kiện": "done",
      "Kiểm tra đợt cử đi": "done",
      REPORT_DUE: "done",
    });
    expect(result.alerts).toEqual([]);
    expect(exitCode(result)).toBe(0);
  });

  it("writes the checked workbook, its HTML view, the documents and the summary into one folder", () => {
    const files = readdirSync(outDir);
    expect(files).toContain("di-co-so-mau-da-kiem-tra.xlsx");
    expect(files).toContain("di-co-so-mau-da-kiem-tra.html");
    expect(files).toContain("tom-tat.txt");
    for (const f of result.files) expect(existsSync(f.path), f.path).toBe(true);
    for (const f of result.files) expect(resolve(f.path).startsWith(outDir)).toBe(true);
    const docs = result.steps.find((s) => s.name === "Tạo văn bản…")!;
    expect(docs.state).toBe("done");
    const documents = result.files.filter((f) => f.what === DOCUMENT).map((f) => f.path);
    // Each kind asked for: the yearly proposal, the cadre's report forms, the unit's
    // evaluation forms, the results summary; every one an .html file inside the folder.
    for (const kind of [
      "Danh sách đề xuất",
      "Báo cáo 6 tháng",
      "Nhận xét 6 tháng",
      "Báo cáo tổng hợp",
    ]) {
      expect(documents.filter((d) => basename(d).includes(kind)).length, kind).toBeGreaterThan(0);
    }
    for (const d of documents) {
      expect(d.startsWith(join(outDir, "van-ban"))).toBe(true);
      expect(d).toMatch(/\.html$/);
    }
    // The passing cadre of the first posting has a report form in his name.
    expect(documents.some((d) => basename(d).includes("CB001 Nguyễn Văn An – Báo cáo"))).toBe(true);
  });

  it("prints counts per status that are the checked workbook's own Kết quả column", () => {
    const roster = columns(xlsx, "Cán bộ");
    const postings = columns(xlsx, "Đợt cử đi");
    expect(result.summary.roster?.counts).toEqual(tally(roster.get("Kết quả")!));
    expect(result.summary.postings?.counts).toEqual(tally(postings.get("Kết quả")!));
    const text = readFileSync(join(outDir, "tom-tat.txt"), "utf8");
    expect(text).toBe(formatSummary(result));
    for (const [word, n] of Object.entries(tally(roster.get("Kết quả")!))) {
      expect(text).toMatch(new RegExp(`\\n {4}${word} +${n}\\n`));
    }
    expect(text).toContain(`Tab "Cán bộ": ${ROSTER_SAMPLE.length} cán bộ`);
    expect(text).toContain(`Tab "Đợt cử đi": ${POSTINGS_SAMPLE.length} đợt cử đi`);
  });

  it("prints the plan for the sample's remaining years with the reasons, and writes its timeline beside the workbook", () => {
    expect(result.steps.find((s) => s.name === "Lập kế hoạch cử…")?.state).toBe("done");
    const text = readFileSync(join(outDir, "tom-tat.txt"), "utf8");
    expect(text).toContain('Kế hoạch cử (tab "Kế hoạch cử"): 5 đề xuất');
    expect(text).toMatch(
      /\n {2}Năm 2022:\n {4}CB039 Lương Văn Quý — Phó Bí thư Thành đoàn Tây Ninh, bắt đầu từ 01\/01\/2022 đến 31\/03\/2022\n {6}\[KH-UT\] Mục VI\.3\.1: thứ tự xét/,
    );
    expect(text).toContain(
      "      [VT-1] Mục III.1: năm 2022 không còn chỗ Phó Bí thư (đã dành cho CB039)",
    );
    const svg = readFileSync(join(outDir, "di-co-so-mau-ke-hoach-cu.svg"), "utf8");
    expect(svg).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="300"/,
    );
    expect(svg).toContain("<title>CB039: 01/01/2022 – 01/01/2023 (đề xuất)</title>");
    // The plan's tab is in the checked workbook too.
    expect(
      columns(xlsx, "Kế hoạch cử")
        .get("Kết quả")!
        .filter((w) => w === "Đề xuất cử"),
    ).toHaveLength(5);
  });

  it("gives every cadre and every posting the result the plan gives it", () => {
    const roster = columns(xlsx, "Cán bộ");
    expect(roster.get("Kết quả")).toEqual(ROSTER_SAMPLE.map((c) => c.expected));
    const postings = columns(xlsx, "Đợt cử đi");
    expect(postings.get("Kết quả")).toEqual(POSTINGS_SAMPLE.map((p) => p.expected));
    expect(postings.get("Tình trạng")).toEqual(POSTINGS_SAMPLE.map((p) => p.state));
    expect(postings.get("Hạn báo cáo tới")).toEqual(POSTINGS_SAMPLE.map((p) => p.nextDue));
  });

  it("counts the overdue tasks of every duty, as the check's message and the sidebar do, apart from Kết quả", () => {
    const overdue = POSTINGS_SAMPLE.map((p, i) => ({ row: i + 2, p })).filter(
      ({ p }) => p.overdue.length > 0,
    );
    const tasks = overdue.reduce((n, { p }) => n + p.overdue.length, 0);
    expect(overdue.length).toBeGreaterThan(0);
    expect(result.summary.postings?.overdue.map((o) => [o.row, o.cadreId, o.tasks])).toEqual(
      overdue.map(({ row, p }) => [row, p.cells["Mã CB"], p.overdue.length]),
    );
    expect(result.summary.postings?.overdueTasks).toBe(tasks);
    const text = readFileSync(join(outDir, "tom-tat.txt"), "utf8");
    expect(text).toContain(`Việc quá hạn: ${tasks} việc ở ${overdue.length} đợt cử đi`);
    for (const { row, p } of overdue) expect(text).toContain(`hàng ${row}: ${p.cells["Mã CB"]}`);
    // The same figures in the toast of Kiểm tra đợt cử đi.
    const step = result.steps.find((st) => st.name === "Kiểm tra đợt cử đi");
    expect(step?.detail).toContain(`${tasks} việc quá hạn ở ${overdue.length} đợt`);
    // A valid posting may have overdue tasks: Kết quả stays Hợp lệ, the count says the rest.
    expect(overdue.some(({ p }) => p.expected === "Hợp lệ")).toBe(true);
  });

  it("stores each =REPORT_DUE result as the formula's value: the next report due, the formula in its full form", () => {
    const sheet = checked.sheet("Đợt cử đi")!;
    const header = sheet.values()[0]!;
    const col = header.indexOf(REPORT_DUE_HEADER) + 1;
    expect(col).toBeGreaterThan(0);
    const postings = columns(xlsx, "Đợt cử đi");
    // The formula covers the sample's own columns, A to the last of POSTINGS_SAMPLE_HEADER.
    const last = columnToLetters(POSTINGS_SAMPLE_HEADER.length);
    POSTINGS_SAMPLE.forEach((p, i) => {
      const cell = sheet.get(i + 2, col)!;
      const r = i + 2;
      expect(cell.formula).toMatch(
        new RegExp(`^=REPORT_DUE\\(A${r}:${last}${r},A\\$1:${last}\\$1,'Cấu hình'!A:B\\)$`),
      );
      if (p.nextDue !== "") expect(postings.get(REPORT_DUE_HEADER)![i]).toBe(p.nextDue);
    });
    expect(result.reportDue.computed).toBe(POSTINGS_SAMPLE.length);
    expect(result.reportDue.agreeing).toBe(result.reportDue.comparable);
    expect(result.reportDue.added).toBe(false);
  });

  it("names every rule of the plan at least once in the reasons or the open tasks (the sample covers them all)", () => {
    const reasons = [
      ...columns(xlsx, "Cán bộ").get("Lý do")!,
      ...columns(xlsx, "Đợt cử đi").get("Lý do")!,
    ].join("\n");
    const tasks = columns(xlsx, "Đợt cử đi").get("Việc cần làm")!.join("\n");
    // Every rule code of rules.md: II.1 groups (and DT, no group), II.2 conditions, III,
    // CB-DK, and the VI duties, TD-CU included (done late by CB004, a group-1 cadre).
    const codes = [
      ...["DT", "DT-1", "DT-2", "DT-NL"],
      ...["DK-BIENCHE", "DK-PHAMCHAT", "DK-DANG", "DK-TUOI", "DK-XEPLOAI", "DK-KYLUAT", "DK-NU"],
      ...["VT-1", "VT-2", "VT-NL", "TG-12", "TG-Q1", "TG-KY", "SL-2", "CB-DK"],
      ...["BC-6T", "BC-KT", "NX-6T", "NX-KT", "TD-CU", "SH-DANG", "SH-DOAN", "QT-KP"],
    ];
    expect(codes.filter((c) => !reasons.includes(`[${c}]`) && !tasks.includes(`(${c})`))).toEqual(
      [],
    );
    // A posting that starts in the plan period is decided on the previous year's rating: the
    // one that fails DK-XEPLOAI under CB-DK does so on a rating, not on a missing column.
    expect(reasons).toMatch(
      /\[CB-DK\] Mục II\.2: Mã CB "CB002" vào ngày bắt đầu 15\/03\/2022: \[DK-XEPLOAI\] Mục II\.2: ô "Xếp loại 2021" ghi "Hoàn thành nhiệm vụ"/,
    );
    expect(reasons).toMatch(/\[TD-CU\] Mục VI\.2: .* trễ 45 ngày \(hạn 31\/03\/2019/);
  });

  it("keeps every cell the add-on does not own: values, formulas, notes", async () => {
    const before = await readXlsxFile(SAMPLE_FILE);
    const after = checked;
    const differences: string[] = [];
    for (const sheet of before.sheets) {
      const out = after.sheet(sheet.name)!;
      for (const [r, c, cell] of sheet.entries()) {
        const got = out.get(r, c);
        const at = `${sheet.name}!R${r}C${c}`;
        if ((got?.formula ?? "") !== (cell.formula ?? "")) differences.push(`${at} formula`);
        if ((got?.note ?? "") !== (cell.note ?? "")) differences.push(`${at} note`);
        // A formula's value is its result, recomputed; every other value stays as it was.
        const v = (x: unknown) => (x instanceof Date ? x.toISOString() : x);
        if (!cell.formula && v(got?.value ?? null) !== v(cell.value))
          differences.push(`${at} value`);
      }
    }
    expect(differences).toEqual([]);
  });

  it("never modifies the input file", () => {
    expect(sha256(SAMPLE_FILE)).toBe(hashBefore);
    expect(result.inputUnchanged).toBe(true);
  });
});

describe("the committed sample workbook", () => {
  it("holds exactly what npm run sample generates", async () => {
    const committed = await readXlsxFile(SAMPLE_FILE);
    const generated = buildSampleModel();
    const cells = (m: SpreadsheetModel) =>
      m.sheets.map((s) => ({
        name: s.name,
        frozenRows: s.frozenRows,
        cells: [...s.entries()]
          .filter(([, , c]) => c.value !== null || c.formula || c.note)
          .map(([r, c, cell]) => ({
            at: `R${r}C${c}`,
            value: cell.value instanceof Date ? cell.value.toISOString() : cell.value,
            formula: cell.formula ?? "",
            note: cell.note ?? "",
          })),
      }));
    expect(cells(committed)).toEqual(cells(generated));
  });
});

describe("npm run demo on a workbook exported by a user", () => {
  it("checks a roster with English tab names and no REPORT_DUE column, adding that column to the copy only", async () => {
    const dir = tmp("dicoso-user-");
    const model = buildSampleModel();
    model.sheet("Cán bộ")!.name = "Cadres";
    const postings = model.sheet("Đợt cử đi")!;
    postings.deleteColumns(postings.lastColumn(), 1);
    const input = join(dir, "danh-sach.xlsx");
    await writeXlsxFile(model, input);
    const hash = sha256(input);

    const r = await runDemo({ input, distDir: distDir(), outDir: join(dir, "out"), out: quiet });
    expect(r.alerts).toEqual([]);
    expect(r.summary.roster?.tab).toBe("Cadres");
    expect(r.summary.roster?.counts).toEqual(tally(ROSTER_SAMPLE.map((c) => c.expected)));
    expect(r.reportDue).toMatchObject({ added: true, computed: POSTINGS_SAMPLE.length });
    expect(existsSync(join(dir, "out", "danh-sach-da-kiem-tra.xlsx"))).toBe(true);
    expect(sha256(input)).toBe(hash);
    const original = await readXlsxFile(input);
    expect(original.sheet("Đợt cử đi")!.values()[0]).not.toContain(REPORT_DUE_HEADER);
  });

  it("shows the add-on's own Vietnamese messages for missing tabs and headers, and exits with 2", async () => {
    const dir = tmp("dicoso-bad-");
    const model = buildSampleModel();
    model.removeSheet(model.sheet("Đợt cử đi")!);
    const roster = model.sheet("Cán bộ")!;
    roster.cell(1, 1).value = "Số hiệu"; // "Mã CB" renamed: the roster cannot be read
    const input = join(dir, "hong.xlsx");
    await writeXlsxFile(model, input);
    const hash = sha256(input);

    const r = await runDemo({ input, distDir: distDir(), outDir: join(dir, "out"), out: quiet });
    const steps = Object.fromEntries(r.steps.map((s) => [s.name, s]));
    expect(steps["Kiểm tra điều kiện"]).toMatchObject({ state: "stopped" });
    expect(steps["Kiểm tra điều kiện"]!.detail).toMatch(/Tab "Cán bộ" không có cột "Mã CB"/);
    expect(steps["Kiểm tra đợt cử đi"]).toMatchObject({ state: "stopped" });
    expect(steps["Kiểm tra đợt cử đi"]!.detail).toMatch(/Không tìm thấy tab "Đợt cử đi"/);
    // The plan needs the roster too, and says so.
    expect(steps["Lập kế hoạch cử…"]).toMatchObject({ state: "stopped" });
    expect(steps["Lập kế hoạch cử…"]!.detail).toMatch(/Tab "Cán bộ" không có cột "Mã CB"/);
    expect(r.alerts).toHaveLength(3);
    expect(formatSummary(r)).toContain(r.alerts[0]!);
    expect(exitCode(r)).toBe(2);
    expect(sha256(input)).toBe(hash);
  });

  it("says in Vietnamese when the file is missing or is not an .xlsx", async () => {
    const dir = tmp("dicoso-notxlsx-");
    const input = join(dir, "danh-sach.xlsx");
    writeFileSync(input, "Mã CB,Họ và tên\nCB001,Nguyễn Văn An\n");
    const run = (file: string) =>
      runDemo({ input: file, distDir: distDir(), outDir: join(dir, "out"), out: quiet });
    await expect(run(input)).rejects.toThrow(
      /Không đọc được .* như một bảng tính \.xlsx: tệp không phải bảng tính \.xlsx \(có thể là \.csv/,
    );
    await expect(run(join(dir, "khong-co.xlsx"))).rejects.toThrow(/Không tìm thấy tệp/);
    expect(readFileSync(input, "utf8")).toBe("Mã CB,Họ và tên\nCB001,Nguyễn Văn An\n");
  });

  it("refuses a zip that holds no workbook, a damaged zip and a password-protected file, in Vietnamese only", async () => {
    const dir = tmp("dicoso-archive-");
    const files = {
      "anh.xlsx": zipOf({ "anh/ghi-chu.txt": "không phải bảng tính" }),
      "cut.xlsx": zipOf({ "xl/workbook.xml": "<workbook>" }).subarray(0, 40),
      "mat-khau.xlsx": Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    };
    const messages: string[] = [];
    for (const [name, bytes] of Object.entries(files)) {
      const input = join(dir, name);
      writeFileSync(input, bytes);
      const error = await runDemo({
        input,
        distDir: distDir(),
        outDir: join(dir, "out"),
        out: quiet,
      }).catch((e: Error) => e);
      expect(error, name).toBeInstanceOf(Error);
      messages.push((error as Error).message);
    }
    expect(messages[0]).toContain("tệp là một tệp nén nhưng không chứa bảng tính Excel nào");
    expect(messages[1]).toContain("tệp nén .xlsx bị hỏng hoặc tải về chưa trọn");
    expect(messages[2]).toContain(".xlsx có đặt mật khẩu");
    // No library's English text: no "zip", "Corrupted", "End of data", "Error".
    for (const m of messages) expect(m).not.toMatch(/zip|corrupt|end of data|error|signature/i);
    // Nothing was written for a file that could not be read.
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("keeps every output file inside --out, with short safe names, whatever the cadres are called", async () => {
    const dir = tmp("dicoso-names-");
    const model = buildSampleModel();
    const roster = model.sheet("Cán bộ")!;
    const name = roster.values()[0]!.indexOf("Họ và tên") + 1;
    roster.cell(2, name).value = "A".repeat(100_000); // CB001
    roster.cell(3, name).value = "../../x"; // CB002
    roster.cell(4, name).value = 'CON:<b>"ư"</b>\u200b'; // CB003
    const input = join(dir, `${"Bảng tính ".repeat(18)}.xlsx`);
    await writeXlsxFile(model, input);
    const outDir = join(dir, "a", "b", "out");
    const r = await runDemo({ input, distDir: distDir(), outDir, out: quiet });
    expect(exitCode(r)).toBe(0);
    // Nothing beside the output folder: the name climbing two folders up wrote nothing there.
    expect(readdirSync(join(dir, "a"))).toEqual(["b"]);
    expect(readdirSync(join(dir, "a", "b"))).toEqual(["out"]);
    const written = r.files.map((f) => f.path);
    expect(written.length).toBeGreaterThan(60);
    for (const path of written) {
      expect(resolve(path).startsWith(`${resolve(outDir)}/`), path).toBe(true);
      expect(existsSync(path), path).toBe(true);
      for (const part of path.slice(outDir.length + 1).split("/")) {
        expect(Buffer.byteLength(part, "utf8"), part).toBeLessThanOrEqual(200);
        expect(part).not.toMatch(/^\.\.?$|[<>:"\\|?*\u200b]/);
      }
    }
    const long = written.filter((p) => basename(p).startsWith("2018 – CB001 AAAA"));
    expect(long.length).toBeGreaterThan(1);
    expect(new Set(long).size).toBe(long.length);
    expect(written.some((p) => basename(p).startsWith("2018 – CB002 .._.._x – "))).toBe(true);
  });

  it("on the command line, a file-system error is told in Vietnamese, never in Node's English", async () => {
    const dir = tmp("dicoso-cli-bad-");
    // An output folder that is a file: the file system refuses, in English; the user reads Vietnamese.
    const blocker = join(dir, "out");
    writeFileSync(blocker, "");
    const result = await promisify(execFile)(
      process.execPath,
      [
        "--import",
        "tsx",
        "tools/demo/main.ts",
        "--dist",
        distDir(),
        "--out",
        join(blocker, "demo"),
      ],
      { cwd: resolve(__dirname, ".."), encoding: "utf8" },
    ).catch((e: { code: number; stderr: string; stdout: string }) => e);
    const { stderr } = result as { stderr: string };
    expect((result as { code?: number }).code).toBe(1);
    expect(stderr).toContain("một phần của đường dẫn là tệp, không phải thư mục");
    expect(stderr).not.toMatch(/ENOTDIR|Error|at .*\.ts:\d+/);
  });
});

describe("the command line", () => {
  it("prints the progress, the summary and where the files are, exit code 0", async () => {
    const outDir = join(tmp("dicoso-cli-"), "demo");
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "tools/demo/main.ts", "--dist", distDir(), "--out", outDir],
      { cwd: resolve(__dirname, ".."), encoding: "utf8" },
    );
    expect(stdout).toMatch(/\[█+\] 11\/11 Tóm tắt/);
    expect(stdout).toContain(`Tab "Cán bộ": ${ROSTER_SAMPLE.length} cán bộ`);
    expect(stdout).toContain(`Tệp kết quả (${outDir}):`);
    expect(stdout).toContain("Tệp đầu vào không bị sửa");
    expect(stdout).toMatch(/Thời gian: \d+,\d giây/);
  });
});
