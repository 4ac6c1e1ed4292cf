/**
 * The custom functions in their two forms, on the built bundle in custom-function mode, each
 * cell a fresh execution as in Sheets (the bundle loaded again). The full form, given the
 * header row and "Cấu hình" (and =ELIGIBILITY's date), answers what the one-argument form
 * answers, from its arguments alone and for no service call; rows and arguments of the wrong
 * kind get a sentence saying what is wrong.
 */
import { describe, expect, it } from "vitest";
import { createRuntime, type Runtime, SpreadsheetModel } from "../tools/gas-runtime/index";
import { postingsSampleValues } from "./fixtures/postings-sample";
import { dateCell, toValues } from "./fixtures/roster-cells";
import { ROSTER_SAMPLE, rosterSampleValues } from "./fixtures/roster-sample";
import { distDir } from "./support/bundle";

/** 10:30 on 15/06/2021 in Asia/Ho_Chi_Minh. */
const NOW = Date.UTC(2021, 5, 15, 3, 30);
const ROSTER = toValues(rosterSampleValues());
const POSTINGS = toValues(postingsSampleValues());
const ROSTER_HEADER = ROSTER[0]!;
const POSTINGS_HEADER = POSTINGS[0]!;
const SETTINGS: unknown[][] = [
  ["Khóa", "Giá trị"],
  ["Ngày xét", "01/01/2019"],
  ["Tuổi tối đa", 30],
];
/** What `'Cấu hình'!A:B` hands over: the tab's rows, then blank rows. */
const wholeColumns = (rows: unknown[][]) => [...rows, ...rows.map(() => ["", ""])];

function workbook(
  setup: { settings?: unknown[][]; zone?: string; postings?: unknown[][] } = {},
): Runtime {
  const model = new SpreadsheetModel({ timeZone: setup.zone ?? "Asia/Ho_Chi_Minh", locale: "vi" });
  model.addSheet("Cấu hình", (setup.settings ?? SETTINGS) as never);
  model.addSheet("Cán bộ", ROSTER as never);
  model.addSheet("Đợt cử đi", (setup.postings ?? POSTINGS) as never);
  model.addSheet("Ghi chép", [["Sổ tay"]]);
  const rt = createRuntime({ locale: "vi", now: NOW, spreadsheet: model });
  rt.load(distDir());
  rt.open("FULL");
  return rt;
}

/** One cell computed as Sheets does: a fresh execution of `fn` at `a1` holding `formula`. */
function cell<T = unknown>(
  rt: Runtime,
  where: [tab: string, a1: string],
  formula: string,
  fn: string,
  ...args: unknown[]
): { out: T; calls: number } {
  const [tab, a1] = where;
  const sheet = rt.spreadsheet.sheet(tab)!;
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const column = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  sheet.cell(Number(m[2]), column).formula = formula;
  rt.load(distDir());
  rt.resetCalls();
  const out = rt.customFunction<T>(tab, a1, fn, ...args.map((a) => rt.toRealm(a)));
  return { out, calls: rt.totalCalls() };
}

const time = (v: unknown) => (v instanceof Object && "getTime" in v ? (v as Date).getTime() : v);

