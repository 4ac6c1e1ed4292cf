// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText is what a person sees
/**
 * The sidebar's "Kế hoạch cử" tab and the overview's timeline in a real browser, on the
 * sample workbook (today 15/06/2021, Ngày xét 01/01/2019): the plan by year with its reasons,
 * the button that writes the "Kế hoạch cử" tab, the timeline drawn inline at 300 px with its
 * shapes and tooltips, and a cadre named like HTML shown as text.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSampleModel } from "../../tools/demo/sample.ts";
import { createRuntime, type Runtime } from "../../tools/gas-runtime/index.ts";
import { type PreviewServer, startPreviewServer } from "../../tools/preview/server.ts";
import { distDir } from "../support/bundle";
import { seriousViolations } from "./axe";
import { type Browser, launchBrowser } from "./browser";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** The README's picture of the timeline is retaken with UPDATE_SCREENSHOTS=1. */
const SCREENSHOT = process.env.UPDATE_SCREENSHOTS
  ? join(root, "docs", "sidebar-timeline.png")
  : join(mkdtempSync(join(tmpdir(), "dicoso-timeline-")), "timeline.png");

const XSS = "<img src=x onerror=alert(7)>";

let browser: Browser;
let rt: Runtime;
let server: PreviewServer;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  const model = buildSampleModel();
  // CB040's name as an HTML payload: it must show as text, in the plan and the timeline.
  const roster = model.sheet("Cán bộ")!;
  const row = roster.values().findIndex((r) => r[0] === "CB040") + 1;
  roster.cell(row, 2).value = XSS;
  rt = createRuntime({ locale: "vi", now: Date.UTC(2021, 5, 15, 3), spreadsheet: model });
  rt.load(distDir());
  server = await startPreviewServer({ runtime: rt, distDir: distDir() });
  browser = await launchBrowser({ deviceScaleFactor: 2 });
  page = await browser.context.newPage();
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(server.sidebarUrl);
});

afterAll(async () => {
  await page?.close();
  await server?.close();
  await browser?.close();
});

describe("the Kế hoạch cử tab", () => {
  it("shows the plan by year, each proposal with where, when and why", async () => {
    await page.click("#tab-plan");
    await page.waitForSelector('[data-test="plan"]');
    const years = await page
      .locator('[data-test="plan-year"]')
      .evaluateAll((els) =>
        els.map((e) => [
          e.getAttribute("data-year"),
          Array.from(e.querySelectorAll('[data-test="planned"]')).map((p) =>
            p.getAttribute("data-id"),
          ),
        ]),
      );
    expect(years).toEqual([
      ["2019", []],
      ["2020", ["CB008"]],
      ["2021", ["CB015", "CB018"]],
      ["2022", ["CB039", "CB040"]],
    ]);
    const cb039 = page.locator('[data-test="planned"][data-id="CB039"]');
    expect(await cb039.innerText()).toContain("Phó Bí thư Thành đoàn Tây Ninh");
    await cb039.locator("summary").click();
    expect(await cb039.innerText()).toContain("[VT-1] Mục III.1: đối tượng 1 đi Phó Bí thư");
    // Collapsed reasons are in the page, one click away.
    expect(await page.locator('[data-test="plan-waiting"]').textContent()).toContain(
      "năm 2022 không còn chỗ Phó Bí thư (đã dành cho CB039)",
    );
    // Nothing was written by looking.
    expect(rt.spreadsheet.sheet("Kế hoạch cử")).toBeUndefined();
  });

  it("has no serious or critical accessibility violation (axe-core, WCAG 2.1 AA)", async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("shows a cadre named like HTML as text, and runs nothing", async () => {
    expect(await page.locator('[data-test="planned"][data-id="CB040"] b').innerText()).toBe(
      `CB040 ${XSS}`,
    );
    expect(await page.locator("img").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it("writes the Kế hoạch cử tab on a click and says so", async () => {
    // The button is in the action bar, its result right above it.
    await page.click('#actions [data-test="plan-write"]');
    await page.waitForSelector('#action-status[data-kind="success"]');
    expect(await page.locator("#action-status").innerText()).toContain(
      "Kế hoạch cử (ngày xét 01/01/2019)",
    );
    const tab = rt.spreadsheet.sheet("Kế hoạch cử")!.values();
    expect(tab.filter((r) => r[1] === "Đề xuất cử").map((r) => r[2])).toEqual([
      "CB008",
      "CB015",
      "CB018",
      "CB039",
      "CB040",
    ]);
  });
});

describe("the overview's timeline", () => {
  it("draws the plan period inline, 300 px wide, with a title and description", async () => {
    await page.click("#tab-overview");
    await page.waitForSelector('[data-test="timeline"] svg');
    const svg = page.locator('[data-test="timeline"] svg');
    expect(await svg.getAttribute("role")).toBe("img");
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      300,
    );
    const years = await svg.locator("text").allTextContents();
    expect(years.slice(0, 5)).toEqual(["2018", "2019", "2020", "2021", "2022"]);
    expect(await svg.locator("desc").textContent()).toContain("5 đề xuất");
    // No script or foreign content came with the picture: only SVG shapes, built as nodes.
    expect(
      await page.locator('[data-test="timeline"] script, [data-test="timeline"] img').count(),
    ).toBe(0);
  });

  it("gives each mark a tooltip and tells states apart by shape", async () => {
    const titles = await page.locator('[data-test="timeline"] svg title').allTextContents();
    expect(titles.some((t) => t.endsWith(", quá hạn"))).toBe(true);
    expect(titles).toContain("CB039: 01/01/2022 – 01/01/2023 (đề xuất)");
    const legend = await page.locator('[data-test="timeline"] svg text').allTextContents();
    for (const w of [
      "nộp đúng hạn",
      "nộp muộn",
      "quá hạn",
      "chưa đến hạn",
      "quá 30 tuổi",
      "đề xuất",
    ]) {
      expect(legend).toContain(w);
    }
    await page.locator('[data-test="timeline"]').screenshot({ path: SCREENSHOT });
  });

  it("has no serious or critical accessibility violation (axe-core, WCAG 2.1 AA)", async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });
});
