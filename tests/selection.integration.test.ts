/**
 * The clerk's selection after the add-on creates a tab, on the BUILT bundle in the local
 * runtime: Sheets makes a new sheet the active one, and the add-on selects again what she had
 * selected (set-up's missing tabs, the "Văn bản" log of the documents, the "Kế hoạch cử" tab
 * written from the sidebar). Only the menu's "Lập kế hoạch cử…" shows its tab: that is what
 * she asked to see.
 */
import { describe, expect, it } from "vitest";
import { buildSampleModel } from "../tools/demo/sample";
import { createRuntime, type Runtime, type SpreadsheetModel } from "../tools/gas-runtime/index";
import { distDir } from "./support/bundle";

const NOW = Date.UTC(2021, 5, 15, 3, 30);

function runtime(model: SpreadsheetModel = buildSampleModel()): Runtime {
  const rt = createRuntime({ locale: "vi", now: NOW, spreadsheet: model });
  rt.load(distDir());
  // What the user sees selected, read as a script would.
  rt.loadSource(
    "function selected_() { var r = SpreadsheetApp.getActiveRange(); return r.getSheet().getName() + '!' + r.getA1Notation(); }",
    "selection.js",
  );
  rt.open("FULL");
  return rt;
}

const selected = (rt: Runtime) => rt.run<string>("selected_");

describe("the clerk's selection stays where it was", () => {
  it("when set-up creates the tabs that are missing", () => {
    const model = buildSampleModel();
    model.removeSheet(model.sheet("Đơn vị")!);
    model.removeSheet(model.sheet("Cấu hình")!);
    const rt = runtime(model);
    rt.select("Đợt cử đi", "C5:E7");
    rt.click("Thiết lập bảng tính");
    expect(rt.spreadsheet.sheet("Đơn vị")).toBeDefined();
    expect(rt.spreadsheet.sheet("Cấu hình")).toBeDefined();
    expect(selected(rt)).toBe("Đợt cử đi!C5:E7");
  });

  it("when the sidebar writes the Kế hoạch cử tab for the first time", () => {
    const rt = runtime();
    rt.select("Cán bộ", "B12");
    rt.run("sidebarPlanPostings");
    expect(rt.spreadsheet.sheet("Kế hoạch cử")).toBeDefined();
    expect(selected(rt)).toBe("Cán bộ!B12");
  });

  it("when documents made from the sidebar create the Văn bản log tab", () => {
    const rt = runtime();
    expect(rt.spreadsheet.sheet("Văn bản")).toBeUndefined();
    rt.select("Đợt cử đi", "A3");
    rt.run("sidebarGenerateDocuments", { kinds: ["reportForms"], rows: [3] });
    expect(rt.spreadsheet.sheet("Văn bản")).toBeDefined();
    expect(selected(rt)).toBe("Đợt cử đi!A3");
  });

  it("but the menu's Lập kế hoạch cử… shows the tab it wrote", () => {
    const rt = runtime();
    rt.select("Cán bộ", "B12");
    rt.click("Lập kế hoạch cử…");
    expect(selected(rt)).toBe("Kế hoạch cử!A1");
  });
});
