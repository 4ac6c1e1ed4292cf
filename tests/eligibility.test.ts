/**
 * Plan section II (rules.md): who may go, on the reference date. Each rule with its
 * boundaries, the statuses' precedence, the reasons' figures, Vietnamese and English.
 */
import { describe, expect, it } from "vitest";
import { dayOf, formatDay } from "../src/core/dates";
import {
  CONDITION_CODES,
  type ConditionCode,
  checkEligibility,
  checkRoster,
  countStatuses,
  type EligibilityResult,
  reasonLines,
} from "../src/core/eligibility";
import { readRoster, rosterRowFromCells } from "../src/core/roster";
import { ROSTER_STATUS } from "../src/core/schema";
import { DEFAULT_SETTINGS, type Settings } from "../src/core/settings";
import { dateCell, toValues, VN_OFFSET } from "./fixtures/roster-cells";
import {
  ROSTER_SAMPLE,
  ROSTER_SAMPLE_HEADER,
  ROSTER_SAMPLE_REFERENCE_DATE,
  rosterSampleValues,
} from "./fixtures/roster-sample";

const ON = dayOf(2019, 1, 1);

/** A cadre meeting every condition on 01/01/2019, with `changes` applied (header → cell). */
function cadre(changes: Record<string, unknown> = {}, header: readonly string[] = HEADER) {
  const base: Record<string, unknown> = {
    "Mã CB": "CB100",
    "Họ và tên": "Nguyễn Văn Thử",
    "Giới tính": "Nam",
    "Ngày sinh": dateCell(1990, 3, 15),
    "UV BCH chuyên trách": "Không",
    "Quy hoạch chức danh": "Phó Trưởng ban",
    "Đối tượng": "",
    "Quyết định BTV": "",
    "Biên chế": "Có",
    "Đảng viên": "Đảng viên",
    "Phẩm chất": "Tốt",
    "Xếp loại 2017": "Hoàn thành tốt nhiệm vụ",
    "Xếp loại 2018": "Hoàn thành tốt nhiệm vụ",
    "Kỷ luật đến ngày": "",
    "Đang xem xét kỷ luật": "",
    "Đang mang thai": "",
    "Ngày sinh con nhỏ nhất": "",
    ...changes,
  };
  return rosterRowFromCells(
    header,
    header.map((h) => base[h] ?? ""),
    VN_OFFSET,
    2,
  );
}
const HEADER: readonly string[] = ROSTER_SAMPLE_HEADER;

function check(
  changes: Record<string, unknown> = {},
  on = ON,
  settings: Settings = DEFAULT_SETTINGS,
): EligibilityResult {
  return checkEligibility(cadre(changes), on, settings);
}

function outcome(result: EligibilityResult, code: ConditionCode) {
  return result.conditions.find((c) => c.code === code)?.outcome;
}

function codes(result: EligibilityResult): string[] {
  return result.reasons.map((r) => r.code);
}

describe("a cadre meeting every condition", () => {
  it("is Đủ điều kiện with no reason, every condition passing and DK-NU not applying to a man", () => {
    const r = check();
    expect(r.status).toBe("eligible");
    expect(r.reasons).toEqual([]);
    expect(reasonLines(r, "vi")).toBe("");
    expect(r.conditions.map((c) => c.code)).toEqual(CONDITION_CODES);
    expect(r.conditions.map((c) => c.outcome)).toEqual([
      "pass",
      "pass",
      "pass",
      "pass",
      "pass",
      "pass",
      "pass",
      "notApplicable",
    ]);
    expect(formatDay(r.ageLimit!)).toBe("14/03/2021");
    expect(r.qualifiesFrom).toBeUndefined();
  });
});

