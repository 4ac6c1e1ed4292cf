/**
 * "Kiểm tra đợt cử đi" and =REPORT_DUE on the BUILT bundle in the local Apps Script runtime, as
 * a user would: the sample postings checked against the sample roster, the four columns
 * written, every other cell untouched, the lock, the messages that stop a run, one read per
 * tab; the custom function in custom-function mode, reading the header once.
 */
import { describe, expect, it } from "vitest";
import { unitTypes } from "../src/app/postings";
import { TAY_NINH_UNITS } from "../src/app/setup/units";
import { dayOf } from "../src/core/dates";
import { checkPostings, readPostings } from "../src/core/postings";
import { readRoster } from "../src/core/roster";
import { STATUS_COLOURS, UNIT_TYPES } from "../src/core/schema";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { columnToLetters } from "../tools/gas-runtime/a1";
import { createRuntime, type Runtime, SpreadsheetModel } from "../tools/gas-runtime/index";
import {
  POSTINGS_SAMPLE,
  POSTINGS_SAMPLE_HEADER,
  postingsSampleValues,
} from "./fixtures/postings-sample";
import { toValues, VN_OFFSET } from "./fixtures/roster-cells";
import { rosterSampleValues } from "./fixtures/roster-sample";
import { distDir } from "./support/bundle";

/** 10:30 on 15/06/2021 in Asia/Ho_Chi_Minh. */
const NOW = Date.UTC(2021, 5, 15, 3, 30);
const ROSTER = toValues(rosterSampleValues());
const POSTINGS = toValues(postingsSampleValues());
const WIDTH = POSTINGS_SAMPLE_HEADER.length; // 21 user columns: A–U; the add-on's start at V.
const typeWord = (t: string) => UNIT_TYPES.find((o) => o.value === t)!.words[0]!;
const UNITS = [["Đơn vị", "Loại đơn vị"], ...TAY_NINH_UNITS.map((u) => [u.name, typeWord(u.type)])];

interface Setup {
  locale?: string;
  /** Rows of "Cấu hình" below its header (default: Số cán bộ tối đa mỗi năm = 2). */
  settings?: unknown[][];
  postings?: unknown[][] | null;
  roster?: unknown[][] | null;
  now?: number;
}

function workbook(setup: Setup = {}): Runtime {
  const model = new SpreadsheetModel({
    timeZone: "Asia/Ho_Chi_Minh",
    locale: setup.locale ?? "vi",
  });
  model.addSheet("Cấu hình", [
    ["Khóa", "Giá trị"],
    ...(setup.settings ?? [["Số cán bộ tối đa mỗi năm", 2]]),
  ] as never);
  if (setup.roster !== null) model.addSheet("Cán bộ", (setup.roster ?? ROSTER) as never);
  if (setup.postings !== null) model.addSheet("Đợt cử đi", (setup.postings ?? POSTINGS) as never);
  model.addSheet("Đơn vị", UNITS as never);
  model.addSheet("Ghi chép", [["Sổ tay", "=COUNTA('Đợt cử đi'!A:A)"]]);
  const rt = createRuntime({
    locale: setup.locale ?? "vi",
    timeZone: "Asia/Ho_Chi_Minh",
    now: setup.now ?? NOW,
    spreadsheet: model,
  });
  rt.load(distDir());
  rt.open("FULL");
  return rt;
}

/** Local midnight (UTC+7) of a dd/mm/yyyy day, as an epoch. */
const midnight = (ddmmyyyy: string) => {
  const [d, m, y] = ddmmyyyy.split("/").map(Number);
  return Date.UTC(y!, m! - 1, d!) - VN_OFFSET * 60_000;
};

function cellsOutside(snapshot: unknown, owned: ReadonlySet<string>): unknown {
  const s = snapshot as { sheets: { name: string; cells: Record<string, unknown> }[] };
  return s.sheets.map((sheet) => ({
    ...sheet,
    // The add-on's own columns may widen the tab (seven columns from V).
    maxColumns:
      sheet.name === "Đợt cử đi" ? "(widened)" : (sheet as { maxColumns?: number }).maxColumns,
    cells: Object.fromEntries(
      Object.entries(sheet.cells).filter(
        ([a1]) => !(sheet.name === "Đợt cử đi" && owned.has(a1.replace(/\d+$/, ""))),
      ),
    ),
  }));
}
/** The add-on's own seven columns, right of the sample's. */
const OWNED = new Set([1, 2, 3, 4, 5, 6, 7].map((c) => columnToLetters(POSTINGS[0]!.length + c)));

