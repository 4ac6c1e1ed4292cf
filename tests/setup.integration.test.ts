/**
 * "Thiết lập bảng tính" clicked on the BUILT bundle in the local runtime: a spreadsheet set up
 * from nothing, one set up around existing data (nothing moved or overwritten), and the same
 * sheet after two runs as after one.
 */
import { describe, expect, it } from "vitest";
import { columnLetter } from "../src/core/headers";
import {
  POSTING_COLUMNS,
  POSTING_OUTPUT,
  ROSTER_COLUMNS,
  ROSTER_OUTPUT,
  STATUS_COLOURS,
} from "../src/core/schema";
import { defaultCell, SETTING_DEFS } from "../src/core/settings";
import {
  createRuntime,
  type Runtime,
  type SheetModel,
  SpreadsheetModel,
} from "../tools/gas-runtime/index";
import { postingsSampleValues } from "./fixtures/postings-sample";
import { toValues } from "./fixtures/roster-cells";
import { rosterSampleValues } from "./fixtures/roster-sample";
import { distDir } from "./support/bundle";

const NOW = Date.UTC(2021, 5, 15, 3, 30);

function runtime(model = new SpreadsheetModel({ timeZone: "Asia/Ho_Chi_Minh" })): Runtime {
  const rt = createRuntime({ timeZone: "Asia/Ho_Chi_Minh", now: NOW, spreadsheet: model });
  rt.load(distDir());
  rt.open("FULL");
  return rt;
}

function headerRow(sheet: SheetModel): unknown[] {
  const out: unknown[] = [];
  for (let c = 1; c <= sheet.maxColumns; c += 1) {
    const v = sheet.cell(1, c).value;
    if (v === null || v === "") break;
    out.push(v);
  }
  return out;
}

const column = (sheet: SheetModel, header: string) => headerRow(sheet).indexOf(header) + 1;

