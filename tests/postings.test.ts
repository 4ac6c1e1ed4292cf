import { describe, expect, it } from "vitest";
import { reportDueOf } from "../src/app/postings";
import { type Day, dayOf, formatDay } from "../src/core/dates";
import { pick } from "../src/core/i18n";
import {
  checkPostings,
  type PostingResult,
  postingRowReader,
  readPostings,
} from "../src/core/postings";
import { readRoster } from "../src/core/roster";
import { DEFAULT_SETTINGS, type Settings } from "../src/core/settings";
import { postingsHeader } from "./fixtures/headers";

const d = (s: string): Day => {
  const [dd, mm, yy] = s.split("/").map(Number);
  return dayOf(yy!, mm!, dd!);
};

const ROSTER_HEADER = [
  "Mã CB",
  "Họ và tên",
  "Giới tính",
  "Ngày sinh",
  "UV BCH chuyên trách",
  "Quy hoạch chức danh",
  "Đối tượng",
  "Quyết định BTV",
  "Biên chế",
  "Đảng viên",
  "Phẩm chất",
  "Xếp loại 2017",
  "Xếp loại 2018",
  "Xếp loại 2019",
  "Xếp loại 2020",
  "Xếp loại 2021",
  "Kỷ luật đến ngày",
  "Đang xem xét kỷ luật",
  "Đang mang thai",
  "Ngày sinh con nhỏ nhất",
];
const good = ["HTTNV", "HTTNV", "HTXSNV", "HTTNV", "HTTNV", "", "", "", ""];
const ROSTER = [
  ROSTER_HEADER,
  // group 1: full-time executive member in planning
  [
    "CB01",
    "Nguyễn Văn An",
    "Nam",
    "12/03/1992",
    "Có",
    "Phó Bí thư Tỉnh đoàn",
    "",
    "",
    "Có",
    "Đảng viên",
    "Tốt",
    ...good,
  ],
  // group 2
  [
    "CB02",
    "Trần Thị Bình",
    "Nữ",
    "05/06/1993",
    "Không",
    "Phó Trưởng ban",
    "",
    "",
    "Có",
    "Đảng viên",
    "Tốt",
    ...good,
  ],
  // group 2, turns 31 on 01/02/2019
  [
    "CB03",
    "Lê Văn Cường",
    "Nam",
    "01/02/1988",
    "Không",
    "Phó Chánh Văn phòng",
    "",
    "",
    "Có",
    "Nguồn phát triển Đảng",
    "Tốt",
    ...good,
  ],
  // exception with a decision
  [
    "CB04",
    "Phạm Thị Dung",
    "Nữ",
    "20/10/1994",
    "Không",
    "",
    "Ngoại lệ",
    "15-QĐ/TĐTN",
    "Có",
    "Đảng viên",
    "Tốt",
    ...good,
  ],
  // exception without a decision
  [
    "CB05",
    "Hoàng Văn Em",
    "Nam",
    "20/10/1994",
    "Không",
    "",
    "Ngoại lệ",
    "",
    "Có",
    "Đảng viên",
    "Tốt",
    ...good,
  ],
  // group 2, not on the payroll
  [
    "CB06",
    "Võ Thị Giang",
    "Nữ",
    "02/02/1995",
    "Không",
    "Phó Trưởng ban",
    "",
    "",
    "Không",
    "Đảng viên",
    "Tốt",
    ...good,
  ],
];

const POSTING_HEADER = postingsHeader(2);
type P = Partial<Record<(typeof POSTING_HEADER)[number], unknown>>;
const posting = (p: P): unknown[] => POSTING_HEADER.map((h) => p[h] ?? "");
const g2 = (id: string, start: string, extra: P = {}): P => ({
  "Mã CB": id,
  "Đơn vị tiếp nhận": "Huyện Tân Biên",
  "Loại đơn vị": "Huyện",
  "Vị trí": "Ủy viên BTV",
  "Ngày bắt đầu": start,
  ...extra,
});

