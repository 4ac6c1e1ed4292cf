/**
 * The sidebar without a browser: the page file as built (one self-contained file, no remote
 * script, no HTML parsing of data), the typed google.script.run wrapper, the shim's rules,
 * the pure view builders, and the server functions on the built bundle.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { agingOutViews, nextRoundStart, yearViews } from "../src/app/sidebar-view";
import { dayOf, formatDay } from "../src/core/dates";
import type { RosterRow } from "../src/core/roster";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import {
  callServer,
  cleanMessage,
  createServer,
  type ScriptRunner,
  ServerError,
} from "../src/shared/rpc";
import { chromiumPath, launchBrowser } from "../tools/browser/chromium";
import { createRuntime, type Runtime } from "../tools/gas-runtime/index.ts";
import { illegalValue, topLevelFunctions } from "../tools/preview/server.ts";
import { ROSTER_ROWS, sidebarWorkbook, TODAY } from "./browser/fixture";
import { distDir } from "./support/bundle";

const pageDir = resolve(__dirname, "../src/pages/sidebar");

describe("dist/sidebar.html", () => {
  const html = () => readFileSync(join(distDir(), "sidebar.html"), "utf8");

  it("is one self-contained file: its script and style inlined, nothing loaded from elsewhere", () => {
    const page = html();
    expect(page).toContain("<style>");
    expect(page.match(/<script>/g)).toHaveLength(1);
    expect(page).not.toMatch(/<script[^>]+src=/i);
    expect(page).not.toMatch(/<link[^>]+href=/i);
    expect(page).not.toMatch(/@import|url\(\s*['"]?https?:/i);
    expect(page).not.toContain("<!-- STYLE -->");
    expect(page).not.toContain("<!-- SCRIPT -->");
    expect(page).toContain('id="panel-selection"');
  });

  it("never parses data as HTML: no innerHTML, outerHTML, insertAdjacentHTML, document.write", () => {
    const sources = readdirSync(pageDir)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => readFileSync(join(pageDir, f), "utf8").replace(/^\s*(\*|\/\/).*$/gm, ""));
    sources.push(readFileSync(resolve(__dirname, "../src/shared/rpc.ts"), "utf8"));
    for (const src of sources) {
      expect(src).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
    }
    // The built page neither (the bundled code is the page's code only).
    expect(html()).not.toMatch(/\.innerHTML\s*=|insertAdjacentHTML|document\.write\(/);
  });
});

describe("the typed google.script.run wrapper", () => {
  /** A google.script.run lookalike that answers synchronously from `answers`. */
  function fakeRun(answers: Record<string, (...args: unknown[]) => unknown>): () => ScriptRunner {
    const make = (ok?: (v: unknown) => void, fail?: (e: unknown) => void): ScriptRunner => {
      const runner: ScriptRunner = {
        withSuccessHandler: (f) => make(f, fail),
        withFailureHandler: (f) => make(ok, f),
      };
      for (const [name, fn] of Object.entries(answers)) {
        runner[name] = (...args: unknown[]) => {
          try {
            ok?.(fn(...args));
          } catch (e) {
            fail?.(e);
          }
        };
      }
      return runner;
    };
    return () => make();
  }

  it("resolves with what the server function returns, and passes the arguments", async () => {
    const server = createServer(fakeRun({ sidebarView: (known) => ({ key: `k:${known}` }) }));
    await expect(server.sidebarView("abc")).resolves.toEqual({ key: "k:abc" });
  });

  it("rejects with the server's message, without the exception's type", async () => {
    const run = fakeRun({
      sidebarOverview: () => {
        throw new Error('Exception: Cấu hình "Tuổi tối đa" (dòng 2): giá trị không đọc được');
      },
    });
    const error = await callServer("sidebarOverview", [], run).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).message).toBe(
      'Cấu hình "Tuổi tối đa" (dòng 2): giá trị không đọc được',
    );
    expect((error as ServerError).unreachable).toBe(false);
  });

  it("tells a network failure from a server error", async () => {
    const run = fakeRun({
      sidebarView: () => {
        throw new Error("NetworkError: Connection failure due to HTTP 0");
      },
    });
    const error = (await callServer("sidebarView", [null], run).catch(
      (e: unknown) => e,
    )) as ServerError;
    expect(error.unreachable).toBe(true);
  });

  it("rejects, not crashes, when the function does not exist or google.script.run is absent", async () => {
    await expect(callServer("nope", [], fakeRun({}))).rejects.toThrow('no function "nope"');
    const error = (await callServer("sidebarView", [null]).catch((e: unknown) => e)) as Error;
    expect(error.message).toContain("google.script.run is not available");
  });

  it("cleans the prefixes Apps Script puts on messages", () => {
    expect(cleanMessage(new Error("Error: Tab thiếu"))).toBe("Tab thiếu");
    expect(cleanMessage({ message: "ScriptError: x" })).toBe("x");
    expect(cleanMessage("plain")).toBe("plain");
  });
});