describe("II.1 target groups (DT-1, DT-2, DT-NL)", () => {
  it("derives group 1 for a full-time executive member in planning, group 2 for other staff in planning", () => {
    expect(check({ "UV BCH chuyên trách": "Có" }).group).toBe(1);
    expect(check({ "UV BCH chuyên trách": "Không" }).group).toBe(2);
    expect(check({ "UV BCH chuyên trách": "" }).group).toBe(2);
  });

  it("fails DT when the group is blank and the cadre is not in planning, suggesting Ngoại lệ", () => {
    const r = check({ "Quy hoạch chức danh": "" });
    expect(r.status).toBe("notEligible");
    expect(r.group).toBeUndefined();
    expect(outcome(r, "DT")).toBe("fail");
    expect(reasonLines(r, "vi")).toBe(
      '[DT] Mục II.1: không thuộc đối tượng 1 hay 2: ô "Quy hoạch chức danh" trống (chưa có quy hoạch) và ô "Đối tượng" trống (nếu cán bộ có triển vọng, ghi Đối tượng "Ngoại lệ" để BTV xem xét)',
    );
  });

  it("reports group 1 typed for someone who is not a full-time executive member (no silent override)", () => {
    const r = check({ "Đối tượng": "1", "UV BCH chuyên trách": "Không" });
    expect(r.status).toBe("notEligible");
    expect(r.group).toBe(1);
    expect(codes(r)).toEqual(["DT-1"]);
    expect(r.reasons[0]!.text.vi).toContain('ghi Đối tượng 1 nhưng "UV BCH chuyên trách" là Không');
  });

  it("asks for UV BCH chuyên trách when group 1 is typed and that cell is blank", () => {
    const r = check({ "Đối tượng": "1", "UV BCH chuyên trách": "" });
    expect(r.status).toBe("missingData");
    expect(codes(r)).toEqual(["DT-1"]);
    expect(r.reasons[0]!.text.vi).toContain('ô "UV BCH chuyên trách" trống');
  });

  it("reports group 1 or 2 typed without a planned position", () => {
    for (const group of ["1", "2"]) {
      const r = check({
        "Đối tượng": group,
        "UV BCH chuyên trách": "Có",
        "Quy hoạch chức danh": "",
      });
      expect(r.status).toBe("notEligible");
      expect(codes(r)).toEqual([`DT-${group}`]);
      expect(r.reasons[0]!.text.vi).toContain(
        `ghi Đối tượng ${group} nhưng "Quy hoạch chức danh" trống`,
      );
    }
  });

  it("accepts group 1 typed for a full-time executive member in planning", () => {
    const r = check({ "Đối tượng": "Đối tượng 1", "UV BCH chuyên trách": "Có" });
    expect(r.status).toBe("eligible");
    expect(r.group).toBe(1);
  });

  it("puts an exception without a Standing Committee decision to the BTV (Cần BTV xem xét)", () => {
    const r = check({ "Đối tượng": "Ngoại lệ", "Quy hoạch chức danh": "" });
    expect(r.status).toBe("needsDecision");
    expect(r.group).toBe("NL");
    expect(codes(r)).toEqual(["DT-NL"]);
    expect(reasonLines(r, "vi")).toContain("[DT-NL] Mục II.1: trường hợp Ngoại lệ");
  });

  it("applies the other conditions as usual to an exception with a decision", () => {
    expect(check({ "Đối tượng": "Ngoại lệ", "Quyết định BTV": "125-QĐ/TĐTN" }).status).toBe(
      "eligible",
    );
    const r = check({
      "Đối tượng": "ngoai le",
      "Quyết định BTV": "125-QĐ/TĐTN",
      "Ngày sinh": dateCell(1980, 1, 1),
    });
    expect(r.status).toBe("notEligible");
    expect(codes(r)).toEqual(["DK-TUOI"]);
  });

  it("treats an unreadable Đối tượng as missing data, quoting it and listing what it may hold", () => {
    const r = check({ "Đối tượng": "3" });
    expect(r.status).toBe("missingData");
    expect(r.reasons[0]!.text.vi).toBe(
      '[DT] Mục II.1: ô "Đối tượng" ghi "3": không có trong danh sách (chọn một trong: 1, 2, Ngoại lệ)',
    );
  });
});

