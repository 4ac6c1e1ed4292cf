// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText is what a person sees
/**
 * The sidebar in a real browser: Debian's Chromium loads the BUILT dist/sidebar.html from a
 * local server whose google.script.run shim runs the same built bundle in the local Apps
 * Script runtime, on a small workbook (fixture.ts) checked on 20/09/2019. The tests click
 * as a person would and read what a person sees.
 */
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { createRuntime, type Runtime } from "../../tools/gas-runtime/index.ts";
import { type PreviewServer, startPreviewServer } from "../../tools/preview/server.ts";
import { distDir } from "../support/bundle";
import { seriousViolations } from "./axe";
import { type Browser, launchBrowser } from "./browser";
import {
  POSTING_ROWS,
  ROSTER_ROWS,
  sidebarWorkbook,
  TODAY,
  XSS_GENDER,
  XSS_NAME,
  XSS_UNIT,
} from "./fixture";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/**
 * The README's pictures are retaken with UPDATE_SCREENSHOTS=1; otherwise the screenshots go
 * to a scratch folder, so running the tests never changes a committed file.
 */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? join(root, "docs")
  : mkdtempSync(join(tmpdir(), "dicoso-sidebar-"));

interface Session {
  rt: Runtime;
  server: PreviewServer;
}

function start(locale: string, latencyMs = 0): Promise<Session> {
  const rt = createRuntime({
    locale,
    timeZone: "Asia/Ho_Chi_Minh",
    now: TODAY,
    spreadsheet: sidebarWorkbook(),
  });
  rt.load(distDir());
  return startPreviewServer({ runtime: rt, distDir: distDir(), latencyMs }).then((server) => ({
    rt,
    server,
  }));
}

let browser: Browser;
let vi: Session;
let page: Page;
/** Every dialog (alert, confirm, prompt) the page opened: an executed payload would show here. */
const dialogs: string[] = [];

async function openSidebar(session: Session): Promise<Page> {
  const p = await browser.context.newPage();
  p.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await p.goto(session.server.sidebarUrl);
  return p;
}

const text = (p: Page, selector: string) => p.locator(selector).first().innerText();

/** The drawing of a condition's mark (✓ ✗ ? – are lines, whatever the fonts). */
const shapes = (p: Page, code: string) =>
  p.locator(`[data-test="condition"][data-code="${code}"] .mark path`).getAttribute("d");

/** Selects a row as a click in Sheets would, then presses the sidebar's Refresh button. */
async function selectAndRefresh(p: Page, rt: Runtime, tab: string, a1: string): Promise<void> {
  rt.select(tab, a1);
  await p.click("#refresh");
}

beforeAll(async () => {
  browser = await launchBrowser();
  vi = await start("vi");
  vi.rt.select("Cán bộ", `B${ROSTER_ROWS.an}`);
  page = await openSidebar(vi);
});

afterAll(async () => {
  await page?.close();
  await vi?.server.close();
  await browser?.close();
});

