import { describe, expect, it } from "vitest";
import { createRuntime } from "../../tools/gas-runtime/index.ts";

const PROPS = "https://developers.google.com/apps-script/reference/properties/properties";
const CACHE = "https://developers.google.com/apps-script/reference/cache/cache";
const LOCK = "https://developers.google.com/apps-script/reference/lock/lock";
const SESSION = "https://developers.google.com/apps-script/reference/base/session";
const UTIL = "https://developers.google.com/apps-script/reference/utilities/utilities";
const SCRIPT = "https://developers.google.com/apps-script/reference/script/script-app";

describe(`Properties — ${PROPS}`, () => {
  it("stores strings; document properties live in the spreadsheet model", () => {
    const rt = createRuntime();
    rt.loadSource(`function f() {
      var d = PropertiesService.getDocumentProperties();
      d.setProperty("lastRow", 42).setProperties({ a: "1", b: true });
      var got = [d.getProperty("lastRow"), typeof d.getProperty("lastRow"), d.getProperty("nope"), d.getKeys().sort(), d.getProperties()];
      d.deleteProperty("a");
      PropertiesService.getUserProperties().setProperty("u", "x");
      return got.concat([d.getKeys().sort(), PropertiesService.getScriptProperties().getProperty("u")]);
    }`);
    expect(rt.run("f")).toEqual([
      "42",
      "string",
      null,
      ["a", "b", "lastRow"],
      { lastRow: "42", a: "1", b: "true" },
      ["b", "lastRow"],
      null,
    ]);
    expect(rt.spreadsheet.documentProperties.get("lastRow")).toBe("42");
    expect(rt.properties.user.get("u")).toBe("x");
    rt.loadSource(
      `function g() { PropertiesService.getDocumentProperties().setProperties({ z: "1" }, true); }`,
    );
    rt.run("g");
    expect([...rt.spreadsheet.documentProperties.keys()]).toEqual(["z"]);
  });
});

describe("Properties quota — https://developers.google.com/apps-script/guides/services/quotas", () => {
  it("a store holds at most 500 KB: the write that would pass it throws and changes nothing", () => {
    const rt = createRuntime();
    rt.loadSource(`function fill(n) {
      var p = PropertiesService.getUserProperties(), chunk = new Array(8 * 1024 + 1).join("x");
      for (var i = 0; i < n; i++) p.setProperty("k" + i, chunk);
      return p.getKeys().length;
    }
    function batch() { PropertiesService.getUserProperties().setProperties({ a: "1", big: new Array(9 * 1024 + 2).join("y") }); }
    function docToo() { PropertiesService.getDocumentProperties().setProperty("d", "ok"); return "ok"; }`);
    expect(rt.run("fill", 62)).toBe(62);
    expect(() => rt.run("fill", 63)).toThrow(
      "You have exceeded the property storage quota. Please remove some properties and try again.",
    );
    expect(rt.properties.user.size).toBe(62);
    expect(() => rt.run("batch")).toThrow("Argument too large: value");
    expect(rt.properties.user.has("a")).toBe(false);
    // Each store has its own 500 KB.
    expect(rt.run("docToo")).toBe("ok");
  });
});

describe(`Cache — ${CACHE}`, () => {
  it("expires against the simulated clock (default 600 s) and caps expiration at 21600 s", () => {
    const rt = createRuntime({ now: 0 });
    rt.loadSource(`function put() { var c = CacheService.getScriptCache(); c.put("k", "v"); c.put("long", "l", 999999); c.putAll({ a: "1", b: "2" }, 60); }
      function get() { var c = CacheService.getScriptCache(); return [c.get("k"), c.get("long"), c.getAll(["a", "b", "zz"])]; }`);
    rt.run("put");
    expect(rt.run("get")).toEqual(["v", "l", { a: "1", b: "2" }]);
    rt.advance(61_000);
    expect(rt.run("get")).toEqual(["v", "l", {}]);
    rt.advance(600_000);
    expect(rt.run("get")).toEqual([null, "l", {}]);
    rt.advance(21_600_000);
    expect(rt.run("get")).toEqual([null, null, {}]);
  });

  it("rejects values over 100 KB and keys over 250 characters", () => {
    const rt = createRuntime();
    rt.loadSource(`function big() { CacheService.getDocumentCache().put("k", new Array(102402).join("x")); }
      function longKey() { CacheService.getUserCache().put(new Array(252).join("k"), "v"); }
      function ok() { var c = CacheService.getUserCache(); c.put("k", "v"); c.remove("k"); return c.get("k"); }`);
    expect(() => rt.run("big")).toThrow("Argument too large: value");
    expect(() => rt.run("longKey")).toThrow("Argument too large: key");
    expect(rt.run("ok")).toBeNull();
  });
});