describe("the full form: header row and settings as arguments, no service call", () => {
  it("=REPORT_DUE(row; header; settings) answers every sample posting as the one-argument form does, for 0 calls", () => {
    const rt = workbook();
    for (let r = 2; r <= POSTINGS.length; r += 1) {
      const row = [POSTINGS[r - 1]!];
      const one = cell(rt, ["Đợt cử đi", `Z${r}`], `=REPORT_DUE(A${r}:U${r})`, "REPORT_DUE", row);
      const full = cell(
        rt,
        ["Đợt cử đi", `Z${r}`],
        `=REPORT_DUE(A${r}:U${r}; A$1:U$1; 'Cấu hình'!A:B)`,
        "REPORT_DUE",
        row,
        [POSTINGS_HEADER],
        wholeColumns(SETTINGS),
      );
      expect(time(full.out), `row ${r}`).toEqual(time(one.out));
      expect(one.calls, `row ${r}`).toBeGreaterThan(0);
      expect(full.calls, `row ${r}`).toBe(0);
    }
  });

  it("=ELIGIBILITY(row; header; settings; date) answers every sample cadre as the one-argument form does, for 0 calls", () => {
    const rt = workbook();
    ROSTER_SAMPLE.forEach((cadre, i) => {
      const r = i + 2;
      const row = [ROSTER[r - 1]!];
      const one = cell(rt, ["Cán bộ", `AB${r}`], `=ELIGIBILITY(A${r}:V${r})`, "ELIGIBILITY", row);
      const full = cell(
        rt,
        ["Cán bộ", `AB${r}`],
        `=ELIGIBILITY(A${r}:V${r}; A$1:V$1; 'Cấu hình'!A:B; DATE(2019;1;1))`,
        "ELIGIBILITY",
        row,
        [ROSTER_HEADER],
        wholeColumns(SETTINGS),
        dateCell(2019, 1, 1),
      );
      expect(full.out, cadre.about).toBe(one.out);
      // One row alone cannot see a Mã CB repeated on another row: the menu's check does.
      if (!cadre.codes.includes("MA-CB")) expect(full.out, cadre.about).toBe(cadre.expected);
      expect(full.calls, cadre.about).toBe(0);
    });
  });

  it("follows its settings argument, not the tab: Số tháng tối thiểu 18 moves a blank-months posting's final report", () => {
    const rt = workbook();
    const blankMonths = POSTINGS.findIndex((r, i) => i > 0 && r[5] === "" && r[4] !== "");
    expect(blankMonths).toBeGreaterThan(0);
    const row = [...POSTINGS[blankMonths]!].map((c, j) => (j >= 11 ? "" : c));
    const args = (settings: unknown[][]) =>
      cell(
        rt,
        ["Đợt cử đi", "Z2"],
        "=REPORT_DUE(A2:U2; A$1:U$1; 'Cấu hình'!A:B)",
        "REPORT_DUE",
        [row],
        [POSTINGS_HEADER],
        settings,
      );
    const twelve = args(SETTINGS).out as Date;
    const eighteen = args([...SETTINGS, ["Số tháng tối thiểu", 18], ["Chu kỳ báo cáo (tháng)", 18]])
      .out as Date;
    // With the report interval at 18 months too, the first report due is the final one.
    expect(eighteen.getTime()).toBeGreaterThan(twelve.getTime());
    // The same answer as the one-argument form on a sheet whose tab says so.
    const tabbed = workbook({
      settings: [...SETTINGS, ["Số tháng tối thiểu", 18], ["Chu kỳ báo cáo (tháng)", 18]],
    });
    const one = cell(tabbed, ["Đợt cử đi", "Z2"], "=REPORT_DUE(A2:U2)", "REPORT_DUE", [row]);
    expect(time(one.out)).toBe(eighteen.getTime());
  });

  it("reads the row by its header argument: columns moved in both are read where they are", () => {
    const rt = workbook();
    const moved = (r: unknown[]) => [r[4], ...r.slice(0, 4), ...r.slice(5)]; // Ngày bắt đầu first
    for (let r = 2; r <= POSTINGS.length; r += 1) {
      const plain = cell(
        rt,
        ["Đợt cử đi", "Z2"],
        "=REPORT_DUE(A2:U2; A$1:U$1; 'Cấu hình'!A:B)",
        "REPORT_DUE",
        [POSTINGS[r - 1]!],
        [POSTINGS_HEADER],
        SETTINGS,
      );
      const shuffled = cell(
        rt,
        ["Đợt cử đi", "Z2"],
        "=REPORT_DUE(A2:U2; A$1:U$1; 'Cấu hình'!A:B)",
        "REPORT_DUE",
        [moved(POSTINGS[r - 1]!)],
        [moved(POSTINGS_HEADER)],
        SETTINGS,
      );
      expect(time(shuffled.out), `row ${r}`).toEqual(time(plain.out));
    }
  });

  it("=ELIGIBILITY's date is the reference date, before Ngày xét: a cadre over 30 on 01/01/2019 was not on 01/01/2018", () => {
    const rt = workbook();
    const i = ROSTER_SAMPLE.findIndex(
      (c) => c.expected === "Không đủ điều kiện" && c.codes?.join() === "DK-TUOI",
    );
    expect(i).toBeGreaterThanOrEqual(0);
    const on = (date: unknown) =>
      cell(
        rt,
        ["Cán bộ", "AB2"],
        "=ELIGIBILITY(A2:V2; A$1:V$1; 'Cấu hình'!A:B; X1)",
        "ELIGIBILITY",
        [ROSTER[i + 1]!],
        [ROSTER_HEADER],
        SETTINGS,
        date,
      );
    expect(on(dateCell(2019, 1, 1)).out).toBe("Không đủ điều kiện");
    expect(on("").out).toBe("Không đủ điều kiện"); // an empty cell: the Ngày xét setting
    const earlier = on(dateCell(2017, 6, 1));
    expect(earlier.out).not.toBe("Không đủ điều kiện");
    expect(earlier.calls).toBe(0);
    expect(on("31/02/2019").out).toBe(
      'Ngày xét "31/02/2019" (đối số thứ tư): tháng 2 không có ngày 31 (tháng 2/2019 có 28 ngày); hãy truyền một ngày, ví dụ DATE(2024;1;1).',
    );
  });

  it("=AGE_LIMIT(date_of_birth; settings) follows the argument's Tuổi tối đa, its header row given or not, for 0 calls", () => {
    const rt = workbook();
    for (const [range, settings] of [
      ["A:B", [...SETTINGS, ["Tuổi tối đa", 35]]],
      ["A2:B20", [["Tuổi tối đa", 35]]],
    ] as const) {
      const out = cell<Date>(
        rt,
        ["Cán bộ", "Y2"],
        `=AGE_LIMIT(D2; 'Cấu hình'!${range})`,
        "AGE_LIMIT",
        dateCell(1990, 3, 15),
        settings,
      );
      expect(out.out.getTime(), range).toBe(dateCell(2026, 3, 14).getTime());
      expect(out.calls, range).toBe(0);
    }
  });

  it("a spreadsheet kept in Europe/Berlin gets its own days: its dates are not midnights in the add-on's zone, so it is asked for its zone", () => {
    const berlin = (y: number, m: number, d: number) => {
      const probe = Date.UTC(y, m - 1, d);
      const summer = m > 3 && m < 10;
      return new Date(probe - (summer ? 2 : 1) * 3_600_000);
    };
    const row = POSTINGS_HEADER.map((h) =>
      h === "Ngày bắt đầu" ? berlin(2019, 7, 1) : h === "Mã CB" ? "CB001" : "",
    );
    const rt = workbook({ zone: "Europe/Berlin" });
    const out = cell<Date>(
      rt,
      ["Đợt cử đi", "Z2"],
      "=REPORT_DUE(A2:U2; A$1:U$1; 'Cấu hình'!A:B)",
      "REPORT_DUE",
      [row],
      [POSTINGS_HEADER],
      SETTINGS,
    );
    expect(out.out.getTime()).toBe(berlin(2020, 1, 1).getTime()); // 01/07/2019 + 6 months
    expect(out.calls).toBeGreaterThan(0);
  });
});

