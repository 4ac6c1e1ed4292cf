// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText is what a person sees
/**
 * The sidebar's "Kế hoạch cử" tab and the overview's timeline in a real browser, on the
 * sample workbook (today 15/06/2021, Ngày xét 01/01/2019): the plan by year with its reasons,
 * the eligible cadres without a place and why, the button that writes the "Kế hoạch cử" tab,
 * the timeline drawn inline at 300 px from the page's own origin only, readable without colour
 * (each state its own shape, a legend, a tooltip on every mark), and a cadre named like HTML
 * shown as text.
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
/** Every address the page asked for, from its first request on. */
const requests: string[] = [];

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
  page.on("request", (r) => {
    requests.push(r.url());
  });
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

/**
 * The legend's swatches of a timeline `svg` (markup), drawn on a canvas in a blank page with
 * every colour turned to grey and each pixel reduced to blank (.), light (+) or dark (#): what
 * a reader without colour tells apart. Each swatch is the 14 × 14 px square left of its words.
 */
async function greySwatches(svg: string): Promise<{ words: string; pixels: string }[]> {
  const blank = await browser.context.newPage();
  try {
    return await blank.evaluate(async (markup) => {
      const doc = new DOMParser().parseFromString(markup, "image/svg+xml");
      const root = doc.documentElement;
      const width = Number(root.getAttribute("width"));
      const height = Number(root.getAttribute("height"));
      const scale = 4;
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = width * scale;
      canvas.height = height * scale;
      const ctx = canvas.getContext("2d")!;
      ctx.fillStyle = "#fff";
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.filter = "grayscale(1)";
      ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
      const texts = Array.from(root.querySelectorAll("text"));
      // The legend is the last nine labels; each swatch is centred 9 px left of its words.
      return texts.slice(-9).map((t) => {
        const cx = Number(t.getAttribute("x")) - 9;
        const cy = Number(t.getAttribute("y")) - 4;
        const size = 14 * scale;
        const data = ctx.getImageData((cx - 7) * scale, (cy - 7) * scale, size, size).data;
        let pixels = "";
        for (let i = 0; i < data.length; i += 4) {
          const grey = data[i] ?? 255;
          pixels += grey > 240 ? "." : grey > 150 ? "+" : "#";
        }
        return { words: t.textContent ?? "", pixels };
      });
    }, svg);
  } finally {
    await blank.close();
  }
}

/**
 * The share of the pixels that set two swatches apart (blank or light fill in both left out)
 * on which they differ: two shapes alike but for their colour differ only in a few edge pixels.
 */
