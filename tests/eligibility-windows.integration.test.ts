/**
 * The windows against the built =ELIGIBILITY(row; header; settings; date) in custom-function
 * mode: on each window's first and last day the formula says Đủ điều kiện, the day before and
 * the day after it does not — so the sheet's formula and "Đủ điều kiện từ" agree.
 */
import { describe, expect, it } from "vitest";
import { addDays, ymd } from "../src/core/dates";
import { rosterContext } from "../src/core/eligibility";
import { eligibilityWindows } from "../src/core/eligibility-windows";
import { readRoster } from "../src/core/roster";
import { readSettings } from "../src/core/settings-tab";
import { createRuntime, SpreadsheetModel } from "../tools/gas-runtime/index";
import { dateCell, toValues, VN_OFFSET } from "./fixtures/roster-cells";
import { rosterSampleValues } from "./fixtures/roster-sample";
import { distDir } from "./support/bundle";

const ROSTER = toValues(rosterSampleValues());
const SETTINGS: unknown[][] = [
  ["Khóa", "Giá trị"],
  ["Ngày xét", "01/01/2019"],
];

describe("=ELIGIBILITY with a date, at the edges of the windows", () => {
  it("says Đủ điều kiện on each window's first and last day, and not the day before or after", () => {
    const model = new SpreadsheetModel({ timeZone: "Asia/Ho_Chi_Minh", locale: "vi" });
    model.addSheet("Cấu hình", SETTINGS as never);
    model.addSheet("Cán bộ", ROSTER as never);
    const rt = createRuntime({ locale: "vi", now: Date.UTC(2021, 5, 15, 3), spreadsheet: model });
    rt.load(distDir());
    rt.open("FULL");
    const table = readRoster(ROSTER, VN_OFFSET);
    const { settings } = readSettings(SETTINGS, VN_OFFSET);
    const sheet = rt.spreadsheet.sheet("Cán bộ")!;
    sheet.cell(2, 30).formula = "=ELIGIBILITY(A2:V2; A$1:V$1; 'Cấu hình'!A:B; AE2)";
    let edges = 0;
    for (const id of ["CB001", "CB002", "CB005", "CB008", "CB015", "CB018", "CB040"]) {
      const i = table.rows.findIndex((r) => r.id.kind === "value" && r.id.value === id);
      const row = table.rows[i]!;
      const windows = eligibilityWindows(row, settings, rosterContext(table, id));
      expect(windows.length, id).toBeGreaterThan(0);
      const on = (day: number) => {
        const { y, m, d } = ymd(day);
        return rt.customFunction(
          "Cán bộ",
          "AD2",
          "ELIGIBILITY",
          ...[[ROSTER[i + 1]!], [ROSTER[0]!], SETTINGS, dateCell(y, m, d)].map((a) =>
            rt.toRealm(a),
          ),
        );
      };
      for (const w of windows) {
        expect(on(w.from), `${id} first day`).toBe("Đủ điều kiện");
        expect(on(w.to), `${id} last day`).toBe("Đủ điều kiện");
        expect(on(addDays(w.from, -1)), `${id} day before`).not.toBe("Đủ điều kiện");
        expect(on(addDays(w.to, 1)), `${id} day after`).not.toBe("Đủ điều kiện");
        edges += 1;
      }
    }
    expect(edges).toBeGreaterThanOrEqual(8);
  });
});
