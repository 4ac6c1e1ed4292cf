/**
 * Tabs found under an alias ("Cadres", "Postings", "Units", "Settings"): every message, toast
 * and reason that names a tab names the user's own tab, not the canonical one, on the BUILT
 * bundle in the local runtime.
 */
import { describe, expect, it } from "vitest";
import { createRuntime, type Runtime, SpreadsheetModel } from "../tools/gas-runtime/index";
import { POSTINGS_SAMPLE_HEADER } from "./fixtures/postings-sample";
import { dateCell, toValues } from "./fixtures/roster-cells";
import { rosterSampleValues } from "./fixtures/roster-sample";
import { distDir } from "./support/bundle";

/** 10:30 on 01/03/2019 in Asia/Ho_Chi_Minh. */
const NOW = Date.UTC(2019, 2, 1, 3, 30);
const ROSTER = toValues(rosterSampleValues());

interface Tabs {
  roster?: unknown[][];
  postings?: unknown[][];
  units?: unknown[][];
  settings?: unknown[][];
  locale?: string;
}

function aliased(tabs: Tabs): Runtime {
  const model = new SpreadsheetModel({ timeZone: "Asia/Ho_Chi_Minh", locale: tabs.locale ?? "vi" });
  if (tabs.roster) model.addSheet("Cadres", tabs.roster as never);
  if (tabs.postings) model.addSheet("Postings", tabs.postings as never);
  if (tabs.units) model.addSheet("Units", tabs.units as never);
  if (tabs.settings) model.addSheet("Settings", tabs.settings as never);
  const rt = createRuntime({
    locale: tabs.locale ?? "vi",
    timeZone: "Asia/Ho_Chi_Minh",
    now: NOW,
    spreadsheet: model,
  });
  rt.load(distDir());
  rt.open("FULL");
  return rt;
}

const posting = (cells: Partial<Record<(typeof POSTINGS_SAMPLE_HEADER)[number], unknown>>) =>
  POSTINGS_SAMPLE_HEADER.map((h) => cells[h] ?? "");

describe("Kiểm tra điều kiện on aliased tabs", () => {
  it("names Cadres and Settings in the toast: unknown keys, missing columns, no cadre yet", () => {
    const rt = aliased({
      roster: [["Mã CB", "Họ và tên"]],
      settings: [
        ["Khóa", "Giá trị"],
        ["Màu nền", "xanh"],
      ],
    });
    rt.click("Kiểm tra điều kiện");
    expect(rt.alerts).toEqual([]);
    const toast = rt.toasts[0]!.message;
    expect(toast).toContain('Tab "Cadres" chưa có cán bộ nào');
    expect(toast).toContain('Tab "Cadres" chưa có cột "Giới tính"');
    expect(toast).toContain('Tab "Settings" có khóa không dùng đến (bỏ qua): "Màu nền"');
    expect(toast).not.toContain('"Cán bộ"');
    expect(toast).not.toContain('"Cấu hình"');
  });

  it("names Settings in the alert about a value that cannot be read, in either language", () => {
    const settings = [
      ["Khóa", "Giá trị"],
      ["Tuổi tối đa", "ba mươi"],
    ];
    const vi = aliased({ roster: ROSTER, settings });
    vi.click("Kiểm tra điều kiện");
    expect(vi.alerts[0]!.prompt).toContain('Tab "Settings", dòng 2, khóa "Tuổi tối đa"');
    const en = aliased({ roster: ROSTER, settings, locale: "en_US" });
    en.click("Check eligibility");
    expect(en.alerts[0]!.prompt).toContain(
      '"Settings" tab, row 2, key "Tuổi tối đa" (Maximum age)',
    );
  });
});

describe("Kiểm tra đợt cử đi on aliased tabs", () => {
  it("names Cadres, Units and Postings in the reasons and the toast", () => {
    // No "Quyết toán kinh phí" column.
    const settled = POSTINGS_SAMPLE_HEADER.indexOf("Quyết toán kinh phí");
    const postings = [
      [...POSTINGS_SAMPLE_HEADER],
      posting({ "Mã CB": "CB99", "Ngày bắt đầu": dateCell(2019, 1, 7) }),
      posting({
        "Mã CB": "CB001",
        "Đơn vị tiếp nhận": "Đoàn Khối các cơ quan tỉnh",
        "Vị trí": "Phó Bí thư",
        "Cấp ủy thống nhất": "Có",
        "Ngày bắt đầu": dateCell(2019, 1, 14),
      }),
      posting({ "Mã CB": "CB020", "Ngày bắt đầu": dateCell(2020, 1, 7) }),
    ].map((r) => r.filter((_c, i) => i !== settled));
    const rt = aliased({
      roster: ROSTER,
      postings,
      units: [
        ["Đơn vị", "Loại đơn vị"],
        ["Đoàn Khối các cơ quan tỉnh", "Đoàn trực thuộc"],
      ],
      settings: [["Khóa", "Giá trị"]],
    });
    rt.click("Kiểm tra đợt cử đi");
    expect(rt.alerts).toEqual([]);
    const sheet = rt.spreadsheet.sheet("Postings")!;
    const reasonsColumn = POSTINGS_SAMPLE_HEADER.length + 1; // Kết quả, then Lý do
    const reasons = (row: number) => String(sheet.cell(row, reasonsColumn).value);
    expect(reasons(2)).toContain('[CB-DK] Mục II.2: Mã CB "CB99" không có trong tab "Cadres"');
    expect(reasons(3)).toContain('loại Đoàn trực thuộc theo tab "Units"');
    expect(reasons(4)).toContain('cần ghi "Quyết định BTV" trong tab "Cadres"');
    const all = [2, 3, 4].map(reasons).join("\n");
    expect(all).not.toContain('tab "Cán bộ"');
    expect(all).not.toContain('tab "Đơn vị"');
    expect(rt.toasts[0]!.message).toContain(
      'Tab "Postings" không có cột "Quyết toán kinh phí" ở dòng tiêu đề',
    );
  });

  it("an empty Postings tab is named as it is", () => {
    const rt = aliased({ roster: ROSTER, postings: [[...POSTINGS_SAMPLE_HEADER]] });
    rt.click("Kiểm tra đợt cử đi");
    expect(rt.toasts[0]!.message).toBe('Tab "Postings" chưa có đợt nào.');
  });
});

describe("the sidebar on aliased tabs", () => {
  it("names the Postings tab in the overview's problems", () => {
    const rt = aliased({
      roster: ROSTER,
      postings: [["Mã CB", "Ngày bắt đầu"]],
      settings: [["Khóa", "Giá trị"]],
    });
    const overview = rt.run<{ problems: string[] }>("sidebarOverview");
    expect(overview.problems[0]).toMatch(/^Tab "Postings" không có cột "Đơn vị tiếp nhận"/);
  });
});

describe("Thiết lập bảng tính on aliased tabs", () => {
  it("the Mã CB dropdown's help names the roster tab as the user called it", () => {
    const rt = aliased({ roster: ROSTER, settings: [["Khóa", "Giá trị"]] });
    rt.click("Thiết lập bảng tính");
    expect(rt.alerts).toEqual([]);
    const postings = rt.spreadsheet.sheet("Đợt cử đi")!;
    expect(postings.cell(2, 1).dataValidation!.helpText).toBe(
      'Chọn một giá trị của cột "Mã CB" trong tab "Cadres".\nChoose a value of column "Mã CB" in the "Cadres" tab.',
    );
  });
});
