// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText is what a person sees
/**
 * The "Tạo văn bản…" dialog in a real browser: Debian's Chromium shows the BUILT
 * dist/documents.html with a google.script.run stand-in whose calls run the same built bundle
 * in the local Apps Script runtime, on the sample workbook (today 15/06/2021). The tests read
 * what a person sees: what the choices would make, said before the button is pressed; the
 * dialog's own loop finishes a long run without any trigger, waits while another run holds the
 * lock, and a setting that cannot be read is said in Vietnamese.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSampleModel } from "../tools/demo/sample";
import { DOC_MIME, driveStoreOf } from "../tools/gas-runtime/drive-app";
import { createRuntime, type Runtime } from "../tools/gas-runtime/index";
import { seriousViolations } from "./browser/axe";
import { type Browser, launchBrowser } from "./browser/browser";
import { distDir } from "./support/bundle";

const NOW = Date.UTC(2021, 5, 15, 3, 30);

/** The README's picture of the dialog is retaken with UPDATE_SCREENSHOTS=1. */
const SCREENSHOT = process.env.UPDATE_SCREENSHOTS
  ? join(resolve(dirname(fileURLToPath(import.meta.url)), ".."), "docs", "documents-dialog.png")
  : join(mkdtempSync(join(tmpdir(), "dicoso-dialog-")), "documents-dialog.png");

/**
 * google.script.run as the page sees it: chainable handlers, one asynchronous call per
 * runner, the failure handler given an Error with the server's message.
 */
const SHIM = `<script>
(() => {
  const runner = (ok, fail) => new Proxy({}, {
    get(_t, name) {
      if (name === "withSuccessHandler") return (f) => runner(f, fail);
      if (name === "withFailureHandler") return (f) => runner(ok, f);
      if (name === "withUserObject") return () => runner(ok, fail);
      return (...args) => {
        window.__rpc(String(name), JSON.stringify(args)).then((answer) => {
          const r = JSON.parse(answer);
          if (r.ok) { if (ok) ok(r.value); } else if (fail) fail(new Error(r.message));
        });
      };
    },
  });
  window.google = { script: { run: runner(null, null), host: { close() {} } } };
})();
</script>`;

