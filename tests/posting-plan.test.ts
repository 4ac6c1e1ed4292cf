/**
 * "Lập kế hoạch cử…" (plan VI.3.1 with II and III): the sample's plan, the order of choice
 * (earliest deadline first, then planned title, then the roster's order), seats and quotas
 * taken by recorded postings, and the reasons in plain Vietnamese.
 */
import { describe, expect, it } from "vitest";
import { dayOf, formatDay } from "../src/core/dates";
import {
  planChanges,
  planLines,
  planPostings,
  type RecordedPosting,
  recordedPostings,
} from "../src/core/posting-plan";
import { checkPostings, readPostings } from "../src/core/postings";
import { idKey, readRoster } from "../src/core/roster";
import { DEFAULT_SETTINGS, type Settings } from "../src/core/settings";
import { readUnits } from "../src/core/units";
import { rosterHeader, rosterRow } from "./fixtures/headers";
import { postingsSampleValues } from "./fixtures/postings-sample";
import { toValues, VN_OFFSET } from "./fixtures/roster-cells";
import { rosterSampleValues } from "./fixtures/roster-sample";
import { unitsSampleValues } from "./fixtures/units-sample";

// ------------------------------------------------------------------ the sample

const roster = readRoster(toValues(rosterSampleValues()), VN_OFFSET);
const postingsTable = readPostings(toValues(postingsSampleValues()), VN_OFFSET);
const units = readUnits(unitsSampleValues());
const recorded = recordedPostings(
  postingsTable,
  checkPostings(postingsTable, roster, DEFAULT_SETTINGS, dayOf(2021, 6, 15)),
);

function samplePlan(asOf = dayOf(2019, 1, 1), settings: Settings = DEFAULT_SETTINGS) {
  return planPostings({
    roster,
    postings: recorded,
    postingsTab: "Đợt cử đi",
    units,
    settings,
    asOf,
  });
}

const reasonOf = (plan: ReturnType<typeof samplePlan>, id: string) =>
  plan.unplaced.find((u) => u.cadre.id === id)?.reason.vi;