describe("the sidebar follows the selected row", () => {
  it("shows an eligible cadre: status, every condition with ✓, the age-out date", async () => {
    await page.waitForSelector('[data-test="cadre"]');
    expect(await text(page, '[data-test="name"]')).toBe("Nguyễn Văn An");
    expect(await text(page, '[data-test="status"]')).toBe("Đủ điều kiện");
    const marks = await page
      .locator('[data-test="condition"]')
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute("data-code"), e.querySelector(".mark")?.ariaLabel]),
      );
    expect(marks.map((m) => m[0])).toEqual([
      "DT",
      "DK-BIENCHE",
      "DK-PHAMCHAT",
      "DK-DANG",
      "DK-TUOI",
      "DK-XEPLOAI",
      "DK-KYLUAT",
      "DK-NU",
    ]);
    // DK-NU does not apply to a man: "–"; every other condition holds: "✓".
    expect(marks.filter((m) => m[0] !== "DK-NU").every((m) => m[1] === "Đạt")).toBe(true);
    expect(marks.find((m) => m[0] === "DK-NU")?.[1]).toBe("Không áp dụng");
    // Drawn, not typed: one shape for every ✓, another for the –.
    const pass = await shapes(page, "DT");
    expect(pass).toBeTruthy();
    expect(await shapes(page, "DK-TUOI")).toBe(pass);
    expect(await shapes(page, "DK-NU")).not.toBe(pass);
    expect(await text(page, '[data-test="age-limit"]')).toBe("11/03/2023");
    expect(await text(page, '[data-test="group"]')).toBe("Đối tượng 1");
  });

  it("moves to the newly selected row by itself (the light poll), without a click", async () => {
    vi.rt.select("Cán bộ", `C${ROSTER_ROWS.binh}`);
    await page.waitForFunction(
      () => document.querySelector('[data-test="name"]')?.textContent === "Trần Thị Bình",
      undefined,
      { timeout: 15_000 },
    );
    expect(await text(page, '[data-test="status"]')).toBe("Không đủ điều kiện");
    const nu = page.locator('[data-test="condition"][data-code="DK-NU"]');
    expect(await nu.locator(".mark").getAttribute("aria-label")).toBe("Không đạt");
    expect(await nu.locator('[data-test="reason"]').innerText()).toContain(
      "[DK-NU] Mục II.2: nuôi con nhỏ dưới 24 tháng",
    );
    expect(await text(page, '[data-test="qualifies-from"]')).toBe("01/03/2021");
    expect(await text(page, '[data-test="age-limit"]')).toBe("19/11/2019");
  });

  it("polls cheaply: an unchanged selection reads no tab", async () => {
    vi.rt.select("Cán bộ", `A${ROSTER_ROWS.binh}`);
    vi.rt.resetCalls();
    const key = vi.rt.run<{ key: string }>("sidebarView", null).key;
    vi.rt.resetCalls();
    const again = vi.rt.run<{ changed: boolean }>("sidebarView", key);
    expect(again.changed).toBe(false);
    expect(vi.rt.calls["Sheet.getDataRange"] ?? 0).toBe(0);
    expect(vi.rt.totalCalls()).toBeLessThanOrEqual(10);
  });

  it("marks missing data with ? and names the column", async () => {
    await selectAndRefresh(page, vi.rt, "Cán bộ", `D${ROSTER_ROWS.cuong}`);
    await page.waitForFunction(
      () => document.querySelector('[data-test="name"]')?.textContent === "Lê Văn Cường",
    );
    expect(await text(page, '[data-test="status"]')).toBe("Thiếu dữ liệu");
    const dang = page.locator('[data-test="condition"][data-code="DK-DANG"]');
    expect(await dang.locator(".mark").getAttribute("aria-label")).toBe("Thiếu dữ liệu");
    expect(await dang.locator('[data-test="reason"]').innerText()).toContain("Đảng viên");
  });

  it("shows a posting's report calendar: done, done late, overdue, upcoming", async () => {
    await selectAndRefresh(page, vi.rt, "Đợt cử đi", `E${POSTING_ROWS.an}`);
    await page.waitForSelector('[data-test="posting"]');
    expect(await text(page, '[data-test="name"]')).toBe("Nguyễn Văn An");
    expect(await text(page, '[data-test="unit"]')).toBe("Huyện Gò Dầu");
    expect(await text(page, '[data-test="period"]')).toBe("07/01/2019 – 07/01/2020");
    expect(await text(page, '[data-test="next-due"]')).toBe("07/07/2019");
    expect(await text(page, '[data-test="report-state"]')).toBe("Quá hạn 75 ngày");
    const duties = await page.locator('[data-test="duty"]').evaluateAll((els) =>
      els.map((e) => ({
        code: e.getAttribute("data-code"),
        state: e.getAttribute("data-state"),
        text: (e as HTMLElement).innerText,
      })),
    );
    const byCode = (code: string) => duties.find((x) => x.code === code);
    expect(byCode("SH-DANG")?.state).toBe("done");
    expect(byCode("BC-6T")?.state).toBe("overdue");
    expect(byCode("BC-6T")?.text).toContain("07/07/2019");
    expect(byCode("BC-6T")?.text).toContain("Quá hạn 75 ngày");
    expect(byCode("NX-6T")?.text).toContain("Xong trễ 3 ngày");
    expect(byCode("BC-KT")?.state).toBe("upcoming");
    expect(byCode("TD-CU")).toBeDefined(); // group 1: the Party committee exchange
    // Validity and follow-up apart: Hợp lệ, and beside it the overdue count in its own badge;
    // Lý do keeps what was done late, the overdue report is an open task.
    expect(await text(page, '[data-test="overdue-badge"]')).toBe("1 việc quá hạn");
    expect(
      await page.locator('[data-test="posting"] [data-test="reason"]').first().innerText(),
    ).toContain("[NX-6T]");
    const tasks = await page.locator('[data-test="open-task"]').allInnerTexts();
    expect(tasks[0]).toBe("Quá hạn 75 ngày: Báo cáo 6 tháng lần 1 (BC-6T), hạn 07/07/2019");
  });

  it("explains what to select on another tab or the header row", async () => {
    await selectAndRefresh(page, vi.rt, "Cán bộ", "A1");
    await page.waitForSelector('[data-test="none"]');
    expect(await text(page, '[data-test="none"]')).toContain('Chọn một dòng trong tab "Cán bộ"');
  });
});

/** What a badge or line looks like: its text and its colours as [r, g, b]. */
function looks(p: Page, selector: string) {
  return p
    .locator(selector)
    .first()
    .evaluate((e) => {
      const rgb = (c: string) => (c.match(/\d+/g) ?? []).slice(0, 3).map(Number);
      const style = getComputedStyle(e);
      return {
        text: e.textContent,
        color: rgb(style.color),
        background: rgb(style.backgroundColor),
      };
    });
}