function check(
  rows: P[],
  today = d("01/03/2019"),
  settings: Settings = DEFAULT_SETTINGS,
): PostingResult[] {
  const table = readPostings([POSTING_HEADER, ...rows.map(posting)], 420);
  return checkPostings(table, readRoster(ROSTER, 420), settings, today);
}
const lines = (r: PostingResult) => r.reasons.map((x) => x.text.vi);
const codes = (r: PostingResult) => r.reasons.map((x) => x.code);

describe("VT-1, VT-2, VT-NL: position against the group", () => {
  it("group 1 as Phó Bí thư of a district with the committee's agreement is valid", () => {
    const [r] = check([
      {
        ...g2("CB01", "07/01/2019"),
        "Vị trí": "Phó Bí thư",
        "Cấp ủy thống nhất": "Có",
      },
    ]);
    expect(r!.status).toBe("valid");
    expect(r!.group).toBe(1);
    expect(r!.cadre).toEqual({ id: "CB01", name: "Nguyễn Văn An" });
  });

  it("group 1 at a đoàn trực thuộc, as Ủy viên BTV, without agreement: three VT-1 reasons", () => {
    const [r] = check([
      {
        ...g2("CB01", "07/01/2019"),
        "Đơn vị tiếp nhận": "Đoàn Khối các cơ quan tỉnh",
        "Loại đơn vị": "Đoàn trực thuộc",
        "Cấp ủy thống nhất": "Không",
      },
    ]);
    expect(r!.status).toBe("invalid");
    expect(codes(r!).filter((c) => c === "VT-1")).toHaveLength(3);
    expect(lines(r!).slice(0, 3)).toEqual([
      '[VT-1] Mục III.1: đối tượng 1 đi ở vị trí Phó Bí thư, cột "Vị trí" ghi "Ủy viên BTV"',
      '[VT-1] Mục III.1: đối tượng 1 chỉ đi Đoàn cấp huyện, thành phố, không đi Đoàn trực thuộc (cột "Loại đơn vị" ghi "Đoàn trực thuộc")',
      '[VT-1] Mục III.1: đối tượng 1 cần sự thống nhất của cấp ủy địa phương, cột "Cấp ủy thống nhất" ghi "Không"',
    ]);
  });

  it("a unit type taken from the Đơn vị tab is named with the unit and the tab", () => {
    const table = readPostings(
      [
        POSTING_HEADER,
        posting({
          ...g2("CB01", "07/01/2019"),
          "Đơn vị tiếp nhận": "Đoàn Khối các cơ quan tỉnh",
          "Loại đơn vị": "",
          "Vị trí": "Phó Bí thư",
          "Cấp ủy thống nhất": "Có",
        }),
      ],
      420,
    );
    const units = new Map([["doan khoi cac co quan tinh", "affiliated" as const]]);
    const [r] = checkPostings(table, readRoster(ROSTER, 420), DEFAULT_SETTINGS, d("01/03/2019"), {
      units,
    });
    expect(r!.status).toBe("invalid");
    expect(lines(r!).filter((l) => l.startsWith("[VT"))).toEqual([
      '[VT-1] Mục III.1: đối tượng 1 chỉ đi Đoàn cấp huyện, thành phố, không đi Đoàn trực thuộc (cột "Đơn vị tiếp nhận" ghi "Đoàn Khối các cơ quan tỉnh", loại Đoàn trực thuộc theo tab "Đơn vị")',
    ]);
  });

  it("group 1 with a blank agreement lacks data", () => {
    const [r] = check([
      { ...g2("CB01", "07/01/2019"), "Vị trí": "PBT", "Loại đơn vị": "Thành phố" },
    ]);
    expect(r!.status).toBe("missingData");
    expect(lines(r!)).toContain('[VT-1] Mục III.1: cột "Cấp ủy thống nhất" còn trống');
  });

  it("group 2 as Ủy viên BCH of a đoàn trực thuộc is valid; as Phó Bí thư it is not", () => {
    const [ok, ko] = check([
      g2("CB02", "07/01/2019", { "Loại đơn vị": "Đoàn trực thuộc", "Vị trí": "Ủy viên BCH" }),
      g2("CB06", "07/01/2020", { "Vị trí": "Phó Bí thư" }),
    ]);
    expect(ok!.status).toBe("valid");
    expect(ko!.status).toBe("invalid");
    expect(codes(ko!)).toContain("VT-2");
  });

  it("an exception is flagged for review, and one without a decision lacks data", () => {
    const [withDecision, without] = check([
      g2("CB04", "07/01/2019", {
        "Vị trí": "Phó Bí thư",
        "Số quyết định": "20-QĐ/TĐTN",
        "Cấp ủy thống nhất": "Có",
      }),
      g2("CB05", "07/01/2020"),
    ]);
    expect(withDecision!.status).toBe("valid");
    expect(withDecision!.group).toBe("NL");
    expect(lines(withDecision!).find((l) => l.startsWith("[VT-NL]"))).toContain(
      '[VT-NL] Mục II.1, III.1: trường hợp ngoại lệ: cột "Vị trí" ghi "Phó Bí thư", cột "Loại đơn vị" ghi "Huyện", cột "Số quyết định" ghi "20-QĐ/TĐTN"; cần BTV xem xét vị trí theo quyết định',
    );
    expect(without!.status).toBe("missingData");
    expect(lines(without!).join("\n")).toContain('cần ghi "Quyết định BTV"');
  });

  it("VT-NL: an exception as Phó Bí thư of a Đoàn trực thuộc is not one of the positions above", () => {
    const [r] = check([
      g2("CB04", "07/01/2019", {
        "Đơn vị tiếp nhận": "Đoàn Khối các cơ quan tỉnh",
        "Loại đơn vị": "Đoàn trực thuộc",
        "Vị trí": "Phó Bí thư",
        "Cấp ủy thống nhất": "Có",
        "Số quyết định": "20-QĐ/TĐTN",
      }),
    ]);
    expect(r!.status).toBe("invalid");
    expect(lines(r!).filter((l) => l.startsWith("[VT"))).toEqual([
      '[VT-NL] Mục II.1, III.1: trường hợp ngoại lệ chỉ đi ở các vị trí của mục III.1; Phó Bí thư chỉ ở Đoàn cấp huyện, thành phố, không ở Đoàn trực thuộc (cột "Vị trí" ghi "Phó Bí thư", cột "Loại đơn vị" ghi "Đoàn trực thuộc")',
    ]);
  });

  it("VT-NL: an exception as Phó Bí thư needs the Party committee's agreement, as group 1 does", () => {
    const pbt = { "Vị trí": "Phó Bí thư", "Số quyết định": "20-QĐ/TĐTN" };
    const [refused, blank, agreed, member] = check([
      g2("CB04", "07/01/2019", { ...pbt, "Cấp ủy thống nhất": "Không" }),
      g2("CB04", "07/01/2020", pbt),
      g2("CB04", "07/01/2021", { ...pbt, "Cấp ủy thống nhất": "Có" }),
      g2("CB04", "07/01/2022", { "Vị trí": "Ủy viên BCH", "Số quyết định": "21-QĐ/TĐTN" }),
    ]);
    expect(refused!.status).toBe("invalid");
    expect(lines(refused!)).toContain(
      '[VT-NL] Mục II.1, III.1: vị trí Phó Bí thư cần sự thống nhất của cấp ủy địa phương, cột "Cấp ủy thống nhất" ghi "Không"',
    );
    expect(blank!.status).toBe("missingData");
    expect(lines(blank!)).toContain('[VT-NL] Mục II.1, III.1: cột "Cấp ủy thống nhất" còn trống');
    expect(agreed!.status).toBe("valid");
    expect(codes(agreed!)).toEqual(["VT-NL"]); // flagged for review only
    // Ủy viên BTV / BCH: no agreement needed.
    expect(member!.status).toBe("valid");
  });

  it("English reasons for a non-Vietnamese locale", () => {
    const [r] = check([g2("CB02", "07/01/2019", { "Vị trí": "Phó Bí thư" })]);
    expect(pick("en", r!.reasons[0]!.text)).toBe(
      '[VT-2] Section III.1: group 2 goes as a Standing or Executive Committee member; column "Vị trí" says "Phó Bí thư"',
    );
  });
});