describe("the sample's plan, as of its Ngày xét (01/01/2019)", () => {
  const plan = samplePlan();

  it("plans the years 2019–2022, each year's quota less the postings that stand", () => {
    expect(plan.years.map((y) => [y.year, y.quota])).toEqual([
      [2019, 0], // CB007 and CB014 stand; CB016, the third, breaks SL-2 and does not count
      [2020, 1], // CB021 stands; CB010 goes as Phó Bí thư of group 2 (VT-2) and does not count
      [2021, 2],
      [2022, 2],
    ]);
  });

  it("sends first those who age out first, then group 1 to the one Phó Bí thư seat", () => {
    expect(
      plan.planned.map((p) => [
        p.year,
        p.cadre.id,
        p.position,
        p.unit.name,
        formatDay(p.startFrom),
        formatDay(p.startBy),
      ]),
    ).toEqual([
      [2020, "CB008", "standingMember", expect.any(String), "01/01/2020", "31/03/2020"],
      [2021, "CB015", "standingMember", expect.any(String), "01/01/2021", "14/03/2021"],
      [2021, "CB018", "standingMember", expect.any(String), "01/01/2021", "14/03/2021"],
      [2022, "CB039", "deputySecretary", "Thành đoàn Tây Ninh", "01/01/2022", "31/03/2022"],
      [2022, "CB040", "standingMember", expect.any(String), "01/01/2022", "31/03/2022"],
    ]);
    // Three units, none of them the one CB021's recorded posting went to.
    const unitsUsed = new Set(plan.planned.map((p) => p.unit.name));
    expect(unitsUsed.size).toBe(5);
  });

  it("says why, in the plan's words: the deadline, the quarter, the seat", () => {
    const cb015 = plan.planned.find((p) => p.cadre.id === "CB015")!;
    expect(cb015.why.vi.split("\n")).toEqual([
      "[KH-UT] Mục VI.3.1: thứ tự xét 4/9: đủ điều kiện đến 14/03/2021 (quá 30 tuổi từ ngày 15/03/2021); có thể cử các năm 2020, 2021",
      "[TG-Q1] Mục III.2: bắt đầu trong quý I/2021, từ 01/01/2021 đến 14/03/2021 (quá 30 tuổi từ ngày 15/03/2021)",
      `[VT-2] Mục III.1: đối tượng 2 đi Ủy viên BTV ${cb015.unit.name}`,
    ]);
    const cb039 = plan.planned.find((p) => p.cadre.id === "CB039")!;
    expect(cb039.why.vi).toContain(
      "[VT-1] Mục III.1: đối tượng 1 đi Phó Bí thư Thành đoàn Tây Ninh; cần sự thống nhất của cấp ủy địa phương",
    );
    expect(cb039.why.en).toContain("group 1 goes as Phó Bí thư Thành đoàn Tây Ninh");
  });

  it("lists who cannot be placed, with the years that were full or had no seat", () => {
    expect(reasonOf(plan, "CB003")).toBe(
      '[KH-UT] Mục VI.3.1: thứ tự xét 1: đủ điều kiện đến 01/01/2019; các năm có thể cử đều đã kín\n[KH-UT] Mục VI.3.1: năm 2019 đã đủ 2 cán bộ (dòng 5 của tab "Đợt cử đi", dòng 6 của tab "Đợt cử đi")',
    );
    expect(reasonOf(plan, "CB027")?.split("\n").slice(1)).toEqual([
      '[KH-UT] Mục VI.3.1: năm 2020 đã đủ 2 cán bộ (CB008, dòng 9 của tab "Đợt cử đi")',
      "[KH-UT] Mục VI.3.1: năm 2021 đã đủ 2 cán bộ (CB015, CB018)",
    ]);
    // CB041, group 1 like CB039, whose planned title (Phó Bí thư Tỉnh đoàn) ranks higher.
    expect(reasonOf(plan, "CB041")?.split("\n").at(-1)).toBe(
      "[VT-1] Mục III.1: năm 2022 không còn chỗ Phó Bí thư (đã dành cho CB039)",
    );
    expect(reasonOf(plan, "CB013")).toBe(
      "[DK-DANG] Mục II.2: không phải đảng viên hay nguồn phát triển Đảng (Đảng viên: Không)",
    );
    // Those with a row in "Đợt cử đi" are not planned again, nor listed.
    expect(plan.unplaced.some((u) => u.cadre.id === "CB001")).toBe(false);
    expect(plan.alreadyPosted).toBe(13);
  });
});

describe("the sample's plan as of 15/06/2021 (a blank Ngày xét, the demo's today)", () => {
  const plan = samplePlan(dayOf(2021, 6, 15));

  it("plans 2022 only, the first quarter of 2021 being over", () => {
    expect(plan.years.map((y) => y.year)).toEqual([2022]);
    expect(plan.planned.map((p) => p.cadre.id)).toEqual(["CB039", "CB040"]);
  });

  it("says who aged out before the first round left", () => {
    expect(reasonOf(plan, "CB015")).toBe(
      "[DK-TUOI] Mục II.2: quá 30 tuổi trước quý I/2022 (đủ điều kiện đến 14/03/2021)",
    );
  });

  it("plans nothing once the last round is over", () => {
    const over = samplePlan(dayOf(2022, 4, 1));
    expect(over.years).toEqual([]);
    expect(over.planned).toEqual([]);
    expect(over.unplaced).toEqual([]);
  });
});

// ------------------------------------------------------------------ small rosters

const HEADER = rosterHeader([2019, 2020, 2021]);

interface Someone {
  id: string;
  born: string;
  title?: string;
  exec?: string;
  gender?: string;
  child?: string;
  until?: string;
}