const reddish = ([r = 0, g = 0, b = 0]: number[]) => r > g + 30 && r > b + 30;
const greenish = ([r = 0, g = 0, b = 0]: number[]) => g > r + 30 && g > b;

describe("overdue work is its own signal, apart from validity", () => {
  it("shows a valid posting's Hợp lệ in green and, in a red badge of its own, its overdue count", async () => {
    await selectAndRefresh(page, vi.rt, "Đợt cử đi", `A${POSTING_ROWS.an}`);
    await page.waitForSelector('[data-test="overdue-badge"]');
    const validity = await looks(page, '[data-test="posting"] [data-test="status"]');
    const overdue = await looks(page, '[data-test="overdue-badge"]');
    expect(validity.text).toBe("Hợp lệ");
    expect(greenish(validity.background) && greenish(validity.color)).toBe(true);
    expect(overdue.text).toBe("1 việc quá hạn");
    expect(reddish(overdue.background) && reddish(overdue.color)).toBe(true);
    // The overdue open task is red too; the report done late stays a plain reason.
    const task = await looks(page, '[data-test="open-task"]');
    expect(task.text).toContain("Quá hạn 75 ngày");
    expect(reddish(task.color)).toBe(true);
    expect(reddish((await looks(page, '[data-test="posting"] [data-test="reason"]')).color)).toBe(
      false,
    );
  });

  it("counts every kind of duty, not only the cadre's own reports", async () => {
    // The posting ended on 01/02/2019 with every duty done; the unit's final evaluation
    // (not a report of the cadre's) taken out, it is overdue and counted.
    const postings = vi.rt.spreadsheet.sheet("Đợt cử đi")!;
    const col = postings.values()[0]!.indexOf("Nhận xét kết thúc") + 1;
    const done = postings.cell(POSTING_ROWS.xss, col).value;
    const shown = () =>
      page.waitForFunction(
        (row) =>
          document.querySelector('[data-test="posting"] .secondary')?.textContent?.endsWith(row),
        ` ${POSTING_ROWS.xss}`,
      );
    await selectAndRefresh(page, vi.rt, "Đợt cử đi", `A${POSTING_ROWS.xss}`);
    await shown();
    expect(await text(page, '[data-test="overdue-badge"]')).toBe("Không có việc quá hạn");
    const validity = await text(page, '[data-test="posting"] [data-test="status"]');
    try {
      postings.cell(POSTING_ROWS.xss, col).value = null;
      await page.click("#refresh");
      await page.waitForFunction(
        () =>
          document.querySelector('[data-test="overdue-badge"]')?.textContent !==
          "Không có việc quá hạn",
      );
      const overdue = await page
        .locator('[data-test="duty"][data-state="overdue"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-code")));
      expect(overdue).toEqual(["NX-KT"]);
      const badge = await looks(page, '[data-test="overdue-badge"]');
      expect(badge.text).toBe("1 việc quá hạn");
      expect(reddish(badge.background)).toBe(true);
      // The validity as it was: what is late is follow-up, not a breach of the rules.
      expect(await text(page, '[data-test="posting"] [data-test="status"]')).toBe(validity);
    } finally {
      postings.cell(POSTING_ROWS.xss, col).value = done;
    }
  });
});

describe("buttons", () => {
  it("runs Kiểm tra điều kiện and shows its summary; the sheet gets the results", async () => {
    await selectAndRefresh(page, vi.rt, "Cán bộ", `B${ROSTER_ROWS.an}`);
    await page.waitForSelector('[data-test="cadre"]');
    await page.click('[data-test="check-eligibility"]');
    const summary = page.locator('[data-test="check-summary"]');
    await summary.waitFor();
    const shown = await summary.innerText();
    expect(shown).toContain("Kiểm tra điều kiện");
    // The menu's own summary: how many cadres, on which reference date.
    expect(shown).toMatch(/Đã kiểm tra 5 cán bộ, ngày xét \d\d\/\d\d\/\d{4}/);
    expect(shown).toMatch(/1\s+Đủ điều kiện/);
    expect(shown).toMatch(/2\s+Không đủ điều kiện/);
    // The same code as the menu wrote the add-on's own column.
    const sheet = vi.rt.spreadsheet.sheet("Cán bộ")!;
    const header = sheet.values()[0]!;
    const col = header.indexOf("Kết quả") + 1;
    expect(col).toBeGreaterThan(0);
    expect(sheet.cell(ROSTER_ROWS.an, col).value).toBe("Đủ điều kiện");
    expect(vi.rt.alerts).toEqual([]);
  });

  it("runs Kiểm tra đợt cử đi and shows its summary", async () => {
    await page.click('[data-test="check-postings"]');
    const summary = page.locator('[data-test="check-summary"]');
    await page.waitForFunction(() =>
      document.querySelector('[data-test="check-summary"]')?.textContent?.includes("đợt cử đi"),
    );
    expect(await summary.innerText()).toMatch(/Đã kiểm tra 2 đợt cử đi: .*1 việc quá hạn ở 1 đợt/);
  });

  it("creates the selected posting's report and evaluation forms and lists their links", async () => {
    await selectAndRefresh(page, vi.rt, "Đợt cử đi", `A${POSTING_ROWS.an}`);
    await page.waitForSelector('[data-test="docs-posting"]');
    await page.click('[data-test="docs-posting"]');
    const result = page.locator('[data-test="documents-result"]');
    await result.waitFor();
    const call = vi.server.calls.filter((c) => c.fn === "sidebarGenerateDocuments").at(-1);
    expect(call?.args).toEqual([
      { kinds: ["reportForms", "evaluationForms"], rows: [POSTING_ROWS.an] },
    ]);
    expect(call?.ok).toBe(true);
    expect(await result.innerText()).toContain("Đã tạo 4");
    const links = await result
      .locator("a")
      .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute("href")]));
    expect(links.map((l) => l[0])).toEqual([
      "2019 – CB01 Nguyễn Văn An – Báo cáo 6 tháng lần 1",
      "2019 – CB01 Nguyễn Văn An – Báo cáo kết thúc",
      "2019 – CB01 Nguyễn Văn An – Nhận xét 6 tháng lần 1",
      "2019 – CB01 Nguyễn Văn An – Nhận xét kết thúc",
    ]);
    for (const l of links) expect(l[1]).toMatch(/^https:\/\/docs\.google\.com\//);
  });
});

