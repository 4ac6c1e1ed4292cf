/**
 * The demo: the add-on's whole job on one workbook, in the local Apps Script runtime.
 *
 * 1. reads the workbook (.xlsx; the sample by default) — the input file is only read;
 * 2. loads the built bundle (dist/) and opens the spreadsheet (onOpen builds the menu);
 * 3. clicks "Thiết lập bảng tính", "Kiểm tra điều kiện", "Kiểm tra đợt cử đi" as a user would;
 * 4. computes every =REPORT_DUE(…) cell through the custom function (adding such a column to the
 *    copy when the workbook has none) and stores each result as the formula's cached value;
 * 5. generates the documents ("Tạo văn bản…", then the dialog's server call until done);
 * 6. writes the checked workbook (.xlsx and an HTML view), the documents and a summary into one
 *    folder.
 * A step the bundle does not offer is reported as skipped; an alert the bundle raises (a tab or
 * header missing…) is reported with its own words.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { findTab, mapColumns } from "../../src/core/headers.ts";
import { POSTING_OUTPUT, TABS } from "../../src/core/schema.ts";
import { columnToLetters, lettersToColumn, toA1 } from "../gas-runtime/a1.ts";
import { createRuntime, type Runtime } from "../gas-runtime/index.ts";
import type { SheetModel, SpreadsheetModel } from "../gas-runtime/model.ts";
import { instantOf, localTime } from "../gas-runtime/time.ts";
import { NotAWorkbookError, readXlsxFile } from "../xlsx/read.ts";
import { writeXlsxFile } from "../xlsx/write.ts";
import { writeDocumentsHtml } from "./documents-html.ts";
import { safeFileName } from "./file-names.ts";
import { planSummaryLines, timelinePath, writeTimeline } from "./plan.ts";
import { createProgress, type Progress } from "./progress.ts";
import { formatCell, renderWorkbookHtml } from "./render-html.ts";
import { REPORT_DUE_HEADER, reportDueFormula, SAMPLE_FILE, SAMPLE_TODAY } from "./sample.ts";
import { type DemoSummary, summarise } from "./summary.ts";

export const MENU = {
  setUp: "Thiết lập bảng tính",
  eligibility: "Kiểm tra điều kiện",
  postings: "Kiểm tra đợt cử đi",
  plan: "Lập kế hoạch cử…",
  documents: "Tạo văn bản…",
} as const;

export const DOCUMENT_KINDS = ["proposal", "reportForms", "evaluationForms", "summary"] as const;

/** `DemoFile.what` of a generated document. */
export const DOCUMENT = "văn bản";

/** Marks a folder the demo wrote, so that a re-run may replace it (and nothing else). */
const MARKER = ".di-co-so-demo";

export interface DemoOptions {
  /** The workbook to check; default the sample (samples/di-co-so-mau.xlsx). */
  input?: string;
  /** Output folder; default out/demo. */
  outDir?: string;
  /** The built add-on; default dist/. */
  distDir?: string;
  /** "Today" in the spreadsheet's zone; default 15/06/2021 for the sample, the real today otherwise. */
  today?: { year: number; month: number; day: number };
  /** Run "Thiết lập bảng tính" before the checks; default: yes for the sample, no for a user's workbook. */
  setupFirst?: boolean;
  /** Where the progress bar and the summary go; default process.stdout. */
  out?: { write(s: string): unknown; isTTY?: boolean };
}

export type StepState = "done" | "skipped" | "stopped" | "failed";

export interface StepOutcome {
  name: string;
  state: StepState;
  /** What happened, in Vietnamese: the toast, the alert, or why the step was skipped. */
  detail: string;
}

export interface DemoFile {
  path: string;
  what: string;
}

export interface DemoResult {
  input: string;
  sample: boolean;
  outDir: string;
  today: string;
  steps: StepOutcome[];
  summary: DemoSummary;
  /** The plan of postings as the summary prints it (none when the plan did not run). */
  plan: string[];
  files: DemoFile[];
  /** Messages the bundle showed (alerts), in order. */
  alerts: string[];
  /** REPORT_DUE cells; `comparable` = results that are a date or blank, `agreeing` = equal to Hạn báo cáo tới. */
  reportDue: {
    cells: number;
    computed: number;
    comparable: number;
    agreeing: number;
    added: boolean;
  };
  inputUnchanged: boolean;
  ms: number;
}