describe("TG-12, TG-Q1, TG-KY: how long and when", () => {
  it("blank months = 12; 11 months fails; 15 and 18 pass", () => {
    const [blank, eleven, fifteen] = check([
      g2("CB02", "07/01/2019"),
      g2("CB02", "07/01/2020", { "Số tháng": 11 }),
      g2("CB02", "07/01/2021", { "Số tháng": "15" }),
    ]);
    expect(blank!.status).toBe("valid");
    expect(formatDay(blank!.end!)).toBe("07/01/2020");
    expect(eleven!.status).toBe("invalid");
    expect(lines(eleven!)).toContain(
      '[TG-12] Mục III.2: cột "Số tháng" ghi 11 tháng, ít hơn tối thiểu 12 tháng (cấu hình "Số tháng tối thiểu")',
    );
    expect(fifteen!.status).toBe("valid");
  });

  it("an end date that disagrees with start + months fails; one that agrees passes", () => {
    const [agrees, disagrees, clamped] = check([
      g2("CB02", "07/01/2019", { "Ngày kết thúc": "07/01/2020" }),
      g2("CB02", "07/01/2020", { "Ngày kết thúc": "31/12/2020" }),
      g2("CB02", "31/03/2021", { "Số tháng": 18, "Ngày kết thúc": "30/09/2022" }),
    ]);
    expect(agrees!.status).toBe("valid");
    expect(disagrees!.status).toBe("invalid");
    expect(lines(disagrees!)).toContain(
      '[TG-12] Mục III.2: cột "Ngày kết thúc" ghi 31/12/2020 nhưng "Ngày bắt đầu" 07/01/2020 + 12 tháng là 07/01/2021 (cột "Số tháng" trống nên tính 12 tháng theo cấu hình "Số tháng tối thiểu")',
    );
    expect(clamped!.status).toBe("valid");
  });

  it("unreadable months or end date: data missing, quoting the cell", () => {
    const [months, end] = check([
      g2("CB02", "07/01/2019", { "Số tháng": "mười hai" }),
      g2("CB02", "07/01/2020", { "Ngày kết thúc": "31/02/2021" }),
    ]);
    expect(months!.status).toBe("missingData");
    expect(lines(months!)).toContain(
      '[TG-12] Mục III.2: cột "Số tháng" ghi "mười hai": không phải một số nguyên từ 0 trở lên',
    );
    expect(end!.status).toBe("missingData");
    expect(lines(end!)).toContain(
      '[TG-12] Mục III.2: cột "Ngày kết thúc" ghi "31/02/2021": tháng 2 không có ngày 31 (tháng 2/2021 có 28 ngày)',
    );
  });

  it("Q1 boundary: 31/03 passes, 01/04 fails", () => {
    const [march, april] = check([g2("CB02", "31/03/2019"), g2("CB02", "01/04/2020")]);
    expect(march!.status).toBe("valid");
    expect(april!.status).toBe("invalid");
    expect(lines(april!)).toEqual(
      expect.arrayContaining([
        '[TG-Q1] Mục III.2: "Ngày bắt đầu" 01/04/2020 thuộc quý II, không trong quý I',
      ]),
    );
  });

  it("plan period: 2017 and 2023 fail, 2018 and 2022 pass", () => {
    const young = { ...DEFAULT_SETTINGS, maxAge: 40 };
    const rs = check(
      [
        g2("CB02", "15/01/2017"),
        g2("CB02", "15/01/2018"),
        g2("CB02", "15/01/2022"),
        g2("CB02", "15/01/2023"),
      ],
      d("01/03/2019"),
      young,
    );
    expect(rs.map((r) => codes(r).includes("TG-KY"))).toEqual([true, false, false, true]);
    expect(lines(rs[0]!)).toContain(
      '[TG-KY] Tên kế hoạch (giai đoạn 2018 – 2022): "Ngày bắt đầu" 15/01/2017, năm 2017 ngoài giai đoạn của kế hoạch',
    );
    expect(pick("en", rs[3]!.reasons.find((r) => r.code === "TG-KY")!.text)).toBe(
      '[TG-KY] Plan title (period 2018 – 2022): "Ngày bắt đầu" (Start date) 15/01/2023, the year 2023 is outside the plan period',
    );
  });

  it("plan period: cites the years of the settings, e.g. the next plan 2023 – 2027", () => {
    const next = { ...DEFAULT_SETTINGS, maxAge: 40, planFirstYear: 2023, planLastYear: 2027 };
    const [before, within] = check(
      [g2("CB02", "15/01/2022"), g2("CB02", "15/01/2023")],
      d("01/03/2019"),
      next,
    );
    expect(lines(before!)).toContain(
      '[TG-KY] Tên kế hoạch (giai đoạn 2023 – 2027): "Ngày bắt đầu" 15/01/2022, năm 2022 ngoài giai đoạn của kế hoạch',
    );
    expect(codes(within!)).not.toContain("TG-KY");
  });

  it("29 February and 31 March starts keep their calendar", () => {
    const [leap, march] = check([
      g2("CB02", "29/02/2020"),
      g2("CB02", "31/03/2021", { "Số tháng": 12 }),
    ]);
    expect(leap!.status).toBe("valid");
    expect(formatDay(leap!.end!)).toBe("28/02/2021");
    expect(formatDay(leap!.nextDue!)).toBe("29/08/2020");
    expect(formatDay(march!.end!)).toBe("31/03/2022");
    expect(formatDay(march!.nextDue!)).toBe("30/09/2021");
  });
});