describe("the documents buttons", () => {
  it("name their year; a posting without a start date cannot make forms and says why", async () => {
    const fresh = await start("vi");
    fresh.rt.select("Đợt cử đi", `A${POSTING_ROWS.an}`);
    const p = await openSidebar(fresh);
    try {
      await p.waitForSelector('[data-test="docs-posting"]');
      expect(await text(p, '[data-test="docs-proposal"]')).toBe("Tạo danh sách đề xuất năm 2019");
      expect(await text(p, '[data-test="docs-summary"]')).toBe(
        "Tạo báo cáo tổng hợp kết quả năm 2019",
      );
      const sheet = fresh.rt.spreadsheet.sheet("Đợt cử đi")!;
      const startCol = (sheet.values()[0] as unknown[]).indexOf("Ngày bắt đầu") + 1;
      sheet.cell(POSTING_ROWS.an, startCol).value = "";
      await selectAndRefresh(p, fresh.rt, "Đợt cử đi", `B${POSTING_ROWS.an}`);
      await p.waitForFunction(
        () =>
          document.querySelector('[data-test="docs-posting"]')?.getAttribute("aria-disabled") ===
          "true",
      );
      const runs = () => fresh.server.calls.filter((c) => c.fn === "sidebarGenerateDocuments");
      const before = runs().length;
      // Unavailable, not disabled: the clerk can still press it, and is told why.
      await p.locator('[data-test="docs-posting"]').dispatchEvent("click");
      await p.waitForFunction(() =>
        (document.getElementById("action-status")?.textContent ?? "").includes(
          "chưa có Ngày bắt đầu",
        ),
      );
      expect(await text(p, "#action-status")).toContain(
        `Dòng ${POSTING_ROWS.an} chưa có Ngày bắt đầu đọc được`,
      );
      expect(runs()).toHaveLength(before);
    } finally {
      await p.close();
      await fresh.server.close();
    }
  });
});

describe("the clerk stays on her row", () => {
  it("when a document run creates the Văn bản tab: her selection and the sidebar's view stay", async () => {
    const fresh = await start("vi");
    const selected = `C${POSTING_ROWS.an}:E${POSTING_ROWS.an}`;
    fresh.rt.select("Đợt cử đi", selected);
    const p = await openSidebar(fresh);
    try {
      await p.waitForSelector('[data-test="docs-posting"]');
      expect(fresh.rt.spreadsheet.sheet("Văn bản")).toBeUndefined();
      await p.click('[data-test="docs-posting"]');
      await p.waitForSelector('[data-test="documents-result"]');
      expect(fresh.rt.spreadsheet.sheet("Văn bản")).toBeDefined();
      // Sheets made the new tab the active one; the add-on selected her range again.
      expect(fresh.rt.run("__previewSelection")).toEqual({ sheet: "Đợt cử đi", a1: selected });
      // The tab is read again after the run and still shows her posting.
      const generated = fresh.server.calls.findIndex((c) => c.fn === "sidebarGenerateDocuments");
      await expect
        .poll(() => fresh.server.calls.slice(generated).some((c) => c.fn === "sidebarView"))
        .toBe(true);
      expect(await text(p, '[data-test="name"]')).toBe("Nguyễn Văn An");
      expect(await p.locator('[data-test="none"]').count()).toBe(0);
    } finally {
      await p.close();
      await fresh.server.close();
    }
  });
});