describe(`Lock — ${LOCK}`, () => {
  const SCRIPT_SRC = `
    function tryIt(ms) { var l = LockService.getDocumentLock(); var got = l.tryLock(ms); return [got, l.hasLock()]; }
    function waitIt(ms) { LockService.getScriptLock().waitLock(ms); return "in"; }
    function holdAndCheck() { var l = LockService.getDocumentLock(); l.waitLock(1000); return l.hasLock(); }`;

  it("tryLock returns false while another execution holds the lock, and the wait advances the clock", () => {
    const rt = createRuntime({ now: 0 });
    rt.loadSource(SCRIPT_SRC);
    const release = rt.holdLock("document");
    expect(rt.run("tryIt", 5000)).toEqual([false, false]);
    expect(rt.now()).toBe(5000);
    release();
    expect(rt.run("tryIt", 5000)).toEqual([true, true]);
    expect(rt.now()).toBe(5000);
  });

  it("waitLock throws Google's message on timeout", () => {
    const rt = createRuntime();
    rt.loadSource(SCRIPT_SRC);
    rt.holdLock("script");
    expect(() => rt.run("waitIt", 100)).toThrow(
      "Lock timeout: another process was holding the lock for too long.",
    );
  });

  it("a lock held by an execution is released when the execution ends (even on error)", () => {
    const rt = createRuntime();
    rt.loadSource(`${SCRIPT_SRC}
      function holdThenFail() { LockService.getDocumentLock().waitLock(1000); throw new Error("x"); }`);
    expect(rt.run("holdAndCheck")).toBe(true);
    expect(() => rt.holdLock("document")).not.toThrow();
    const r = createRuntime();
    r.loadSource(`${SCRIPT_SRC}
      function holdThenFail() { LockService.getDocumentLock().waitLock(1000); throw new Error("x"); }`);
    expect(() => r.run("holdThenFail")).toThrow("x");
    expect(r.run("tryIt", 0)).toEqual([true, true]);
  });

  it("holdLock(kind, forMs): a waiter with a long enough timeout gets the lock when the other lets go", () => {
    const rt = createRuntime({ now: 0 });
    rt.loadSource(SCRIPT_SRC);
    rt.holdLock("document", 3000);
    expect(rt.run("tryIt", 10_000)).toEqual([true, true]);
    expect(rt.now()).toBe(3000);
  });
});

describe(`Session — ${SESSION}`, () => {
  it("locale, script time zone, user email (blank where the user has not authorised: simple triggers)", () => {
    const rt = createRuntime({ locale: "en", timeZone: "Europe/Paris", userEmail: "a@b.org" });
    rt.loadSource(`function s() { return [Session.getActiveUserLocale(), Session.getScriptTimeZone(),
      Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), typeof Session.getTemporaryActiveUserKey(),
      SpreadsheetApp.getActive().getSpreadsheetTimeZone(), SpreadsheetApp.getActive().getSpreadsheetLocale()]; }`);
    expect(rt.run("s")).toEqual([
      "en",
      "Europe/Paris",
      "a@b.org",
      "a@b.org",
      "string",
      "Europe/Paris",
      "en",
    ]);
    expect(rt.runAs<unknown[]>("LIMITED", "s")[2]).toBe("");
  });

  it("defaults: vi, Asia/Ho_Chi_Minh, can.bo@example.org", () => {
    const rt = createRuntime();
    rt.loadSource(
      `function s() { return [Session.getActiveUserLocale(), Session.getScriptTimeZone(), Session.getActiveUser().getEmail()]; }`,
    );
    expect(rt.run("s")).toEqual(["vi", "Asia/Ho_Chi_Minh", "can.bo@example.org"]);
  });
});

