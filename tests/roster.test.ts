/**
 * Reading the "Cán bộ" tab as people keep it: columns found by header whatever their order,
 * case, spacing, diacritics or Unicode form, English aliases, Xếp loại YYYY by pattern,
 * blank rows skipped, duplicate Mã CB found, missing headers named.
 */
import { describe, expect, it } from "vitest";
import { dayOf, formatDay } from "../src/core/dates";
import { checkRoster, reasonLines } from "../src/core/eligibility";
import { readRoster } from "../src/core/roster";
import { ROSTER_STATUS } from "../src/core/schema";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { dateCell, toValues, VN_OFFSET } from "./fixtures/roster-cells";
import {
  ROSTER_SAMPLE,
  ROSTER_SAMPLE_REFERENCE_DATE,
  rosterSampleValues,
} from "./fixtures/roster-sample";

const ON = dayOf(
  ROSTER_SAMPLE_REFERENCE_DATE.y,
  ROSTER_SAMPLE_REFERENCE_DATE.m,
  ROSTER_SAMPLE_REFERENCE_DATE.d,
);

function statuses(values: unknown[][]): string[] {
  return checkRoster(readRoster(values, VN_OFFSET), ON, DEFAULT_SETTINGS).map(
    (c) => ROSTER_STATUS[c.result.status].vi,
  );
}