describe("DK-BIENCHE, DK-PHAMCHAT, DK-DANG (II.2)", () => {
  it("fails a cadre not on the payroll, not of good standing, not a Party member or source", () => {
    expect(codes(check({ "Biên chế": "Không" }))).toEqual(["DK-BIENCHE"]);
    expect(codes(check({ "Phẩm chất": "Chưa tốt" }))).toEqual(["DK-PHAMCHAT"]);
    expect(codes(check({ "Đảng viên": "Không" }))).toEqual(["DK-DANG"]);
    expect(check({ "Đảng viên": "Nguồn phát triển Đảng" }).status).toBe("eligible");
  });

  it("needs these cells: blank is missing data, not a failure", () => {
    for (const [column, code] of [
      ["Biên chế", "DK-BIENCHE"],
      ["Phẩm chất", "DK-PHAMCHAT"],
      ["Đảng viên", "DK-DANG"],
    ] as const) {
      const r = check({ [column]: "" });
      expect(r.status).toBe("missingData");
      expect(reasonLines(r, "vi")).toBe(`[${code}] Mục II.2: ô "${column}" trống`);
    }
  });
});

describe("DK-TUOI: not over 30 on the reference date", () => {
  it("passes on the day before the 31st birthday and fails on the birthday itself", () => {
    const dob = { "Ngày sinh": dateCell(1988, 1, 2) };
    expect(check(dob, dayOf(2019, 1, 1)).status).toBe("eligible");
    const r = check(dob, dayOf(2019, 1, 2));
    expect(r.status).toBe("notEligible");
    expect(reasonLines(r, "vi")).toBe(
      '[DK-TUOI] Mục II.2: quá 30 tuổi (31 tuổi 0 tháng vào ngày 02/01/2019; "Ngày sinh" 02/01/1988)',
    );
    expect(formatDay(r.ageLimit!)).toBe("01/01/2019");
  });

  it("names the age in years and months, as in the plan's example", () => {
    const r = check({ "Ngày sinh": "01/11/1987" }, dayOf(2019, 1, 1));
    expect(reasonLines(r, "vi")).toBe(
      '[DK-TUOI] Mục II.2: quá 30 tuổi (31 tuổi 2 tháng vào ngày 01/01/2019; "Ngày sinh" 01/11/1987)',
    );
    expect(reasonLines(r, "en")).toBe(
      '[DK-TUOI] Section II.2: over 30 years old (31 years 2 months on 01/01/2019; "Ngày sinh" (Date of birth) 01/11/1987)',
    );
    expect(r.age).toEqual({ years: 31, months: 2 });
  });

  it("counts a 29 February birthday as 28 February in a common year", () => {
    const dob = { "Ngày sinh": "29/02/1988" };
    expect(formatDay(check(dob).ageLimit!)).toBe("27/02/2019");
    expect(check(dob, dayOf(2019, 2, 27)).status).toBe("eligible");
    expect(check(dob, dayOf(2019, 2, 28)).status).toBe("notEligible");
    // Born 29/02/1992: the 31st birthday falls in 2023 (common): 28/02/2023.
    expect(formatDay(check({ "Ngày sinh": "29/02/1992" }).ageLimit!)).toBe("27/02/2023");
  });

  it("follows the Tuổi tối đa setting", () => {
    const settings = { ...DEFAULT_SETTINGS, maxAge: 35 };
    const r = check({ "Ngày sinh": dateCell(1985, 5, 10) }, ON, settings);
    expect(r.status).toBe("eligible");
    expect(formatDay(r.ageLimit!)).toBe("09/05/2021");
  });

  it("treats a blank, impossible or future date of birth as missing data, saying what is wrong", () => {
    expect(reasonLines(check({ "Ngày sinh": "" }), "vi")).toBe(
      '[DK-TUOI] Mục II.2: ô "Ngày sinh" trống',
    );
    const impossible = check({ "Ngày sinh": "31/02/1992" });
    expect(impossible.status).toBe("missingData");
    expect(reasonLines(impossible, "vi")).toBe(
      '[DK-TUOI] Mục II.2: ô "Ngày sinh" ghi "31/02/1992": tháng 2 không có ngày 31 (tháng 2/1992 có 29 ngày)',
    );
    const year = check({ "Ngày sinh": "12/03/0090" });
    expect(year.status).toBe("missingData");
    expect(year.age).toBeUndefined();
    expect(reasonLines(year, "vi")).toBe(
      '[DK-TUOI] Mục II.2: ô "Ngày sinh" ghi "12/03/0090": năm 0090 nằm ngoài khoảng 1900–2100, hãy kiểm tra lại năm',
    );
    expect(reasonLines(check({ "Ngày sinh": "1990" }), "vi")).toBe(
      '[DK-TUOI] Mục II.2: ô "Ngày sinh" ghi "1990", không đọc được (nhập một ngày dạng dd/mm/yyyy)',
    );
    const future = check({ "Ngày sinh": "05/05/2020" });
    expect(future.status).toBe("missingData");
    expect(reasonLines(future, "vi")).toContain("ngày sinh 05/05/2020 sau ngày xét 01/01/2019");
  });
});