describe("Thiết lập bảng tính on an empty spreadsheet", () => {
  const rt = runtime();
  rt.click("Thiết lập bảng tính");
  const ss = rt.spreadsheet;

  it("creates the four tabs after the existing one, with their headers in the contract's order", () => {
    expect(rt.alerts).toEqual([]);
    expect(ss.sheets.map((s) => s.name)).toEqual([
      "Trang tính1",
      "Cán bộ",
      "Đợt cử đi",
      "Đơn vị",
      "Cấu hình",
    ]);
    expect(headerRow(ss.sheet("Cán bộ")!)).toEqual([
      ...Object.values(ROSTER_COLUMNS)
        .slice(0, 13)
        .map((c) => c.header),
      "Xếp loại 2017",
      "Xếp loại 2018",
      "Xếp loại 2019",
      "Xếp loại 2020",
      "Xếp loại 2021",
      ...Object.values(ROSTER_COLUMNS)
        .slice(13)
        .map((c) => c.header),
      ...Object.values(ROSTER_OUTPUT).map((c) => c.header),
    ]);
    const postings = headerRow(ss.sheet("Đợt cử đi")!);
    expect(postings.slice(0, 11)).toEqual(
      Object.values(POSTING_COLUMNS)
        .slice(0, 11)
        .map((c) => c.header),
    );
    expect(postings.slice(11, 17)).toEqual([
      "Báo cáo 6 tháng lần 1",
      "Nhận xét 6 tháng lần 1",
      "Báo cáo 6 tháng lần 2",
      "Nhận xét 6 tháng lần 2",
      "Báo cáo 6 tháng lần 3",
      "Nhận xét 6 tháng lần 3",
    ]);
    expect(postings.slice(-7)).toEqual(Object.values(POSTING_OUTPUT).map((c) => c.header));
    expect(ss.sheet("Cán bộ")!.cell(1, 1).fontWeight).toBe("bold");
  });

  it("freezes the header row of every tab", () => {
    for (const name of ["Cán bộ", "Đợt cử đi", "Đơn vị", "Cấu hình"]) {
      expect(ss.sheet(name)!.frozenRows, name).toBe(1);
    }
  });

  it("offers dropdowns that flag, not reject, odd values, with help text", () => {
    const roster = ss.sheet("Cán bộ")!;
    const gender = roster.cell(2, column(roster, "Giới tính")).dataValidation!;
    expect(gender.criteria).toBe("VALUE_IN_LIST");
    expect(gender.args).toEqual([["Nam", "Nữ"], true]);
    expect(gender.allowInvalid).toBe(true);
    expect(gender.helpText).toContain("Chọn một trong: Nam, Nữ.");
    expect(roster.cell(1000, column(roster, "Giới tính")).dataValidation?.criteria).toBe(
      "VALUE_IN_LIST",
    );
    expect(roster.cell(1, column(roster, "Giới tính")).dataValidation).toBeUndefined();
    const list = (sheet: SheetModel, header: string) =>
      (sheet.cell(2, column(sheet, header)).dataValidation?.args[0] as string[]) ?? [];
    expect(list(roster, "Biên chế")).toEqual(["Có", "Không"]);
    expect(list(roster, "Đối tượng")).toEqual(["1", "2", "Ngoại lệ"]);
    expect(list(roster, "Đảng viên")).toEqual(["Đảng viên", "Nguồn phát triển Đảng", "Không"]);
    expect(list(roster, "Xếp loại 2019")).toEqual([
      "Hoàn thành xuất sắc nhiệm vụ",
      "Hoàn thành tốt nhiệm vụ",
      "Hoàn thành nhiệm vụ",
      "Không hoàn thành nhiệm vụ",
    ]);
    const postings = ss.sheet("Đợt cử đi")!;
    expect(list(postings, "Vị trí")).toEqual(["Phó Bí thư", "Ủy viên BTV", "Ủy viên BCH"]);
    expect(list(postings, "Loại đơn vị")).toEqual([
      "Huyện",
      "Thị xã",
      "Thành phố",
      "Đoàn trực thuộc",
    ]);
    expect(list(postings, "Cấp ủy thống nhất")).toEqual(["Có", "Không"]);
  });

  it("takes units from the Đơn vị tab and cadre IDs from Cán bộ", () => {
    const postings = ss.sheet("Đợt cử đi")!;
    const unit = postings.cell(2, column(postings, "Đơn vị tiếp nhận")).dataValidation!;
    expect(unit.criteria).toBe("VALUE_IN_RANGE");
    expect(String(unit.args[0])).toMatch(/^'?Đơn vị'?!A2:A1000$/);
    expect(unit.allowInvalid).toBe(true);
    const id = postings.cell(2, 1).dataValidation!;
    expect(id.criteria).toBe("VALUE_IN_RANGE");
    expect(String(id.args[0])).toMatch(/^'?Cán bộ'?!A2:A1000$/);
  });

  it("validates dates on date columns, and the months as a number", () => {
    const roster = ss.sheet("Cán bộ")!;
    const postings = ss.sheet("Đợt cử đi")!;
    for (const h of ["Ngày sinh", "Kỷ luật đến ngày", "Ngày sinh con nhỏ nhất"]) {
      expect(roster.cell(2, column(roster, h)).dataValidation?.criteria, h).toBe(
        "DATE_IS_VALID_DATE",
      );
    }
    for (const h of [
      "Ngày bắt đầu",
      "Ngày kết thúc",
      "Chuyển sinh hoạt Đảng",
      "Báo cáo 6 tháng lần 2",
      "Nhận xét kết thúc",
      "Quyết toán kinh phí",
    ]) {
      expect(postings.cell(2, column(postings, h)).dataValidation?.criteria, h).toBe(
        "DATE_IS_VALID_DATE",
      );
    }
    expect(postings.cell(2, column(postings, "Số tháng")).dataValidation?.criteria).toBe(
      "NUMBER_BETWEEN",
    );
    expect(postings.cell(2, column(postings, "Số quyết định")).dataValidation).toBeUndefined();
  });

  it("colours the statuses and overdue reports with conditional formatting", () => {
    const postings = ss.sheet("Đợt cử đi")!;
    const letter = (h: string) => columnLetter(column(postings, h) - 1);
    const rules = postings.conditionalFormatRules.map((r) => [
      r.ranges.join(","),
      r.condition,
      r.values[0],
      r.background,
    ]);
    const range = (h: string) => `${letter(h)}2:${letter(h)}1000`;
    const result = range("Kết quả");
    const state = range("Tình trạng");
    const nextDue = letter("Hạn báo cáo tới");
    const nextTask = letter("Hạn việc tới");
    expect(rules).toEqual([
      [result, "TEXT_EQUAL_TO", "Không hợp lệ", STATUS_COLOURS.invalid],
      [result, "TEXT_EQUAL_TO", "Thiếu dữ liệu", STATUS_COLOURS.missingData],
      [result, "TEXT_EQUAL_TO", "Hợp lệ", STATUS_COLOURS.valid],
      [state, "TEXT_STARTS_WITH", "Quá hạn", "#f4c7c3"],
      [state, "TEXT_EQUAL_TO", "Hoàn thành", "#b7e1cd"],
      // Overdue tasks in red; deadlines red once passed, amber within 30 days, from TODAY().
      [range("Việc quá hạn"), "NUMBER_GREATER_THAN", 0, "#f4c7c3"],
      [range("Hạn báo cáo tới"), "DATE_BEFORE_RELATIVE", "TODAY", "#f4c7c3"],
      [
        range("Hạn báo cáo tới"),
        "CUSTOM_FORMULA",
        `=AND(ISNUMBER($${nextDue}2),$${nextDue}2>=TODAY(),$${nextDue}2<=TODAY()+30)`,
        "#fce8b2",
      ],
      [range("Hạn việc tới"), "DATE_BEFORE_RELATIVE", "TODAY", "#f4c7c3"],
      [
        range("Hạn việc tới"),
        "CUSTOM_FORMULA",
        `=AND(ISNUMBER($${nextTask}2),$${nextTask}2>=TODAY(),$${nextTask}2<=TODAY()+30)`,
        "#fce8b2",
      ],
    ]);
    const roster = ss.sheet("Cán bộ")!;
    expect(roster.conditionalFormatRules.map((r) => r.values[0])).toEqual([
      "Không đủ điều kiện",
      "Thiếu dữ liệu",
      "Cần BTV xem xét",
      "Đủ điều kiện",
    ]);
  });

  it("lists every setting with its default and a note explaining it", () => {
    const settings = ss.sheet("Cấu hình")!;
    expect([settings.cell(1, 1).value, settings.cell(1, 2).value]).toEqual(["Khóa", "Giá trị"]);
    SETTING_DEFS.forEach((def, i) => {
      expect(settings.cell(i + 2, 1).value).toBe(def.vi);
      // A date as it is typed (dd/mm/yyyy); blank for no default.
      const shown = defaultCell(def);
      expect(settings.cell(i + 2, 2).value).toBe(shown === "" ? null : shown);
      expect(settings.cell(i + 2, 1).note).toContain(def.help.vi);
    });
    expect(settings.cell(2, 1).note).toContain("Mặc định / default: để trống / blank");
    expect(settings.cell(3, 1).note).toContain("Mặc định / default: 30");
  });

  it("seeds Tây Ninh's units as the Đoàn bodies they are, the towns noted as thị xã since 2020", () => {
    const units = ss.sheet("Đơn vị")!;
    const rows: unknown[][] = [];
    for (let r = 1; r <= 12; r += 1) rows.push([units.cell(r, 1).value, units.cell(r, 2).value]);
    expect(rows).toEqual([
      ["Đơn vị", "Loại đơn vị"],
      ["Thành đoàn Tây Ninh", "Thành phố"],
      ["Huyện đoàn Tân Biên", "Huyện"],
      ["Huyện đoàn Tân Châu", "Huyện"],
      ["Huyện đoàn Dương Minh Châu", "Huyện"],
      ["Huyện đoàn Châu Thành", "Huyện"],
      ["Thị đoàn Hòa Thành", "Thị xã"],
      ["Huyện đoàn Gò Dầu", "Huyện"],
      ["Huyện đoàn Bến Cầu", "Huyện"],
      ["Thị đoàn Trảng Bàng", "Thị xã"],
      ["Đoàn Khối các cơ quan tỉnh", "Đoàn trực thuộc"],
      ["Đoàn Khối doanh nghiệp tỉnh", "Đoàn trực thuộc"],
    ]);
    expect(units.cell(7, 1).note).toMatch(/^Thị xã từ 01\/02\/2020/);
    expect(units.cell(2, 2).dataValidation?.args[0]).toEqual([
      "Huyện",
      "Thị xã",
      "Thành phố",
      "Đoàn trực thuộc",
    ]);
  });

  it("gives Đơn vị the seats each unit takes a year, blank (one seat) and validated as whole numbers", () => {
    const units = ss.sheet("Đơn vị")!;
    expect(headerRow(units)).toEqual([
      "Đơn vị",
      "Loại đơn vị",
      "Chỗ Phó Bí thư mỗi năm",
      "Chỗ Ủy viên BTV mỗi năm",
      "Chỗ Ủy viên BCH mỗi năm",
    ]);
    for (let c = 3; c <= 5; c += 1) {
      expect(units.cell(2, c).value).toBeNull();
      const rule = units.cell(2, c).dataValidation!;
      expect(rule.args).toEqual([0, 99]);
      expect(rule.helpText).toContain("để trống = 1");
    }
  });

  it("says what it did in a toast", () => {
    expect(rt.toasts.map((t) => t.message)).toEqual([
      `Đã tạo tab "Cán bộ", "Đợt cử đi", "Đơn vị", "Cấu hình". Đã thêm ${headerRow(ss.sheet("Cán bộ")!).length + headerRow(ss.sheet("Đợt cử đi")!).length + headerRow(ss.sheet("Đơn vị")!).length + 2} cột tiêu đề còn thiếu (ở bên phải, dữ liệu cũ giữ nguyên). Đã thêm ${SETTING_DEFS.length} khóa cấu hình với giá trị mặc định. Đã nhập sẵn 11 đơn vị của tỉnh Tây Ninh. Danh sách chọn, định dạng ngày và tô màu trạng thái đã sẵn sàng.`,
    ]);
  });
});

