/**
 * "Kiểm tra điều kiện" clicked on the BUILT bundle in the local Apps Script runtime, as a user
 * would: the five columns written, coloured, stamped; the toast; every other cell untouched;
 * user text never turned into a formula; the lock; the messages that stop a run; the custom
 * functions ELIGIBILITY and AGE_LIMIT in custom-function mode.
 */
import { describe, expect, it } from "vitest";
import { dayOf, formatDay } from "../src/core/dates";
import { checkRoster, reasonLines } from "../src/core/eligibility";
import { readRoster } from "../src/core/roster";
import { STATUS_COLOURS } from "../src/core/schema";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { createRuntime, type Runtime, SpreadsheetModel } from "../tools/gas-runtime/index";
import { toValues, VN_OFFSET } from "./fixtures/roster-cells";
import { ROSTER_SAMPLE, rosterSampleValues } from "./fixtures/roster-sample";
import { distDir } from "./support/bundle";

/** 10:30 on 01/01/2019 in Asia/Ho_Chi_Minh. */
const NOW = Date.UTC(2019, 0, 1, 3, 30);
const SAMPLE = toValues(rosterSampleValues());
const WIDTH = SAMPLE[0]!.length; // 22 user columns: A–V; the add-on's start at W.

interface Setup {
  locale?: string;
  settings?: unknown[][] | null;
  roster?: unknown[][] | null;
  now?: number;
}