/** A problem that stops the demo before the add-on runs (no file, not an .xlsx …). */
export class DemoError extends Error {}

/** File name of the technical details (stack traces) kept for developers, in the output folder. */
export const TECHNICAL_FILE = "chi-tiet-ky-thuat.txt";

/** What the summary says of an error the demo did not expect; its details go to TECHNICAL_FILE. */
const UNEXPECTED = `lỗi không mong đợi; chi tiết kỹ thuật cho người phát triển ở tệp ${TECHNICAL_FILE}`;

/** Technical details of errors, for TECHNICAL_FILE: where, then the message and stack. */
type Technical = string[];

function keep(technical: Technical, where: string, e: unknown): void {
  const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
  technical.push(`${where}\n${detail}\n`);
}

/** File-system errors the user can act on, in Vietnamese (Node's own text is English). */
const FS_PROBLEMS: Record<string, string> = {
  EACCES: "không có quyền ghi hoặc đọc",
  EPERM: "không có quyền ghi hoặc đọc",
  EROFS: "ổ đĩa chỉ cho đọc",
  ENOSPC: "ổ đĩa đã đầy",
  ENOTDIR: "một phần của đường dẫn là tệp, không phải thư mục",
  EISDIR: "đường dẫn là một thư mục",
  ENAMETOOLONG: "tên tệp hoặc đường dẫn quá dài",
  ENOENT: "không tìm thấy tệp hoặc thư mục",
};

/**
 * An error the demo did not raise itself, as a DemoError in Vietnamese: a file-system problem
 * names the path and what is wrong; anything else is "unexpected", its details left to the
 * caller to keep for developers.
 */
export function asDemoError(e: unknown): DemoError {
  if (e instanceof DemoError) return e;
  const err = e as { code?: unknown; path?: unknown };
  const problem = typeof err?.code === "string" ? FS_PROBLEMS[err.code] : undefined;
  if (problem) {
    const where = typeof err.path === "string" ? ` "${err.path}"` : "";
    return new DemoError(`Không ghi hoặc đọc được${where}: ${problem}.`);
  }
  return new DemoError("Bản chạy thử gặp lỗi không mong đợi.");
}

const STEP_COUNT = 11;

function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

function prepareOutDir(outDir: string): void {
  if (existsSync(outDir)) {
    const entries = readdirSync(outDir);
    if (entries.length > 0 && !entries.includes(MARKER)) {
      throw new DemoError(
        `Thư mục "${outDir}" đã có tệp khác: chọn một thư mục trống bằng --out <thư mục>.`,
      );
    }
    rmSync(outDir, { recursive: true, force: true });
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, MARKER), "Thư mục kết quả của npm run demo: chạy lại sẽ ghi đè.\n");
}

function alertText(a: { title: string; prompt: string }): string {
  return [a.title, a.prompt].filter((s) => s && s.trim() !== "").join(": ");
}

/** Clicks a menu item and says what came of it. */
function clickStep(rt: Runtime, caption: string, technical: Technical): StepOutcome {
  if (!rt.menuCaptions().includes(caption)) {
    return { name: caption, state: "skipped", detail: "bỏ qua: menu không có mục này" };
  }
  const before = JSON.stringify(rt.spreadsheet.snapshot());
  const toasts = rt.toasts.length;
  const alerts = rt.alerts.length;
  const dialogs = rt.dialogs.length;
  try {
    rt.click(caption);
  } catch (e) {
    keep(technical, caption, e);
    return { name: caption, state: "failed", detail: UNEXPECTED };
  }
  const newAlerts = rt.alerts.slice(alerts).map(alertText);
  if (newAlerts.length > 0) {
    return { name: caption, state: "stopped", detail: newAlerts.join(" | ") };
  }
  const newToasts = rt.toasts.slice(toasts).map((t) => t.message);
  const changed = JSON.stringify(rt.spreadsheet.snapshot()) !== before;
  if (!changed && newToasts.length === 0 && rt.dialogs.length === dialogs) {
    return {
      name: caption,
      state: "skipped",
      detail: "bỏ qua: chức năng này chưa có trong bản dựng (không thay đổi gì, không báo gì)",
    };
  }
  return {
    name: caption,
    state: "done",
    detail: newToasts.join(" | ") || (changed ? "đã ghi vào bảng tính" : "đã mở hộp thoại"),
  };
}

