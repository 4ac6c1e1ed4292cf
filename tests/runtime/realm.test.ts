import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { createRuntime } from "../../tools/gas-runtime/index.ts";

/** A dist/ directory as the build writes it: two script files, an HTML file, the manifest. */
function fixtureDist(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "gas-runtime-dist-"));
  // Written second in file-name order although created first: load() must sort.
  writeFileSync(
    path.join(dir, "20-second.js"),
    `LOAD_ORDER.push("20-second.js");
function greetTwice(name) { return greet(name) + " / " + greet(name); }
function loadOrder() { return LOAD_ORDER; }
function showPage() {
  var t = HtmlService.createTemplateFromFile("page");
  t.who = "<Ana & Bảo>";
  SpreadsheetApp.getUi().showSidebar(t.evaluate().setTitle("Trang"));
}
`,
  );
  writeFileSync(
    path.join(dir, "10-first.js"),
    `var LOAD_ORDER = ["10-first.js"];
function greet(name) { return "Xin chào " + name; }
`,
  );
  writeFileSync(
    path.join(dir, "page.html"),
    '<h1>Hello <?= who ?></h1><div><?!= "<b>raw</b>" ?></div>\n',
  );
  writeFileSync(path.join(dir, "appsscript.json"), '{"timeZone":"Asia/Ho_Chi_Minh"}');
  return dir;
}

const FIXTURE_DIST = fixtureDist();