describe("Thiết lập bảng tính is idempotent", () => {
  it("running it twice gives the same spreadsheet as once", () => {
    const rt = runtime();
    rt.click("Thiết lập bảng tính");
    const once = rt.spreadsheet.snapshot();
    rt.click("Thiết lập bảng tính");
    expect(rt.alerts).toEqual([]);
    expect(rt.spreadsheet.snapshot()).toEqual(once);
  });

  it("also around existing data, with the user's own conditional formats kept", () => {
    const rt = runtime(existing());
    const sheet = rt.spreadsheet.sheet("Đợt cử đi")!;
    sheet.conditionalFormatRules.push({
      ranges: ["A2:A20"],
      condition: "TEXT_CONTAINS",
      values: ["CB0"],
      background: "#ffff00",
    });
    rt.click("Thiết lập bảng tính");
    const once = rt.spreadsheet.snapshot();
    rt.click("Thiết lập bảng tính");
    expect(rt.spreadsheet.snapshot()).toEqual(once);
    expect(sheet.conditionalFormatRules[0]!.values).toEqual(["CB0"]);
    expect(sheet.conditionalFormatRules).toHaveLength(11);
  });
});

/** A workbook in use: the sample tabs with some columns missing and a settings tab of its own. */
function existing(): SpreadsheetModel {
  const model = new SpreadsheetModel({ timeZone: "Asia/Ho_Chi_Minh" });
  // A roster kept before the 2019 ratings: the sample without its "Xếp loại 2019"–"2021".
  const sample = toValues(rosterSampleValues());
  const later = new Set(["Xếp loại 2019", "Xếp loại 2020", "Xếp loại 2021"]);
  const keep = sample[0]!.map((h) => !later.has(String(h)));
  const roster = sample.map((r) => r.filter((_c, i) => keep[i]));
  expect(roster[0]!.filter((h) => String(h).startsWith("Xếp loại"))).toEqual([
    "Xếp loại 2017",
    "Xếp loại 2018",
  ]);
  model.addSheet("Cán bộ", roster as never);
  const postings = toValues(postingsSampleValues()).map((r) => r.slice(0, 9));
  postings[3]![3] = "Phó chủ tịch"; // a value outside the vocabulary
  model.addSheet("Đợt cử đi", postings as never);
  model.addSheet("Đơn vị", [
    ["Đơn vị", "Loại đơn vị"],
    ["Huyện Tân Biên", "Huyện"],
  ]);
  model.addSheet("Cấu hình", [
    ["Khóa", "Giá trị"],
    ["Số cán bộ tối đa mỗi năm", 3],
  ]);
  model.sheet("Cấu hình")!.cell(2, 1).note = "Ý kiến BTV ngày 01/02/2019";
  return model;
}