describe("SL-2: at most 2 start a year", () => {
  it("three the same year: the latest start is flagged", () => {
    const rs = check([
      g2("CB02", "20/03/2019"),
      g2("CB04", "07/01/2019"),
      g2("CB06", "15/02/2019"),
    ]);
    expect(rs.map((r) => codes(r).includes("SL-2"))).toEqual([true, false, false]);
    expect(lines(rs[0]!)).toContain(
      '[SL-2] Mục VI.3.1: đợt thứ 3 bắt đầu trong năm 2019 ("Ngày bắt đầu" 20/03/2019), vượt tối đa 2 cán bộ/năm (đã có dòng 3 bắt đầu 07/01/2019, dòng 4 bắt đầu 15/02/2019)',
    );
  });

  it("same start date: row order decides", () => {
    const rs = check([
      g2("CB02", "07/01/2019"),
      g2("CB04", "07/01/2019"),
      g2("CB06", "07/01/2019"),
    ]);
    expect(rs.map((r) => codes(r).includes("SL-2"))).toEqual([false, false, true]);
  });

  it("other years do not count, and the setting changes the quota", () => {
    const rows = [g2("CB02", "07/01/2019"), g2("CB04", "07/01/2019"), g2("CB06", "07/01/2020")];
    expect(check(rows).some((r) => codes(r).includes("SL-2"))).toBe(false);
    const one = { ...DEFAULT_SETTINGS, maxPerYear: 1 };
    expect(check(rows, d("01/03/2019"), one).map((r) => codes(r).includes("SL-2"))).toEqual([
      false,
      true,
      false,
    ]);
  });
});