describe("the script realm", () => {
  it("holds only Apps Script globals and JS built-ins (no Node globals)", () => {
    const rt = createRuntime();
    for (const name of [
      "require",
      "process",
      "setTimeout",
      "setInterval",
      "Buffer",
      "module",
      "exports",
      "fetch",
    ]) {
      expect(vm.runInContext(`typeof ${name}`, rt.context), name).toBe("undefined");
    }
    for (const name of [
      "SpreadsheetApp",
      "HtmlService",
      "PropertiesService",
      "CacheService",
      "LockService",
      "Session",
      "Utilities",
      "ScriptApp",
      "Logger",
      "console",
    ]) {
      expect(vm.runInContext(`typeof ${name}`, rt.context), name).toBe("object");
    }
  });

  // https://developers.google.com/apps-script/guides/v8-runtime : one global scope for all files.
  it("load() runs dist/*.js in file-name order into one global scope", () => {
    const rt = createRuntime();
    rt.load(FIXTURE_DIST);
    expect(rt.run("loadOrder")).toEqual(["10-first.js", "20-second.js"]);
    expect(rt.run("greetTwice", "Ana")).toBe("Xin chào Ana / Xin chào Ana");
  });

  it("load() indexes dist/*.html for HtmlService.createTemplateFromFile", () => {
    const rt = createRuntime();
    rt.load(FIXTURE_DIST);
    rt.run("showPage");
    expect(rt.sidebars).toHaveLength(1);
    expect(rt.sidebars[0]?.title).toBe("Trang");
    expect(rt.sidebars[0]?.html).toContain("Hello &lt;Ana &amp; Bảo&gt;");
    expect(rt.sidebars[0]?.html).toContain("<b>raw</b>");
  });

  it("load() of a missing directory says to build first", () => {
    const rt = createRuntime();
    expect(() => rt.load("/nonexistent/dist")).toThrow(/npm run build/);
  });

  it("run() of an unknown function fails like Apps Script", () => {
    const rt = createRuntime();
    expect(() => rt.run("nope")).toThrow("Script function not found: nope");
  });

  it("arguments are converted into the realm: Array.isArray and instanceof Date hold", () => {
    const rt = createRuntime();
    rt.loadSource(`function kinds(a, d, o) {
      return [Array.isArray(a), Array.isArray(a[0]), d instanceof Date, o instanceof Object, o.x instanceof Date];
    }`);
    expect(rt.run("kinds", [[1]], new Date(0), { x: new Date(1) })).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it("errors thrown by the script come out as host Errors with the script's message", () => {
    const rt = createRuntime();
    rt.loadSource(`function boom() { throw new TypeError("bad thing"); }`);
    let caught: unknown;
    try {
      rt.run("boom");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(Error);
    expect((caught as Error).message).toBe("bad thing");
    expect((caught as Error).name).toBe("TypeError");
  });

  it("service errors are realm Errors named Exception inside the script", () => {
    const rt = createRuntime();
    rt.loadSource(`function catchIt() {
      try { SpreadsheetApp.getActiveSheet().getRange(0, 1); }
      catch (e) { return [e instanceof Error, e.name, e.message, String(e)]; }
    }`);
    expect(rt.run("catchIt")).toEqual([
      true,
      "Exception",
      "The starting row of the range is too small.",
      "Exception: The starting row of the range is too small.",
    ]);
  });
});

describe("realm dates and the simulated clock", () => {
  it("Date.now(), new Date() and Date() read the simulated clock", () => {
    const rt = createRuntime({ now: Date.UTC(2019, 0, 7, 3, 0, 0) });
    rt.loadSource(`function clock() { return [Date.now(), new Date().getTime(), typeof Date()]; }`);
    expect(rt.run("clock")).toEqual([Date.UTC(2019, 0, 7, 3), Date.UTC(2019, 0, 7, 3), "string"]);
    rt.advance(1500);
    expect(rt.run<number[]>("clock")[0]).toBe(Date.UTC(2019, 0, 7, 3, 0, 1, 500));
    rt.setNow(0);
    expect(rt.now()).toBe(0);
  });

  it("new Date(x), Date.UTC, Date.parse and instanceof keep working", () => {
    const rt = createRuntime({ now: 0 });
    rt.loadSource(`function dates() {
      var d = new Date(Date.UTC(2020, 1, 29));
      class Sub extends Date {}
      var s = new Sub(5);
      return [d.toISOString(), Date.parse("2020-02-29T00:00:00Z"), d instanceof Date,
        s instanceof Date, s.getTime(), Object.prototype.toString.call(d), Date.name, d.constructor === Date];
    }`);
    expect(rt.run("dates")).toEqual([
      "2020-02-29T00:00:00.000Z",
      Date.UTC(2020, 1, 29),
      true,
      true,
      5,
      "[object Date]",
      "Date",
      true,
    ]);
  });

  it("runtime.date(y, m, d) is local midnight in the spreadsheet's zone, created in the realm", () => {
    const rt = createRuntime();
    const d = rt.date(2019, 1, 7);
    expect(d.toISOString()).toBe("2019-01-06T17:00:00.000Z");
    expect(vm.runInContext("(function (d) { return d instanceof Date; })", rt.context)(d)).toBe(
      true,
    );
    const ny = createRuntime({ timeZone: "America/New_York" });
    expect(ny.date(2019, 7, 1, 9, 30).toISOString()).toBe("2019-07-01T13:30:00.000Z");
    expect(ny.date(2019, 1, 1).toISOString()).toBe("2019-01-01T05:00:00.000Z");
  });

  it("toRealm deep-converts arrays, plain objects and Dates", () => {
    const rt = createRuntime();
    const v = rt.toRealm({ a: [new Date(0)] });
    const check = vm.runInContext(
      "(function (v) { return [v instanceof Object, Array.isArray(v.a), v.a instanceof Array, v.a[0] instanceof Date]; })",
      rt.context,
    );
    expect(check(v)).toEqual([true, true, true, true]);
  });

  it("run() results come back as host values (Dates, arrays)", () => {
    const rt = createRuntime();
    rt.loadSource(`function mk() { return { when: new Date(86400000), list: [1, "a"] }; }`);
    const r = rt.run<{ when: Date; list: unknown[] }>("mk");
    expect(r.when).toBeInstanceOf(Date);
    expect(r.when.getTime()).toBe(86_400_000);
    expect(r.list).toBeInstanceOf(Array);
  });
});