function person(p: Someone): unknown[] {
  return rosterRow(
    HEADER,
    {
      id: p.id,
      name: `Cán bộ ${p.id}`,
      gender: p.gender ?? "Nam",
      birth: p.born,
      fullTimeExec: p.exec ?? "Không",
      plannedTitle: p.title ?? "Phó Trưởng ban",
      payroll: "Có",
      party: "Đảng viên",
      standing: "Tốt",
      disciplineUntil: p.until ?? "",
      youngestChild: p.child ?? "",
    },
    { 2019: "HTTNV", 2020: "HTTNV", 2021: "HTTNV" },
  );
}

const TWO_YEARS: Settings = {
  ...DEFAULT_SETTINGS,
  planFirstYear: 2021,
  planLastYear: 2022,
  maxPerYear: 1,
};

function plan(
  people: Someone[],
  options: {
    settings?: Settings;
    units?: (string | number)[][];
    postings?: RecordedPosting[];
  } = {},
) {
  return planPostings({
    roster: readRoster([HEADER, ...people.map(person)], VN_OFFSET),
    postings: options.postings ?? [],
    postingsTab: "Đợt cử đi",
    units: readUnits(
      options.units ?? [
        ["Đơn vị", "Loại đơn vị"],
        ["Huyện đoàn A", "Huyện"],
        ["Huyện đoàn B", "Huyện"],
      ],
    ),
    settings: options.settings ?? TWO_YEARS,
    asOf: dayOf(2020, 12, 1),
  });
}

const placedIn = (p: ReturnType<typeof plan>) => p.planned.map((x) => `${x.year} ${x.cadre.id}`);

describe("the order of choice", () => {
  it("sends first the cadre whose window closes first, whatever the roster's order", () => {
    // CB1 has years ahead; CB2 turns 31 on 10/02/2022, so 2022 is CB2's last quarter and 2021
    // the only full one. With one place a year, both go: CB2 first.
    const p = plan([
      { id: "CB1", born: "01/01/1995" },
      { id: "CB2", born: "10/02/1991" },
    ]);
    expect(placedIn(p)).toEqual(["2021 CB2", "2022 CB1"]);
    expect(p.planned[0]!.rank).toBe(1);
  });

  it("leaves out the one with more time when only one can go", () => {
    const p = plan(
      [
        { id: "CB1", born: "01/01/1995" },
        { id: "CB2", born: "10/02/1991" },
      ],
      { settings: { ...TWO_YEARS, planLastYear: 2021 } },
    );
    expect(placedIn(p)).toEqual(["2021 CB2"]);
    expect(p.unplaced[0]!.reason.vi).toContain("năm 2021 đã đủ 1 cán bộ (CB2)");
  });

  it("breaks a tie of deadlines by the planned title, then by the roster's order", () => {
    const settings = { ...TWO_YEARS, planLastYear: 2021, maxPerYear: 2 };
    const p = plan(
      [
        { id: "CB1", born: "01/01/1995", title: "Chuyên viên chính" },
        { id: "CB2", born: "01/01/1995", title: "Phó Trưởng ban" },
        { id: "CB3", born: "01/01/1995", title: "Trưởng ban" },
        { id: "CB4", born: "01/01/1995", title: "Trưởng ban" },
      ],
      { settings },
    );
    expect(placedIn(p)).toEqual(["2021 CB3", "2021 CB4"]);
    expect(p.unplaced.map((u) => [u.cadre.id, u.rank])).toEqual([
      ["CB1", 4],
      ["CB2", 3],
    ]);
  });

  it("keeps group 1's Phó Bí thư seats for group 1 and fills the year with group 2", () => {
    const settings = { ...TWO_YEARS, planLastYear: 2021, maxPerYear: 2 };
    const units = [
      [
        "Đơn vị",
        "Loại đơn vị",
        "Chỗ Phó Bí thư mỗi năm",
        "Chỗ Ủy viên BTV mỗi năm",
        "Chỗ Ủy viên BCH mỗi năm",
      ],
      ["Thành đoàn", "Thành phố", 1, 0, 0],
      ["Đoàn Khối", "Đoàn trực thuộc", "", 0, 1],
    ];
    const p = plan(
      [
        { id: "CB1", born: "01/01/1994", exec: "Có", title: "Phó Bí thư Tỉnh đoàn" },
        { id: "CB2", born: "01/01/1994", exec: "Có", title: "Trưởng ban" },
        { id: "CB3", born: "01/01/1995" },
      ],
      { settings, units },
    );
    expect(p.planned.map((x) => [x.cadre.id, x.position, x.unit.name])).toEqual([
      ["CB1", "deputySecretary", "Thành đoàn"],
      ["CB3", "executiveMember", "Đoàn Khối"],
    ]);
    expect(p.unplaced[0]!.reason.vi.split("\n").at(-1)).toBe(
      "[VT-1] Mục III.1: năm 2021 không còn chỗ Phó Bí thư (đã dành cho CB1)",
    );
  });
});