describe("Thiết lập bảng tính around existing data", () => {
  it("appends the missing headers at the right and touches no existing cell", () => {
    const model = existing();
    const before = model.snapshot() as {
      sheets: { name: string; cells: Record<string, unknown> }[];
    };
    const rt = runtime(model);
    rt.click("Thiết lập bảng tính");
    expect(rt.alerts).toEqual([]);
    const after = rt.spreadsheet.snapshot() as typeof before;
    for (const sheet of before.sheets) {
      const now = after.sheets.find((s) => s.name === sheet.name)!;
      for (const [a1, cell] of Object.entries(sheet.cells)) {
        const { dataValidation: _dv, ...rest } = now.cells[a1] as Record<string, unknown>;
        expect(rest, `${sheet.name}!${a1}`).toEqual(cell);
      }
    }
    const postings = rt.spreadsheet.sheet("Đợt cử đi")!;
    expect(headerRow(postings).slice(0, 9)).toEqual(postingsSampleValues()[0]!.slice(0, 9));
    expect(headerRow(postings)[9]).toBe("Chuyển sinh hoạt Đảng");
    // The roster had Xếp loại 2017–2018: 2019–2021 are added, 2017–2018 not repeated.
    const roster = headerRow(rt.spreadsheet.sheet("Cán bộ")!);
    expect(roster.filter((h) => String(h).startsWith("Xếp loại"))).toEqual([
      "Xếp loại 2017",
      "Xếp loại 2018",
      "Xếp loại 2019",
      "Xếp loại 2020",
      "Xếp loại 2021",
    ]);
    // The odd value stays, flagged by the dropdown that allows invalid values.
    expect(postings.cell(4, 4).value).toBe("Phó chủ tịch");
    expect(postings.cell(4, 4).dataValidation?.allowInvalid).toBe(true);
  });

  it("keeps the user's settings and notes, adds the missing keys, does not seed units", () => {
    const rt = runtime(existing());
    rt.click("Thiết lập bảng tính");
    const settings = rt.spreadsheet.sheet("Cấu hình")!;
    expect(settings.cell(2, 2).value).toBe(3);
    expect(settings.cell(2, 1).note).toBe("Ý kiến BTV ngày 01/02/2019");
    const keys: unknown[] = [];
    for (let r = 2; r <= SETTING_DEFS.length + 1; r += 1) keys.push(settings.cell(r, 1).value);
    expect(new Set(keys)).toEqual(new Set(SETTING_DEFS.map((d) => d.vi)));
    expect(settings.cell(SETTING_DEFS.length + 2, 1).value).toBeNull();
    const units = rt.spreadsheet.sheet("Đơn vị")!;
    expect(units.cell(3, 1).value).toBeNull();
  });

  it("leaves the postings check working on the set-up sheet", () => {
    const rt = runtime(existing());
    rt.click("Thiết lập bảng tính");
    rt.click("Kiểm tra đợt cử đi");
    expect(rt.alerts).toEqual([]);
    const postings = rt.spreadsheet.sheet("Đợt cử đi")!;
    expect(postings.cell(2, column(postings, "Kết quả")).value).toBe("Hợp lệ");
    expect(rt.toasts.at(-1)!.message).toMatch(/^Đã kiểm tra 16 đợt cử đi/);
  });
});