describe("the local google.script.run shim", () => {
  it("offers exactly the built script's top-level functions", () => {
    const names = topLevelFunctions(distDir());
    expect(names).toEqual(
      expect.arrayContaining([
        "sidebarView",
        "sidebarOverview",
        "sidebarCheckEligibility",
        "sidebarCheckPostings",
        "sidebarGenerateDocuments",
        "menuOpenSidebar",
      ]),
    );
  });

  it("refuses what google.script.run cannot carry", () => {
    expect(illegalValue({ a: [1, "x", null, { b: true }] })).toBeUndefined();
    expect(illegalValue({ when: new Date() })).toMatch(/value\.when is a Date/);
    expect(illegalValue([() => 1])).toMatch(/value\[0\] is a function/);
    expect(illegalValue(new Map())).toMatch(/Map/);
  });
});

describe("the server functions on the built bundle", () => {
  function runtime(locale = "vi") {
    const rt = createRuntime({
      locale,
      timeZone: "Asia/Ho_Chi_Minh",
      now: TODAY,
      spreadsheet: sidebarWorkbook(),
    });
    rt.load(distDir());
    return rt;
  }

  it("menuOpenSidebar shows dist/sidebar.html as the sidebar, titled in the user's language", () => {
    const rt = runtime();
    rt.run("menuOpenSidebar");
    expect(rt.sidebars).toHaveLength(1);
    expect(rt.sidebars[0]?.title).toBe("Đi cơ sở");
    expect(rt.sidebars[0]?.html).toBe(readFileSync(join(distDir(), "sidebar.html"), "utf8"));
  });

  it("returns plain JSON only: no Date anywhere, dates as dd/MM/yyyy", () => {
    const rt = runtime();
    rt.select("Cán bộ", `B${ROSTER_ROWS.binh}`);
    const results = [
      rt.run("sidebarView", null),
      rt.run("sidebarOverview"),
      rt.run("sidebarCheckEligibility"),
      rt.run("sidebarCheckPostings"),
    ];
    rt.select("Đợt cử đi", "A2");
    results.push(rt.run("sidebarView", null));
    for (const r of results) {
      expect(illegalValue(r)).toBeUndefined();
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    }
    expect(JSON.stringify(results)).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it("a poll on an unchanged selection costs a handful of service calls and reads no tab", () => {
    const rt = runtime();
    rt.select("Cán bộ", `B${ROSTER_ROWS.an}`);
    const first = rt.run<{ key: string; changed: boolean }>("sidebarView", null);
    expect(first.changed).toBe(true);
    rt.resetCalls();
    const again = rt.run<{ changed: boolean; view?: unknown }>("sidebarView", first.key);
    expect(again).toMatchObject({ changed: false });
    expect(again.view).toBeUndefined();
    expect(rt.calls["Sheet.getDataRange"] ?? 0).toBe(0);
    expect(rt.totalCalls()).toBeLessThanOrEqual(10);
    // A change in the row's content is noticed by the same cheap poll.
    rt.spreadsheet.sheet("Cán bộ")!.cell(ROSTER_ROWS.an, 13).value = "Chưa tốt";
    const changed = rt.run<{ changed: boolean; view: { status: string } }>(
      "sidebarView",
      first.key,
    );
    expect(changed.changed).toBe(true);
    expect(changed.view.status).toBe("notEligible");
  });

  it("selects a row asked for by the overview, and refuses a row that is not a posting", () => {
    const rt = runtime();
    // The tab and row of the selection, from the key the page polls with.
    const selectedRow = (r: Runtime) =>
      r.run<{ key: string }>("sidebarView", null).key.split("\u0000").slice(0, 2);
    rt.select("Cán bộ", "A1");
    const shown = rt.run<{ view: { kind: string; row: number } }>("sidebarSelectRow", {
      tab: "postings",
      row: 2,
    });
    expect(shown.view).toMatchObject({ kind: "posting", row: 2 });
    expect(selectedRow(rt)).toEqual(["Đợt cử đi", "2"]);
    for (const row of [1, 99, 2.5]) {
      expect(() => rt.run("sidebarSelectRow", { tab: "postings", row })).toThrow(
        `Tab "Đợt cử đi" không còn dòng ${row}.`,
      );
    }
    // Nothing moved when it refused.
    expect(selectedRow(rt)).toEqual(["Đợt cử đi", "2"]);
  });

  it("a missing tab is an error message naming it, in the user's language", () => {
    const rt = runtime("en");
    rt.spreadsheet.removeSheet(rt.spreadsheet.sheet("Đợt cử đi")!);
    rt.select("Cán bộ", "A2");
    expect(() => rt.run("sidebarCheckPostings")).toThrow(
      'There is no "Đợt cử đi" tab. Run "Set up sheets"',
    );
  });
});

describe("overview pieces", () => {
  it("the next round opens on the first day of the start quarter after today", () => {
    expect(formatDay(nextRoundStart(dayOf(2019, 9, 20), 1))).toBe("01/01/2020");
    expect(formatDay(nextRoundStart(dayOf(2019, 1, 1), 1))).toBe("01/01/2020");
    expect(formatDay(nextRoundStart(dayOf(2018, 12, 31), 1))).toBe("01/01/2019");
    expect(formatDay(nextRoundStart(dayOf(2019, 2, 10), 2))).toBe("01/04/2019");
  });

  it("counts postings per plan year against the quota and flags a year over it", () => {
    const starts = [
      { start: dayOf(2019, 1, 7), cadre: "A" },
      { start: dayOf(2019, 2, 1), cadre: "B" },
      { start: dayOf(2019, 3, 1), cadre: "C" },
      { start: dayOf(2024, 1, 1), cadre: "D" },
      { start: undefined, cadre: "E" },
    ];
    const years = yearViews(starts, DEFAULT_SETTINGS);
    expect(years.map((y) => [y.year, y.postings, y.over])).toEqual([
      [2018, 0, false],
      [2019, 3, true],
      [2020, 0, false],
      [2021, 0, false],
      [2022, 0, false],
      [2024, 1, false],
    ]);
  });

  it("lists who is within the age limit today but not on the day the next round opens", () => {
    const row = (n: number) =>
      ({
        row: n,
        id: { kind: "value", value: `CB${n}` },
        name: { kind: "blank" },
      }) as unknown as RosterRow;
    const today = dayOf(2019, 9, 20);
    const next = dayOf(2020, 1, 1);
    const out = agingOutViews(
      [
        { row: row(2), ageLimit: dayOf(2019, 12, 31) }, // last day before the round: listed
        { row: row(3), ageLimit: dayOf(2020, 1, 1) }, // still eligible on the first day
        { row: row(4), ageLimit: dayOf(2019, 9, 19) }, // already past the limit
        { row: row(5), ageLimit: today }, // today is the last day: listed
        { row: row(6), ageLimit: undefined },
      ],
      today,
      next,
    );
    expect(out.map((a) => [a.row, a.ageLimit])).toEqual([
      [5, "20/09/2019"],
      [2, "31/12/2019"],
    ]);
  });
});

describe("the browser tests' Chromium", () => {
  it("comes from the npm package: no system browser is needed", async () => {
    const path = await chromiumPath();
    expect(path.startsWith(tmpdir())).toBe(true);
    expect(statSync(path).mode & 0o100).toBeTruthy();
  });

  it("a CHROMIUM_PATH that is not there fails with the path, never skips", async () => {
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    try {
      await expect(launchBrowser()).rejects.toThrow(
        "Chromium (/nonexistent/chromium) did not start",
      );
    } finally {
      delete process.env.CHROMIUM_PATH;
    }
  });
});
