import { describe, expect, it } from "vitest";
import { type Day, dayOf, formatDay } from "../src/core/dates";
import {
  type Duty,
  dutyCalendar,
  dutyStates,
  lateDutyText,
  nextDutyDue,
  nextReportDue,
  openDuties,
  openTaskText,
  overdueDuties,
  reportState,
  reportStateWords,
} from "../src/core/reports";
import { DEFAULT_SETTINGS } from "../src/core/settings";

const d = (s: string): Day => {
  const [dd, mm, yy] = s.split("/").map(Number);
  return dayOf(yy!, mm!, dd!);
};
const show = (duties: Duty[], code: string) =>
  duties.filter((x) => x.code === code).map((x) => formatDay(x.due));

describe("report calendar (BC-6T, BC-KT, NX-6T, NX-KT)", () => {
  it("a 12-month posting has one 6-month report and the final one at month 12", () => {
    const duties = dutyCalendar({ start: d("07/01/2019"), months: 12, group: 2 }, DEFAULT_SETTINGS);
    expect(show(duties, "BC-6T")).toEqual(["07/07/2019"]);
    expect(show(duties, "BC-KT")).toEqual(["07/01/2020"]);
    expect(show(duties, "NX-6T")).toEqual(["07/07/2019"]);
    expect(show(duties, "NX-KT")).toEqual(["07/01/2020"]);
    expect(duties.find((x) => x.code === "BC-6T")?.header).toBe("Báo cáo 6 tháng lần 1");
    expect(duties.find((x) => x.code === "NX-6T")?.header).toBe("Nhận xét 6 tháng lần 1");
  });

  it("clamps to the end of the month, always counting from the start", () => {
    const duties = dutyCalendar({ start: d("31/03/2019"), months: 24, group: 2 }, DEFAULT_SETTINGS);
    expect(show(duties, "BC-6T")).toEqual(["30/09/2019", "31/03/2020", "30/09/2020"]);
    expect(show(duties, "BC-KT")).toEqual(["31/03/2021"]);
  });

  it("a 29 February start reaches 28 February / 29 August", () => {
    const duties = dutyCalendar({ start: d("29/02/2020"), months: 12, group: 2 }, DEFAULT_SETTINGS);
    expect(show(duties, "BC-6T")).toEqual(["29/08/2020"]);
    expect(show(duties, "BC-KT")).toEqual(["28/02/2021"]);
  });

  it.each([
    [12, ["15/08/2019"], "15/02/2020"],
    [15, ["15/08/2019", "15/02/2020"], "15/05/2020"],
    [18, ["15/08/2019", "15/02/2020"], "15/08/2020"],
    [24, ["15/08/2019", "15/02/2020", "15/08/2020"], "15/02/2021"],
  ])("a %i-month posting", (months, periodic, final) => {
    const duties = dutyCalendar({ start: d("15/02/2019"), months, group: 2 }, DEFAULT_SETTINGS);
    expect(show(duties, "BC-6T")).toEqual(periodic);
    expect(show(duties, "NX-6T")).toEqual(periodic);
    expect(show(duties, "BC-KT")).toEqual([final]);
  });

  it("follows the report interval setting", () => {
    const settings = { ...DEFAULT_SETTINGS, reportIntervalMonths: 4 };
    const duties = dutyCalendar({ start: d("01/01/2019"), months: 12, group: 2 }, settings);
    expect(show(duties, "BC-6T")).toEqual(["01/05/2019", "01/09/2019"]);
  });

  it("uses a given end date for the final duties", () => {
    const duties = dutyCalendar(
      { start: d("01/01/2019"), months: 12, group: 2, end: d("01/03/2020") },
      DEFAULT_SETTINGS,
    );
    expect(show(duties, "BC-6T")).toEqual(["01/07/2019", "01/01/2020"]);
    expect(show(duties, "BC-KT")).toEqual(["01/03/2020"]);
  });
});

describe("duties with deadlines from the settings (SH-DANG, SH-DOAN, QT-KP, TD-CU)", () => {
  it("membership moves within 30 days of the start, settlement within 30 days of the end", () => {
    const duties = dutyCalendar({ start: d("07/01/2019"), months: 12, group: 2 }, DEFAULT_SETTINGS);
    expect(show(duties, "SH-DANG")).toEqual(["06/02/2019"]);
    expect(show(duties, "SH-DOAN")).toEqual(["06/02/2019"]);
    expect(show(duties, "QT-KP")).toEqual(["06/02/2020"]);
  });

  it("the settings change the deadlines", () => {
    const settings = { ...DEFAULT_SETTINGS, membershipMoveDays: 10, settlementDays: 45 };
    const duties = dutyCalendar({ start: d("07/01/2019"), months: 12, group: 2 }, settings);
    expect(show(duties, "SH-DANG")).toEqual(["17/01/2019"]);
    expect(show(duties, "QT-KP")).toEqual(["21/02/2020"]);
  });

  it("the Party committee exchange is for group 1 only, at the end", () => {
    const g1 = dutyCalendar({ start: d("07/01/2019"), months: 12, group: 1 }, DEFAULT_SETTINGS);
    expect(show(g1, "TD-CU")).toEqual(["07/01/2020"]);
    expect(g1.find((x) => x.code === "TD-CU")?.header).toBe("Trao đổi cấp ủy");
    for (const group of [2, "NL", undefined] as const) {
      const other = dutyCalendar({ start: d("07/01/2019"), months: 12, group }, DEFAULT_SETTINGS);
      expect(show(other, "TD-CU")).toEqual([]);
    }
  });

  it("is sorted by due date", () => {
    const duties = dutyCalendar({ start: d("07/01/2019"), months: 18, group: 1 }, DEFAULT_SETTINGS);
    const dues = duties.map((x) => x.due);
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    expect(duties[0]?.code).toBe("SH-DANG");
    expect(duties.at(-1)?.code).toBe("QT-KP");
  });
});