/** =REPORT_DUE(…) with its arguments, separated by commas (a file) or semicolons (typed). */
const REPORT_DUE_CALL = /^=\s*REPORT_DUE\s*\((.*)\)\s*$/i;
/** One range argument: optional sheet, then A1:B2, A$1:U$1 or whole columns A:B. */
const RANGE_ARGUMENT =
  /^\s*(?:(?:'((?:[^']|'')+)'|([^\s'!(),;:]+))!)?\$?([A-Z]{1,3})\$?(\d*)\s*(?::\s*\$?([A-Z]{1,3})\$?(\d*))?\s*$/i;

interface RangeArgument {
  sheet?: string;
  c1: number;
  r1?: number;
  c2: number;
  r2?: number;
}

/** The range arguments of a =REPORT_DUE formula; undefined when it is something else. */
function reportDueArguments(formula: string): RangeArgument[] | undefined {
  const call = REPORT_DUE_CALL.exec(formula);
  if (!call) return undefined;
  const parts = call[1]!.split(/[;,](?=(?:[^']*'[^']*')*[^']*$)/);
  const ranges: RangeArgument[] = [];
  for (const part of parts) {
    const m = RANGE_ARGUMENT.exec(part);
    if (!m) return undefined;
    const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
    const c1 = lettersToColumn(m[3]!);
    ranges.push({
      ...(sheet !== undefined ? { sheet } : {}),
      c1,
      ...(m[4] ? { r1: Number(m[4]) } : {}),
      c2: m[5] ? lettersToColumn(m[5]) : c1,
      ...(m[6] ? { r2: Number(m[6]) } : m[5] ? {} : m[4] ? { r2: Number(m[4]) } : {}),
    });
  }
  return ranges.length >= 1 && ranges.length <= 3 ? ranges : undefined;
}

/** The values Sheets would pass for `range`: whole columns go down to the sheet's last row. */
function rangeValues(model: SpreadsheetModel, home: SheetModel, range: RangeArgument): unknown[][] {
  const source = range.sheet !== undefined ? model.sheet(range.sheet) : home;
  const r1 = range.r1 ?? 1;
  const r2 = range.r2 ?? Math.max(r1, source?.lastRow() ?? r1);
  const values: unknown[][] = [];
  for (let rr = Math.min(r1, r2); rr <= Math.max(r1, r2); rr++) {
    const line: unknown[] = [];
    for (let cc = Math.min(range.c1, range.c2); cc <= Math.max(range.c1, range.c2); cc++) {
      const v = source?.get(rr, cc)?.value;
      line.push(v === null || v === undefined ? "" : v);
    }
    values.push(line);
  }
  return values;
}

/**
 * Adds a user column of =REPORT_DUE to the postings tab (the copy, never the input), in the
 * recommended full form when the workbook has a settings tab to give it.
 */
function addReportDueColumn(model: SpreadsheetModel, sheet: SheetModel): number {
  const last = sheet.lastColumn();
  const col = last + 1;
  const header = sheet.cell(1, col);
  header.value = REPORT_DUE_HEADER;
  header.fontWeight = "bold";
  header.note =
    "Cột do bản chạy thử thêm vào: =REPORT_DUE(hàng; dòng tiêu đề; cấu hình) cho từng đợt cử đi.";
  const settingsTab = findTab(
    model.sheets.map((s) => s.name),
    TABS.settings,
  );
  const letters = columnToLetters(last);
  const rows = sheet.values();
  for (let r = 2; r <= rows.length; r++) {
    if (!rows[r - 1]?.some((v) => v !== null && v !== "")) continue;
    sheet.cell(r, col).formula =
      settingsTab === undefined
        ? `=REPORT_DUE(A${r}:${letters}${r},A$1:${letters}$1)`
        : reportDueFormula(r, letters, settingsTab);
  }
  return col;
}

interface ReportDueOutcome {
  step: StepOutcome;
  cells: number;
  computed: number;
  comparable: number;
  agreeing: number;
  added: boolean;
}

/** Computes every =REPORT_DUE(range) cell of the postings tab; results become cached values. */
function fillReportDue(
  rt: Runtime,
  model: SpreadsheetModel,
  technical: Technical,
): ReportDueOutcome {
  const name = "REPORT_DUE";
  const none = (detail: string, state: StepState = "skipped"): ReportDueOutcome => ({
    step: { name, state, detail },
    cells: 0,
    computed: 0,
    comparable: 0,
    agreeing: 0,
    added: false,
  });
  const tabName = findTab(
    model.sheets.map((s) => s.name),
    TABS.postings,
  );
  const sheet = tabName ? model.sheet(tabName) : undefined;
  if (!sheet) return none(`bỏ qua: không có tab "${TABS.postings.name}"`);
  if (typeof (rt.context as Record<string, unknown>).REPORT_DUE !== "function") {
    return none("bỏ qua: bản dựng chưa có hàm REPORT_DUE");
  }
  const find = () =>
    [...sheet.entries()].filter(([, , c]) => c.formula && reportDueArguments(c.formula));
  let formulas = find();
  let added = false;
  let column = formulas[0]?.[1];
  if (formulas.length === 0) {
    column = addReportDueColumn(model, sheet);
    added = true;
    formulas = find();
  }
  const header = sheet.values()[0] ?? [];
  const nextDueCol = mapColumns(header, POSTING_OUTPUT).index.nextDue;
  let computed = 0;
  let agreeing = 0;
  let comparable = 0;
  let placeholder = false;
  const errors: string[] = [];
  for (const [r, c, cell] of formulas) {
    const args = reportDueArguments(cell.formula ?? "")!.map((range) =>
      rangeValues(model, sheet, range),
    );
    let result: unknown;
    try {
      result = rt.customFunction(sheet.name, toA1(r, c), name, ...args);
    } catch (e) {
      cell.value = "#ERROR!";
      errors.push(toA1(r, c));
      keep(technical, `=REPORT_DUE ${sheet.name}!${toA1(r, c)}`, e);
      continue;
    }
    const scalar = Array.isArray(result) ? (result[0] as unknown[] | undefined)?.[0] : result;
    if (scalar === "…") placeholder = true;
    cell.value =
      scalar instanceof Date || typeof scalar === "string" || typeof scalar === "number"
        ? scalar === ""
          ? null
          : scalar
        : null;
    if (cell.value instanceof Date && !cell.numberFormat) cell.numberFormat = "dd/mm/yyyy";
    computed++;
    if (nextDueCol !== undefined && (cell.value === null || cell.value instanceof Date)) {
      comparable++;
      const shown = formatCell(sheet.get(r, nextDueCol + 1)?.value ?? null, model.timeZone);
      if (shown === formatCell(cell.value, model.timeZone)) agreeing++;
    }
  }
  if (placeholder) return none("bỏ qua: hàm REPORT_DUE của bản dựng chưa tính gì");
  const where = `cột "${String(sheet.get(1, column ?? 1)?.value ?? REPORT_DUE_HEADER)}"`;
  const parts = [
    `${computed}/${formulas.length} ô =REPORT_DUE(…) đã tính (${where}${added ? ", cột do bản chạy thử thêm vào bản sao" : ""})`,
  ];
  if (nextDueCol !== undefined) {
    parts.push(`${agreeing}/${comparable} ngày khớp với cột "Hạn báo cáo tới"`);
  }
  if (errors.length > 0) parts.push(`ô ${errors.slice(0, 3).join(", ")}: ${UNEXPECTED}`);
  return {
    step: {
      name,
      state: errors.length > 0 && computed === 0 ? "failed" : "done",
      detail: parts.join("; "),
    },
    cells: formulas.length,
    computed,
    comparable,
    agreeing,
    added,
  };
}

interface GenerateResult {
  done?: boolean;
  [k: string]: unknown;
}

function generateDocuments(
  rt: Runtime,
  outDir: string,
  progress: Progress,
  technical: Technical,
): { step: StepOutcome; files: DemoFile[] } {
  const name = MENU.documents;
  const open = clickStep(rt, name, technical);
  if (open.state === "failed" || open.state === "stopped") return { step: open, files: [] };
  if (typeof (rt.context as Record<string, unknown>).documentsGenerate !== "function") {
    return {
      step: { name, state: "skipped", detail: "bỏ qua: bản dựng chưa có hàm documentsGenerate" },
      files: [],
    };
  }
  const alerts = rt.alerts.length;
  let result: GenerateResult | undefined;
  let rounds = 0;
  try {
    do {
      rounds++;
      result = rt.run<GenerateResult>("documentsGenerate", {
        kinds: [...DOCUMENT_KINDS],
        onExisting: "skip",
      });
      if (result && result.done === false) progress.line(`  … tạo văn bản: lượt ${rounds}`);
    } while (result && result.done === false && rounds < 200);
  } catch (e) {
    keep(technical, name, e);
    return { step: { name, state: "failed", detail: UNEXPECTED }, files: [] };
  }
  const newAlerts = rt.alerts.slice(alerts).map(alertText);
  if (newAlerts.length > 0) {
    return { step: { name, state: "stopped", detail: newAlerts.join(" | ") }, files: [] };
  }
  const docsDir = join(outDir, "van-ban");
  mkdirSync(docsDir, { recursive: true });
  const written = writeDocumentsHtml(rt, docsDir);
  const message = typeof result?.message === "string" ? `: ${result.message}` : "";
  return {
    step: { name, state: "done", detail: `${written.length} văn bản (${rounds} lượt)${message}` },
    files: written.map((p) => ({ path: p, what: DOCUMENT })),
  };
}

/** The timeline the sidebar draws, written as an .svg file beside the workbook. */
function timelineStep(
  rt: Runtime,
  path: string,
  files: DemoFile[],
  technical: Technical,
): StepOutcome {
  const name = "Dòng thời gian";
  try {
    const written = writeTimeline(rt, path);
    if (!written)
      return { name, state: "skipped", detail: "bỏ qua: bản dựng chưa có hàm sidebarPlan" };
    files.push({
      path: written,
      what: "dòng thời gian của giai đoạn: các đợt cử, hạn báo cáo, đề xuất, ngày hết tuổi (SVG)",
    });
    return { name, state: "done", detail: basename(written) };
  } catch (e) {
    // sidebarPlan throws the add-on's own message (a tab or header missing …): the step stopped.
    if (e instanceof Error && e.message !== "" && !/\n\s+at /.test(e.message)) {
      return { name, state: "stopped", detail: e.message };
    }
    keep(technical, name, e);
    return { name, state: "failed", detail: UNEXPECTED };
  }
}

function dayText(t: { year: number; month: number; day: number }): string {
  return `${String(t.day).padStart(2, "0")}/${String(t.month).padStart(2, "0")}/${t.year}`;
}

export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const started = performance.now();
  const out = options.out ?? process.stdout;
  const progress = createProgress(STEP_COUNT, out);
  const sample = options.input === undefined;
  const input = resolve(options.input ?? SAMPLE_FILE);
  const outDir = resolve(options.outDir ?? "out/demo");
  const distDir = resolve(options.distDir ?? "dist");
  const steps: StepOutcome[] = [];
  const files: DemoFile[] = [];
  const technical: Technical = [];
  // The input's own name, made safe and short: the output files' names start with it.
  const base = safeFileName(basename(input, extname(input)));

  progress.step(`Đọc ${relative(process.cwd(), input) || input}`);
  if (!existsSync(input)) throw new DemoError(`Không tìm thấy tệp "${input}".`);
  if (!existsSync(join(distDir, "appsscript.json"))) {
    throw new DemoError(`Chưa có bản dựng trong "${distDir}": hãy chạy "npm run build" trước.`);
  }
  const hashBefore = sha256(input);
  let model: SpreadsheetModel;
  try {
    model = await readXlsxFile(input);
  } catch (e) {
    // Only our own Vietnamese reason is shown: a library's (English) text never is.
    const why = e instanceof NotAWorkbookError ? `: ${e.message}` : "";
    throw new DemoError(
      `Không đọc được "${input}" như một bảng tính .xlsx${why}. ` +
        "Trong Google Sheets, chọn Tệp ▸ Tải xuống ▸ Microsoft Excel (.xlsx) rồi chạy lại với tệp đó.",
    );
  }
  steps.push({
    name: "Đọc bảng tính",
    state: "done",
    detail: `${model.sheets.length} tab: ${model.sheets.map((s) => `${s.name} (${Math.max(0, s.lastRow() - 1)} hàng)`).join(", ")}`,
  });
  prepareOutDir(outDir);

  const today = options.today ?? (sample ? SAMPLE_TODAY : localTime(Date.now(), model.timeZone));
  // 09:00 in the spreadsheet's zone on "today".
  const now = instantOf(model.timeZone, today.year, today.month, today.day, 9);

  progress.step("Nạp tiện ích (dist/) vào môi trường Apps Script cục bộ");
  const rt = createRuntime({ spreadsheet: model, now, timeZone: model.timeZone, locale: "vi" });
  rt.load(distDir);
  rt.open();
  steps.push({
    name: "Mở bảng tính",
    state: "done",
    detail: `menu: ${rt.menuCaptions().join(" · ")}`,
  });

  // The sample is set up first, as a new user would. A user's own workbook is checked first,
  // exactly as exported, so the messages are those Sheets would show on it; set-up then adds
  // the dropdowns and colours to the copy (and says which tabs or columns it had to add).
  const setupFirst = options.setupFirst ?? sample;
  const order = setupFirst
    ? [MENU.setUp, MENU.eligibility, MENU.postings, MENU.plan]
    : [MENU.eligibility, MENU.postings, MENU.plan, MENU.setUp];
  for (const caption of order) {
    progress.step(caption);
    steps.push(clickStep(rt, caption, technical));
  }

  progress.step("Vẽ dòng thời gian của kế hoạch");
  steps.push(timelineStep(rt, timelinePath(outDir, base), files, technical));

  progress.step("Tính =REPORT_DUE(hàng)");
  const due = fillReportDue(rt, rt.spreadsheet, technical);
  steps.push(due.step);

  progress.step("Tạo văn bản");
  const docs = generateDocuments(rt, outDir, progress, technical);
  steps.push(docs.step);
  files.push(...docs.files);

  progress.step("Ghi bảng tính đã kiểm tra");
  const xlsxPath = join(outDir, `${base}-da-kiem-tra.xlsx`);
  const report = await writeXlsxFile(rt.spreadsheet, xlsxPath);
  files.unshift({
    path: xlsxPath,
    what: "bảng tính đã kiểm tra (màu, danh sách thả xuống, kết quả)",
  });
  const htmlPath = join(outDir, `${base}-da-kiem-tra.html`);
  writeFileSync(
    htmlPath,
    renderWorkbookHtml(rt.spreadsheet, { title: `${rt.spreadsheet.name} — đã kiểm tra`, today }),
  );
  files.splice(1, 0, { path: htmlPath, what: "xem nhanh bảng tính trong trình duyệt" });
  steps.push({
    name: "Ghi tệp .xlsx",
    state: "done",
    detail:
      report.skipped.length === 0
        ? "đủ giá trị, công thức, ghi chú, màu, danh sách thả xuống"
        : `không ghi được ${report.skipped.length} mục (.xlsx không có dạng tương ứng): ${report.skipped.slice(0, 2).join("; ")}`,
  });

  progress.step("Tóm tắt");
  const summary = summarise(rt.spreadsheet);
  const plan = planSummaryLines(rt.spreadsheet);
  const alerts = rt.alerts.map(alertText);
  const inputUnchanged = sha256(input) === hashBefore;
  const result: DemoResult = {
    input,
    sample,
    outDir,
    today: dayText(today),
    steps,
    summary,
    plan,
    files,
    alerts,
    reportDue: {
      cells: due.cells,
      computed: due.computed,
      comparable: due.comparable,
      agreeing: due.agreeing,
      added: due.added,
    },
    inputUnchanged,
    ms: 0,
  };
  if (technical.length > 0) {
    const technicalPath = join(outDir, TECHNICAL_FILE);
    writeFileSync(technicalPath, technical.join("\n"));
    files.push({ path: technicalPath, what: "chi tiết kỹ thuật của lỗi, cho người phát triển" });
  }
  const summaryPath = join(outDir, "tom-tat.txt");
  files.push({ path: summaryPath, what: "bản tóm tắt này" });
  result.ms = Math.round(performance.now() - started);
  writeFileSync(summaryPath, formatSummary(result));
  progress.done();
  return result;
}

const MARK: Record<StepState, string> = { done: "✓", skipped: "–", stopped: "!", failed: "✗" };

function table(counts: Record<string, number>): string[] {
  const width = Math.max(0, ...Object.keys(counts).map((k) => k.length));
  return Object.entries(counts).map(([k, n]) => `    ${k.padEnd(width)}  ${String(n).padStart(3)}`);
}

/** The text printed at the end (and saved as tom-tat.txt). */
export function formatSummary(r: DemoResult): string {
  const lines: string[] = [];
  lines.push(
    `Đi cơ sở — chạy thử trên ${r.sample ? "bảng tính mẫu" : "bảng tính"} ${relative(process.cwd(), r.input) || r.input}`,
  );
  lines.push(`Ngày hôm nay (theo bản chạy thử): ${r.today}`);
  lines.push("");
  lines.push("Các bước:");
  for (const s of r.steps) lines.push(`  ${MARK[s.state]} ${s.name} — ${s.detail}`);
  const { roster, postings } = r.summary;
  lines.push("");
  if (roster) {
    lines.push(`Tab "${roster.tab}": ${roster.total} cán bộ`);
    lines.push(...table(roster.counts));
  } else {
    lines.push(`Không có tab "${TABS.roster.name}".`);
  }
  if (postings) {
    lines.push(`Tab "${postings.tab}": ${postings.total} đợt cử đi`);
    lines.push(...table(postings.counts));
    if (Object.keys(postings.states).length > 0) {
      lines.push("  Tình trạng báo cáo:");
      lines.push(...table(postings.states));
    }
    lines.push("");
    if (postings.overdue.length === 0) {
      lines.push("Không có việc quá hạn.");
    } else {
      lines.push(
        `Việc quá hạn: ${postings.overdueTasks} việc ở ${postings.overdue.length} đợt cử đi (cột "Việc cần làm" kể từng việc):`,
      );
      for (const o of postings.overdue) {
        const who = [o.cadreId, o.cadreName].filter(Boolean).join(" ");
        const since = o.nextTask ? `, từ hạn ${o.nextTask}` : "";
        lines.push(`  hàng ${o.row}: ${who} — ${o.unit} — ${o.tasks} việc quá hạn${since}`);
      }
    }
  } else {
    lines.push(`Không có tab "${TABS.postings.name}".`);
  }
  if (r.plan.length > 0) {
    lines.push("");
    lines.push(...r.plan);
  }
  if (r.alerts.length > 0) {
    lines.push("");
    lines.push("Thông báo của tiện ích (như trong Google Sheets):");
    for (const a of r.alerts) lines.push(`  ${a}`);
  }
  lines.push("");
  lines.push(`Tệp kết quả (${r.outDir}):`);
  // Documents are many: one line per folder, with its count.
  const folders = new Map<string, number>();
  for (const f of r.files) {
    if (f.what !== DOCUMENT) continue;
    const folder = dirname(relative(r.outDir, f.path)).split(sep).slice(0, 2).join("/");
    folders.set(folder, (folders.get(folder) ?? 0) + 1);
  }
  let listed = false;
  for (const f of r.files) {
    if (f.what !== DOCUMENT) {
      lines.push(`  ${relative(r.outDir, f.path)} — ${f.what}`);
    } else if (!listed) {
      listed = true;
      for (const [folder, n] of folders) lines.push(`  ${folder}/ — ${n} văn bản (.html)`);
    }
  }
  lines.push("");
  lines.push(
    r.inputUnchanged
      ? "Tệp đầu vào không bị sửa (SHA-256 như trước khi chạy)."
      : "CẢNH BÁO: tệp đầu vào đã thay đổi trong khi chạy!",
  );
  lines.push(`Thời gian: ${(r.ms / 1000).toFixed(1).replace(".", ",")} giây`);
  return `${lines.join("\n")}\n`;
}

export function exitCode(r: DemoResult): number {
  if (!r.inputUnchanged || r.steps.some((s) => s.state === "failed")) return 1;
  if (r.steps.some((s) => s.state === "stopped")) return 2;
  return 0;
}

export const isMain = (url: string) =>
  process.argv[1] !== undefined && pathToFileURL(resolve(process.argv[1])).href === url;