describe(`Utilities — ${UTIL}`, () => {
  it("formatDate follows SimpleDateFormat patterns in any zone — #formatDate(Date,String,String)", () => {
    const rt = createRuntime();
    rt.loadSource(`function f(d, tz, p) { return Utilities.formatDate(d, tz, p); }`);
    const d = new Date(Date.UTC(2019, 0, 6, 17, 5, 9, 7)); // 2019-01-07 00:05:09.007 in Hanoi
    const fmt = (tz: string, p: string) => rt.run<string>("f", d, tz, p);
    expect(fmt("Asia/Ho_Chi_Minh", "dd/MM/yyyy")).toBe("07/01/2019");
    expect(fmt("Asia/Ho_Chi_Minh", "d/M/yy H:mm:ss.SSS")).toBe("7/1/19 0:05:09.007");
    expect(fmt("Asia/Ho_Chi_Minh", "EEE, EEEE d MMM MMMM yyyy")).toBe(
      "Mon, Monday 7 Jan January 2019",
    );
    expect(fmt("Asia/Ho_Chi_Minh", "Z XXX X")).toBe("+0700 +07:00 +07");
    expect(fmt("UTC", "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe("2019-01-06T17:05:09Z");
    expect(fmt("America/New_York", "yyyy-MM-dd HH:mm Z")).toBe("2019-01-06 12:05 -0500");
    expect(fmt("GMT+7", "HH:mm")).toBe("00:05");
    expect(fmt("Asia/Ho_Chi_Minh", "hh:mm a, 'ngày' dd")).toBe("12:05 AM, ngày 07");
    expect(fmt("Asia/Ho_Chi_Minh", "D w u")).toBe("7 2 1");
    expect(() => fmt("UTC", "qq")).toThrow(/Illegal pattern character 'q'/);
  });

  it("formatString, sleep (advances the clock), getUuid, base64, digest, blobs", () => {
    const rt = createRuntime({ now: 0 });
    rt.loadSource(`function f() {
      var t0 = Date.now();
      Utilities.sleep(1500);
      var enc = Utilities.base64Encode("Đi cơ sở");
      var bytes = Utilities.base64Decode(enc);
      return [Utilities.formatString("%s có %d dòng (%.1f%%) %05d", "Bảng", 38, 12.345, 42), Date.now() - t0,
        /^[0-9a-f-]{36}$/.test(Utilities.getUuid()), enc, Utilities.newBlob(bytes).getDataAsString(),
        Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, "abc").length, Array.isArray(bytes)];
    }`);
    expect(rt.run("f")).toEqual([
      "Bảng có 38 dòng (12.3%) 00042",
      1500,
      true,
      Buffer.from("Đi cơ sở").toString("base64"),
      "Đi cơ sở",
      16,
      true,
    ]);
  });
});

describe(`ScriptApp — ${SCRIPT}`, () => {
  it("newTrigger(h).timeBased().after(ms)/.at(date).create() records triggers; runDueTriggers runs them", () => {
    const rt = createRuntime({ now: 1_000 });
    rt.loadSource(`function schedule(d) {
        ScriptApp.newTrigger("resume").timeBased().after(60000).create();
        ScriptApp.newTrigger("later").timeBased().at(d).create();
        return ScriptApp.getProjectTriggers().map(function (t) { return t.getHandlerFunction(); });
      }
      function resume(e) { Logger.log("resumed " + e.authMode); }
      function later() { Logger.log("later"); }
      function clear() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); }`);
    expect(rt.run("schedule", new Date(1_000_000))).toEqual(["resume", "later"]);
    expect(rt.triggers.map((t) => [t.handler, t.kind, t.at])).toEqual([
      ["resume", "time", 61_000],
      ["later", "time", 1_000_000],
    ]);
    expect(rt.runDueTriggers()).toEqual([]);
    rt.advance(60_000);
    expect(rt.runDueTriggers()).toEqual(["resume"]);
    expect(rt.logs).toEqual(["resumed FULL"]);
    rt.run("clear");
    expect(rt.triggers).toEqual([]);
  });

  it("AuthMode enum values compare by identity and print their names — https://developers.google.com/apps-script/reference/script/auth-mode", () => {
    const rt = createRuntime();
    rt.loadSource(
      `function onOpen(e) { Logger.log([String(e.authMode), e.authMode === ScriptApp.AuthMode.LIMITED, e.source.getName()].join("|")); }`,
    );
    rt.open();
    expect(rt.logs).toEqual(["LIMITED|true|Đi cơ sở"]);
  });
});

describe("Logger and console", () => {
  it("are captured into logs", () => {
    const rt = createRuntime();
    rt.loadSource(
      `function f() { Logger.log("a %s", "b"); Logger.log({ x: 1 }); console.log("c", 1); console.error("d"); return Logger.getLog(); }`,
    );
    expect(rt.run("f")).toBe("a b\n{ x: 1 }");
    expect(rt.logs).toEqual(["a b", "{ x: 1 }", "c 1", "d"]);
  });
});
