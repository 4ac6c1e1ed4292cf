/**
 * The Docs stand-ins keep a document's page, each paragraph's spacing and indentation and each
 * table's column widths, and report them as Google does: the Docs API (updateDocumentStyle,
 * updateParagraphStyle, updateTableColumnProperties, documents.get) and DocumentApp (Body
 * margins and page size, Paragraph spacing and indent, Table column widths). A copy keeps them.
 */
import { describe, expect, it } from "vitest";
import { DOC_MIME, driveStoreOf } from "../../tools/gas-runtime/drive-app.ts";
import { createRuntime } from "../../tools/gas-runtime/index.ts";

const REQUEST =
  "https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request";
const DOCUMENT_APP = "https://developers.google.com/apps-script/reference/document";

const TRY = `function attempt(fn) {
  try { return { value: fn() }; } catch (e) { return { message: e.message, code: e.details ? e.details.code : null }; }
}`;

function runtime(source: string) {
  const rt = createRuntime({ now: Date.UTC(2021, 0, 1) });
  rt.loadSource(`${TRY}\n${source}`);
  const drive = driveStoreOf(rt.internals);
  const doc = drive.add({ name: "Mẫu", mimeType: DOC_MIME });
  return { rt, drive, id: doc.id };
}

const pt = (magnitude: number) => ({ magnitude, unit: "PT" });

describe(`the Docs API's styles — ${REQUEST}`, () => {
  it("a new document is US Letter with 1-inch margins; updateDocumentStyle sets A4 and the margins", () => {
    const { rt, id } = runtime(`
      function page(id) { return Docs.Documents.get(id).documentStyle; }
      function setA4(id) {
        Docs.Documents.batchUpdate({ requests: [{ updateDocumentStyle: {
          documentStyle: { pageSize: { width: { magnitude: 595.28, unit: "PT" }, height: { magnitude: 841.89, unit: "PT" } },
            marginTop: { magnitude: 56.69, unit: "PT" }, marginLeft: { magnitude: 85.04, unit: "PT" } },
          fields: "pageSize,marginTop,marginLeft" } }] }, id);
      }`);
    expect(rt.run("page", id)).toEqual({
      pageSize: { width: pt(612), height: pt(792) },
      marginTop: pt(72),
      marginBottom: pt(72),
      marginLeft: pt(72),
      marginRight: pt(72),
    });
    rt.run("setA4", id);
    expect(rt.run("page", id)).toEqual({
      pageSize: { width: pt(595.28), height: pt(841.89) },
      marginTop: pt(56.69),
      marginBottom: pt(72),
      marginLeft: pt(85.04),
      marginRight: pt(72),
    });
  });

  it("paragraph spacing, first-line indent, line spacing and a page break are kept and reported", () => {
    const { rt, id } = runtime(`
      function style(id) {
        Docs.Documents.batchUpdate({ requests: [
          { insertText: { location: { index: 1 }, text: "Căn cứ Kế hoạch" } },
          { updateParagraphStyle: { range: { startIndex: 1, endIndex: 16 },
            paragraphStyle: { indentFirstLine: { magnitude: 36, unit: "PT" }, spaceBelow: { magnitude: 6, unit: "PT" },
              lineSpacing: 115, pageBreakBefore: true, alignment: "JUSTIFIED" },
            fields: "indentFirstLine,spaceBelow,lineSpacing,pageBreakBefore,alignment" } },
        ] }, id);
        return Docs.Documents.get(id).body.content[1].paragraph.paragraphStyle;
      }
      function badLine(id) {
        return attempt(function () { return Docs.Documents.batchUpdate({ requests: [
          { updateParagraphStyle: { range: { startIndex: 1, endIndex: 2 }, paragraphStyle: { lineSpacing: 2 }, fields: "lineSpacing" } },
        ] }, id); });
      }`);
    expect(rt.run("style", id)).toEqual({
      namedStyleType: "NORMAL_TEXT",
      direction: "LEFT_TO_RIGHT",
      alignment: "JUSTIFIED",
      indentFirstLine: pt(36),
      spaceBelow: pt(6),
      lineSpacing: 115,
      pageBreakBefore: true,
    });
    expect(rt.run("badLine", id)).toMatchObject({ code: 400 });
  });

  it("column widths: fixed ones are kept, the others evenly distributed; below 5 points is refused", () => {
    const { rt, id } = runtime(`
      function widths(id) {
        Docs.Documents.batchUpdate({ requests: [
          { insertTable: { rows: 1, columns: 3, location: { index: 1 } } },
          { updateTableColumnProperties: { tableStartLocation: { index: 2 }, columnIndices: [0],
            tableColumnProperties: { widthType: "FIXED_WIDTH", width: { magnitude: 28.35, unit: "PT" } }, fields: "widthType,width" } },
        ] }, id);
        return Docs.Documents.get(id).body.content[2].table.tableStyle.tableColumnProperties;
      }
      function narrow(id) {
        return attempt(function () { return Docs.Documents.batchUpdate({ requests: [
          { updateTableColumnProperties: { tableStartLocation: { index: 2 }, columnIndices: [1],
            tableColumnProperties: { widthType: "FIXED_WIDTH", width: { magnitude: 4, unit: "PT" } }, fields: "widthType,width" } },
        ] }, id); });
      }
      function outside(id) {
        return attempt(function () { return Docs.Documents.batchUpdate({ requests: [
          { updateTableColumnProperties: { tableStartLocation: { index: 2 }, columnIndices: [3],
            tableColumnProperties: { widthType: "FIXED_WIDTH", width: { magnitude: 40, unit: "PT" } }, fields: "width" } },
        ] }, id); });
      }`);
    expect(rt.run("widths", id)).toEqual([
      { widthType: "FIXED_WIDTH", width: pt(28.35) },
      { widthType: "EVENLY_DISTRIBUTED" },
      { widthType: "EVENLY_DISTRIBUTED" },
    ]);
    expect(rt.run("narrow", id)).toMatchObject({ code: 400 });
    expect(rt.run("outside", id)).toMatchObject({ code: 400 });
  });

  it("a copy of a styled document keeps its page, spacing and widths", () => {
    const { rt, drive, id } = runtime(`
      function styleAndCopy(id) {
        Docs.Documents.batchUpdate({ requests: [
          { updateDocumentStyle: { documentStyle: { marginLeft: { magnitude: 85.04, unit: "PT" } }, fields: "marginLeft" } },
          { insertTable: { rows: 1, columns: 2, location: { index: 1 } } },
          { updateTableColumnProperties: { tableStartLocation: { index: 2 }, tableColumnProperties: { widthType: "FIXED_WIDTH", width: { magnitude: 100, unit: "PT" } }, fields: "widthType,width" } },
          { updateParagraphStyle: { range: { startIndex: 1, endIndex: 2 }, paragraphStyle: { spaceAbove: { magnitude: 12, unit: "PT" } }, fields: "spaceAbove" } },
        ] }, id);
        return Drive.Files.copy({ name: "Bản sao" }, id).id;
      }`);
    const copy = rt.run<string>("styleAndCopy", id);
    const doc = drive.docs.get(copy)!;
    expect(doc.page?.marginLeft).toBe(85.04);
    const table = doc.body.find((c) => c.type === "TABLE");
    expect(table?.type === "TABLE" && table.columnWidths).toEqual([100, 100]);
    expect(doc.body[0]!.type === "PARAGRAPH" && doc.body[0]!.paragraph).toEqual({ spaceAbove: 12 });
  });
});