describe("overview", () => {
  afterAll(() => page.click("#tab-selection"));

  it("shows postings per plan year against the quota, overdue reports, and who ages out", async () => {
    await page.click("#tab-overview");
    await page.waitForSelector('[data-test="overview"]');
    const years = await page
      .locator('[data-test="year"]')
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute("data-year"), e.querySelector(".num")?.textContent]),
      );
    expect(years).toEqual([
      ["2018", "1 / 2"],
      ["2019", "1 / 2"],
      ["2020", "0 / 2"],
      ["2021", "0 / 2"],
      ["2022", "0 / 2"],
    ]);
    const overdue = await page.locator('[data-test="overdue-item"]').allInnerTexts();
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toContain("Nguyễn Văn An");
    expect(overdue[0]).toContain("BC-6T");
    expect(overdue[0]).toContain("07/07/2019");
    const aging = await page.locator('[data-test="aging-item"]').allInnerTexts();
    expect(aging).toHaveLength(1);
    expect(aging[0]).toContain("Trần Thị Bình");
    expect(aging[0]).toContain("19/11/2019");
    expect(await page.locator('[data-test="overview"]').innerText()).toContain("01/01/2020");
  });
});

describe("the overview leads to the rows", () => {
  afterAll(() => page.click("#tab-selection"));

  it("heads its overdue list with the check's own figure", async () => {
    await page.click("#tab-overview");
    await page.waitForSelector('[data-test="overdue-heading"]');
    expect(await text(page, '[data-test="overdue-heading"]')).toBe(
      "1 việc quá hạn ở 1 đợt (tính đến 20/09/2019)",
    );
    // Kiểm tra đợt cử đi says the same.
    const check = vi.rt.run<{ message: string }>("sidebarCheckPostings");
    expect(check.message).toContain("1 việc quá hạn ở 1 đợt (tính đến 20/09/2019)");
  });

  it("selects an overdue item's row in the sheet and shows it", async () => {
    vi.rt.select("Cán bộ", "A1");
    await page.click('[data-test="overdue-item"] button');
    await page.waitForSelector('#panel-selection:not([hidden]) [data-test="posting"]');
    expect(vi.rt.run<string>("__previewSelection")).toEqual({
      sheet: "Đợt cử đi",
      a1: expect.stringMatching(new RegExp(`^A${POSTING_ROWS.an}:[A-Z]+${POSTING_ROWS.an}$`)),
    });
    expect(await page.getAttribute("#tab-selection", "aria-selected")).toBe("true");
    expect(await text(page, '[data-test="name"]')).toBe("Nguyễn Văn An");
    expect(await text(page, '[data-test="overdue-badge"]')).toBe("1 việc quá hạn");
    // The keyboard user lands on what was selected.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("panel-selection");
  });

  it("selects an ageing-out cadre's row too, from the keyboard", async () => {
    await page.click("#tab-overview");
    await page.waitForSelector('[data-test="aging-item"] button');
    await page.focus('[data-test="aging-item"] button');
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => document.querySelector('[data-test="name"]')?.textContent === "Trần Thị Bình",
    );
    expect(vi.rt.run<{ sheet: string; a1: string }>("__previewSelection").sheet).toBe("Cán bộ");
  });
});

describe("a contradiction in the roster", () => {
  it("shows the check's warning lines above the conditions, the status unchanged", async () => {
    const roster = vi.rt.spreadsheet.sheet("Cán bộ")!;
    const col = roster.values()[0]!.indexOf("Đang mang thai") + 1;
    roster.cell(ROSTER_ROWS.an, col).value = "Có";
    try {
      await selectAndRefresh(page, vi.rt, "Cán bộ", `B${ROSTER_ROWS.an}`);
      await page.waitForSelector('[data-test="warnings"]');
      const warning = await text(page, '[data-test="warnings"]');
      expect(warning).toContain("Cần kiểm tra lại");
      expect(warning).toContain('ô "Đang mang thai" ghi Có nhưng ô "Giới tính" ghi Nam');
      expect(await text(page, '[data-test="status"]')).toBe("Đủ điều kiện");
      // The same line as the check writes into Lý do.
      vi.rt.run("sidebarCheckEligibility");
      const header = roster.values()[0]!;
      const reasons = String(roster.cell(ROSTER_ROWS.an, header.indexOf("Lý do") + 1).value);
      expect(reasons).toContain(warning.split("\n").at(-1));
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      roster.cell(ROSTER_ROWS.an, col).value = null;
    }
  });
});

