/**
 * Eligibility windows of the sample's cadres: the days each may go, and why a window opens
 * and closes, in the words the sidebar and the plan show.
 */
import { describe, expect, it } from "vitest";
import { dayOf, formatDay } from "../src/core/dates";
import { rosterContext } from "../src/core/eligibility";
import { eligibilityWindows, eligibleFrom, windowText } from "../src/core/eligibility-windows";
import { readRoster } from "../src/core/roster";
import { DEFAULT_SETTINGS, type Settings } from "../src/core/settings";
import { toValues, VN_OFFSET } from "./fixtures/roster-cells";
import { rosterSampleValues } from "./fixtures/roster-sample";

const table = readRoster(toValues(rosterSampleValues()), VN_OFFSET);

function rowOf(id: string, name?: string) {
  const row = table.rows.find(
    (r) =>
      r.id.kind === "value" &&
      r.id.value === id &&
      (name === undefined || (r.name.kind === "value" && r.name.value === name)),
  );
  if (!row) throw new Error(`no ${id}`);
  return row;
}

function windows(id: string, settings: Settings = DEFAULT_SETTINGS) {
  return eligibilityWindows(rowOf(id), settings, rosterContext(table, id));
}

function describeWindows(id: string, settings?: Settings) {
  return windows(id, settings).map((w) => ({
    days: windowText(w),
    opens: `[${w.opens.code}] ${w.opens.text.vi}`,
    closes: `[${w.closes.code}] ${w.closes.text.vi}`,
  }));
}

describe("windows of the sample's cadres", () => {
  it("open with the ratings (2017 counts in 2018) and close at the age limit", () => {
    // Born 15/03/1990, rated well 2017–2021.
    expect(describeWindows("CB001")).toEqual([
      {
        days: "01/01/2018 – 14/03/2021",
        opens: "[DK-XEPLOAI] từ năm 2018 xét xếp loại năm 2017: Hoàn thành tốt nhiệm vụ trở lên",
        closes: "[DK-TUOI] quá 30 tuổi từ ngày 15/03/2021",
      },
    ]);
  });

  it("close at the end of the year before a rating that does not count", () => {
    // Born 20/07/1992; rated Hoàn thành nhiệm vụ in 2021, so not in 2022.
    expect(describeWindows("CB002")).toEqual([
      {
        days: "01/01/2018 – 31/12/2021",
        opens: "[DK-XEPLOAI] từ năm 2018 xét xếp loại năm 2017: Hoàn thành tốt nhiệm vụ trở lên",
        closes:
          '[DK-XEPLOAI] năm 2022 xét xếp loại năm 2021: ô "Xếp loại 2021" ghi "Hoàn thành nhiệm vụ", chưa đạt Hoàn thành tốt nhiệm vụ',
      },
    ]);
  });

  it("split around a year rated too low, and end when the rating columns end", () => {
    // CB015: 2018 rated Hoàn thành nhiệm vụ, so not in 2019; born 15/03/1990.
    const [first, second] = describeWindows("CB015");
    expect(first?.days).toBe("01/01/2018 – 31/12/2018");
    expect(second?.days).toBe("01/01/2020 – 14/03/2021");
    expect(second?.opens).toBe(
      "[DK-XEPLOAI] từ năm 2020 xét xếp loại năm 2019: Hoàn thành tốt nhiệm vụ trở lên",
    );
    // CB033 is born 15/03/1991: the 2021 rating is the last column, so 2022 lacks data.
    const settings = { ...DEFAULT_SETTINGS, maxAge: 35 };
    expect(describeWindows("CB033", settings).at(-1)?.closes).toBe(
      '[DK-XEPLOAI] năm 2023 xét xếp loại năm 2022: chưa có cột "Xếp loại 2022"',
    );
  });

  it("open on a young child's second birthday and on the day after a sanction", () => {
    // CB008: youngest child born 02/01/2017.
    expect(describeWindows("CB008")[0]?.opens).toBe(
      "[DK-NU] con nhỏ nhất đủ 24 tháng tuổi ngày 02/01/2019",
    );
    expect(windowText(windows("CB008")[0]!)).toBe("02/01/2019 – 14/03/2021");
    // CB018: sanction until 01/01/2019.
    expect(describeWindows("CB018")[0]).toEqual({
      days: "02/01/2019 – 14/03/2021",
      opens: "[DK-KYLUAT] hết thời gian kỷ luật (kỷ luật đến ngày 01/01/2019)",
      closes: "[DK-TUOI] quá 30 tuổi từ ngày 15/03/2021",
    });
  });

  it("end on 27 February for a 29 February birthday", () => {
    expect(windowText(windows("CB005")[0]!)).toBe("01/01/2018 – 27/02/2019");
  });

  it("are none when a condition that does not change with the day fails or lacks data", () => {
    for (const id of ["CB009", "CB011", "CB012", "CB013", "CB019", "CB020", "CB024", "CB025"]) {
      expect(windows(id), id).toEqual([]);
    }
    // A Mã CB on two rows: both lack data on every day.
    expect(
      eligibilityWindows(
        rowOf("CB029", "Ông Thị Lan"),
        DEFAULT_SETTINGS,
        rosterContext(table, "CB029"),
      ),
    ).toEqual([]);
  });

  it("follow the settings: a higher age limit, two rating years, a 36-month child rule", () => {
    const settings = { ...DEFAULT_SETTINGS, maxAge: 32, ratingYears: 2, youngChildMonths: 36 };
    // 2023 would be judged on 2021 and 2022, and there is no "Xếp loại 2022" column.
    expect(windowText(windows("CB001", settings)[0]!)).toBe("01/01/2019 – 31/12/2022");
    expect(describeWindows("CB008", settings)[0]?.opens).toBe(
      "[DK-NU] con nhỏ nhất đủ 36 tháng tuổi ngày 02/01/2020",
    );
  });
});

describe("Đủ điều kiện từ", () => {
  const on = dayOf(2019, 1, 1);
  const from = (id: string) => {
    const found = eligibleFrom(rowOf(id), on, DEFAULT_SETTINGS, rosterContext(table, id));
    return found && formatDay(found.day);
  };

  it("is the reference date for a cadre eligible on it", () => {
    expect(from("CB001")).toBe("01/01/2019");
  });

  it("is the first eligible day after it otherwise, or none", () => {
    expect(from("CB008")).toBe("02/01/2019");
    expect(from("CB018")).toBe("02/01/2019");
    expect(from("CB015")).toBe("01/01/2020");
    expect(from("CB004")).toBeUndefined();
    expect(from("CB013")).toBeUndefined();
  });
});