describe("Kiểm tra đợt cử đi on the sample postings", () => {
  const expected = checkPostings(
    readPostings(POSTINGS, VN_OFFSET),
    readRoster(ROSTER, VN_OFFSET),
    DEFAULT_SETTINGS,
    dayOf(2021, 6, 15),
    { units: unitTypes(UNITS) },
  );

  it("writes Kết quả (coloured), Lý do, Hạn báo cáo tới, Tình trạng and, apart, the overdue tasks; toasts the counts", () => {
    const rt = workbook();
    rt.click("Kiểm tra đợt cử đi");
    expect(rt.alerts).toEqual([]);
    const sheet = rt.spreadsheet.sheet("Đợt cử đi")!;
    const header = [1, 2, 3, 4, 5, 6, 7].map((i) => sheet.cell(1, WIDTH + i).value);
    expect(header).toEqual([
      "Kết quả",
      "Lý do",
      "Hạn báo cáo tới",
      "Tình trạng",
      "Việc quá hạn",
      "Hạn việc tới",
      "Việc cần làm",
    ]);
    POSTINGS_SAMPLE.forEach((sample, i) => {
      const row = i + 2;
      const about = `row ${row}: ${sample.about}`;
      expect(sheet.cell(row, WIDTH + 1).value, about).toBe(sample.expected);
      expect(sheet.cell(row, WIDTH + 1).background, about).toBe(
        STATUS_COLOURS[expected[i]!.status],
      );
      expect(sheet.cell(row, WIDTH + 2).value ?? "", about).toBe(
        expected[i]!.reasons.map((r) => r.text.vi).join("\n"),
      );
      const due = sheet.cell(row, WIDTH + 3);
      if (sample.nextDue === "") expect(due.value, about).toBeNull();
      else expect((due.value as Date).getTime(), about).toBe(midnight(sample.nextDue));
      expect(due.numberFormat).toBe("dd/mm/yyyy");
      expect(sheet.cell(row, WIDTH + 4).value ?? "", about).toBe(sample.state);
      // Overdue tasks, of every duty, counted and coloured apart from Kết quả.
      const overdue = sheet.cell(row, WIDTH + 5);
      if (sample.nextDue === "" && sample.state === "") expect(overdue.value, about).toBeNull();
      else expect(overdue.value, about).toBe(sample.overdue.length);
      expect(overdue.background, about).toBe(sample.overdue.length > 0 ? "#f4c7c3" : undefined);
      const tasks = String(sheet.cell(row, WIDTH + 7).value ?? "");
      expect(tasks.split("\n").filter((l) => l.startsWith("Quá hạn")).length, about).toBe(
        sample.overdue.length,
      );
      for (const code of sample.overdue) expect(tasks, about).toContain(`(${code})`);
    });
    const count = (w: string) => POSTINGS_SAMPLE.filter((p) => p.expected === w).length;
    const tasks = POSTINGS_SAMPLE.reduce((n, p) => n + p.overdue.length, 0);
    const postings = POSTINGS_SAMPLE.filter((p) => p.overdue.length > 0).length;
    expect(rt.toasts.map((t) => t.message)).toEqual([
      `Đã kiểm tra ${POSTINGS_SAMPLE.length} đợt cử đi: ${count("Hợp lệ")} Hợp lệ, ${count("Không hợp lệ")} Không hợp lệ, ${count("Thiếu dữ liệu")} Thiếu dữ liệu; ${tasks} việc quá hạn ở ${postings} đợt (tính đến 15/06/2021).`,
    ]);
  });

  it("reads each tab once and writes the four columns in one block", () => {
    const rt = workbook();
    rt.resetCalls();
    rt.click("Kiểm tra đợt cử đi");
    expect(rt.calls["Range.getValues"]).toBe(4); // Cấu hình, Đợt cử đi, Cán bộ, Đơn vị
    expect(rt.calls["Range.setValues"]).toBe(2); // the new headers, then the data
  });

  it("leaves every other cell — value, formula, note, format — and every other tab as it was", () => {
    const rt = workbook();
    const sheet = rt.spreadsheet.sheet("Đợt cử đi")!;
    sheet.cell(1, 1).note = "Mã cán bộ theo tab Cán bộ";
    sheet.cell(2, 2).background = "#ffff00";
    sheet.cell(3, 8).formula = '=UPPER("102-qđ")';
    sheet.cell(4, 5).numberFormat = "d/m/yyyy";
    const before = cellsOutside(rt.spreadsheet.snapshot(), OWNED);
    rt.click("Kiểm tra đợt cử đi");
    expect(rt.alerts).toEqual([]);
    expect(cellsOutside(rt.spreadsheet.snapshot(), OWNED)).toEqual(before);
  });

  it("a second run rewrites the same columns with the same content", () => {
    const rt = workbook();
    rt.click("Kiểm tra đợt cử đi");
    const once = rt.spreadsheet.snapshot();
    rt.click("Kiểm tra đợt cử đi");
    expect(rt.spreadsheet.snapshot()).toEqual(once);
  });

  it("writes what users typed as text, never as a formula", () => {
    const rt = workbook();
    const sheet = rt.spreadsheet.sheet("Đợt cử đi")!;
    // Text cells (typed with a leading apostrophe) that look like formulas.
    sheet.cell(10, 1).value = '=HYPERLINK("http://x";"CB")';
    sheet.cell(16, 6).value = "-12";
    rt.click("Kiểm tra đợt cử đi");
    for (let row = 2; row <= POSTINGS.length; row += 1) {
      for (let c = 1; c <= 4; c += 1) expect(sheet.cell(row, WIDTH + c).formula).toBeUndefined();
    }
    expect(String(sheet.cell(10, WIDTH + 2).value)).toContain(
      '[CB-DK] Mục II.2: Mã CB "=HYPERLINK("http://x";"CB")" không có trong tab "Cán bộ"',
    );
    expect(String(sheet.cell(16, WIDTH + 2).value)).toContain(
      '[TG-12] Mục III.2: cột "Số tháng" ghi "-12": không phải một số nguyên từ 0 trở lên',
    );
  });

  it("an en_US user's click writes Vietnamese reasons into the shared sheet and shows an English toast", () => {
    const rt = workbook({ locale: "en_US" });
    rt.click("Check postings");
    const sheet = rt.spreadsheet.sheet("Đợt cử đi")!;
    const row = POSTINGS_SAMPLE.findIndex((p) => p.cells["Mã CB"] === "CB099") + 2;
    expect(sheet.cell(row, WIDTH + 1).value).toBe("Không hợp lệ");
    expect(String(sheet.cell(row, WIDTH + 2).value).split("\n")[0]).toBe(
      '[CB-DK] Mục II.2: Mã CB "CB099" không có trong tab "Cán bộ"',
    );
    const vi = workbook();
    vi.click("Kiểm tra đợt cử đi");
    const viSheet = vi.spreadsheet.sheet("Đợt cử đi")!;
    for (let r = 2; r <= POSTINGS_SAMPLE.length + 1; r += 1) {
      expect(sheet.cell(r, WIDTH + 2).value, `row ${r}`).toBe(viSheet.cell(r, WIDTH + 2).value);
    }
    expect(rt.toasts[0]!.message).toMatch(/^Checked 16 postings: /);
  });

  it("judges Tình trạng against today in the spreadsheet's zone", () => {
    // 07/01/2020 17:30 UTC is 08/01/2020 00:30 in Tây Ninh: CB007's final report is one day late.
    const rt = workbook({ now: Date.UTC(2020, 0, 7, 17, 30) });
    rt.click("Kiểm tra đợt cử đi");
    const row = POSTINGS_SAMPLE.findIndex((p) => p.cells["Mã CB"] === "CB007") + 2;
    expect(rt.spreadsheet.sheet("Đợt cử đi")!.cell(row, WIDTH + 4).value).toBe("Quá hạn 1 ngày");
    const rt2 = workbook({ now: Date.UTC(2020, 0, 7, 16, 30) });
    rt2.click("Kiểm tra đợt cử đi");
    expect(rt2.spreadsheet.sheet("Đợt cử đi")!.cell(row, WIDTH + 4).value).toBe("Đúng hạn");
  });
});