describe("DK-XEPLOAI: completed duties well in the years before the reference year", () => {
  it("looks at the year before the reference year only (N = 1)", () => {
    expect(check({ "Xếp loại 2017": "Không hoàn thành nhiệm vụ" }).status).toBe("eligible");
    const r = check({ "Xếp loại 2018": "Hoàn thành nhiệm vụ" });
    expect(r.status).toBe("notEligible");
    expect(reasonLines(r, "vi")).toBe(
      '[DK-XEPLOAI] Mục II.2: ô "Xếp loại 2018" ghi "Hoàn thành nhiệm vụ", chưa đạt Hoàn thành tốt nhiệm vụ',
    );
    expect(check({ "Xếp loại 2018": "HTXSNV" }).status).toBe("eligible");
  });

  it("looks at N years with the Số năm xếp loại setting, listing each year that fails", () => {
    const settings = { ...DEFAULT_SETTINGS, ratingYears: 2 };
    const r = check(
      { "Xếp loại 2017": "KHTNV", "Xếp loại 2018": "Hoàn thành nhiệm vụ" },
      ON,
      settings,
    );
    expect(reasonLines(r, "vi")).toBe(
      '[DK-XEPLOAI] Mục II.2: ô "Xếp loại 2017" ghi "Không hoàn thành nhiệm vụ", chưa đạt Hoàn thành tốt nhiệm vụ; ô "Xếp loại 2018" ghi "Hoàn thành nhiệm vụ", chưa đạt Hoàn thành tốt nhiệm vụ',
    );
  });

  it("names a missing Xếp loại column and a blank or unreadable rating", () => {
    // A roster kept before 2019 ratings existed: no "Xếp loại 2019" column at all.
    const before2019 = HEADER.filter((h) => h !== "Xếp loại 2019");
    const r2020 = checkEligibility(cadre({}, before2019), dayOf(2020, 3, 1), DEFAULT_SETTINGS);
    expect(r2020.status).toBe("missingData");
    expect(reasonLines(r2020, "vi")).toBe(
      '[DK-XEPLOAI] Mục II.2: không có cột "Xếp loại 2019" (cần xếp loại năm 2019)',
    );
    expect(reasonLines(check({ "Xếp loại 2018": "" }), "vi")).toBe(
      '[DK-XEPLOAI] Mục II.2: ô "Xếp loại 2018" trống',
    );
    expect(reasonLines(check({ "Xếp loại 2018": "Giỏi" }), "vi")).toContain(
      'ô "Xếp loại 2018" ghi "Giỏi": không có trong danh sách (chọn một trong: Hoàn thành xuất sắc nhiệm vụ,',
    );
  });
});

