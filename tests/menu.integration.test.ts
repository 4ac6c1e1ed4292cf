/**
 * The add-on menu, end to end on the built bundle (sheet-contract.md, "Menu"): onOpen in
 * AuthMode.NONE (installed, not yet used in this document) and in FULL builds the contract's
 * menu in the user's language, and every item does its job when clicked — on a spreadsheet
 * just created, and after "Thiết lập bảng tính".
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createRuntime, type Runtime, SpreadsheetModel } from "../tools/gas-runtime/index";
import { distDir } from "./support/bundle";

const VI = [
  "Kiểm tra điều kiện",
  "Kiểm tra đợt cử đi",
  "Lập kế hoạch cử…",
  "Tạo văn bản…",
  "Mở bảng điều khiển",
  "Thiết lập bảng tính",
];
const EN = [
  "Check eligibility",
  "Check postings",
  "Plan postings…",
  "Generate documents…",
  "Open sidebar",
  "Set up sheets",
];

function runtime(locale = "vi"): Runtime {
  const rt = createRuntime({
    locale,
    now: Date.UTC(2019, 0, 2, 3),
    spreadsheet: new SpreadsheetModel({ locale, timeZone: "Asia/Ho_Chi_Minh" }),
  });
  rt.load(distDir());
  return rt;
}

const UNEXPECTED = /không mong muốn|unexpected/i;

describe("onOpen", () => {
  it("builds the add-on menu in AuthMode.NONE, touching nothing that needs authorisation", () => {
    const rt = runtime();
    rt.open("NONE");
    expect(rt.menus).toHaveLength(1);
    expect(rt.menus[0]!.addon).toBe(true);
    expect(rt.menuCaptions()).toEqual(VI);
    expect(rt.menus[0]!.items.filter((i) => i.separator)).toHaveLength(1);
    expect(rt.calls["SpreadsheetApp.getActiveSpreadsheet"] ?? 0).toBe(0);
  });

  it("builds the same menu in FULL mode and after installation", () => {
    const rt = runtime();
    rt.open("FULL");
    expect(rt.menuCaptions()).toEqual(VI);
    const installed = runtime();
    installed.install();
    expect(installed.menuCaptions()).toEqual(VI);
  });

  it("speaks English where the user's locale is not Vietnamese", () => {
    const rt = runtime("en_US");
    rt.open("NONE");
    expect(rt.menuCaptions()).toEqual(EN);
  });

  it("names only functions the bundle defines", () => {
    const rt = runtime();
    rt.open("FULL");
    for (const item of rt.menus[0]!.items.filter((i) => !i.separator)) {
      expect(rt.run<string>("eval", `typeof ${item.functionName}`), item.caption).toBe("function");
    }
  });
});

describe("every menu item works when clicked", () => {
  it("on a spreadsheet just created: each item either does its job or says what to do", () => {
    const rt = runtime();
    rt.open("FULL");
    for (const caption of VI) {
      const alertsBefore = rt.alerts.length;
      expect(() => rt.click(caption), caption).not.toThrow();
      for (const alert of rt.alerts.slice(alertsBefore)) {
        expect(alert.prompt, caption).not.toMatch(UNEXPECTED);
        expect(alert.prompt, caption).not.toMatch(/\bat \w+ \(|Error:/); // never a stack trace
      }
    }
  });

  it("after set-up: the checks report their counts, the sidebar and the generator open", () => {
    const rt = runtime();
    rt.open("FULL");
    rt.click("Thiết lập bảng tính");
    for (const tab of ["Cán bộ", "Đợt cử đi", "Đơn vị", "Cấu hình"]) {
      expect(rt.spreadsheet.sheet(tab), tab).toBeDefined();
    }
    rt.spreadsheet.sheet("Cán bộ")!.cell(2, 1).value = "CB01";
    rt.spreadsheet.sheet("Cán bộ")!.cell(2, 2).value = "Nguyễn Văn An";
    const toasts = rt.toasts.length;
    rt.click("Kiểm tra điều kiện");
    expect(rt.toasts.length).toBeGreaterThan(toasts);
    rt.click("Kiểm tra đợt cử đi");
    rt.click("Mở bảng điều khiển");
    expect(rt.sidebars).toHaveLength(1);
    rt.click("Tạo văn bản…");
    expect(rt.dialogs).toHaveLength(1);
    for (const alert of rt.alerts) expect(alert.prompt).not.toMatch(UNEXPECTED);
  });
});

describe("opening the sidebar or the documents dialog", () => {
  it("says what went wrong in the user's language when the page cannot be shown", () => {
    for (const [locale, caption, words] of [
      ["vi", "Mở bảng điều khiển", /không mong muốn/],
      ["en_US", "Generate documents…", /unexpected error/],
    ] as const) {
      const rt = createRuntime({
        locale,
        spreadsheet: new SpreadsheetModel({ locale, timeZone: "Asia/Ho_Chi_Minh" }),
      });
      // The script without its pages: HtmlService cannot find the file.
      rt.loadSource(readFileSync(join(distDir(), "Code.js"), "utf8"), "Code.js");
      rt.open("FULL");
      expect(() => rt.click(caption)).not.toThrow();
      expect(rt.alerts).toHaveLength(1);
      expect(rt.alerts[0]!.prompt).toMatch(words);
      expect(rt.sidebars.length + rt.dialogs.length).toBe(0);
    }
  });
});