describe("errors", () => {
  it("shows a server error as a readable message in the user's language", async () => {
    const settings = vi.rt.spreadsheet.sheet("Cấu hình")!;
    settings.cell(2, 1).value = "Tuổi tối đa";
    settings.cell(2, 2).value = "ba mươi";
    try {
      await selectAndRefresh(page, vi.rt, "Cán bộ", `B${ROSTER_ROWS.an}`);
      const box = page.locator("#message");
      await page.waitForSelector('#message[data-kind="error"]');
      const shown = await box.innerText();
      expect(shown).toContain("Không thực hiện được");
      expect(shown).toContain('Tab "Cấu hình", dòng 2, khóa "Tuổi tối đa"');
      expect(shown).not.toMatch(/at \w+ \(|TypeError|undefined/);
    } finally {
      settings.cell(2, 1).value = null;
      settings.cell(2, 2).value = null;
    }
    await page.click("#message .dismiss");
    expect(await page.locator("#message").isHidden()).toBe(true);
  });
});

describe("a check that cannot start", () => {
  it("says why in the sidebar, not in an alert", async () => {
    const settings = vi.rt.spreadsheet.sheet("Cấu hình")!;
    settings.cell(2, 1).value = "Số cán bộ tối đa mỗi năm";
    settings.cell(2, 2).value = "hai";
    const alerts = vi.rt.alerts.length;
    const callsBefore = vi.server.calls.length;
    try {
      await page.click('[data-test="check-postings"]');
      // Under the button that was pressed, not at the top of the panel.
      await page.waitForSelector('#action-status[data-kind="error"]');
      expect(await page.locator("#action-status").innerText()).toContain(
        'Tab "Cấu hình", dòng 2, khóa "Số cán bộ tối đa mỗi năm"',
      );
      // In view, right above the button pressed.
      const box = (await page.locator("#action-status").boundingBox())!;
      const button = (await page.locator('[data-test="check-postings"]').boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(button.y);
      expect(button.y - (box.y + box.height)).toBeLessThan(20);
      expect(button.y + button.height).toBeLessThanOrEqual(page.viewportSize()!.height);
      // The check's error is not repeated at the top of the panel. (The selection's poll reads
      // Cấu hình too: when it ran meanwhile, its own message there is the poll's, not the check's.)
      const pollFailed = vi.server.calls
        .slice(callsBefore)
        .some((c) => c.fn === "sidebarView" && !c.ok);
      if (!pollFailed) expect(await page.locator("#message").isHidden()).toBe(true);
      expect(vi.rt.alerts.length).toBe(alerts);
      expect(await page.locator('[data-test="check-postings"]').isEnabled()).toBe(true);
    } finally {
      settings.cell(2, 1).value = null;
      settings.cell(2, 2).value = null;
    }
    await page.click("#action-status .dismiss");
    expect(await page.locator("#action-status").innerText()).toBe("");
  });
});

describe("safe rendering", () => {
  it("shows a cadre named like HTML literally, and runs nothing", async () => {
    await selectAndRefresh(page, vi.rt, "Cán bộ", `B${ROSTER_ROWS.xss}`);
    await page.waitForFunction(
      (name) => document.querySelector('[data-test="name"]')?.textContent === name,
      XSS_NAME,
    );
    expect(await text(page, '[data-test="name"]')).toBe(XSS_NAME);
    // The gender cell's payload is quoted in a reason, as text.
    const reasons = await page.locator('[data-test="reason"]').allInnerTexts();
    expect(reasons.join("\n")).toContain(XSS_GENDER);
    expect(await page.locator("img").count()).toBe(0);
    const injected = await page.evaluate(() =>
      Array.from(document.scripts).some((s) => (s.textContent ?? "").includes('alert("g")')),
    );
    expect(injected).toBe(false);
  });

  it("shows a receiving unit named like HTML literally, and runs nothing", async () => {
    await selectAndRefresh(page, vi.rt, "Đợt cử đi", `B${POSTING_ROWS.xss}`);
    await page.waitForSelector('[data-test="posting"]');
    await page.waitForFunction(
      (unit) => document.querySelector('[data-test="unit"]')?.textContent === unit,
      XSS_UNIT,
    );
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator(".card b").allInnerTexts()).not.toContain("Thành đoàn");
  });

  it("and in the overview", async () => {
    await page.click("#tab-overview");
    onTestFinished(() => page.click("#tab-selection"));
    await page.waitForSelector('[data-test="overview"]');
    expect(await page.locator('[data-test="year"][data-year="2018"]').innerText()).toContain(
      XSS_NAME,
    );
    expect(await page.locator("img").count()).toBe(0);
  });

  it("never opened a dialog", () => {
    expect(dialogs).toEqual([]);
  });
});

describe("English", () => {
  it("speaks English when the user's locale is not Vietnamese", async () => {
    const en = await start("en_US");
    en.rt.select("Cán bộ", `B${ROSTER_ROWS.binh}`);
    const p = await openSidebar(en);
    try {
      await p.waitForSelector('[data-test="cadre"]');
      expect(await text(p, '[data-test="status"]')).toBe("Not eligible");
      expect(await text(p, "#tab-overview")).toBe("Overview");
      expect(await text(p, '[data-test="check-eligibility"]')).toBe("Check eligibility");
      expect(await p.locator("html").getAttribute("lang")).toBe("en");
    } finally {
      await p.close();
      await en.server.close();
    }
  });
});

describe("keyboard", () => {
  it("arrow keys move between the tabs, the focus is visible, Tab reaches the current tab only", async () => {
    await page.focus("#tab-selection");
    await page.keyboard.press("ArrowRight");
    await page.waitForSelector('[data-test="overview"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-overview");
    expect(await page.getAttribute("#tab-overview", "aria-selected")).toBe("true");
    expect(await page.getAttribute("#tab-selection", "tabindex")).toBe("-1");
    // A keyboard focus draws an outline (WCAG 2.4.7), not only a border colour.
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).toBe("solid");
    await page.keyboard.press("ArrowLeft");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-selection");
    expect(await page.isHidden("#panel-overview")).toBe(true);
    await page.keyboard.press("End");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-plan");
    await page.keyboard.press("Home");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-selection");
  });
});

/**
 * Where things are: the action bar's buttons [name, x, y, width, height], and the panel's
 * content ["panel", x, y] (the panel may get shorter, its content must not move).
 */
function layout(p: Page): Promise<(string | number)[][]> {
  return p.evaluate(() => {
    const round = (r: DOMRect) => [Math.round(r.x), Math.round(r.y)];
    const panel = document.querySelector('#panels [role="tabpanel"]:not([hidden])');
    return [
      ["panel", ...round(panel!.getBoundingClientRect())],
      ...Array.from(document.querySelectorAll("#actions button.command")).map((e) => {
        const r = e.getBoundingClientRect();
        return [
          e.getAttribute("data-test") ?? "",
          ...round(r),
          Math.round(r.width),
          Math.round(r.height),
        ];
      }),
    ];
  });
}

describe("feedback where the clerk looks", () => {
  it("keeps the buttons in view below a long panel and shows a check's result right above them", async () => {
    await page.setViewportSize({ width: 300, height: 480 });
    onTestFinished(() => page.setViewportSize({ width: 300, height: 900 }));
    await selectAndRefresh(page, vi.rt, "Đợt cử đi", `A${POSTING_ROWS.an}`);
    await page.waitForSelector('[data-test="posting"]');
    // The posting's calendar runs below the fold: the panel scrolls, the buttons stay.
    const panels = page.locator("#panels");
    expect(await panels.evaluate((e) => e.scrollHeight > e.clientHeight)).toBe(true);
    await panels.evaluate((e) => {
      e.scrollTop = e.scrollHeight;
    });
    const before = await layout(page);
    const button = (await page.locator('[data-test="check-eligibility"]').boundingBox())!;
    expect(button.y + button.height).toBeLessThanOrEqual(480);
    await page.click('[data-test="check-eligibility"]');
    const summary = page.locator('#action-status [data-test="check-summary"]');
    await summary.waitFor();
    expect(await summary.innerText()).toContain("Đã kiểm tra 5 cán bộ");
    const box = (await page.locator("#action-status").boundingBox())!;
    // In view, just above the button pressed; nothing moved.
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(button.y);
    expect(button.y - (box.y + box.height)).toBeLessThan(20);
    expect(await layout(page)).toEqual(before);
    await page.click("#action-status .dismiss");
    // The focus goes back to the button the result answered.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-test"))).toBe(
      "check-eligibility",
    );
  });

  it("shows the plan tab's write button in the same bar, with its result above it", async () => {
    await page.click("#tab-plan");
    onTestFinished(() => page.click("#tab-selection"));
    await page.waitForSelector('[data-test="plan"]');
    expect(await page.locator('#actions [data-test="plan-write"]').count()).toBe(1);
    expect(await page.locator('#actions [data-test="docs-proposal"]').count()).toBe(0);
  });
});