describe("DK-KYLUAT: not under a sanction or review on the reference date", () => {
  it("passes when the sanction ended the day before the reference date, fails when it ends that day", () => {
    expect(check({ "Kỷ luật đến ngày": dateCell(2018, 12, 31) }).status).toBe("eligible");
    const r = check({ "Kỷ luật đến ngày": dateCell(2019, 1, 1) });
    expect(r.status).toBe("notEligible");
    expect(reasonLines(r, "vi")).toBe(
      '[DK-KYLUAT] Mục II.2: đang trong thời gian thi hành kỷ luật ("Kỷ luật đến ngày" 01/01/2019, ngày xét 01/01/2019)',
    );
  });

  it("fails a cadre under disciplinary review; blank means no", () => {
    expect(codes(check({ "Đang xem xét kỷ luật": "Có" }))).toEqual(["DK-KYLUAT"]);
    expect(check({ "Đang xem xét kỷ luật": "Không" }).status).toBe("eligible");
    expect(check({ "Đang xem xét kỷ luật": "" }).status).toBe("eligible");
  });

  it("lists both the sanction and the review in one line", () => {
    const r = check({ "Kỷ luật đến ngày": "30/06/2019", "Đang xem xét kỷ luật": "x" });
    expect(r.reasons).toHaveLength(1);
    expect(reasonLines(r, "vi")).toBe(
      '[DK-KYLUAT] Mục II.2: đang trong thời gian thi hành kỷ luật ("Kỷ luật đến ngày" 30/06/2019, ngày xét 01/01/2019); đang bị xem xét kỷ luật (Đang xem xét kỷ luật: Có)',
    );
  });
});

