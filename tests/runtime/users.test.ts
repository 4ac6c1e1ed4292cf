import { describe, expect, it } from "vitest";
import { createRuntime } from "../../tools/gas-runtime/index.ts";

const PROPS = "https://developers.google.com/apps-script/reference/properties/properties-service";
const CACHE = "https://developers.google.com/apps-script/reference/cache/cache-service";
const LOCK = "https://developers.google.com/apps-script/reference/lock/lock-service";
const SESSION = "https://developers.google.com/apps-script/reference/base/session";
const SCRIPT = "https://developers.google.com/apps-script/reference/script/script-app";

const A = "a@example.org";
const B = "b@example.org";

function twoUsers() {
  const rt = createRuntime({ userEmail: A, users: [{ email: B, locale: "en" }], now: 0 });
  rt.loadSource(`
    function put(v) {
      PropertiesService.getUserProperties().setProperty("k", v);
      PropertiesService.getDocumentProperties().setProperty("k", v);
      PropertiesService.getScriptProperties().setProperty("k", v);
      CacheService.getUserCache().put("k", v);
      CacheService.getDocumentCache().put("k", v);
      CacheService.getScriptCache().put("k", v);
    }
    function read() {
      return {
        user: PropertiesService.getUserProperties().getProperty("k"),
        document: PropertiesService.getDocumentProperties().getProperty("k"),
        script: PropertiesService.getScriptProperties().getProperty("k"),
        userCache: CacheService.getUserCache().get("k"),
        documentCache: CacheService.getDocumentCache().get("k"),
        scriptCache: CacheService.getScriptCache().get("k"),
      };
    }
    function who() {
      return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(),
        Session.getActiveUserLocale(), Session.getTemporaryActiveUserKey()];
    }
    function lockFor(kind) { return LockService[kind]().tryLock(0); }
  `);
  return rt;
}

describe("several users of one spreadsheet", () => {
  it("knows its users, the owner first; the first is current until another is set", () => {
    const rt = twoUsers();
    expect(rt.users).toEqual([A, B]);
    expect(rt.user).toBe(A);
    rt.setUser(B);
    expect(rt.user).toBe(B);
    rt.setUser("c@example.org");
    expect(rt.users).toEqual([A, B, "c@example.org"]);
    expect(() => rt.setUser("not an email")).toThrow("Not an email address");
  });

  it(`User properties and the User cache are the current user's; Document and Script ones are shared — ${PROPS}, ${CACHE}`, () => {
    const rt = twoUsers();
    rt.run("put", "from A");
    expect(rt.asUser(B, () => rt.run("read"))).toEqual({
      user: null,
      document: "from A",
      script: "from A",
      userCache: null,
      documentCache: "from A",
      scriptCache: "from A",
    });
    rt.asUser(B, () => rt.run("put", "from B"));
    expect(rt.run("read")).toEqual({
      user: "from A",
      document: "from B",
      script: "from B",
      userCache: "from A",
      documentCache: "from B",
      scriptCache: "from B",
    });
    expect(rt.properties.user.get("k")).toBe("from A");
    expect(rt.asUser(B, () => rt.properties.user.get("k"))).toBe("from B");
  });

  it(`Session gives the current user's email, locale and temporary key — ${SESSION}`, () => {
    const rt = twoUsers();
    const [emailA, effectiveA, localeA, keyA] = rt.run<string[]>("who");
    const [emailB, effectiveB, localeB, keyB] = rt.asUser(B, () => rt.run<string[]>("who"));
    expect([emailA, effectiveA, localeA]).toEqual([A, A, "vi"]);
    expect([emailB, effectiveB, localeB]).toEqual([B, B, "en"]);
    expect(keyA).not.toBe(keyB);
    expect(rt.run<string[]>("who")[3]).toBe(keyA);
    // No email where the user has not authorised the script (simple onOpen), whoever it is.
    expect(rt.asUser(B, () => rt.runAs<string[]>("LIMITED", "who")[0])).toBe("");
  });

  it("asUser makes the previous user current again, even when the run fails", () => {
    const rt = twoUsers();
    rt.loadSource(`function boom() { throw new Error("boom"); }`);
    expect(() => rt.asUser(B, () => rt.run("boom"))).toThrow("boom");
    expect(rt.user).toBe(A);
  });

  it("the user cannot change while an execution is under way", () => {
    const rt = twoUsers();
    rt.loadSource(`function switchInside() { return hostSwitch(); }`);
    Object.defineProperty(rt.context, "hostSwitch", {
      value: () => {
        try {
          rt.setUser(B);
          return "switched";
        } catch (e) {
          return (e as Error).message;
        }
      },
    });
    expect(rt.run("switchInside")).toMatch(/execution is under way/);
    expect(rt.user).toBe(A);
  });

  it(`the document and script locks are shared by all users; each user has their own user lock — ${LOCK}`, () => {
    const rt = twoUsers();
    for (const kind of ["document", "script"] as const) {
      const release = rt.holdLock(kind);
      expect(
        rt.asUser(B, () => rt.run("lockFor", `get${kind[0]?.toUpperCase()}${kind.slice(1)}Lock`)),
      ).toBe(false);
      release();
    }
    const release = rt.holdLock("user"); // A's user lock, held by another of A's executions
    expect(rt.run("lockFor", "getUserLock")).toBe(false);
    expect(rt.asUser(B, () => rt.run("lockFor", "getUserLock"))).toBe(true);
    release();
    expect(rt.run("lockFor", "getUserLock")).toBe(true);
  });

  it(`triggers belong to the user who made them: only they see them, and they run as them — ${SCRIPT}`, () => {
    const rt = twoUsers();
    rt.loadSource(`
      function schedule() { ScriptApp.newTrigger("tick").timeBased().after(1000).create(); }
      function mine() { return ScriptApp.getProjectTriggers().map(function (t) { return t.getHandlerFunction(); }); }
      function tick() { PropertiesService.getScriptProperties().setProperty("ranAs", Session.getEffectiveUser().getEmail()); }
    `);
    rt.asUser(B, () => rt.run("schedule"));
    expect(rt.run("mine")).toEqual([]);
    expect(rt.asUser(B, () => rt.run("mine"))).toEqual(["tick"]);
    expect(rt.triggers.map((t) => t.user)).toEqual([B]);
    rt.advance(1000);
    expect(rt.runDueTriggers()).toEqual(["tick"]);
    expect(rt.properties.script.get("ranAs")).toBe(B);
    expect(rt.user).toBe(A);
  });

  it("the spreadsheet's owner is the first user; every user is an editor; a new protection's editor is the current user", () => {
    const rt = twoUsers();
    rt.loadSource(`function sharing() {
      var ss = SpreadsheetApp.getActive();
      var p = ss.getActiveSheet().getRange("A1").protect();
      return [ss.getOwner().getEmail(), ss.getEditors().map(function (u) { return u.getEmail(); }),
        p.getEditors().map(function (u) { return u.getEmail(); })];
    }`);
    expect(rt.asUser(B, () => rt.run("sharing"))).toEqual([A, [A, B], [B]]);
  });

  it("extensions see the current user (what per-user Drive grants are keyed on)", () => {
    const rt = twoUsers();
    expect(rt.internals.user()).toBe(A);
    expect(rt.asUser(B, () => rt.internals.user())).toBe(B);
    expect(rt.internals.users()).toEqual([A, B]);
  });
});