describe("SL-2 counts only postings whose start can be read", () => {
  it("an unreadable start is missing data and does not take a place in the quota", () => {
    const rs = check([
      g2("CB02", "07/01/2019"),
      g2("CB04", "mùng 7 tết"),
      g2("CB06", "07/02/2019"),
    ]);
    expect(rs.map((r) => codes(r).includes("SL-2"))).toEqual([false, false, false]);
    expect(rs[1]!.status).toBe("missingData");
    expect(lines(rs[1]!)).toContain(
      '[TG] Mục III.2: cột "Ngày bắt đầu" không đọc được: "mùng 7 tết"',
    );
  });
});

describe("CB-DK: the cadre meets II.2 on the start date", () => {
  it("a Mã CB found on two roster rows lacks data, naming the rows", () => {
    const roster = readRoster([...ROSTER, [...ROSTER[2]!]], 420);
    const table = readPostings([POSTING_HEADER, posting(g2("CB02", "07/01/2019"))], 420);
    const [r] = checkPostings(table, roster, DEFAULT_SETTINGS, d("01/03/2019"));
    expect(r!.status).toBe("missingData");
    expect(lines(r!)[0]).toMatch(
      /^\[CB-DK\] Mục II\.2: Mã CB "CB02" vào ngày bắt đầu 07\/01\/2019: \[MA-CB\]/,
    );
  });

  it("an unknown cadre fails", () => {
    const [r] = check([g2("CB99", "07/01/2019")]);
    expect(r!.status).toBe("invalid");
    expect(lines(r!)).toContain('[CB-DK] Mục II.2: Mã CB "CB99" không có trong tab "Cán bộ"');
  });

  it("the age is judged on the start date, quoting the eligibility reason", () => {
    const [before, after] = check([g2("CB03", "31/01/2019"), g2("CB03", "01/02/2020")]);
    expect(before!.status).toBe("valid");
    expect(after!.status).toBe("invalid");
    const line = lines(after!).find((l) => l.startsWith("[CB-DK]"))!;
    expect(line).toMatch(
      /^\[CB-DK\] Mục II\.2: Mã CB "CB03" vào ngày bắt đầu 01\/02\/2020: \[DK-TUOI\]/,
    );
  });

  it("a cadre off the payroll fails with DK-BIENCHE quoted", () => {
    const [r] = check([g2("CB06", "07/01/2019")]);
    expect(r!.status).toBe("invalid");
    expect(lines(r!).join("\n")).toContain("[DK-BIENCHE]");
  });

  it("a missing cadre ID or start date lacks data", () => {
    const [noId, noStart] = check([g2("", "07/01/2019"), g2("CB02", "")]);
    expect(noId!.status).toBe("missingData");
    expect(lines(noId!)).toContain('[CB-DK] Mục II.2: cột "Mã CB" còn trống');
    expect(noStart!.status).toBe("missingData");
    expect(lines(noStart!)).toContain('[TG] Mục III.2: cột "Ngày bắt đầu" còn trống');
    expect(noStart!.nextDue).toBeUndefined();
  });
});