describe("a command that takes a while", () => {
  let slow: Session;
  let p: Page;
  beforeAll(async () => {
    slow = await start("vi", 2_500);
    slow.rt.select("Đợt cử đi", `A${POSTING_ROWS.an}`);
    p = await openSidebar(slow);
    await p.waitForSelector('[data-test="posting"]', { timeout: 20_000 });
  });
  afterAll(async () => {
    await p?.close();
    await slow?.server.close();
  });

  it("says Đang chạy with a moving bar and the seconds, and nothing moves", async () => {
    const before = await layout(p);
    await p.focus('[data-test="check-postings"]');
    await p.keyboard.press("Enter");
    const status = p.locator("#action-status");
    await p.waitForSelector('#action-status[data-kind="running"]');
    expect(await status.innerText()).toMatch(/^Đang chạy: Kiểm tra đợt cử đi…\s+\d+ giây/);
    const bar = p.locator('#action-status [role="progressbar"]');
    expect(await bar.isVisible()).toBe(true);
    expect(await bar.getAttribute("aria-label")).toBe("Đang chạy: Kiểm tra đợt cử đi…");
    // The bar moves: its position changes from one moment to the next.
    const x1 = await bar.locator(".progress-bar").evaluate((e) => e.getBoundingClientRect().x);
    await p.waitForTimeout(150);
    const x2 = await bar.locator(".progress-bar").evaluate((e) => e.getBoundingClientRect().x);
    expect(x2).not.toBe(x1);
    await p.waitForFunction(
      () => /1 giây/.test(document.getElementById("action-status")?.textContent ?? ""),
      undefined,
      { timeout: 5_000 },
    );
    // The buttons and the panel where they were; the others wait, the focus stays.
    expect(await layout(p)).toEqual(before);
    expect(await p.getAttribute('[data-test="check-eligibility"]', "aria-disabled")).toBe("true");
    expect(await p.evaluate(() => document.activeElement?.getAttribute("data-test"))).toBe(
      "check-postings",
    );
    // A second click while it runs starts nothing (Playwright itself would wait for the button).
    await p.locator('[data-test="check-eligibility"]').dispatchEvent("click");
    await p.waitForSelector('#action-status [data-test="check-summary"]', { timeout: 20_000 });
    expect(slow.server.calls.filter((c) => c.fn === "sidebarCheckEligibility")).toEqual([]);
    expect(await status.innerText()).toContain("Đã kiểm tra 2 đợt cử đi");
    expect(await p.locator('[role="progressbar"]').count()).toBe(0);
    expect(await layout(p)).toEqual(before);
  });

  it("has no serious accessibility violation while it runs", async () => {
    await p.click('[data-test="check-eligibility"]');
    await p.waitForSelector('#action-status[data-kind="running"]');
    expect(await seriousViolations(p)).toEqual([]);
    await p.waitForSelector('#action-status[data-kind="success"]', { timeout: 20_000 });
  });
});