describe("duty states, next report due, Tình trạng", () => {
  const duties = dutyCalendar({ start: d("07/01/2019"), months: 12, group: 1 }, DEFAULT_SETTINGS);

  it("nothing done, before the first report: next due is month 6, on time", () => {
    const states = dutyStates(duties, new Map(), d("01/03/2019"));
    expect(formatDay(nextReportDue(states)!)).toBe("07/07/2019");
    expect(reportStateWords(reportState(states))).toBe("Đúng hạn");
    // the membership moves are already late on 01/03/2019
    const late = states.filter((s) => s.state === "overdue").map((s) => s.duty.code);
    expect(late).toEqual(["SH-DANG", "SH-DOAN"]);
  });

  it("on the due day a report is not yet overdue; the day after it is", () => {
    const onDay = dutyStates(duties, new Map(), d("07/07/2019"));
    expect(reportState(onDay)).toEqual({ kind: "onTime" });
    expect(onDay.find((s) => s.duty.code === "BC-6T")?.state).toBe("dueSoon");
    const after = dutyStates(duties, new Map(), d("17/07/2019"));
    expect(reportStateWords(reportState(after))).toBe("Quá hạn 10 ngày");
  });

  it("the 6-month report done: next due is the final report", () => {
    const done = new Map([["Báo cáo 6 tháng lần 1", d("05/07/2019")]]);
    const states = dutyStates(duties, done, d("17/07/2019"));
    expect(formatDay(nextReportDue(states)!)).toBe("07/01/2020");
    expect(reportState(states)).toEqual({ kind: "onTime" });
    // the unit's evaluation is still missing: an open task, overdue, not a reason
    const nx = states.find((s) => s.duty.code === "NX-6T")!;
    expect(nx.state).toBe("overdue");
    expect(lateDutyText(nx)).toBeUndefined();
    expect(openTaskText(nx).vi).toBe(
      "Quá hạn 10 ngày: Nhận xét 6 tháng lần 1 của đơn vị tiếp nhận (NX-6T), hạn 07/07/2019",
    );
    // a tab without the column: the line says to add it
    expect(openTaskText(nx, false).vi).toBe(
      'Quá hạn 10 ngày: Nhận xét 6 tháng lần 1 của đơn vị tiếp nhận (NX-6T), hạn 07/07/2019; tab chưa có cột "Nhận xét 6 tháng lần 1", hãy thêm cột này',
    );
    expect(openTaskText(nx, false).en).toBe(
      'Overdue by 10 days: receiving unit\'s 6-month evaluation 1 (NX-6T), due 07/07/2019; the tab has no "Nhận xét 6 tháng lần 1" column: add it',
    );
    // every duty not done, whoever owes it; the earliest date among them
    expect(openDuties(states).map((s) => s.duty.code)).toEqual([
      "SH-DANG",
      "SH-DOAN",
      "NX-6T",
      "BC-KT",
      "NX-KT",
      "TD-CU",
      "QT-KP",
    ]);
    expect(overdueDuties(states).map((s) => s.duty.code)).toEqual(["SH-DANG", "SH-DOAN", "NX-6T"]);
    expect(formatDay(nextDutyDue(states)!)).toBe("06/02/2019");
    expect(openTaskText(states.find((s) => s.duty.code === "BC-KT")!).vi).toBe(
      "Hạn 07/01/2020: Báo cáo kết thúc (BC-KT)",
    );
  });

  it("every report in: blank next due and Hoàn thành, even when done late", () => {
    const done = new Map<string, Day | true>([
      ["Báo cáo 6 tháng lần 1", d("20/07/2019")],
      ["Báo cáo kết thúc", true],
    ]);
    const states = dutyStates(duties, done, d("01/06/2020"));
    expect(nextReportDue(states)).toBeUndefined();
    expect(reportStateWords(reportState(states))).toBe("Hoàn thành");
    const late = states.find((s) => s.duty.code === "BC-6T")!;
    expect(late).toMatchObject({ state: "doneLate", daysLate: 13 });
    expect(lateDutyText(late)?.en).toContain("13 days late");
    expect(states.find((s) => s.duty.code === "BC-KT")?.state).toBe("done");
  });

  it("overdue days count from the oldest missing report", () => {
    const states = dutyStates(duties, new Map(), d("17/01/2020"));
    expect(reportState(states)).toEqual({ kind: "overdue", days: 194 });
    expect(formatDay(nextReportDue(states)!)).toBe("07/07/2019");
    const tdcu = states.find((s) => s.duty.code === "TD-CU")!;
    expect(tdcu.state).toBe("overdue");
    expect(openTaskText(tdcu).vi).toBe(
      "Quá hạn 10 ngày: Trao đổi với cấp ủy địa phương về đánh giá cán bộ (TD-CU), hạn 07/01/2020",
    );
  });
});