describe("Số tháng against the range of Cấu hình (Số tháng tối thiểu – Số tháng tối đa)", () => {
  const MONTHS = POSTINGS[0]!.indexOf("Số tháng") + 1;
  /** CB001's posting (row 2, Hợp lệ with 12 months) with another Số tháng. */
  function clicked(months: number, settings?: unknown[][]) {
    const rt = workbook(settings ? { settings } : {});
    const sheet = rt.spreadsheet.sheet("Đợt cử đi")!;
    sheet.cell(2, MONTHS).value = months;
    rt.click("Kiểm tra đợt cử đi");
    expect(rt.alerts).toEqual([]);
    const out = (c: number) => sheet.cell(2, WIDTH + c).value ?? "";
    return { result: out(1), reasons: String(out(2)) };
  }

  it("a typo's 1200 months is Không hợp lệ, the reason naming the column, the value, the range and the setting", () => {
    const typo = clicked(1200);
    expect(typo.result).toBe("Không hợp lệ");
    expect(typo.reasons).toBe(
      '[TG-TD] cột "Số tháng" ghi 1200 tháng, ngoài khoảng cho phép 12–36 tháng (cấu hình "Số tháng tối đa")',
    );
    expect(clicked(36).result).toBe("Hợp lệ");
  });

  it("follows Số tháng tối đa typed in Cấu hình, in Vietnamese or English", () => {
    expect(clicked(40).reasons).toContain("ngoài khoảng cho phép 12–36 tháng");
    expect(clicked(40, [["Số tháng tối đa", 48]]).result).toBe("Hợp lệ");
    const over = clicked(49, [
      ["Minimum months", 18],
      ["Maximum months", 48],
    ]);
    expect(over.result).toBe("Không hợp lệ");
    expect(over.reasons).toBe(
      '[TG-TD] cột "Số tháng" ghi 49 tháng, ngoài khoảng cho phép 18–48 tháng (cấu hình "Số tháng tối đa")',
    );
  });

  it("a maximum below the minimum stops the check with a message naming both keys", () => {
    const rt = workbook({
      settings: [
        ["Số tháng tối thiểu", 24],
        ["Số tháng tối đa", 18],
      ],
    });
    const before = rt.spreadsheet.snapshot();
    rt.click("Kiểm tra đợt cử đi");
    expect(rt.alerts).toHaveLength(1);
    expect(rt.alerts[0]!.prompt).toContain(
      'khóa "Số tháng tối đa" (18) phải không nhỏ hơn "Số tháng tối thiểu" (24)',
    );
    expect(rt.spreadsheet.snapshot()).toEqual(before);
  });
});