describe("accessibility (axe-core, WCAG 2.1 AA)", () => {
  it("has no serious or critical violation in the cadre view", async () => {
    await selectAndRefresh(page, vi.rt, "Cán bộ", `C${ROSTER_ROWS.binh}`);
    await page.waitForFunction(
      () => document.querySelector('[data-test="name"]')?.textContent === "Trần Thị Bình",
    );
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("nor in the posting view with an overdue duty", async () => {
    await selectAndRefresh(page, vi.rt, "Đợt cử đi", `A${POSTING_ROWS.an}`);
    await page.waitForSelector('[data-test="overdue-badge"]');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("nor with a result or an error shown", async () => {
    await page.click('[data-test="check-postings"]');
    await page.waitForSelector('#action-status [data-test="check-summary"]');
    const settings = vi.rt.spreadsheet.sheet("Cấu hình")!;
    settings.cell(2, 1).value = "Tuổi tối đa";
    settings.cell(2, 2).value = "ba mươi";
    try {
      await selectAndRefresh(page, vi.rt, "Cán bộ", `B${ROSTER_ROWS.an}`);
      await page.waitForSelector('#message[data-kind="error"]');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      settings.cell(2, 1).value = null;
      settings.cell(2, 2).value = null;
    }
    await page.click("#message .dismiss");
    await page.click("#action-status .dismiss");
  });

  it("nor in the overview", async () => {
    await page.click("#tab-overview");
    onTestFinished(() => page.click("#tab-selection"));
    await page.waitForSelector('[data-test="timeline"] svg');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("nor in the plan tab", async () => {
    await page.click("#tab-plan");
    onTestFinished(() => page.click("#tab-selection"));
    await page.waitForSelector('[data-test="plan"]');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe("screenshot", () => {
  /** The page as it is now, at 300 px, into `name` (nothing focused, no message open). */
  async function picture(name: string): Promise<void> {
    if (await page.locator("#message .dismiss").isVisible()) await page.click("#message .dismiss");
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const path = join(SCREENSHOTS, name);
    mkdirSync(dirname(path), { recursive: true });
    const png = await page.screenshot({ path });
    expect(png.length).toBeGreaterThan(10_000);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(300); // nothing sticks out sideways at 300 px
  }

  it("takes the README's picture of the sidebar at 300 px", async () => {
    await selectAndRefresh(page, vi.rt, "Cán bộ", `B${ROSTER_ROWS.binh}`);
    await page.waitForFunction(
      () => document.querySelector('[data-test="name"]')?.textContent === "Trần Thị Bình",
    );
    await picture("sidebar.png");
  });

  it("and of a valid posting with an overdue duty", async () => {
    await selectAndRefresh(page, vi.rt, "Đợt cử đi", `A${POSTING_ROWS.an}`);
    await page.waitForFunction(
      () => document.querySelector('[data-test="overdue-badge"]')?.textContent === "1 việc quá hạn",
    );
    await picture("sidebar-posting.png");
  });
});