describe("when a cadre may start", () => {
  it("starts a woman on her youngest child's second birthday, inside the quarter", () => {
    const p = plan([{ id: "CB1", born: "01/01/1995", gender: "Nữ", child: "10/02/2019" }], {
      settings: { ...TWO_YEARS, planLastYear: 2021 },
    });
    expect(formatDay(p.planned[0]!.startFrom)).toBe("10/02/2021");
    expect(p.planned[0]!.why.vi).toContain(
      "bắt đầu trong quý I/2021, từ 10/02/2021 đến 31/03/2021 (con nhỏ nhất đủ 24 tháng tuổi ngày 10/02/2021)",
    );
  });

  it("waits for a sanction to end, and says when someone is eligible only after the plan", () => {
    const p = plan([
      { id: "CB1", born: "01/01/1995", until: "31/01/2022" },
      { id: "CB2", born: "01/01/1995", until: "30/06/2022" },
    ]);
    expect(p.planned.map((x) => [x.cadre.id, formatDay(x.startFrom)])).toEqual([
      ["CB1", "01/02/2022"],
    ]);
    expect(p.unplaced[0]!.reason.vi).toBe(
      "[DK-KYLUAT] Mục II.2: chỉ đủ điều kiện từ 01/07/2022 (hết thời gian kỷ luật (kỷ luật đến ngày 30/06/2022)), sau quý I/2022, lượt cuối của kế hoạch",
    );
  });
});

describe("recorded postings", () => {
  const people = [
    { id: "CB1", born: "01/01/1995" },
    { id: "CB2", born: "01/01/1995" },
  ];
  const at = (status: RecordedPosting["status"]): RecordedPosting => ({
    row: 2,
    cadre: idKey("CB9"),
    cadreId: "CB9",
    start: dayOf(2021, 1, 15),
    unit: "Huyện đoàn A",
    position: "standingMember",
    status,
  });

  it("take their year's place and their seat when they stand", () => {
    const p = plan(people, { postings: [at("valid")] });
    expect(p.years[0]!.quota).toBe(0);
    expect(placedIn(p)).toEqual(["2022 CB1"]);
  });

  it("take nothing when they break the plan (Không hợp lệ)", () => {
    const p = plan(people, { postings: [at("invalid")] });
    expect(placedIn(p)).toEqual(["2021 CB1", "2022 CB2"]);
    expect(p.years[0]!.recorded).toEqual([expect.objectContaining({ row: 2, counts: false })]);
  });

  it("keep their cadre out of the plan", () => {
    const p = plan(people, { postings: [{ ...at("valid"), cadre: idKey("cb1"), cadreId: "cb1" }] });
    expect(p.planned.map((x) => x.cadre.id)).toEqual(["CB2"]);
    expect(p.alreadyPosted).toBe(1);
  });
});