describe("the one-argument form finds a header row that is not row 1", () => {
  it("=REPORT_DUE(A5:U5) and =ELIGIBILITY('Cán bộ'!A4:V4) below a title and a blank row answer as the full form does", () => {
    const titled = (title: string, rows: unknown[][]) => [[title], rows[0]!.map(() => ""), ...rows];
    const rt = workbook({ postings: titled("DANH SÁCH CÁN BỘ ĐI CƠ SỞ", POSTINGS) });
    rt.spreadsheet.removeSheet(rt.spreadsheet.sheet("Cán bộ")!);
    rt.spreadsheet.addSheet("Cán bộ", titled("DANH SÁCH CÁN BỘ", ROSTER) as never);
    for (let r = 2; r <= POSTINGS.length; r += 1) {
      const row = [POSTINGS[r - 1]!];
      const sheetRow = r + 2;
      const one = cell(
        rt,
        ["Đợt cử đi", `Z${sheetRow}`],
        `=REPORT_DUE(A${sheetRow}:U${sheetRow})`,
        "REPORT_DUE",
        row,
      );
      const full = cell(
        rt,
        ["Đợt cử đi", `Z${sheetRow}`],
        `=REPORT_DUE(A${sheetRow}:U${sheetRow}; A$3:U$3; 'Cấu hình'!A:B)`,
        "REPORT_DUE",
        row,
        [POSTINGS_HEADER],
        SETTINGS,
      );
      expect(time(one.out), `row ${r}`).toEqual(time(full.out));
    }
    const eligibility = cell(
      rt,
      ["Ghi chép", "A2"],
      "=ELIGIBILITY('Cán bộ'!A4:V4)",
      "ELIGIBILITY",
      [ROSTER[1]!],
    );
    expect(eligibility.out).toBe(ROSTER_SAMPLE[0]!.expected);
  });
});

