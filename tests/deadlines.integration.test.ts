/**
 * Deadlines in "Đợt cử đi" colour themselves as days pass, without any run: after "Thiết lập
 * bảng tính" and one "Kiểm tra đợt cử đi" on 15/06/2021, the sheet is looked at on later days
 * (Sheets recomputes conditional formats on TODAY() when the sheet is shown), and each deadline
 * turns amber within 30 days and red once passed; the count of overdue tasks is red above 0.
 */
import { describe, expect, it } from "vitest";
import { conditionalBackground, serialOf } from "../tools/demo/conditional-formats";
import { renderWorkbookHtml } from "../tools/demo/render-html";
import { buildSampleModel, SAMPLE_TIME_ZONE } from "../tools/demo/sample";
import { createRuntime } from "../tools/gas-runtime/index";
import { distDir } from "./support/bundle";

const RED = "#f4c7c3";
const AMBER = "#fce8b2";

describe("deadlines coloured from TODAY(), without any run", () => {
  const rt = createRuntime({
    locale: "vi",
    timeZone: SAMPLE_TIME_ZONE,
    now: Date.UTC(2021, 5, 15, 2, 0), // 09:00 on 15/06/2021 in Tây Ninh
    spreadsheet: buildSampleModel(),
  });
  rt.load(distDir());
  rt.open("FULL");
  rt.click("Thiết lập bảng tính");
  rt.click("Kiểm tra đợt cử đi");
  const sheet = rt.spreadsheet.sheet("Đợt cử đi")!;
  const header = sheet.values()[0]!.map(String);
  const col = (h: string) => header.indexOf(h) + 1;
  const on = (d: number, m: number, y: number) => (row: number, h: string) =>
    conditionalBackground(sheet, row, col(h), serialOf(y, m, d), SAMPLE_TIME_ZONE) ?? null;

  it("a task due 01/08/2021 is plain on 15/06, amber on 15/07, red on 02/08", () => {
    // Row 11: CB001's second posting (from 31/01/2021): its first 6-month report, 01/08/2021.
    expect(sheet.cell(11, col("Hạn việc tới")).value).toBeInstanceOf(Date);
    expect(on(15, 6, 2021)(11, "Hạn việc tới")).toBeNull();
    expect(on(15, 7, 2021)(11, "Hạn việc tới")).toBe(AMBER);
    expect(on(1, 8, 2021)(11, "Hạn việc tới")).toBe(AMBER);
    expect(on(2, 8, 2021)(11, "Hạn việc tới")).toBe(RED);
    // Hạn báo cáo tới (the cadre's report, the same day) follows the same rules.
    expect(on(15, 7, 2021)(11, "Hạn báo cáo tới")).toBe(AMBER);
    expect(on(2, 8, 2021)(11, "Hạn báo cáo tới")).toBe(RED);
  });

  it("a task long past is red; the overdue count is red above 0, whatever Kết quả says", () => {
    // Row 5: CB007, Hợp lệ, whose final report and evaluation are due since 07/01/2020.
    expect(sheet.cell(5, col("Kết quả")).value).toBe("Hợp lệ");
    expect(on(15, 6, 2021)(5, "Hạn việc tới")).toBe(RED);
    expect(sheet.cell(5, col("Việc quá hạn")).value).toBe(3);
    expect(on(15, 6, 2021)(5, "Việc quá hạn")).toBe(RED);
    // Row 2: every duty done: no date, no colour, 0 overdue.
    expect(sheet.cell(2, col("Việc quá hạn")).value).toBe(0);
    expect(on(15, 6, 2021)(2, "Việc quá hạn")).toBeNull();
    expect(on(15, 6, 2021)(2, "Hạn việc tới")).toBeNull();
  });

  it("the demo's HTML view shows those colours on its day", () => {
    const html = (d: number, m: number) =>
      renderWorkbookHtml(rt.spreadsheet, {
        tabs: ["Đợt cử đi"],
        today: { year: 2021, month: m, day: d },
      });
    const amberCells = (page: string) =>
      (page.match(new RegExp(`background:${AMBER}`, "g")) ?? []).length;
    expect(amberCells(html(15, 7))).toBeGreaterThan(amberCells(html(15, 6)));
  });
});
