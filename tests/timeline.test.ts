/**
 * The timeline picture (sidebar overview, demo .svg) of the sample: the plan years as columns,
 * the postings as bars with their report deadlines, the proposals dashed, the eligible cadres'
 * age-outs as diamonds; 300 px wide; every state told by its shape, not by colour alone.
 */
import { describe, expect, it } from "vitest";
import { dayOf } from "../src/core/dates";
import { planPostings, recordedPostings } from "../src/core/posting-plan";
import { checkPostings, readPostings } from "../src/core/postings";
import { readRoster } from "../src/core/roster";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { type SvgNode, svgText, timelineOf, timelineSvg } from "../src/core/timeline";
import { readUnits } from "../src/core/units";
import { postingsSampleValues } from "./fixtures/postings-sample";
import { toValues, VN_OFFSET } from "./fixtures/roster-cells";
import { rosterSampleValues } from "./fixtures/roster-sample";
import { unitsSampleValues } from "./fixtures/units-sample";

const TODAY = dayOf(2021, 6, 15);
const roster = readRoster(toValues(rosterSampleValues()), VN_OFFSET);
const table = readPostings(toValues(postingsSampleValues()), VN_OFFSET);
const postings = checkPostings(table, roster, DEFAULT_SETTINGS, TODAY);
const plan = planPostings({
  roster,
  postings: recordedPostings(table, postings),
  postingsTab: "Đợt cử đi",
  units: readUnits(unitsSampleValues()),
  settings: DEFAULT_SETTINGS,
  asOf: dayOf(2019, 1, 1),
});
const input = timelineOf(plan, postings, DEFAULT_SETTINGS, TODAY);
const svg = timelineSvg(input);

function all(n: SvgNode): SvgNode[] {
  return [n, ...(n.children ?? []).flatMap(all)];
}
const nodes = all(svg);
const texts = nodes.filter((n) => n.name === "text").map((n) => n.text);
const titles = nodes.filter((n) => n.name === "title").map((n) => n.text ?? "");

describe("the sample's timeline", () => {
  it("has the plan years as columns and one bar per posting with dates, then the proposals", () => {
    expect(texts.slice(0, 5)).toEqual(["2018", "2019", "2020", "2021", "2022"]);
    // Every posting with dates but the one of 2023, wholly after the plan period.
    const withDates = postings.filter((p) => p.start !== undefined && p.end !== undefined);
    expect(input.postings).toHaveLength(withDates.length - 1);
    expect(input.planned.map((b) => b.id)).toEqual(["CB008", "CB015", "CB018", "CB039", "CB040"]);
    expect(texts).toContain("Đã cử");
    expect(texts).toContain("Đề xuất");
    expect(titles).toContain("CB039: 01/01/2022 – 01/01/2023 (đề xuất)");
  });

  it("marks each cadre report deadline by its state, with a tooltip", () => {
    const states = new Set(input.postings.flatMap((b) => b.marks.map((m) => m.state)));
    expect(states).toEqual(new Set(["done", "late", "overdue", "upcoming"]));
    expect(titles.some((t) => /— Báo cáo kết thúc: hạn \d\d\/\d\d\/\d{4}, quá hạn$/.test(t))).toBe(
      true,
    );
  });

  it("shows the day eligible cadres turn 31, soonest first", () => {
    expect(input.ageOuts.map((a) => a.id).slice(0, 3)).toEqual(["CB003", "CB005", "CB008"]);
    expect(titles).toContain("CB008, CB015, CB018, CB027: quá 30 tuổi từ 15/03/2021");
    expect(texts).toContain("×4");
    expect(texts).toContain("Hết tuổi");
  });

  it("fits 300 px", () => {
    expect(svg.attrs.width).toBe(300);
    for (const n of nodes) {
      for (const key of ["x", "x1", "x2", "cx"]) {
        const v = n.attrs[key];
        if (typeof v === "number") {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(300);
        }
      }
    }
  });

  it("is readable without colour: each state its own shape, named in the legend", () => {
    const shapeOf = (n: SvgNode) =>
      `${n.name}:${n.attrs.fill === "#ffffff" ? "hollow" : n.attrs.stroke && !n.attrs.fill ? "stroke" : "filled"}:${n.name === "path" ? String(n.attrs.d).split(/[ML]/).length : ""}`;
    const byTitle = (word: string) =>
      nodes.find((n) => n.children?.[0]?.name === "title" && n.children[0].text === word)!;
    const words = ["nộp đúng hạn", "nộp muộn", "quá hạn", "chưa đến hạn", "quá 30 tuổi"];
    const shapes = words.map((w) => shapeOf(byTitle(w)));
    expect(new Set(shapes).size).toBe(words.length);
    for (const w of [...words, "đã cử", "đề xuất", "không hợp lệ", "hôm nay"])
      expect(texts).toContain(w);
  });

  it("says what it shows to a screen reader", () => {
    expect(svg.attrs.role).toBe("img");
    const desc = nodes.find((n) => n.name === "desc")!.text;
    expect(desc).toContain(
      "5 đề xuất (CB008 năm 2020, CB015 năm 2021, CB018 năm 2021, CB039 năm 2022, CB040 năm 2022)",
    );
  });
});

describe("the timeline as a file", () => {
  it("is an SVG document with every text escaped", () => {
    const odd = timelineSvg({
      ...input,
      planned: [{ id: '<script>alert("x")</script>', start: TODAY, end: TODAY + 365, marks: [] }],
    });
    const text = svgText(odd);
    expect(
      text.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
      ),
    ).toBe(true);
    expect(text).not.toContain("<script");
    expect(text).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });
});