describe("reports and duties of a posting", () => {
  it("Hạn báo cáo tới and Tình trạng against today; every duty not done is an open task", () => {
    const [r] = check(
      [
        g2("CB01", "07/01/2019", {
          "Vị trí": "Phó Bí thư",
          "Cấp ủy thống nhất": "Có",
          "Chuyển sinh hoạt Đảng": "20/01/2019",
          "Báo cáo 6 tháng lần 1": "01/07/2019",
        }),
      ],
      d("01/02/2020"),
    );
    expect(r!.status).toBe("valid");
    expect(formatDay(r!.nextDue!)).toBe("07/01/2020");
    expect(r!.state).toEqual({ kind: "overdue", days: 25 });
    // Lý do keeps the rules: the overdue duties are open tasks, apart from the validity.
    expect(r!.reasons).toEqual([]);
    expect(r!.openTasks.map((t) => t.text.vi)).toEqual([
      "Quá hạn 360 ngày: Chuyển sinh hoạt Đoàn (SH-DOAN), hạn 06/02/2019",
      "Quá hạn 209 ngày: Nhận xét 6 tháng lần 1 của đơn vị tiếp nhận (NX-6T), hạn 07/07/2019",
      "Quá hạn 25 ngày: Báo cáo kết thúc (BC-KT), hạn 07/01/2020",
      "Quá hạn 25 ngày: Nhận xét kết thúc của Ban Thường vụ đơn vị tiếp nhận (NX-KT), hạn 07/01/2020",
      "Quá hạn 25 ngày: Trao đổi với cấp ủy địa phương về đánh giá cán bộ (TD-CU), hạn 07/01/2020",
      "Hạn 06/02/2020: Quyết toán kinh phí (QT-KP)",
    ]);
    expect(formatDay(r!.nextTask!)).toBe("06/02/2019");
  });

  it("all reports in: complete; an unreadable done cell counts as done but lacks data", () => {
    const [r] = check(
      [
        g2("CB02", "07/01/2019", {
          "Chuyển sinh hoạt Đảng": "10/01/2019",
          "Chuyển sinh hoạt Đoàn": "10/01/2019",
          "Báo cáo 6 tháng lần 1": "01/07/2019",
          "Nhận xét 6 tháng lần 1": "01/07/2019",
          "Báo cáo kết thúc": "đã nộp",
          "Nhận xét kết thúc": "05/01/2020",
          "Quyết toán kinh phí": "15/01/2020",
        }),
      ],
      d("01/06/2020"),
    );
    expect(r!.nextDue).toBeUndefined();
    expect(r!.state).toEqual({ kind: "complete" });
    expect(r!.status).toBe("missingData");
    expect(lines(r!)).toEqual([
      '[BC-KT] Mục VI: cột "Báo cáo kết thúc" không đọc được ngày: "đã nộp" (vẫn tính là đã xong)',
    ]);
  });
});