describe("runs that stop", () => {
  it("another run holds the lock: the user is told, nothing is written", () => {
    const rt = workbook();
    const before = rt.spreadsheet.snapshot();
    const release = rt.holdLock("document");
    rt.click("Kiểm tra đợt cử đi");
    release();
    expect(rt.alerts).toHaveLength(1);
    expect(rt.alerts[0]!.prompt).toMatch(/^Một người khác đang chạy lệnh/);
    expect(rt.spreadsheet.snapshot()).toEqual(before);
  });

  it("no Đợt cử đi tab, no Cán bộ tab, no Ngày bắt đầu column: a message, nothing written", () => {
    for (const [setup, text] of [
      [{ postings: null }, 'Không tìm thấy tab "Đợt cử đi"'],
      [{ roster: null }, 'Không tìm thấy tab "Cán bộ"'],
      [
        {
          postings: POSTINGS.map((r, i) =>
            i === 0 ? r.map((h) => (h === "Ngày bắt đầu" ? "Ngày" : h)) : r,
          ),
        },
        'Tab "Đợt cử đi" không có cột "Ngày bắt đầu" ở dòng tiêu đề (dòng 1)',
      ],
    ] as const) {
      const rt = workbook(setup as Setup);
      const before = rt.spreadsheet.snapshot();
      rt.click("Kiểm tra đợt cử đi");
      expect(rt.alerts).toHaveLength(1);
      expect(rt.alerts[0]!.prompt).toContain(text);
      expect(rt.spreadsheet.snapshot()).toEqual(before);
    }
  });
});