/** Strips Vietnamese diacritics the way someone typing without Unikey would, in NFD. */
function withoutDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/** Deterministic shuffle (a fixed permutation, so a failure is reproducible). */
function permutation(n: number): number[] {
  const order = Array.from({ length: n }, (_v, i) => i);
  let seed = 7;
  for (let i = n - 1; i > 0; i -= 1) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

describe("columns found by header, never by position", () => {
  const values = toValues(rosterSampleValues());
  const expected = ROSTER_SAMPLE.map((c) => c.expected);

  it("gives each sample cadre its expected status with the columns as created", () => {
    expect(statuses(values)).toEqual(expected);
  });

  it("gives the same statuses on a sheet whose columns are shuffled and whose headers are typed in NFD without diacritics, in odd case and spacing", () => {
    const order = permutation(values[0]!.length);
    expect(order).not.toEqual([...order].sort((a, b) => a - b));
    const shuffled = values.map((row) => order.map((i) => row[i]));
    shuffled[0] = shuffled[0]!.map((h, i) => {
      const text = withoutDiacritics(String(h)).normalize("NFD");
      return i % 2 === 0 ? `  ${text.toUpperCase()} ` : text.replace(/ /g, "   ");
    });
    expect(String(shuffled[0]![0])).not.toBe(String(values[0]![order[0]!]));
    expect(statuses(shuffled)).toEqual(expected);
  });

  it("accepts headers typed in NFD with their diacritics (as pasted from Word)", () => {
    const nfd = values.map((row, r) =>
      r === 0 ? row.map((h) => String(h).normalize("NFD")) : row,
    );
    expect(statuses(nfd)).toEqual(expected);
  });

  it("accepts the English aliases, Rating YYYY included", () => {
    const english: Record<string, string> = {
      "Mã CB": "ID",
      "Họ và tên": "Full name",
      "Giới tính": "Gender",
      "Ngày sinh": "Date of birth",
      "Ban/Văn phòng": "Department",
      "Chức vụ": "Position",
      "UV BCH chuyên trách": "Full-time executive member",
      "Quy hoạch chức danh": "Planned position",
      "Đối tượng": "Target group",
      "Quyết định BTV": "Standing Committee decision",
      "Biên chế": "On payroll",
      "Đảng viên": "Party status",
      "Phẩm chất": "Standing",
      "Xếp loại 2017": "Rating 2017",
      "Xếp loại 2018": "rating 2018",
      "Kỷ luật đến ngày": "Discipline until",
      "Đang xem xét kỷ luật": "Under disciplinary review",
      "Đang mang thai": "Pregnant",
      "Ngày sinh con nhỏ nhất": "Youngest child born",
    };
    const translated = values.map((row, r) =>
      r === 0 ? row.map((h) => english[String(h)] ?? h) : row,
    );
    expect(translated[0]).not.toContain("Mã CB");
    expect(statuses(translated)).toEqual(expected);
  });

  it("finds Xếp loại YYYY columns by pattern and leaves unknown columns alone", () => {
    const table = readRoster(
      [["Ghi chú", "Mã CB", "Họ và tên", "XẾP LOẠI 2016", "Xep loai 2018", "Xếp loại năm nay"]],
      VN_OFFSET,
    );
    expect([...table.ratingColumns.entries()]).toEqual([
      [2016, 3],
      [2018, 4],
    ]);
    expect(table.columns.index.id).toBe(1);
  });
});

describe("rows", () => {
  const header = ["Mã CB", "Họ và tên", "Ngày sinh", "Kết quả", "Lý do"];

  it("skips blank rows (spaces, an unticked checkbox, or only the add-on's own old results)", () => {
    const table = readRoster(
      [
        header,
        ["CB1", "A", dateCell(1990, 1, 1), "", ""],
        ["", "  ", "", "", ""],
        [false, "", "", "Đủ điều kiện", "cũ"],
        ["CB2", "B", "", "", ""],
      ],
      VN_OFFSET,
    );
    expect(table.rows.map((r) => r.row)).toEqual([2, 5]);
  });

  it("reads a date cell as its calendar day in the spreadsheet's zone", () => {
    const table = readRoster([header, ["CB1", "A", dateCell(1990, 1, 1)]], VN_OFFSET);
    const birth = table.rows[0]!.birth;
    expect(birth.kind === "value" && formatDay(birth.value)).toBe("01/01/1990");
  });

  it("finds a duplicate Mã CB on both rows, whatever the case and spaces", () => {
    const table = readRoster(
      [header, ["CB1", "A"], ["cb2", "B"], [" CB2 ", "C"], ["CB3", "D"]],
      VN_OFFSET,
    );
    expect([...table.duplicateIds.values()]).toEqual([[3, 4]]);
  });

  it("reads a Mã CB typed as a number", () => {
    const table = readRoster([header, [101, "A"]], VN_OFFSET);
    expect(table.rows[0]!.id).toEqual({ kind: "value", value: "101" });
  });
});

describe("missing and repeated headers", () => {
  it("names a missing required header (Mã CB, Họ và tên) so the run can stop and say so", () => {
    const table = readRoster([["Ho ten", "Ngày sinh"]], VN_OFFSET);
    expect(table.missingRequired).toEqual(["id", "name"]);
    expect(table.problems.map((p) => p.vi)).toContain(
      'Tab "Cán bộ" không có cột "Mã CB" ở dòng tiêu đề (dòng 1). Hãy thêm cột "Mã CB" hoặc chạy "Thiết lập bảng tính".',
    );
  });

  it("makes rows Thiếu dữ liệu naming a missing column the rules need", () => {
    const values = toValues(rosterSampleValues());
    const drop = values[0]!.indexOf("Biên chế");
    const without = values.map((row) => row.filter((_c, i) => i !== drop));
    const checked = checkRoster(readRoster(without, VN_OFFSET), ON, DEFAULT_SETTINGS);
    const first = checked[0]!.result; // CB001, eligible with the column
    expect(first.status).toBe("missingData");
    expect(reasonLines(first, "vi")).toBe('[DK-BIENCHE] Mục II.2: không có cột "Biên chế"');
  });

  it("derives the group when there is no Đối tượng column, but cannot without Quy hoạch chức danh", () => {
    const values = toValues(rosterSampleValues());
    const without = (header: string) => {
      const drop = values[0]!.indexOf(header);
      return values.map((row) => row.filter((_c, i) => i !== drop));
    };
    const noGroup = checkRoster(readRoster(without("Đối tượng"), VN_OFFSET), ON, DEFAULT_SETTINGS);
    expect(noGroup[0]!.result.status).toBe("eligible");
    expect(noGroup[0]!.result.group).toBe(1);
    const noPlanning = checkRoster(
      readRoster(without("Quy hoạch chức danh"), VN_OFFSET),
      ON,
      DEFAULT_SETTINGS,
    );
    expect(noPlanning[0]!.result.status).toBe("missingData");
    expect(reasonLines(noPlanning[0]!.result, "vi")).toBe(
      '[DT] Mục II.1: không có cột "Quy hoạch chức danh" (cần để xác định đối tượng)',
    );
  });

  it("reads a missing pregnancy column as a missing column for a woman, not for a man", () => {
    const header = [
      "Mã CB",
      "Họ và tên",
      "Giới tính",
      "Ngày sinh",
      "Quy hoạch chức danh",
      "Biên chế",
      "Đảng viên",
      "Phẩm chất",
      "Xếp loại 2018",
      "Kỷ luật đến ngày",
      "Đang xem xét kỷ luật",
      "Ngày sinh con nhỏ nhất",
    ];
    const row = (gender: string) => [
      "CB1",
      "A",
      gender,
      dateCell(1990, 1, 1),
      "Phó Trưởng ban",
      "Có",
      "Đảng viên",
      "Tốt",
      "HTTNV",
      "",
      "",
      "",
    ];
    const checked = checkRoster(
      readRoster([header, row("Nam"), ["CB2", ...row("Nữ").slice(1)]], VN_OFFSET),
      ON,
      DEFAULT_SETTINGS,
    );
    expect(checked[0]!.result.status).toBe("eligible");
    expect(checked[1]!.result.status).toBe("missingData");
    expect(reasonLines(checked[1]!.result, "vi")).toBe(
      '[DK-NU] Mục II.2: không có cột "Đang mang thai"',
    );
  });

  it("uses the first of two columns with the same header and says so", () => {
    const table = readRoster(
      [
        ["Mã CB", "Họ và tên", "Mã CB"],
        ["CB1", "A", "X"],
      ],
      VN_OFFSET,
    );
    expect(table.rows[0]!.id).toEqual({ kind: "value", value: "CB1" });
    expect(table.problems.some((p) => p.vi.includes('có 2 cột "Mã CB"'))).toBe(true);
  });
});

describe("a date cell where text is expected is quoted as the day the user sees", () => {
  it("a date typed into Giới tính is quoted dd/mm/yyyy in the spreadsheet's zone, not as UTC ISO text", () => {
    const header = ["Mã CB", "Họ và tên", "Giới tính", "Ngày sinh"];
    // 14/05/1990 at local midnight in UTC+7 is 13/05/1990 17:00 UTC.
    const [checked] = checkRoster(
      readRoster([header, ["CB1", "A", dateCell(1990, 5, 14), dateCell(1990, 5, 14)]], VN_OFFSET),
      ON,
      DEFAULT_SETTINGS,
    );
    const lines = reasonLines(checked!.result, "vi").split("\n");
    expect(lines).toContain(
      '[DK-NU] Mục II.2: ô "Giới tính" ghi "14/05/1990": không có trong danh sách (chọn một trong: Nam, Nữ)',
    );
    expect(reasonLines(checked!.result, "en")).toContain(
      '"Giới tính" (Gender) holds "14/05/1990": not in the list (choose one of: Nam, Nữ)',
    );
  });

  it("the same cell in a zone west of UTC is still its own day", () => {
    const header = ["Mã CB", "Họ và tên", "Giới tính"];
    const [checked] = checkRoster(
      readRoster([header, ["CB1", "A", dateCell(1990, 5, 14, -300)]], -300),
      ON,
      DEFAULT_SETTINGS,
    );
    expect(reasonLines(checked!.result, "vi")).toContain('ô "Giới tính" ghi "14/05/1990"');
  });
});