describe(`DocumentApp's styles — ${DOCUMENT_APP}`, () => {
  it("Body margins and page size, Paragraph spacing, indent and line spacing, Table column widths", () => {
    const { rt, drive, id } = runtime(`
      function style(id) {
        var body = DocumentApp.openById(id).getBody();
        body.setMarginLeft(85.04).setMarginRight(42.52).setPageWidth(595.28).setPageHeight(841.89);
        var p = body.appendParagraph("Nội dung");
        p.setIndentFirstLine(36).setSpacingAfter(6).setLineSpacing(1.15);
        var attrs = {};
        attrs[DocumentApp.Attribute.SPACING_BEFORE] = 12;
        p.setAttributes(attrs);
        var t = body.appendTable([["STT", "Họ và tên"]]);
        t.setColumnWidth(0, 28.35);
        return {
          margins: [body.getMarginLeft(), body.getMarginRight(), body.getMarginTop()],
          page: [body.getPageWidth(), body.getPageHeight()],
          para: [p.getIndentFirstLine(), p.getSpacingBefore(), p.getSpacingAfter(), p.getLineSpacing()],
          widths: [t.getColumnWidth(0), t.getColumnWidth(1)],
        };
      }`);
    expect(rt.run("style", id)).toEqual({
      margins: [85.04, 42.52, 72],
      page: [595.28, 841.89],
      para: [36, 12, 6, 1.15],
      widths: [28.35, null],
    });
    const doc = drive.docs.get(id)!;
    const p = doc.body.find((c) => c.type === "PARAGRAPH" && c.text === "Nội dung");
    expect(p?.type === "PARAGRAPH" && p.paragraph).toEqual({
      indentFirstLine: 36,
      spaceBelow: 6,
      lineSpacing: 115,
      spaceAbove: 12,
    });
  });
});