describe("=REPORT_DUE(row)", () => {
  const rowValues = (i: number) => POSTINGS[i]!;
  function formula(rt: Runtime, a1: [number, number], text: string) {
    rt.spreadsheet.sheet("Đợt cử đi")!.cell(a1[0], a1[1]).formula = text;
  }

  it("gives the next report due as a date at local midnight, blank when all are in", () => {
    const rt = workbook();
    POSTINGS_SAMPLE.forEach((sample, i) => {
      const row = i + 2;
      formula(rt, [row, 30], `=REPORT_DUE(A${row}:U${row})`);
      const out = rt.customFunction(
        "Đợt cử đi",
        `AD${row}`,
        "REPORT_DUE",
        rt.toRealm([rowValues(row - 1)]),
      );
      if (sample.nextDue !== "") {
        expect(Object.prototype.toString.call(out)).toBe("[object Date]");
        expect((out as Date).getTime(), sample.about).toBe(midnight(sample.nextDue));
      } else if (sample.state === "") {
        expect(out, sample.about).toBe('Chưa có "Ngày bắt đầu".');
      } else {
        expect(out, sample.about).toBe("");
      }
    });
  });

  it("a multi-row range gives one value per row; a blank row gives blank", () => {
    const rt = workbook();
    formula(rt, [2, 30], "=REPORT_DUE(A2:U6)");
    const rows = [rowValues(4), rowValues(5), POSTINGS[0]!.map(() => ""), rowValues(1)];
    const out = rt.customFunction<unknown[][]>("Đợt cử đi", "AD2", "REPORT_DUE", rt.toRealm(rows));
    expect(out).toHaveLength(4);
    expect((out[0]![0] as Date).getTime()).toBe(midnight("07/01/2020"));
    expect(out.slice(1).map((r) => r[0])).toEqual(["", "", ""]);
  });

  it("a row it cannot read gives a readable message, not an error", () => {
    const rt = workbook();
    formula(rt, [2, 30], "=REPORT_DUE(A2:U2)");
    const bad = [...rowValues(1)];
    bad[4] = "31/02/2019";
    const out = rt.customFunction("Đợt cử đi", "AD2", "REPORT_DUE", rt.toRealm([bad]));
    expect(out).toBe(
      '"Ngày bắt đầu" ghi "31/02/2019": tháng 2 không có ngày 31 (tháng 2/2019 có 28 ngày).',
    );
    const months = [...rowValues(1)];
    months[5] = "một năm";
    expect(rt.customFunction("Đợt cử đi", "AD2", "REPORT_DUE", rt.toRealm([months]))).toMatch(
      /^"Số tháng" không đọc được: "một năm"/,
    );
  });

  it("finds the header through the formula's range, from another column and another tab", () => {
    const shifted = POSTINGS.map((r, i) => [i === 0 ? "STT" : i, ...r]);
    const rt = workbook({ postings: shifted });
    const notes = rt.spreadsheet.sheet("Ghi chép")!;
    notes.cell(5, 1).formula = "=REPORT_DUE('Đợt cử đi'!B5:V5)";
    const out = rt.customFunction("Ghi chép", "A5", "REPORT_DUE", rt.toRealm([POSTINGS[4]!]));
    expect((out as Date).getTime()).toBe(midnight("07/01/2020"));
    notes.cell(6, 1).formula = "=REPORT_DUE('Đợt cử đi'!H5:V5)";
    const partial = rt.customFunction(
      "Ghi chép",
      "A6",
      "REPORT_DUE",
      rt.toRealm([POSTINGS[4]!.slice(6)]),
    );
    expect(partial).toMatch(/^Không tìm thấy cột "Ngày bắt đầu"/);
  });

  it("1 000 cells read the header once", () => {
    const rt = workbook();
    rt.resetCalls();
    for (let k = 0; k < 1000; k += 1) {
      const row = 2 + (k % POSTINGS_SAMPLE.length);
      formula(rt, [row, 30], `=REPORT_DUE(A${row}:U${row})`);
      rt.customFunction("Đợt cử đi", `AD${row}`, "REPORT_DUE", rt.toRealm([rowValues(row - 1)]));
    }
    // One header read (plus the Cấu hình tab read once).
    expect(rt.calls["Range.getValues"]).toBe(2);
  });

  it("fresh executions (the bundle loaded again) read the header from the document cache", () => {
    const rt = workbook();
    rt.resetCalls();
    for (let k = 0; k < 20; k += 1) {
      rt.load(distDir()); // module state is gone, as in a new execution
      formula(rt, [5, 30], "=REPORT_DUE(A5:U5)");
      const out = rt.customFunction("Đợt cử đi", "AD5", "REPORT_DUE", rt.toRealm([rowValues(4)]));
      expect((out as Date).getTime()).toBe(midnight("07/01/2020"));
    }
    expect(rt.calls["Range.getValues"]).toBe(2);
  });
});