describe("a row or an argument of the wrong kind says so in a sentence", () => {
  it("=ELIGIBILITY on a row of Đợt cử đi, in either form", () => {
    const rt = workbook();
    const sentence =
      'Đây là dòng của tab "Đợt cử đi"; =ELIGIBILITY đọc một cán bộ của tab "Cán bộ", ví dụ =ELIGIBILITY(\'Cán bộ\'!A2:Z2).';
    const one = cell(rt, ["Đợt cử đi", "Z2"], "=ELIGIBILITY(A2:U2)", "ELIGIBILITY", [POSTINGS[1]!]);
    expect(one.out).toBe(sentence);
    const full = cell(
      rt,
      ["Đợt cử đi", "Z2"],
      "=ELIGIBILITY(A2:U2; A$1:U$1; 'Cấu hình'!A:B)",
      "ELIGIBILITY",
      [POSTINGS[1]!],
      [POSTINGS_HEADER],
      SETTINGS,
    );
    expect(full.out).toBe(sentence);
  });

  it("=REPORT_DUE on a row of Cán bộ", () => {
    const rt = workbook();
    const one = cell(rt, ["Cán bộ", "AB2"], "=REPORT_DUE(A2:V2)", "REPORT_DUE", [ROSTER[1]!]);
    expect(one.out).toBe(
      'Đây là dòng của tab "Cán bộ"; =REPORT_DUE đọc một đợt cử đi của tab "Đợt cử đi", ví dụ =REPORT_DUE(\'Đợt cử đi\'!A2:Z2).',
    );
  });

  it("=REPORT_DUE(A:U) over the whole columns: the header row's cell says it is the header, the postings are computed", () => {
    const rt = workbook();
    const rows = [...POSTINGS, POSTINGS_HEADER.map(() => "")];
    const whole = cell<unknown[][]>(
      rt,
      ["Ghi chép", "B1"],
      "=REPORT_DUE('Đợt cử đi'!A:U)",
      "REPORT_DUE",
      rows,
    );
    expect(whole.out[0]![0]).toBe(
      "Đây là dòng tiêu đề, không phải một đợt cử đi; vùng nên bắt đầu từ dòng dưới tiêu đề, ví dụ =REPORT_DUE(A2:Z2).",
    );
    const below = cell<unknown[][]>(
      rt,
      ["Ghi chép", "C1"],
      "=REPORT_DUE('Đợt cử đi'!A2:U)",
      "REPORT_DUE",
      rows.slice(1),
    );
    expect(whole.out.slice(1).map((r) => time(r[0]))).toEqual(below.out.map((r) => time(r[0])));
    expect(whole.out.at(-1)![0]).toBe("");
  });

  it("=ELIGIBILITY(A1:V3) with the header row in it, in the full form too", () => {
    const rt = workbook();
    const full = cell<string[][]>(
      rt,
      ["Cán bộ", "AB1"],
      "=ELIGIBILITY(A1:V3; A$1:V$1; 'Cấu hình'!A:B)",
      "ELIGIBILITY",
      ROSTER.slice(0, 3),
      [ROSTER_HEADER],
      SETTINGS,
    );
    expect(full.out.map((r) => r[0])).toEqual([
      "Đây là dòng tiêu đề, không phải một cán bộ; vùng nên bắt đầu từ dòng dưới tiêu đề, ví dụ =ELIGIBILITY(A2:Z2).",
      ROSTER_SAMPLE[0]!.expected,
      ROSTER_SAMPLE[1]!.expected,
    ]);
  });

  it("a header argument that is no header, a settings argument that is not Khóa and Giá trị, a setting that cannot be read", () => {
    const rt = workbook();
    const report = (header: unknown[][], settings: unknown[][]) =>
      cell(
        rt,
        ["Đợt cử đi", "Z2"],
        "=REPORT_DUE(A2:U2; A3:U3; 'Cấu hình'!A:B)",
        "REPORT_DUE",
        [POSTINGS[1]!],
        header,
        settings,
      ).out;
    expect(report([POSTINGS[2]!], SETTINGS)).toBe(
      'Đối số thứ hai phải là dòng tiêu đề của tab "Đợt cử đi", ví dụ A$1:Z$1.',
    );
    expect(report([POSTINGS_HEADER], [["Giá trị"], ["01/01/2019"]])).toBe(
      'Đối số cấu hình phải là hai cột "Khóa" và "Giá trị" của tab "Cấu hình", ví dụ \'Cấu hình\'!A:B.',
    );
    expect(report([POSTINGS_HEADER], [...SETTINGS, ["Số tháng tối thiểu", "mười hai"]])).toMatch(
      /^Tab "Cấu hình", dòng 4, khóa "Số tháng tối thiểu": giá trị "mười hai" không đọc được/,
    );
  });
});
