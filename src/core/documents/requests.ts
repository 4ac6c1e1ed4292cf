/**
 * A layout (layout.ts) as the Docs API requests that write it into a new, empty Google Doc, in
 * one documents.batchUpdate: the page (A4, margins), every paragraph with its text and
 * paragraph style, every table with its column widths, borders and cells.
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request
 *
 * The blocks are written from the last to the first, each at index 1 (the start of the body,
 * after its section break), so that the index of what is being written never depends on what
 * was written before it: https://developers.google.com/workspace/docs/api/how-tos/best-practices
 * ("Edit backwards for efficiency"). A new document's body is one empty paragraph. A paragraph
 * is inserted with its newline before it ("text\n" at 1), except into an empty paragraph left
 * at index 1, which it fills. insertTable at 1 puts a newline before the table (the table starts
 * at 2, https://developers.google.com/workspace/docs/api/how-tos/tables), which leaves an empty
 * paragraph at 1 for the block before it; a table's cells are filled last cell first. The body
 * keeps a paragraph before a leading table: that paragraph is made 1 pt high.
 */
import {
  type Align,
  type Block,
  BODY_PARAGRAPH,
  BODY_SIZE,
  FONT_FAMILY,
  PAGE,
  type Para,
  PT_PER_MM,
  type TableBlock,
  type TemplateLayout,
} from "./layout";

export type Request = Record<string, unknown>;

const pt = (magnitude: number) => ({ magnitude: Math.round(magnitude * 100) / 100, unit: "PT" });

const ALIGNMENT: Record<Align, string> = {
  left: "START",
  center: "CENTER",
  right: "END",
  justify: "JUSTIFIED",
};

/** The page: A4 portrait and the margins of layout.ts's PAGE. */
function pageRequest(): Request {
  return {
    updateDocumentStyle: {
      documentStyle: {
        pageSize: { width: pt(PAGE.widthMm * PT_PER_MM), height: pt(PAGE.heightMm * PT_PER_MM) },
        marginTop: pt(PAGE.marginTopMm * PT_PER_MM),
        marginBottom: pt(PAGE.marginBottomMm * PT_PER_MM),
        marginLeft: pt(PAGE.marginLeftMm * PT_PER_MM),
        marginRight: pt(PAGE.marginRightMm * PT_PER_MM),
      },
      fields: "pageSize,marginTop,marginBottom,marginLeft,marginRight",
    },
  };
}

/** The styles of the paragraph `para` spanning [start, start + text + newline). */
function styleParagraph(para: Para, start: number, inTable: boolean): Request[] {
  const end = start + para.text.length + 1;
  const body = para.body === true && !inTable;
  const style: Record<string, unknown> = {
    namedStyleType: "NORMAL_TEXT",
    alignment: ALIGNMENT[para.align ?? (body ? "justify" : "left")],
    indentFirstLine: pt(body ? BODY_PARAGRAPH.indentFirstLinePt : 0),
    spaceAbove: pt(para.spaceAbove ?? 0),
    spaceBelow: pt(body ? BODY_PARAGRAPH.spaceBelowPt : 0),
    lineSpacing: body ? BODY_PARAGRAPH.lineSpacingPercent : 100,
  };
  let fields = "namedStyleType,alignment,indentFirstLine,spaceAbove,spaceBelow,lineSpacing";
  if (para.pageBreakBefore) {
    style.pageBreakBefore = true;
    fields += ",pageBreakBefore";
  }
  return [
    {
      updateParagraphStyle: {
        range: { startIndex: start, endIndex: end },
        paragraphStyle: style,
        fields,
      },
    },
    {
      updateTextStyle: {
        // An empty paragraph's newline carries the size of its (empty) line.
        range: { startIndex: start, endIndex: para.text.length > 0 ? end - 1 : end },
        textStyle: {
          weightedFontFamily: { fontFamily: FONT_FAMILY },
          fontSize: pt(para.size ?? BODY_SIZE),
          bold: para.bold === true,
          italic: para.italic === true,
          underline: para.underline === true,
        },
        fields: "weightedFontFamily,fontSize,bold,italic,underline",
      },
    },
  ];
}

/** Text and styles of the paragraphs of a cell whose empty paragraph starts at `at`. */
function fillCell(paras: readonly Para[], at: number): Request[] {
  const out: Request[] = [];
  const text = paras.map((p) => p.text).join("\n");
  if (text.length > 0) out.push({ insertText: { location: { index: at }, text } });
  let start = at;
  for (const para of paras) {
    out.push(...styleParagraph(para, start, true));
    start += para.text.length + 1;
  }
  return out;
}

const border = (width: number) => ({
  width: pt(width),
  dashStyle: "SOLID",
  color: { color: { rgbColor: { red: 0, green: 0, blue: 0 } } },
});

/** A table inserted at index 1: it starts at 2. */
function tableRequests(table: TableBlock): Request[] {
  const rows = table.rows.length;
  const columns = table.rows[0]?.length ?? 0;
  const start = 2;
  const out: Request[] = [
    { insertTable: { rows, columns, location: { index: 1 } } },
    ...table.widths.map((mm, i) => ({
      updateTableColumnProperties: {
        tableStartLocation: { index: start },
        columnIndices: [i],
        tableColumnProperties: { widthType: "FIXED_WIDTH", width: pt(mm * PT_PER_MM) },
        fields: "widthType,width",
      },
    })),
    {
      updateTableCellStyle: {
        tableStartLocation: { index: start },
        tableCellStyle: {
          borderTop: border(table.borders ? 0.5 : 0),
          borderBottom: border(table.borders ? 0.5 : 0),
          borderLeft: border(table.borders ? 0.5 : 0),
          borderRight: border(table.borders ? 0.5 : 0),
        },
        fields: "borderTop,borderBottom,borderLeft,borderRight",
      },
    },
  ];
  // An empty table: each row is 1 + its cells, each empty cell 1 + its newline.
  const rowSize = 1 + 2 * columns;
  for (let r = rows - 1; r >= 0; r -= 1) {
    for (let c = columns - 1; c >= 0; c -= 1) {
      const cellStart = start + 1 + r * rowSize + 1 + 2 * c;
      out.push(...fillCell(table.rows[r]![c]!, cellStart + 1));
    }
  }
  return out;
}

/** The requests that write `layout` into a new, empty document. */
export function templateRequests(layout: TemplateLayout): Request[] {
  const out: Request[] = [pageRequest()];
  // Whether the paragraph at index 1 is an empty one that the next block up can fill.
  let emptyFirst = true;
  const blocks: readonly Block[] = layout.blocks;
  if (blocks.at(-1)?.kind === "table") {
    // The paragraph Docs keeps after a last table (the new document's own): body-sized.
    out.push(...styleParagraph({ kind: "p", text: "" }, 1, false));
  }
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const block = blocks[i]!;
    if (block.kind === "table") {
      out.push(...tableRequests(block));
      emptyFirst = true;
      continue;
    }
    const text = emptyFirst ? block.text : `${block.text}\n`;
    if (text.length > 0) out.push({ insertText: { location: { index: 1 }, text } });
    out.push(...styleParagraph(block, 1, false));
    emptyFirst = false;
  }
  if (emptyFirst) {
    // The paragraph Docs keeps before a leading table: as small as a line can be.
    out.push(...styleParagraph({ kind: "p", text: "", size: 1 }, 1, false));
  }
  return out;
}