describe("units and seats", () => {
  it("spread the cadres over the units, Ủy viên BTV before Ủy viên BCH", () => {
    const settings = { ...TWO_YEARS, maxPerYear: 2 };
    const p = plan(
      [
        { id: "CB1", born: "01/01/1995" },
        { id: "CB2", born: "01/01/1995" },
        { id: "CB3", born: "01/01/1995" },
        { id: "CB4", born: "01/01/1995" },
      ],
      {
        settings,
        units: [
          ["Đơn vị", "Loại đơn vị", "Chỗ Ủy viên BTV mỗi năm", "Chỗ Ủy viên BCH mỗi năm"],
          ["Huyện đoàn A", "Huyện", 1, 1],
          ["Huyện đoàn B", "Huyện", 0, 2],
        ],
      },
    );
    expect(p.planned.map((x) => `${x.year} ${x.unit.name} ${x.position}`)).toEqual([
      "2021 Huyện đoàn A standingMember",
      "2021 Huyện đoàn B executiveMember",
      "2022 Huyện đoàn A standingMember",
      "2022 Huyện đoàn B executiveMember",
    ]);
  });

  it("name a seat cell that cannot be read and a Phó Bí thư seat at an Đoàn trực thuộc", () => {
    const table = readUnits([
      ["Đơn vị", "Loại đơn vị", "Chỗ Phó Bí thư mỗi năm", "Chỗ Ủy viên BTV mỗi năm"],
      ["Huyện đoàn A", "Huyện", "", "hai"],
      ["Đoàn Khối", "Đoàn trực thuộc", 1, ""],
      ["", "Huyện", 1, 1],
    ]);
    expect(table.units.map((u) => [u.name, u.seats])).toEqual([
      ["Huyện đoàn A", { deputySecretary: 1, standingMember: 0, executiveMember: 1 }],
      ["Đoàn Khối", { deputySecretary: 0, standingMember: 1, executiveMember: 1 }],
    ]);
    expect(table.problems.map((t) => t.vi)).toEqual([
      'Tab "Đơn vị", dòng 2, cột "Chỗ Ủy viên BTV mỗi năm" ghi "hai": cần một số nguyên từ 0 trở lên (để trống = 1); tạm tính 0 chỗ.',
      'Tab "Đơn vị", dòng 3: Đoàn trực thuộc không nhận cán bộ ở vị trí Phó Bí thư (mục III.1), bỏ qua 1 chỗ ở cột "Chỗ Phó Bí thư mỗi năm".',
      'Tab "Đơn vị", dòng 4: ô "Đơn vị" trống hoặc không đọc được, đơn vị này không được xếp chỗ.',
    ]);
  });
});

describe("a new plan against the previous one", () => {
  const before = planLines(samplePlan());

  it("says nothing changed when nothing did", () => {
    expect(planChanges(before, samplePlan()).text.vi).toBe("Không thay đổi so với lần lập trước.");
  });

  it("names the cadres added, dropped and moved", () => {
    // CB008 is found to be posted already: CB027 (next in the order of choice) takes 2020.
    const posted: RecordedPosting = {
      row: 40,
      cadre: idKey("CB008"),
      cadreId: "CB008",
      start: dayOf(2017, 1, 9),
      status: "valid",
    };
    const next = planPostings({
      roster,
      postings: [...recorded, posted],
      postingsTab: "Đợt cử đi",
      units,
      settings: DEFAULT_SETTINGS,
      asOf: dayOf(2019, 1, 1),
    });
    const changes = planChanges(before, next);
    expect(changes.added.map((l) => l.id)).toEqual(["CB027"]);
    expect(changes.dropped.map((l) => l.id)).toEqual(["CB008"]);
    expect(changes.text.vi).toMatch(
      /^So với lần lập trước: thêm CB027 \(20\d\d\); bỏ CB008 \(2020\)/,
    );
  });
});