describe("DK-NU: a woman not pregnant and not raising a child under 24 months", () => {
  const woman = { "Giới tính": "Nữ" };

  it("passes when the youngest child is exactly 24 months old", () => {
    const r = check({ ...woman, "Ngày sinh con nhỏ nhất": dateCell(2017, 1, 1) });
    expect(r.status).toBe("eligible");
    expect(outcome(r, "DK-NU")).toBe("pass");
  });

  it("fails a day earlier, naming the child's age and the first day she qualifies", () => {
    const r = check({ ...woman, "Ngày sinh con nhỏ nhất": dateCell(2017, 1, 2) });
    expect(r.status).toBe("notEligible");
    expect(formatDay(r.qualifiesFrom!)).toBe("02/01/2019");
    expect(reasonLines(r, "vi")).toBe(
      '[DK-NU] Mục II.2: nuôi con nhỏ dưới 24 tháng (con nhỏ nhất 23 tháng tuổi vào ngày 01/01/2019; "Ngày sinh con nhỏ nhất" 02/01/2017); đủ điều kiện từ ngày 02/01/2019',
    );
  });

  it("fails a pregnant woman; blank pregnancy and child cells mean no", () => {
    expect(codes(check({ ...woman, "Đang mang thai": "Có" }))).toEqual(["DK-NU"]);
    expect(check({ ...woman, "Đang mang thai": "", "Ngày sinh con nhỏ nhất": "" }).status).toBe(
      "eligible",
    );
  });

  it("does not apply to a man, even with the pregnancy and child columns filled", () => {
    const r = check({
      "Giới tính": "Nam",
      "Đang mang thai": "Có",
      "Ngày sinh con nhỏ nhất": dateCell(2018, 6, 1),
    });
    expect(r.status).toBe("eligible");
    expect(outcome(r, "DK-NU")).toBe("notApplicable");
    expect(r.reasons).toEqual([]);
  });

  it("warns, without changing the status, that a man is recorded as pregnant", () => {
    const r = check({ "Giới tính": "Nam", "Đang mang thai": "Có" });
    expect(r.status).toBe("eligible");
    expect(r.warnings.map((w) => w.text.vi)).toEqual([
      '[DK-NU] Mục II.2: lưu ý, hai ô mâu thuẫn: ô "Đang mang thai" ghi Có nhưng ô "Giới tính" ghi Nam; hãy kiểm tra lại một trong hai ô (kết quả không đổi)',
    ]);
    // The Lý do cell ends with the warning.
    expect(reasonLines(r, "vi")).toContain("hai ô mâu thuẫn");
    expect(check({ "Giới tính": "Nam", "Đang mang thai": "Không" }).warnings).toEqual([]);
  });

  it("warns that a youngest child is born before the cadre, keeping the status the rules give", () => {
    const r = check({
      "Giới tính": "Nữ",
      "Ngày sinh": dateCell(1990, 3, 15),
      "Ngày sinh con nhỏ nhất": dateCell(1989, 1, 1),
    });
    expect(r.status).toBe("eligible");
    expect(r.warnings.map((w) => w.text.vi)).toEqual([
      '[DK-NU] Mục II.2: lưu ý, hai ô mâu thuẫn: ô "Ngày sinh con nhỏ nhất" ghi 01/01/1989, không sau ô "Ngày sinh" của cán bộ (15/03/1990); hãy kiểm tra lại (kết quả không đổi)',
    ]);
    const failing = check({
      "Giới tính": "Nữ",
      "Đang mang thai": "Có",
      "Ngày sinh con nhỏ nhất": dateCell(1989, 1, 1),
    });
    expect(failing.status).toBe("notEligible");
    expect(failing.warnings).toHaveLength(1);
  });

  it("needs the gender to decide whether DK-NU applies", () => {
    const r = check({ "Giới tính": "" });
    expect(r.status).toBe("missingData");
    expect(codes(r)).toEqual(["DK-NU"]);
    expect(check({ "Giới tính": "Khác" }).status).toBe("missingData");
  });

  it("follows the Con nhỏ dưới (tháng) setting", () => {
    const settings = { ...DEFAULT_SETTINGS, youngChildMonths: 36 };
    const r = check({ ...woman, "Ngày sinh con nhỏ nhất": dateCell(2017, 1, 1) }, ON, settings);
    expect(r.status).toBe("notEligible");
    expect(formatDay(r.qualifiesFrom!)).toBe("01/01/2020");
  });
});