function difference(a: string, b: string): number {
  let inked = 0;
  let differ = 0;
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] === b[i] && a[i] !== "#") continue;
    inked += 1;
    if (a[i] !== b[i]) differ += 1;
  }
  return differ / inked;
}

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

  it("gives every proposal its reasons: its place in the order, its quarter, its seat", async () => {
    const why = await page
      .locator('[data-test="planned"]')
      .evaluateAll((els) =>
        els.map((e) => [
          e.getAttribute("data-id"),
          Array.from(e.querySelectorAll("details li")).map((li) => li.textContent ?? ""),
        ]),
      );
    expect(why.map(([id]) => id)).toEqual(["CB008", "CB015", "CB018", "CB039", "CB040"]);
    for (const [id, lines] of why as [string, string[]][]) {
      expect(
        lines.map((l) => l.slice(0, l.indexOf("]") + 1)),
        id,
      ).toEqual(["[KH-UT]", "[TG-Q1]", id === "CB039" ? "[VT-1]" : "[VT-2]"]);
    }
    // CB015 ages out on 15/03/2021: the quarter the plan gives her stops the day before.
    expect(why.find(([id]) => id === "CB015")?.[1]).toContain(
      "[TG-Q1] Mục III.2: bắt đầu trong quý I/2021, từ 01/01/2021 đến 14/03/2021 (quá 30 tuổi từ ngày 15/03/2021)",
    );
  });

  it("lists the eligible cadres without a place, each with why, soonest deadline first", async () => {
    const waiting = page.locator('[data-test="plan-waiting"]');
    expect(await waiting.locator("h3").innerText()).toBe("Đủ điều kiện nhưng chưa xếp được (4)");
    const items = await waiting.locator("li:has(> details)").evaluateAll((els) =>
      els.map((e) => ({
        who: e.querySelector("b")?.textContent,
        why: Array.from(e.querySelectorAll("details li")).map((li) => li.textContent),
      })),
    );
    expect(items.map((i) => i.who)).toEqual([
      "CB003 Lê Hoàng Cường",
      "CB005 Võ Thị Én",
      "CB027 Kim Thị Gấm",
      "CB041 Đoàn Văn Minh",
    ]);
    expect(items[2]?.why).toEqual([
      "[KH-UT] Mục VI.3.1: thứ tự xét 6: đủ điều kiện đến 14/03/2021; các năm có thể cử đều đã kín",
      '[KH-UT] Mục VI.3.1: năm 2020 đã đủ 2 cán bộ (CB008, dòng 9 của tab "Đợt cử đi")',
      "[KH-UT] Mục VI.3.1: năm 2021 đã đủ 2 cán bộ (CB015, CB018)",
    ]);
    // The cadres the plan proposes are not among them.
    expect(await waiting.locator('[data-test="planned"]').count()).toBe(0);
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

  it("writes the Kế hoạch cử tab on a click and says so, the clerk left on her row", async () => {
    expect(rt.spreadsheet.sheet("Kế hoạch cử")).toBeUndefined();
    rt.select("Cán bộ", "B12:C14");
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
    // The tab holds the same cadres without a place as the page.
    expect(tab.filter((r) => r[1] === "Chưa xếp được").map((r) => r[2])).toEqual(
      expect.arrayContaining(["CB003", "CB005", "CB027", "CB041"]),
    );
    // The new tab was made without taking her away from what she had selected.
    expect(rt.run("__previewSelection")).toEqual({ sheet: "Cán bộ", a1: "B12:C14" });
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

  it("loads nothing from anywhere but the add-on's own page: no remote script, style or font", async () => {
    const origin = new URL(server.sidebarUrl).origin;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    const linked = await page.evaluate(() =>
      Array.from(document.querySelectorAll("[src], [href], link, iframe, object, embed")).map((e) =>
        e.outerHTML.slice(0, 80),
      ),
    );
    expect(linked).toEqual([]);
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

  it("is readable without colour: each state of the legend looks different in shades of grey", async () => {
    const svg = await page
      .locator('[data-test="timeline"] svg')
      .evaluate((e) => new XMLSerializer().serializeToString(e));
    const swatches = await greySwatches(svg);
    expect(swatches.map((s) => s.words)).toEqual([
      "nộp đúng hạn",
      "nộp muộn",
      "quá hạn",
      "chưa đến hạn",
      "quá 30 tuổi",
      "đã cử",
      "đề xuất",
      "không hợp lệ",
      "hôm nay",
    ]);
    for (const s of swatches) expect(s.pixels, s.words).toMatch(/[#+]/);
    // Two states drawn alike in grey differ at most in a few pixels of their edges.
    const alike = swatches.flatMap((a, i) =>
      swatches.slice(i + 1).flatMap((b) => {
        const d = difference(a.pixels, b.pixels);
        return d < 0.2 ? [`${a.words} ≈ ${b.words} (${(d * 100).toFixed(0)} %)`] : [];
      }),
    );
    expect(alike).toEqual([]);
  });

  it("draws every mark of the chart as its state's shape in the legend, named in its tooltip", async () => {
    const marks = await page.locator('[data-test="timeline"] svg').evaluate((svg) => {
      const shape = (e: SVGGraphicsElement) => {
        const box = e.getBBox();
        const a = (n: string) => e.getAttribute(n) ?? "";
        return [
          e.tagName,
          a("fill"),
          a("stroke"),
          a("stroke-width"),
          a("stroke-dasharray"),
          box.width.toFixed(1),
          box.height.toFixed(1),
        ].join(" ");
      };
      return Array.from(svg.querySelectorAll<SVGGraphicsElement>("circle, path")).map((e) => ({
        tip: e.querySelector("title")?.textContent ?? "",
        shape: shape(e),
      }));
    });
    const legend = new Map(marks.filter((m) => !m.tip.includes(":")).map((m) => [m.tip, m.shape]));
    expect([...legend.keys()]).toEqual([
      "nộp đúng hạn",
      "nộp muộn",
      "quá hạn",
      "chưa đến hạn",
      "quá 30 tuổi",
    ]);
    const drawn = marks.filter((m) => m.tip.includes(":") && !m.tip.includes(": đến "));
    const byState = drawn.map((m) => {
      const state = [...legend.keys()].find(
        (w) => m.tip.endsWith(w) || m.tip.includes(`: ${w} từ`),
      );
      return { tip: m.tip, state, same: state !== undefined && legend.get(state) === m.shape };
    });
    expect(byState.filter((m) => !m.same)).toEqual([]);
    // The sample shows every state of a report and some age-outs.
    expect(new Set(byState.map((m) => m.state))).toEqual(new Set(legend.keys()));
  });

  it("has no serious or critical accessibility violation (axe-core, WCAG 2.1 AA)", async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });
});