describe("done dates that cannot be right", () => {
  it("a report dated after today or before the start is a note to check; it counts as done, the status is kept", () => {
    const [r] = check(
      [
        g2("CB02", "07/01/2019", {
          "Chuyển sinh hoạt Đảng": "01/01/2019",
          "Chuyển sinh hoạt Đoàn": "10/01/2019",
          "Báo cáo 6 tháng lần 1": "01/07/2091",
          "Nhận xét 6 tháng lần 1": "01/07/2018",
        }),
      ],
      d("10/07/2019"),
    );
    expect(r!.status).toBe("valid");
    expect(lines(r!)).toEqual([
      '[BC-6T] Mục VI.1: lưu ý, cột "Báo cáo 6 tháng lần 1" ghi 01/07/2091, sau hôm nay (10/07/2019); hãy kiểm tra lại (vẫn tính là đã xong)',
      '[NX-6T] Mục VI.2: lưu ý, cột "Nhận xét 6 tháng lần 1" ghi 01/07/2018, trước "Ngày bắt đầu" 07/01/2019; hãy kiểm tra lại (vẫn tính là đã xong)',
    ]);
    // A membership moved a few days before the start is normal: no note for SH-DANG.
    expect(codes(r!)).not.toContain("SH-DANG");
    expect(r!.duties.find((x) => x.duty.code === "BC-6T")?.state).toBe("done");
  });
});

describe("reading the tab", () => {
  it("skips blank rows, keeps sheet row numbers, reports missing columns", () => {
    const table = readPostings(
      [
        ["Mã CB", "Ngày bắt đầu"],
        ["", ""],
        ["CB02", "07/01/2019"],
      ],
      420,
    );
    expect(table.rows.map((r) => r.row)).toEqual([3]);
    expect(table.missingRequired).toEqual([]);
    expect(table.problems.some((p) => p.vi.includes('"Vị trí"'))).toBe(true);
    expect(readPostings([["Đơn vị tiếp nhận"]], 420).missingRequired).toEqual(["cadreId", "start"]);
  });

  it("finds columns by English alias and in any order", () => {
    const table = readPostings(
      [
        ["Start date", "CADRE ID", "cadre report 1"],
        ["07/01/2019", "CB02", "01/07/2019"],
      ],
      420,
    );
    const row = table.rows[0]!;
    expect(row.cadreId).toEqual({ kind: "value", value: "CB02" });
    expect(row.done.get("Báo cáo 6 tháng lần 1")).toEqual({
      kind: "value",
      value: d("01/07/2019"),
    });
  });
});