describe("statuses: the first that applies wins, and every reason is listed", () => {
  it("Không đủ điều kiện beats Thiếu dữ liệu, and both the failure and the missing data are listed", () => {
    const r = check({ "Biên chế": "Không", "Phẩm chất": "" });
    expect(r.status).toBe("notEligible");
    expect(codes(r)).toEqual(["DK-BIENCHE", "DK-PHAMCHAT"]);
  });

  it("Thiếu dữ liệu beats Cần BTV xem xét", () => {
    const r = check({ "Đối tượng": "Ngoại lệ", "Quy hoạch chức danh": "", "Ngày sinh": "" });
    expect(r.status).toBe("missingData");
    expect(codes(r)).toEqual(["DT-NL", "DK-TUOI"]);
  });

  it("Không đủ điều kiện beats Cần BTV xem xét", () => {
    const r = check({ "Đối tượng": "Ngoại lệ", "Quy hoạch chức danh": "", "Biên chế": "Không" });
    expect(r.status).toBe("notEligible");
    expect(codes(r)).toEqual(["DT-NL", "DK-BIENCHE"]);
  });

  it("lists every failing rule, one line per code, in the plan's order", () => {
    const r = check({
      "Quy hoạch chức danh": "",
      "Biên chế": "Không",
      "Phẩm chất": "Chưa tốt",
      "Đảng viên": "Không",
      "Ngày sinh": dateCell(1980, 1, 1),
      "Xếp loại 2018": "KHTNV",
      "Kỷ luật đến ngày": dateCell(2020, 1, 1),
    });
    expect(codes(r)).toEqual([
      "DT",
      "DK-BIENCHE",
      "DK-PHAMCHAT",
      "DK-DANG",
      "DK-TUOI",
      "DK-XEPLOAI",
      "DK-KYLUAT",
    ]);
    expect(reasonLines(r, "vi").split("\n")).toHaveLength(7);
  });

  it("a duplicate Mã CB makes both rows Thiếu dữ liệu, naming the other row", () => {
    const values = [
      [...HEADER],
      HEADER.map((h) =>
        h === "Họ và tên" ? "Người Một" : (cadre().cells[HEADER.indexOf(h)] ?? ""),
      ),
      HEADER.map((h) =>
        h === "Họ và tên" ? "Người Hai" : (cadre().cells[HEADER.indexOf(h)] ?? ""),
      ),
    ];
    const table = readRoster(values, VN_OFFSET);
    const checked = checkRoster(table, ON, DEFAULT_SETTINGS);
    expect(checked.map((c) => c.result.status)).toEqual(["missingData", "missingData"]);
    expect(reasonLines(checked[0]!.result, "vi")).toBe(
      '[MA-CB] Mã CB "CB100" trùng với dòng 3; mỗi cán bộ cần một mã riêng',
    );
    expect(reasonLines(checked[1]!.result, "vi")).toBe(
      '[MA-CB] Mã CB "CB100" trùng với dòng 2; mỗi cán bộ cần một mã riêng',
    );
  });

  it("a blank Mã CB or Họ và tên is missing data", () => {
    expect(codes(check({ "Mã CB": "" }))).toEqual(["MA-CB"]);
    expect(codes(check({ "Họ và tên": "" }))).toEqual(["HO-TEN"]);
    expect(check({ "Họ và tên": "" }).status).toBe("missingData");
  });
});

describe("reasons in the user's language", () => {
  it("writes English reasons for a non-Vietnamese locale, keeping the sheet's words", () => {
    const r = check({ "Giới tính": "Nữ", "Đang mang thai": "Có", "Biên chế": "" });
    expect(reasonLines(r, "en")).toBe(
      [
        '[DK-BIENCHE] Section II.2: "Biên chế" (On payroll) is blank',
        "[DK-NU] Section II.2: pregnant (Đang mang thai: Có)",
      ].join("\n"),
    );
  });
});

describe("the sample roster (tests/fixtures/roster-sample.ts)", () => {
  const values = toValues(rosterSampleValues());
  const { y, m, d } = ROSTER_SAMPLE_REFERENCE_DATE;
  const checked = checkRoster(readRoster(values, VN_OFFSET), dayOf(y, m, d), DEFAULT_SETTINGS);

  it("covers every status, every condition failing and every condition lacking data", () => {
    const counts = countStatuses(checked);
    for (const n of Object.values(counts)) expect(n).toBeGreaterThan(0);
    for (const code of CONDITION_CODES) {
      expect(
        checked.some((c) =>
          c.result.conditions.some((x) => x.code === code && x.outcome === "fail"),
        ),
      ).toBe(true);
      expect(
        checked.some((c) =>
          c.result.conditions.some((x) => x.code === code && x.outcome === "missing"),
        ),
      ).toBe(true);
    }
    expect(ROSTER_SAMPLE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(ROSTER_SAMPLE.map((c, i) => [c.cells["Mã CB"], c.about, i] as const))(
    "%s: %s",
    (_id, _about, i) => {
      const sample = ROSTER_SAMPLE[i]!;
      const { result } = checked[i]!;
      expect(ROSTER_STATUS[result.status].vi).toBe(sample.expected);
      expect(result.reasons.map((r) => r.code)).toEqual(sample.codes);
      for (const reason of result.reasons) {
        const section = reason.section ? ` Mục ${reason.section}:` : "";
        expect(reason.text.vi.startsWith(`[${reason.code}]${section} `)).toBe(true);
      }
    },
  );
});