interface Dialog {
  rt: Runtime;
  page: Page;
  calls: string[];
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Opens the dialog on the sample workbook. `beforeCall(n, fn)` runs on the host before the
 * n-th server call (1-based), e.g. to let another run hold the lock.
 */
async function openDialog(
  options: {
    msPerServiceCall?: number;
    prepare?: (rt: Runtime) => void;
    beforeCall?: (n: number, fn: string, rt: Runtime) => (() => void) | undefined;
  } = {},
): Promise<Dialog> {
  const rt = createRuntime({
    now: NOW,
    spreadsheet: buildSampleModel(),
    msPerServiceCall: options.msPerServiceCall ?? 0,
    locale: "vi",
  });
  rt.load(distDir());
  // Very slow calls would stop onOpen at its 30 s; the dialog needs no menu.
  if (!options.msPerServiceCall) rt.open("FULL");
  options.prepare?.(rt);
  const calls: string[] = [];
  const page = await browser.context.newPage();
  await page.exposeFunction("__rpc", (fn: string, args: string) => {
    calls.push(fn);
    const after = options.beforeCall?.(calls.length, fn, rt);
    try {
      const value = rt.run(fn, ...(JSON.parse(args) as unknown[]));
      return JSON.stringify({ ok: true, value });
    } catch (e) {
      return JSON.stringify({ ok: false, message: (e as Error).message });
    } finally {
      after?.();
    }
  });
  const html = readFileSync(join(distDir(), "documents.html"), "utf8");
  await page.setContent(html.replace("<head>", () => `<head>\n${SHIM}`));
  return { rt, page, calls };
}

const status = (d: Dialog) => d.page.locator("#status").innerText();

async function press(d: Dialog, year: string): Promise<void> {
  await d.page.locator("#form").waitFor({ state: "visible" });
  await d.page.selectOption("#year", year);
  await d.page.check('input[name="kind"][value="summary"]');
  await d.page.click("#go");
}

/** Waits until the Generate button is usable again: the dialog's loop has ended. */
async function finished(d: Dialog): Promise<void> {
  await d.page.waitForFunction(
    () => {
      const go = document.getElementById("go") as HTMLButtonElement | null;
      const text = document.getElementById("status")?.textContent ?? "";
      return go !== null && !go.disabled && !text.startsWith("Đang");
    },
    undefined,
    { timeout: 50_000 },
  );
}

describe("the documents dialog", () => {
  it("finishes a long run by calling again itself, without any trigger", async () => {
    const d = await openDialog({ msPerServiceCall: 3_000 });
    await press(d, "2019");
    await finished(d);
    const generateCalls = d.calls.filter((c) => c === "documentsGenerate").length;
    expect(generateCalls).toBeGreaterThan(1);
    expect(d.rt.triggers).toEqual([]);
    const made = [...driveStoreOf(d.rt.internals).files.values()].filter(
      (f) => f.mimeType === DOC_MIME && f.name.startsWith("2019 – "),
    );
    expect(made).toHaveLength(14);
    expect(await status(d)).toMatch(/^Đã tạo 14, cập nhật 0, giữ nguyên 0 văn bản/);
    expect(await d.page.locator("#links li").count()).toBe(14);
    await d.page.close();
  });

  it("waits while another run holds the lock, then goes on", async () => {
    let release: (() => void) | undefined;
    let generating = 0;
    const d = await openDialog({
      msPerServiceCall: 3_000,
      beforeCall: (_n, fn, rt) => {
        if (fn !== "documentsGenerate") return undefined;
        generating += 1;
        // The second generation call finds another run (a check by a colleague) at work.
        if (generating === 2) release = rt.holdLock("document");
        return generating === 2 ? () => release?.() : undefined;
      },
    });
    await press(d, "2019");
    await d.page.waitForFunction(
      () => (document.getElementById("status")?.textContent ?? "").includes("Đang chờ"),
      undefined,
      { timeout: 20_000 },
    );
    expect(await status(d)).toContain("Một người khác đang chạy lệnh của Đi cơ sở");
    await finished(d);
    expect(await status(d)).toMatch(/^Đã tạo 14, cập nhật 0, giữ nguyên 0 văn bản/);
    await d.page.close();
  });

  it("says what the choices would make before the button is pressed, and the button names the year", async () => {
    const d = await openDialog({ prepare: (rt) => rt.select("Đợt cử đi", "A3:C6") });
    await d.page.setViewportSize({ width: 520, height: 640 }); // the menu's dialog
    await d.page.locator("#form").waitFor({ state: "visible" });
    await d.page.selectOption("#year", "2018");
    await d.page.waitForFunction(
      () => (document.getElementById("preview")?.textContent ?? "").startsWith("Sẽ tạo"),
      undefined,
      { timeout: 20_000 },
    );
    const text = await d.page.locator("#preview").innerText();
    expect(text).toMatch(/^Sẽ tạo 11 văn bản cho 2 đợt, năm 2018\./);
    // The other two selected rows are 2019's: said, with what to do.
    expect(text).toContain("Dòng 5, 6: đợt cử đi năm 2019, không thuộc năm 2018 đã chọn");
    expect(await d.page.locator("#go").innerText()).toBe("Tạo văn bản năm 2018");
    expect(await d.page.locator("#go").isDisabled()).toBe(false);
    await d.page.screenshot({ path: SCREENSHOT });
    // Nothing was made by looking.
    const files = [...driveStoreOf(d.rt.internals).files.values()];
    expect(files.filter((f) => f.mimeType === DOC_MIME)).toEqual([]);
    await d.page.close();
  });

  it("a selected row without a start date: the button is disabled and the dialog says why", async () => {
    const d = await openDialog({ prepare: (rt) => rt.select("Đợt cử đi", "A16") });
    await d.page.locator("#form").waitFor({ state: "visible" });
    await d.page.uncheck('input[name="kind"][value="proposal"]');
    await d.page.waitForFunction(
      () => (document.getElementById("preview")?.textContent ?? "").startsWith("Không có"),
      undefined,
      { timeout: 20_000 },
    );
    const text = await d.page.locator("#preview").innerText();
    expect(text).toContain("Không có văn bản nào để tạo với lựa chọn này.");
    expect(text).toContain("Dòng 16: chưa có Ngày bắt đầu đọc được");
    expect(await d.page.locator("#go").isDisabled()).toBe(true);
    await d.page.close();
  });

  it("a setting that cannot be read is said in Vietnamese instead of the form", async () => {
    const d = await openDialog({
      prepare: (rt) => {
        const sheet = rt.spreadsheet.sheet("Cấu hình")!;
        const row = sheet.values().findIndex((r) => r[0] === "Tuổi tối đa") + 1;
        sheet.cell(row, 2).value = "ba mươi";
      },
    });
    await d.page.waitForFunction(
      () => (document.getElementById("status")?.textContent ?? "") !== "Đang tải…",
      undefined,
      { timeout: 20_000 },
    );
    const text = await status(d);
    expect(text).toContain('"Tuổi tối đa"');
    expect(text).toContain('"ba mươi" không đọc được');
    expect(text).not.toMatch(/Setting|Error|UserError/);
    expect(await d.page.locator("#form").isVisible()).toBe(false);
    await d.page.close();
  });
});

describe("the dialog's feedback, where the clerk looks", () => {
  interface Moment {
    shown: boolean;
    now: string | null;
    max: string | null;
    status: string;
    /** #go, #status and the progress bar wholly inside the window. */
    inView: boolean;
  }

  it("keeps the buttons, the status and a progress bar in view while a long run goes on", async () => {
    const d = await openDialog({ msPerServiceCall: 3_000 });
    // The dialog's window (menu Tạo văn bản…: 520 × 600).
    await d.page.setViewportSize({ width: 520, height: 600 });
    await d.page.locator("#form").waitFor({ state: "visible" });
    // Every change of the progress bar, as the clerk would have seen it.
    await d.page.evaluate(() => {
      const bar = document.getElementById("progress")!;
      const seen = (id: string) => {
        const r = document.getElementById(id)!.getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
      };
      const moments: unknown[] = [];
      (window as unknown as { moments: unknown[] }).moments = moments;
      new MutationObserver(() =>
        moments.push({
          shown: !bar.hidden,
          now: bar.getAttribute("aria-valuenow"),
          max: bar.getAttribute("aria-valuemax"),
          status: document.getElementById("status")!.textContent,
          inView: ["go", "status", "progress"].every(seen),
        }),
      ).observe(bar, { attributes: true });
    });
    await press(d, "2019");
    await finished(d);
    const moments = await d.page.evaluate(
      () => (window as unknown as { moments: Moment[] }).moments,
    );
    const shown = moments.filter((m) => m.shown);
    // Moving first (no value yet), then the part done, e.g. 13 of 14, all of it in view.
    expect(shown[0]?.now).toBeNull();
    const partial = shown.filter((m) => m.now !== null && Number(m.now) < Number(m.max));
    expect(partial.length).toBeGreaterThan(0);
    expect(shown.every((m) => m.inView)).toBe(true);
    expect(moments.at(-1)?.shown).toBe(false);
    expect(await status(d)).toMatch(/^Đã tạo 14/);
    await d.page.close();
  });

  it("has no serious or critical accessibility violation (axe-core, WCAG 2.1 AA)", async () => {
    const d = await openDialog();
    await d.page.locator("#form").waitFor({ state: "visible" });
    expect(await seriousViolations(d.page)).toEqual([]);
    await press(d, "2019");
    await finished(d);
    expect(await seriousViolations(d.page)).toEqual([]);
    await d.page.close();
  });
});