describe("TG-12: a blank Số tháng is the Số tháng tối thiểu setting", () => {
  const eighteen: Settings = { ...DEFAULT_SETTINGS, minMonths: 18 };

  it("under a minimum of 18 months a blank-months posting lasts 18 months and passes TG-12", () => {
    const [blank, twelve] = check(
      [g2("CB02", "07/01/2019"), g2("CB02", "07/01/2020", { "Số tháng": 12 })],
      d("01/03/2019"),
      eighteen,
    );
    expect(blank!.status).toBe("valid");
    expect(codes(blank!)).not.toContain("TG-12");
    expect(formatDay(blank!.end!)).toBe("07/07/2020");
    expect(
      blank!.duties.filter((s) => s.duty.code === "BC-6T").map((s) => formatDay(s.duty.due)),
    ).toEqual(["07/07/2019", "07/01/2020"]);
    expect(twelve!.status).toBe("invalid");
    expect(lines(twelve!)).toContain(
      '[TG-12] Mục III.2: cột "Số tháng" ghi 12 tháng, ít hơn tối thiểu 18 tháng (cấu hình "Số tháng tối thiểu")',
    );
  });

  it("an end date is checked against start + the setting's months when Số tháng is blank", () => {
    const [r] = check(
      [g2("CB02", "07/01/2019", { "Ngày kết thúc": "07/01/2020" })],
      d("01/03/2019"),
      eighteen,
    );
    expect(r!.status).toBe("invalid");
    expect(lines(r!)).toContain(
      '[TG-12] Mục III.2: cột "Ngày kết thúc" ghi 07/01/2020 nhưng "Ngày bắt đầu" 07/01/2019 + 18 tháng là 07/07/2020 (cột "Số tháng" trống nên tính 18 tháng theo cấu hình "Số tháng tối thiểu")',
    );
  });

  it("=REPORT_DUE's row helper uses the setting too: the final report of a blank-months row is due at 18 months", () => {
    const reader = postingRowReader(POSTING_HEADER);
    const cells = posting(
      g2("CB02", "07/01/2019", {
        "Báo cáo 6 tháng lần 1": "07/07/2019",
        "Báo cáo 6 tháng lần 2": "07/01/2020",
      }),
    );
    expect(reportDueOf(reader, cells, eighteen, 420)).toBe(d("07/07/2020"));
    expect(reportDueOf(reader, cells, DEFAULT_SETTINGS, 420)).toBe(d("07/01/2020"));
    const bad = posting(g2("CB02", "07/01/2019", { "Số tháng": "mười tám" }));
    expect(reportDueOf(reader, bad, eighteen, 420)).toMatchObject({
      vi: '"Số tháng" không đọc được: "mười tám"; hãy nhập số tháng (để trống = 18, theo cấu hình "Số tháng tối thiểu").',
    });
  });
});

describe("TG-TD: Số tháng within the range of the settings (12–36 by default)", () => {
  it("36 months passes; 37 and a typo's 1200 fail, naming the column, the value, the range and the setting", () => {
    const [thirtySix, thirtySeven, typo] = check([
      g2("CB02", "07/01/2019", { "Số tháng": 36 }),
      g2("CB02", "07/01/2020", { "Số tháng": 37 }),
      g2("CB02", "07/01/2021", { "Số tháng": "1200" }),
    ]);
    expect(thirtySix!.status).toBe("valid");
    expect(formatDay(thirtySix!.end!)).toBe("07/01/2022");
    expect(thirtySeven!.status).toBe("invalid");
    expect(lines(thirtySeven!)).toEqual([
      '[TG-TD] cột "Số tháng" ghi 37 tháng, ngoài khoảng cho phép 12–36 tháng (cấu hình "Số tháng tối đa")',
    ]);
    expect(typo!.status).toBe("invalid");
    expect(typo!.reasons.map((r) => r.text.en)).toEqual([
      '[TG-TD] column "Số tháng" says 1200 months, outside the allowed 12–36 months (the "Maximum months" setting)',
    ]);
  });

  it("follows the settings: a maximum of 48 lets 48 months pass, a minimum of 18 names its own range", () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, minMonths: 18, maxMonths: 48 };
    const [fortyEight, fortyNine] = check(
      [g2("CB02", "07/01/2019", { "Số tháng": 48 }), g2("CB02", "07/01/2020", { "Số tháng": 49 })],
      d("01/03/2019"),
      settings,
    );
    expect(fortyEight!.status).toBe("valid");
    expect(lines(fortyNine!)).toEqual([
      '[TG-TD] cột "Số tháng" ghi 49 tháng, ngoài khoảng cho phép 18–48 tháng (cấu hình "Số tháng tối đa")',
    ]);
  });
});

describe("a date cell quoted in a posting's reason", () => {
  it("is the day the user sees (dd/mm/yyyy in the spreadsheet's zone)", () => {
    // 07/01/2019 at local midnight in UTC+7, typed into "Số tháng" and into a report column.
    const cell = new Date(Date.UTC(2019, 0, 6, 17, 0));
    const [r] = check([g2("CB02", "07/01/2019", { "Số tháng": cell })]);
    expect(r!.status).toBe("missingData");
    expect(lines(r!)).toContain(
      '[TG-12] Mục III.2: cột "Số tháng" ghi "07/01/2019": không phải một số nguyên từ 0 trở lên',
    );
  });
});