describe("Thiết lập bảng tính follows the settings", () => {
  it("says a blank Số tháng means the Số tháng tối thiểu setting (18 here), not a fixed 12", () => {
    const model = new SpreadsheetModel({ timeZone: "Asia/Ho_Chi_Minh" });
    model.addSheet("Cấu hình", [
      ["Khóa", "Giá trị"],
      ["Số tháng tối thiểu", 18],
    ]);
    const rt = runtime(model);
    rt.click("Thiết lập bảng tính");
    expect(rt.alerts).toEqual([]);
    const postings = rt.spreadsheet.sheet("Đợt cử đi")!;
    const months = postings.cell(2, column(postings, "Số tháng")).dataValidation!;
    expect(months.helpText).toBe(
      'Số tháng (số nguyên); để trống = 18 (cấu hình "Số tháng tối thiểu").\nNumber of months (whole number); blank = 18 (the "Minimum months" setting).',
    );
  });
});

describe("Thiết lập bảng tính with a setting it cannot read", () => {
  function withSettings(rows: unknown[][], locale = "vi"): Runtime {
    const model = new SpreadsheetModel({ timeZone: "Asia/Ho_Chi_Minh", locale });
    model.addSheet("Settings", rows as never);
    const rt = createRuntime({
      locale,
      timeZone: "Asia/Ho_Chi_Minh",
      now: NOW,
      spreadsheet: model,
    });
    rt.load(distDir());
    rt.open("FULL");
    rt.click(locale === "vi" ? "Thiết lập bảng tính" : "Set up sheets");
    return rt;
  }

  it("says which value it could not read and that it used the default instead, never silently", () => {
    const rt = withSettings([
      ["Khóa", "Giá trị"],
      ["Năm bắt đầu kế hoạch", "hai nghìn"],
      ["Năm kết thúc kế hoạch", 2020],
      ["Màu nền", "xanh"],
    ]);
    expect(rt.alerts).toEqual([]);
    const toast = rt.toasts.at(-1)!.message;
    expect(toast).toMatch(
      /^Tab "Settings", dòng 2, khóa "Năm bắt đầu kế hoạch": giá trị "hai nghìn" không đọc được; hãy nhập một số nguyên từ 1900 đến 2999 \(mặc định: 2018\)\. Thiết lập bảng tính đã dùng giá trị mặc định thay cho giá trị này; hãy sửa rồi chạy lại\. /,
    );
    expect(toast).toContain('Tab "Settings" có khóa không dùng đến (bỏ qua): "Màu nền".');
    // The readable keys are used: ratings for 2017 (the default first year's previous) – 2019.
    const roster = headerRow(rt.spreadsheet.sheet("Cán bộ")!);
    expect(roster.filter((h) => String(h).startsWith("Xếp loại"))).toEqual([
      "Xếp loại 2017",
      "Xếp loại 2018",
      "Xếp loại 2019",
    ]);
  });

  it("says so in English too, and falls back to the default period when the plan ends before it starts", () => {
    const rt = withSettings(
      [
        ["Khóa", "Giá trị"],
        ["Năm bắt đầu kế hoạch", 2023],
        ["Năm kết thúc kế hoạch", 2020],
      ],
      "en_US",
    );
    const toast = rt.toasts.at(-1)!.message;
    expect(toast).toMatch(
      /^"Settings" tab: the key "Năm kết thúc kế hoạch" \(Plan last year, 2020\) must not be before "Năm bắt đầu kế hoạch" \(Plan first year, 2023\)\. Set up sheets used the default instead; correct it and run it again\. /,
    );
    const roster = headerRow(rt.spreadsheet.sheet("Cán bộ")!);
    expect(roster.filter((h) => String(h).startsWith("Xếp loại"))).toHaveLength(5); // 2017–2021
  });
});