function workbook(setup: Setup = {}): Runtime {
  const model = new SpreadsheetModel({
    timeZone: "Asia/Ho_Chi_Minh",
    locale: setup.locale ?? "vi",
  });
  if (setup.settings !== null) {
    model.addSheet(
      "Cấu hình",
      (setup.settings ?? [
        ["Khóa", "Giá trị"],
        ["Tuổi tối đa", 30],
      ]) as never,
    );
  }
  if (setup.roster !== null) model.addSheet("Cán bộ", (setup.roster ?? SAMPLE) as never);
  model.addSheet("Ghi chép", [
    ["Sổ tay", "=COUNTA('Cán bộ'!A:A)"],
    ["không liên quan", 3],
  ]);
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

/** Decorations a user has put on cells the add-on does not own. */
function decorate(rt: Runtime): void {
  const sheet = rt.spreadsheet.sheet("Cán bộ")!;
  sheet.cell(1, 1).note = "Mã do Ban TCKT cấp";
  sheet.cell(1, 2).background = "#ffff00";
  sheet.cell(2, 4).numberFormat = "d/m/yyyy";
  sheet.cell(3, 6).formula = '=UPPER("chuyên viên")';
  sheet.cell(3, 6).value = "CHUYÊN VIÊN";
  sheet.cell(5, 8).fontWeight = "bold";
}

/**
 * The snapshot without the add-on's own cells of "Cán bộ" (and without that sheet's column
 * count: the grid grows by the columns the add-on appends).
 */
function cellsOutside(snapshot: unknown, owned: ReadonlySet<string>): unknown {
  const s = snapshot as {
    sheets: { name: string; cells: Record<string, unknown>; maxColumns: number }[];
  };
  return s.sheets.map((sheet) => ({
    ...sheet,
    maxColumns: sheet.name === "Cán bộ" ? 0 : sheet.maxColumns,
    cells: Object.fromEntries(
      Object.entries(sheet.cells).filter(
        ([a1]) => !(sheet.name === "Cán bộ" && owned.has(a1.replace(/\d+$/, ""))),
      ),
    ),
  }));
}

/**
 * Đủ điều kiện từ on 01/01/2019: that day for the eligible; a later day for a condition that
 * stops failing (a child's second birthday, the day after a sanction, a year whose previous
 * rating counts); blank for the others.
 */
const ELIGIBLE_FROM: Record<string, number> = {
  ...Object.fromEntries(
    ROSTER_SAMPLE.filter((c) => c.expected === "Đủ điều kiện").map((c) => [
      String(c.cells["Mã CB"]),
      dayOf(2019, 1, 1),
    ]),
  ),
  CB008: dayOf(2019, 1, 2), // youngest child born 02/01/2017
  CB018: dayOf(2019, 1, 2), // sanction until 01/01/2019
  CB015: dayOf(2020, 1, 1), // 2018 rated Hoàn thành nhiệm vụ, 2019 well
  CB027: dayOf(2020, 1, 1), // 2018 rating blank, 2019 rated well
  CB040: dayOf(2021, 2, 10), // youngest child born 10/02/2019
};

/** The day of a date cell written in UTC+7. */
function dayOfCell(value: unknown): number {
  return Math.floor(((value as Date).getTime() + 7 * 3_600_000) / 86_400_000);
}

const OWNED = new Set(["W", "X", "Y", "Z", "AA"]); // the add-on's five columns, right of A–V

describe("Kiểm tra điều kiện on the sample roster", () => {
  const expected = checkRoster(readRoster(SAMPLE, VN_OFFSET), dayOf(2019, 1, 1), DEFAULT_SETTINGS);

  it("writes Kết quả (coloured), Lý do, Đủ điều kiện từ, Đủ tuổi đến and Kiểm tra lúc at the right end, and toasts the counts", () => {
    const rt = workbook();
    rt.click("Kiểm tra điều kiện");
    expect(rt.alerts).toEqual([]);
    const sheet = rt.spreadsheet.sheet("Cán bộ")!;
    const header = [1, 2, 3, 4, 5].map((i) => sheet.cell(1, WIDTH + i).value);
    expect(header).toEqual(["Kết quả", "Lý do", "Đủ điều kiện từ", "Đủ tuổi đến", "Kiểm tra lúc"]);
    expect(sheet.cell(1, WIDTH + 1).fontWeight).toBe("bold");
    ROSTER_SAMPLE.forEach((sample, i) => {
      const row = i + 2;
      const result = sheet.cell(row, WIDTH + 1);
      expect(result.value, String(sample.cells["Mã CB"])).toBe(sample.expected);
      const status = expected[i]!.result.status;
      expect(result.background).toBe(STATUS_COLOURS[status]);
      expect(sheet.cell(row, WIDTH + 2).value ?? "").toBe(reasonLines(expected[i]!.result, "vi"));
      const from = sheet.cell(row, WIDTH + 3);
      const fromDay = ELIGIBLE_FROM[String(sample.cells["Mã CB"])];
      if (fromDay === undefined) expect(from.value, String(sample.cells["Mã CB"])).toBeNull();
      else expect(dayOfCell(from.value), String(sample.cells["Mã CB"])).toBe(fromDay);
      expect(from.numberFormat).toBe("dd/mm/yyyy");
      const limit = expected[i]!.result.ageLimit;
      const ageCell = sheet.cell(row, WIDTH + 4);
      if (limit === undefined) expect(ageCell.value).toBeNull();
      else
        expect((ageCell.value as Date).getTime()).toBe(Date.UTC(...ymdOf(limit)) - 7 * 3_600_000);
      expect(ageCell.numberFormat).toBe("dd/mm/yyyy");
      const at = sheet.cell(row, WIDTH + 5);
      expect((at.value as Date).getTime()).toBe(NOW);
      expect(at.numberFormat).toBe("dd/mm/yyyy HH:mm");
    });
    // CB005, born 29/02/1988: age-eligible until 27/02/2019.
    const cb005 = ROSTER_SAMPLE.findIndex((c) => c.cells["Mã CB"] === "CB005");
    expect(formatDay(expected[cb005]!.result.ageLimit!)).toBe("27/02/2019");
    const counts = { eligible: 0, notEligible: 0, missingData: 0, needsDecision: 0 };
    for (const c of expected) counts[c.result.status] += 1;
    expect(rt.toasts).toHaveLength(1);
    expect(rt.toasts[0]!.message).toBe(
      `Đã kiểm tra ${ROSTER_SAMPLE.length} cán bộ, ngày xét 01/01/2019: ${counts.eligible} Đủ điều kiện, ${counts.notEligible} Không đủ điều kiện, ${counts.missingData} Thiếu dữ liệu, ${counts.needsDecision} Cần BTV xem xét.`,
    );
  });

  it("leaves every other cell — value, formula, note, format — and every other tab exactly as it was", () => {
    const rt = workbook();
    decorate(rt);
    const before = cellsOutside(rt.spreadsheet.snapshot(), OWNED);
    rt.click("Kiểm tra điều kiện");
    expect(rt.alerts).toEqual([]);
    expect(cellsOutside(rt.spreadsheet.snapshot(), OWNED)).toEqual(before);
  });

  it("finds its columns by header on the next run, wherever they were moved, without adding new ones", () => {
    const rt = workbook();
    rt.click("Kiểm tra điều kiện");
    const sheet = rt.spreadsheet.sheet("Cán bộ")!;
    const width = sheet.lastColumn();
    // The user fixes CB011's payroll and runs the check again the next day.
    sheet.cell(ROSTER_SAMPLE.findIndex((c) => c.cells["Mã CB"] === "CB011") + 2, 11).value = "Có";
    rt.advance(24 * 3_600_000);
    rt.click("Kiểm tra điều kiện");
    expect(sheet.lastColumn()).toBe(width);
    const row = ROSTER_SAMPLE.findIndex((c) => c.cells["Mã CB"] === "CB011") + 2;
    expect(sheet.cell(row, WIDTH + 1).value).toBe("Đủ điều kiện");
    expect(sheet.cell(row, WIDTH + 2).value).toBeNull();
  });

  it("writes a status next to the rows it checks and nothing next to blank rows", () => {
    const rows = [SAMPLE[0]!, SAMPLE[1]!, SAMPLE[0]!.map(() => ""), SAMPLE[2]!];
    const rt = workbook({ roster: rows });
    rt.click("Kiểm tra điều kiện");
    const sheet = rt.spreadsheet.sheet("Cán bộ")!;
    expect([2, 3, 4].map((r) => sheet.cell(r, WIDTH + 1).value)).toEqual([
      "Đủ điều kiện",
      null,
      "Đủ điều kiện",
    ]);
  });

  it("never turns a cell's text starting with = into a formula", () => {
    const rt = workbook();
    const sheet = rt.spreadsheet.sheet("Cán bộ")!;
    // Typed with a leading apostrophe: text, not a formula.
    sheet.cell(2, 2).value = '=HYPERLINK("http://x","An")';
    sheet.cell(2, 9).value = "=1+1";
    rt.click("Kiểm tra điều kiện");
    expect(sheet.cell(2, 2).formula).toBeUndefined();
    expect(sheet.cell(2, 2).value).toBe('=HYPERLINK("http://x","An")');
    const reasons = sheet.cell(2, WIDTH + 2);
    expect(reasons.formula).toBeUndefined();
    expect(reasons.value).toBe(
      '[DT] Mục II.1: ô "Đối tượng" ghi "=1+1": không có trong danh sách (chọn một trong: 1, 2, Ngoại lệ)',
    );
    let written = 0;
    for (const [r, c, cell] of sheet.entries()) {
      if (c <= WIDTH) continue;
      written += 1;
      expect(cell.formula, `row ${r}, column ${c}`).toBeUndefined();
    }
    expect(written).toBeGreaterThan(ROSTER_SAMPLE.length * 3);
  });

  it("tells the user when someone else holds the lock, and writes nothing", () => {
    const rt = workbook();
    const before = rt.spreadsheet.snapshot();
    const release = rt.holdLock("document");
    rt.click("Kiểm tra điều kiện");
    release();
    expect(rt.alerts).toHaveLength(1);
    expect(rt.alerts[0]!.prompt).toContain("Một người khác đang chạy lệnh");
    expect(rt.spreadsheet.snapshot()).toEqual(before);
    expect(rt.toasts).toEqual([]);
  });

  it("an en_US user's click writes Vietnamese reasons into the shared sheet and shows an English toast", () => {
    const rt = workbook({ locale: "en_US" });
    rt.click("Check eligibility");
    const sheet = rt.spreadsheet.sheet("Cán bộ")!;
    const row = ROSTER_SAMPLE.findIndex((c) => c.cells["Mã CB"] === "CB004") + 2;
    expect(sheet.cell(row, WIDTH + 1).value).toBe("Không đủ điều kiện");
    expect(sheet.cell(row, WIDTH + 2).value).toBe(
      '[DK-TUOI] Mục II.2: quá 30 tuổi (31 tuổi 0 tháng vào ngày 01/01/2019; "Ngày sinh" 01/01/1988)',
    );
    // Every reason cell holds exactly what a Vietnamese user's click writes.
    const vi = workbook();
    vi.click("Kiểm tra điều kiện");
    const viSheet = vi.spreadsheet.sheet("Cán bộ")!;
    for (let r = 2; r <= ROSTER_SAMPLE.length + 1; r += 1) {
      expect(sheet.cell(r, WIDTH + 2).value, `row ${r}`).toBe(viSheet.cell(r, WIDTH + 2).value);
    }
    expect(sheet.cell(1, WIDTH + 1).value).toBe("Kết quả");
    expect(rt.toasts[0]!.message).toMatch(
      new RegExp(`^Checked ${ROSTER_SAMPLE.length} cadres on 01/01/2019: `),
    );
  });
});

describe("the reference date and the settings", () => {
  it("uses Ngày xét from Cấu hình, and mentions unknown keys in the toast", () => {
    const rt = workbook({
      settings: [
        ["Khóa", "Giá trị"],
        ["ngay xet", "02/01/2019"],
        ["Màu nền", "xanh"],
      ],
    });
    rt.click("Kiểm tra điều kiện");
    const sheet = rt.spreadsheet.sheet("Cán bộ")!;
    // CB003 turns 31 on 02/01/2019.
    const row = ROSTER_SAMPLE.findIndex((c) => c.cells["Mã CB"] === "CB003") + 2;
    expect(sheet.cell(row, WIDTH + 1).value).toBe("Không đủ điều kiện");
    expect(rt.toasts[0]!.message).toContain("ngày xét 02/01/2019");
    expect(rt.toasts[0]!.message).toContain('có khóa không dùng đến (bỏ qua): "Màu nền"');
  });

  it("uses today in the spreadsheet's zone when Ngày xét is blank, and the defaults without a Cấu hình tab", () => {
    // 01/01/2019 17:30 UTC is already 02/01/2019 00:30 in Tây Ninh.
    const rt = workbook({ settings: null, now: Date.UTC(2019, 0, 1, 17, 30) });
    rt.click("Kiểm tra điều kiện");
    expect(rt.toasts[0]!.message).toContain("ngày xét 02/01/2019");
  });

  it("stops on a setting it cannot read, naming the key, the row and what to type; nothing is written", () => {
    const rt = workbook({
      settings: [
        ["Khóa", "Giá trị"],
        ["Ngày xét", ""],
        ["Tuổi tối đa", "ba mươi"],
      ],
    });
    const before = rt.spreadsheet.snapshot();
    rt.click("Kiểm tra điều kiện");
    expect(rt.alerts).toHaveLength(1);
    expect(rt.alerts[0]!.prompt).toBe(
      'Tab "Cấu hình", dòng 3, khóa "Tuổi tối đa": giá trị "ba mươi" không đọc được; hãy nhập một số nguyên từ 16 đến 99 (mặc định: 30).',
    );
    expect(rt.spreadsheet.snapshot()).toEqual(before);
  });
});

describe("a roster the check cannot read", () => {
  it("asks to run Thiết lập bảng tính when there is no Cán bộ tab", () => {
    const rt = workbook({ roster: null });
    rt.click("Kiểm tra điều kiện");
    expect(rt.alerts).toHaveLength(1);
    expect(rt.alerts[0]!.prompt).toContain('Hãy chạy "Thiết lập bảng tính"');
  });

  it("finds the tab under another name it is known by", () => {
    const model = new SpreadsheetModel({ timeZone: "Asia/Ho_Chi_Minh" });
    model.addSheet("Danh sách cán bộ", SAMPLE as never);
    const rt = createRuntime({ now: NOW, spreadsheet: model });
    rt.load(distDir());
    rt.open("FULL");
    rt.click("Kiểm tra điều kiện");
    expect(rt.alerts).toEqual([]);
    expect(model.sheet("Danh sách cán bộ")!.cell(2, WIDTH + 1).value).toBe("Đủ điều kiện");
  });

  it("stops and names the header when Mã CB is missing; nothing is written", () => {
    const roster = SAMPLE.map((row, r) =>
      r === 0 ? row.map((h) => (h === "Mã CB" ? "Số" : h)) : row,
    );
    const rt = workbook({ roster });
    const before = rt.spreadsheet.snapshot();
    rt.click("Kiểm tra điều kiện");
    expect(rt.alerts[0]!.prompt).toBe(
      'Tab "Cán bộ" không có cột "Mã CB" ở dòng tiêu đề (dòng 1), nên chưa kiểm tra được. Hãy thêm cột (đúng tên như trên) hoặc chạy "Thiết lập bảng tính".',
    );
    expect(rt.spreadsheet.snapshot()).toEqual(before);
  });

  it("checks the rows but names a missing optional column in the reasons and the toast", () => {
    const drop = SAMPLE[0]!.indexOf("Phẩm chất");
    const roster = SAMPLE.map((row) => row.filter((_c, i) => i !== drop));
    const rt = workbook({ roster });
    rt.click("Kiểm tra điều kiện");
    const sheet = rt.spreadsheet.sheet("Cán bộ")!;
    expect(sheet.cell(2, WIDTH).value).toBe("Thiếu dữ liệu");
    expect(sheet.cell(2, WIDTH + 1).value).toBe('[DK-PHAMCHAT] Mục II.2: không có cột "Phẩm chất"');
    expect(rt.toasts[0]!.message).toContain('Tab "Cán bộ" chưa có cột "Phẩm chất"');
  });

  it("says in the toast when a header appears twice, and uses the first of the two columns", () => {
    const roster = SAMPLE.map((row, i) => [...row, i === 0 ? "Giới tính" : "Nam"]);
    const rt = workbook({ roster });
    rt.click("Kiểm tra điều kiện");
    expect(rt.toasts[0]!.message).toContain(
      'Tab "Cán bộ" có 2 cột "Giới tính"; chỉ cột đầu tiên được dùng.',
    );
    // Every verdict is the one the roster gets without the second column ("Nam" everywhere).
    const plain = workbook({});
    plain.click("Kiểm tra điều kiện");
    const verdicts = (r: Runtime) => {
      const values = r.spreadsheet.sheet("Cán bộ")!.values();
      const col = values[0]!.indexOf("Kết quả");
      return values.slice(1).map((row) => row[col]);
    };
    expect(verdicts(rt)).toEqual(verdicts(plain));
    expect(verdicts(plain)).toContain("Không đủ điều kiện");
  });
});

describe("custom functions", () => {
  function withFormula(rt: Runtime, a1: [number, number], formula: string) {
    const cell = rt.spreadsheet.sheet("Cán bộ")!.cell(a1[0], a1[1]);
    cell.formula = formula;
  }
  const row = (i: number): unknown[] => SAMPLE[i]!;

  it("=ELIGIBILITY(row) gives the row's status word, and one per row for a range", () => {
    const rt = workbook();
    withFormula(rt, [2, 28], "=ELIGIBILITY(A2:V2)");
    const one = rt.customFunction("Cán bộ", "AB2", "ELIGIBILITY", rt.toRealm([row(1)]));
    expect(one).toBe(ROSTER_SAMPLE[0]!.expected);
    withFormula(rt, [2, 29], "=ELIGIBILITY(A2:V6)");
    const many = rt.customFunction<string[][]>(
      "Cán bộ",
      "AC2",
      "ELIGIBILITY",
      rt.toRealm([row(1), row(2), row(3), row(4), row(5)]),
    );
    expect(many.map((r) => r[0])).toEqual(ROSTER_SAMPLE.slice(0, 5).map((c) => c.expected));
  });

  it("=ELIGIBILITY finds the header of the range it is given, on another tab and from another column", () => {
    // A roster whose first column is a row number: the cadre's cells start at column B.
    const roster = SAMPLE.map((r, i) => [i === 0 ? "STT" : i, ...r]);
    const rt = workbook({ roster });
    const notes = rt.spreadsheet.sheet("Ghi chép")!;
    notes.cell(5, 1).formula = "=ELIGIBILITY('Cán bộ'!B9:W9)";
    const out = rt.customFunction("Ghi chép", "A5", "ELIGIBILITY", rt.toRealm([SAMPLE[8]!]));
    expect(out).toBe(ROSTER_SAMPLE[7]!.expected);
    expect(ROSTER_SAMPLE[7]!.expected).toBe("Không đủ điều kiện");
    // A range without Mã CB and Họ và tên above it is not a roster row: the formula says so.
    notes.cell(6, 1).formula = "=ELIGIBILITY('Cán bộ'!D9:W9)";
    const partial = rt.customFunction(
      "Ghi chép",
      "A6",
      "ELIGIBILITY",
      rt.toRealm([SAMPLE[8]!.slice(2)]),
    );
    expect(partial).toMatch(/^Không tìm thấy dòng tiêu đề/);
  });

  it("=ELIGIBILITY reads the header and Cấu hình once, then answers the next cells from the cache", () => {
    const rt = workbook();
    const reads = () => rt.calls["Range.getValues"] ?? 0;
    rt.resetCalls();
    for (let r = 2; r <= 6; r += 1) {
      withFormula(rt, [r, 28], `=ELIGIBILITY(A${r}:V${r})`);
      const out = rt.customFunction("Cán bộ", `AB${r}`, "ELIGIBILITY", rt.toRealm([row(r - 1)]));
      expect(out).toBe(ROSTER_SAMPLE[r - 2]!.expected);
    }
    expect(reads()).toBe(2);
  });

  it("=ELIGIBILITY returns a readable message, never an error, when it cannot find the header", () => {
    const rt = workbook();
    const notes = rt.spreadsheet.sheet("Ghi chép")!;
    notes.cell(7, 1).formula = "=ELIGIBILITY(B1)";
    const out = rt.customFunction("Ghi chép", "A7", "ELIGIBILITY", "abc");
    expect(out).toMatch(/^Không tìm thấy dòng tiêu đề có cột "Mã CB"/);
  });

  it("=AGE_LIMIT(date_of_birth) gives the day before the 31st birthday, for a date or a column", () => {
    const rt = workbook();
    withFormula(rt, [2, 25], "=AGE_LIMIT(D2)");
    const one = rt.customFunction<Date>("Cán bộ", "Y2", "AGE_LIMIT", rt.date(1988, 2, 29));
    expect(Object.prototype.toString.call(one)).toBe("[object Date]");
    expect(one.getTime()).toBe(Date.UTC(2019, 1, 27) - 7 * 3_600_000);
    const column = rt.customFunction<unknown[][]>(
      "Cán bộ",
      "Y2",
      "AGE_LIMIT",
      rt.toRealm([[rt.date(1990, 3, 15)], [""], ["31/02/1990"], ["15/3/1991"]]),
    );
    expect((column[0]![0] as Date).getTime()).toBe(Date.UTC(2021, 2, 14) - 7 * 3_600_000);
    expect(column[1]![0]).toBe("");
    expect(column[2]![0]).toBe(
      'Ngày sinh "31/02/1990": tháng 2 không có ngày 31 (tháng 2/1990 có 28 ngày).',
    );
    expect((column[3]![0] as Date).getTime()).toBe(Date.UTC(2022, 2, 14) - 7 * 3_600_000);
  });

  it("=AGE_LIMIT follows the Tuổi tối đa setting", () => {
    const rt = workbook({
      settings: [
        ["Khóa", "Giá trị"],
        ["Tuổi tối đa", 35],
      ],
    });
    const out = rt.customFunction<Date>("Cán bộ", "Y2", "AGE_LIMIT", rt.date(1990, 3, 15));
    expect(out.getTime()).toBe(Date.UTC(2026, 2, 14) - 7 * 3_600_000);
  });
});

function ymdOf(day: number): [number, number, number] {
  const d = new Date(day * 86_400_000);
  return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
}
