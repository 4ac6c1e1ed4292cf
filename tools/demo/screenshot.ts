/**
 * The README's picture: runs the demo on the sample, renders the checked "Cán bộ" tab (the
 * identifying columns and the add-on's own) to HTML and screenshots it with playwright-core
 * and the npm package's Chromium (tools/browser/chromium.ts) into docs/demo-workbook.png.
 *
 *   npm run build && tsx tools/demo/screenshot.ts
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { launchBrowser } from "../browser/chromium.ts";
import { readXlsxFile } from "../xlsx/read.ts";
import { renderWorkbookHtml } from "./render-html.ts";
import { isMain, runDemo } from "./run.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const PICTURE = join(ROOT, "docs", "demo-workbook.png");

/** Columns shown in the picture: who, and what the add-on wrote. */
export const PICTURE_COLUMNS = [
  "Mã CB",
  "Họ và tên",
  "Giới tính",
  "Ngày sinh",
  "Đối tượng",
  "Kết quả",
  "Lý do",
  "Đủ tuổi đến",
];

export async function screenshot(): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), "dicoso-shot-"));
  try {
    const outDir = join(work, "demo");
    await runDemo({ outDir, out: { write: () => true } });
    const model = await readXlsxFile(join(outDir, "di-co-so-mau-da-kiem-tra.xlsx"));
    const html = renderWorkbookHtml(model, {
      tabs: ["Cán bộ"],
      columns: PICTURE_COLUMNS,
      title: "Đi cơ sở — tab “Cán bộ” sau “Kiểm tra điều kiện” (bảng tính mẫu)",
      maxRows: 22,
      wrapAt: 40,
    });
    const page = join(work, "can-bo.html");
    writeFileSync(page, html);
    const browser = await launchBrowser({
      viewport: { width: 1320, height: 400 },
      deviceScaleFactor: 1,
    });
    try {
      const tab = browser.context.pages()[0] ?? (await browser.context.newPage());
      await tab.goto(pathToFileURL(page).href);
      // A full-page picture: nothing sticky, or the tab bar lands over the rows in the middle.
      await tab.addStyleTag({
        content: ".scroll{max-height:none;overflow:visible} .tabs{position:static}",
      });
      mkdirSync(dirname(PICTURE), { recursive: true });
      await tab.screenshot({ path: PICTURE, fullPage: true });
    } finally {
      await browser.close();
    }
    return PICTURE;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  process.stdout.write(`${await screenshot()}\n`);
}
