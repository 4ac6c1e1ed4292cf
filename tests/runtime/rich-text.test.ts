import { describe, expect, it } from "vitest";
import { createRuntime } from "../../tools/gas-runtime/index.ts";

const VALUE = "https://developers.google.com/apps-script/reference/spreadsheet/rich-text-value";
const BUILDER =
  "https://developers.google.com/apps-script/reference/spreadsheet/rich-text-value-builder";
const RANGE = "https://developers.google.com/apps-script/reference/spreadsheet/range";

function runtime() {
  const rt = createRuntime();
  rt.spreadsheet.addSheet("Văn bản", [["Tài liệu"], [42]]);
  rt.loadSource(`
    function sheet() { return SpreadsheetApp.getActive().getSheetByName("Văn bản"); }
    function labelled(label, url) {
      return SpreadsheetApp.newRichTextValue().setText(label).setLinkUrl(url).build();
    }
    function runsOf(v) {
      return v.getRuns().map(function (r) { return [r.getText(), r.getStartIndex(), r.getEndIndex(), r.getLinkUrl()]; });
    }
  `);
  return rt;
}

describe(`rich text values with links — ${VALUE}, ${BUILDER}`, () => {
  it("a labelled link: the cell's value is the label, the link is kept and read back", () => {
    const rt = runtime();
    rt.loadSource(`function write() {
      sheet().getRange("A3").setRichTextValue(labelled("Biên bản CB001", "https://docs.google.com/document/d/abc/edit"));
      var r = sheet().getRange("A3");
      var v = r.getRichTextValue();
      return [r.getValue(), r.getDisplayValue(), r.getFormula(), v.getText(), v.getLinkUrl(), runsOf(v)];
    }`);
    expect(rt.run("write")).toEqual([
      "Biên bản CB001",
      "Biên bản CB001",
      "",
      "Biên bản CB001",
      "https://docs.google.com/document/d/abc/edit",
      [["Biên bản CB001", 0, 14, "https://docs.google.com/document/d/abc/edit"]],
    ]);
  });

  it("links on parts of the text: runs split where the link or style changes", () => {
    const rt = runtime();
    rt.loadSource(`function parts() {
      var bold = SpreadsheetApp.newTextStyle().setBold(true).build();
      var v = SpreadsheetApp.newRichTextValue().setText("foo no baz")
        .setLinkUrl(0, 3, "https://bar.foo").setLinkUrl(7, 10, "https://abc.xyz")
        .setTextStyle(7, 10, bold).build();
      sheet().getRange("B1").setRichTextValue(v);
      var back = sheet().getRange("B1").getRichTextValue();
      return [runsOf(back), back.getLinkUrl(), back.getLinkUrl(0, 3), back.getLinkUrl(3, 7),
        back.getTextStyle(7, 10).isBold(), back.getTextStyle(0, 3).isUnderline(), back.getTextStyle(3, 7).isBold()];
    }`);
    expect(rt.run("parts")).toEqual([
      [
        ["foo", 0, 3, "https://bar.foo"],
        [" no ", 3, 7, null],
        ["baz", 7, 10, "https://abc.xyz"],
      ],
      null,
      "https://bar.foo",
      null,
      true,
      true,
      null,
    ]);
  });

  it("text that looks like a formula is written as text; setText clears links; copy keeps them", () => {
    const rt = runtime();
    rt.loadSource(`function textOnly() {
      sheet().getRange("C1").setRichTextValue(labelled("=HYPERLINK(\\"x\\")", "https://a.example"));
      var b = labelled("a", "https://a.example").copy();
      var copied = b.build().getLinkUrl();
      var cleared = b.setText("b").build().getLinkUrl();
      return [sheet().getRange("C1").getFormula(), sheet().getRange("C1").getValue(), copied, cleared];
    }`);
    expect(rt.run("textOnly")).toEqual(["", '=HYPERLINK("x")', "https://a.example", null]);
  });

  it(`getRichTextValue is null for a number; an empty cell gives empty text — ${RANGE}#getRichTextValue()`, () => {
    const rt = runtime();
    rt.loadSource(`function kinds() {
      var n = sheet().getRange("A2").getRichTextValue();
      var e = sheet().getRange("D9").getRichTextValue();
      return [n, e.getText(), e.getLinkUrl()];
    }`);
    expect(rt.run("kinds")).toEqual([null, "", null]);
  });

  it("setRichTextValues checks the dimensions; setValue over a link removes the link", () => {
    const rt = runtime();
    rt.loadSource(`function many() {
      var r = sheet().getRange("A5:B5");
      r.setRichTextValues([[labelled("x", "https://x.example"), labelled("y", "https://y.example")]]);
      var links = r.getRichTextValues()[0].map(function (v) { return v.getLinkUrl(); });
      sheet().getRange("A5").setValue("plain");
      var after = sheet().getRange("A5").getRichTextValue().getLinkUrl();
      var err = "";
      try { r.setRichTextValues([[labelled("x", "https://x.example")]]); } catch (e) { err = e.message; }
      return [links, after, err];
    }`);
    expect(rt.run("many")).toEqual([
      ["https://x.example", "https://y.example"],
      null,
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    ]);
  });

  it("bad offsets are refused", () => {
    const rt = runtime();
    rt.loadSource(
      `function bad() { SpreadsheetApp.newRichTextValue().setText("abc").setLinkUrl(2, 9, "https://x"); }`,
    );
    expect(() => rt.run("bad")).toThrow(/Invalid argument/);
  });

  it("the host model keeps the runs (what the .xlsx writer reads)", () => {
    const rt = runtime();
    rt.loadSource(
      `function link() { sheet().getRange("A7").setRichTextValue(labelled("Mở", "https://m.example")); }`,
    );
    rt.run("link");
    expect(rt.spreadsheet.sheet("Văn bản")!.get(7, 1)).toMatchObject({
      value: "Mở",
      richText: [{ start: 0, end: 2, link: "https://m.example" }],
    });
  });
});