describe("Thiết lập bảng tính respects an office's own sheet", () => {
  const TITLE = "DANH SÁCH CÁN BỘ TỈNH ĐOÀN TÂY NINH";
  /** A roster with a title and a blank line above its headers, two cadres below. */
  function titled(): SpreadsheetModel {
    const model = new SpreadsheetModel({ timeZone: "Asia/Ho_Chi_Minh" });
    const values = toValues(rosterSampleValues()).slice(0, 3);
    model.addSheet("Cán bộ", [[TITLE], [], ...values] as never);
    return model;
  }

  it("finds the headers under a title: adds only the missing columns there, duplicates none, freezes down to them", () => {
    const rt = runtime(titled());
    const width = rosterSampleValues()[0]!.length;
    rt.click("Thiết lập bảng tính");
    expect(rt.alerts).toEqual([]);
    const sheet = rt.spreadsheet.sheet("Cán bộ")!;
    const values = sheet.values();
    expect(values[0]![0]).toBe(TITLE);
    expect(values[0]!.slice(1).every((v) => v === null)).toBe(true);
    expect(values[1]!.every((v) => v === null)).toBe(true);
    const header = values[2]!.filter((v) => v !== null).map(String);
    // Every header once: the sample's own, then only what it lacked (the add-on's columns).
    expect(new Set(header).size).toBe(header.length);
    expect(header.slice(0, width)).toEqual(rosterSampleValues()[0]);
    expect(header.slice(width)).toEqual(Object.values(ROSTER_OUTPUT).map((d) => d.header));
    expect(sheet.frozenRows).toBe(3);
    // Dropdowns start below the header row, never on the title or the headers.
    const gender = header.indexOf("Giới tính") + 1;
    expect(sheet.cell(3, gender).dataValidation).toBeUndefined();
    expect(sheet.cell(4, gender).dataValidation?.criteria).toBe("VALUE_IN_LIST");
    expect(rt.toasts.at(-1)?.message).toContain(
      'Tab "Cán bộ": dòng tiêu đề là dòng 3; các dòng phía trên được giữ nguyên.',
    );
    // Twice is once, and the check that follows reads the two cadres, not the header.
    const once = JSON.stringify(rt.spreadsheet.snapshot());
    rt.click("Thiết lập bảng tính");
    expect(JSON.stringify(rt.spreadsheet.snapshot())).toBe(once);
    rt.click("Kiểm tra điều kiện");
    expect(rt.toasts.at(-1)?.message).toContain("Đã kiểm tra 2 cán bộ");
    expect(sheet.cell(3, header.indexOf("Kết quả") + 1).value).toBe("Kết quả");
  });

  it("keeps the user's checkbox, a stricter list and two frozen rows, says so, and replaces a list it cannot read", () => {
    const model = titled();
    const sheet = model.sheet("Cán bộ")!;
    const header = sheet.values()[2]!.map(String);
    const col = (h: string) => header.indexOf(h) + 1;
    const rule = (criteria: string, args: unknown[]) => ({
      criteria,
      args,
      allowInvalid: false,
      helpText: "Quy định của Ban",
    });
    for (let r = 4; r <= 20; r += 1) {
      sheet.cell(r, col("Biên chế")).dataValidation = rule("CHECKBOX", []);
      sheet.cell(r, col("Xếp loại 2018")).dataValidation = rule("VALUE_IN_LIST", [
        ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ"],
        true,
      ]);
      sheet.cell(r, col("Giới tính")).dataValidation = rule("VALUE_IN_LIST", [
        ["Nam", "Nữ", "Khác"],
        true,
      ]);
      sheet.cell(r, col("Ngày sinh")).dataValidation = rule("DATE_AFTER", [new Date(0)]);
    }
    sheet.frozenRows = 2;
    const rt = runtime(model);
    rt.click("Thiết lập bảng tính");
    expect(rt.alerts).toEqual([]);
    const after = rt.spreadsheet.sheet("Cán bộ")!;
    expect(after.frozenRows).toBe(2);
    expect(after.cell(5, col("Biên chế")).dataValidation?.criteria).toBe("CHECKBOX");
    expect(after.cell(5, col("Xếp loại 2018")).dataValidation?.args[0]).toEqual([
      "Hoàn thành xuất sắc nhiệm vụ",
      "Hoàn thành tốt nhiệm vụ",
    ]);
    expect(after.cell(5, col("Ngày sinh")).dataValidation?.criteria).toBe("DATE_AFTER");
    // "Khác" is no word the add-on reads: the laxer list gives way to the add-on's dropdown.
    expect(after.cell(5, col("Giới tính")).dataValidation?.args[0]).toEqual(["Nam", "Nữ"]);
    const toast = rt.toasts.at(-1)?.message ?? "";
    expect(toast).toContain(
      'Giữ nguyên cách nhập liệu bạn đã đặt cho cột "Ngày sinh", "Biên chế" (ô đánh dấu), "Xếp loại 2018" của tab "Cán bộ".',
    );
    expect(toast).toContain('Đã thay cách nhập liệu của cột "Giới tính" (tab "Cán bộ")');
    expect(toast).toContain('Giữ nguyên 2 dòng cố định của tab "Cán bộ".');
  });
});
