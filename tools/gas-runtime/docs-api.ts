/**
 * The advanced Docs service (Docs API v1 as Apps Script exposes it: `Docs.Documents.get` and
 * `Docs.Documents.batchUpdate`) over the Google Docs of a DriveStore (drive-app.ts).
 *
 * What it holds to, with the pages it comes from:
 * - **Indexes** in UTF-16 code units: the body starts after a section break at 0; a paragraph
 *   spans its text and its newline; a table spans 1 + its rows + 1, a row 1 + its cells, a cell
 *   1 + its paragraphs (a 2×2 table of empty cells at S ends at S + 12).
 *   https://developers.google.com/workspace/docs/api/concepts/structure,
 *   https://developers.google.com/workspace/docs/api/how-tos/tables
 * - **Structure rules**: text goes inside an existing paragraph (not at a table's start);
 *   insertTable puts a newline before the table, so a paragraph always precedes it; a deletion
 *   may not take the last newline of the body or of a table cell, only part of a table, or the
 *   newline before a table without the table; a paragraph made by a newline copies the style
 *   of the paragraph it was typed in. Any invalid request fails the whole batch (400), nothing
 *   applied. https://developers.google.com/workspace/docs/api/concepts/rules-behavior,
 *   https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#deletecontentrangerequest,
 *   https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/batchUpdate
 * - **writeControl.requiredRevisionId**: a write against a revision that is no longer the latest
 *   is refused with 400; the answer carries the revision after the write.
 *   https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/batchUpdate#writecontrol
 * - **Quota**: 60 write requests per minute per user; the 61st within a minute answers 429
 *   (retry with exponential backoff). https://developers.google.com/workspace/docs/api/limits
 * - **Access**: the `documents` scope reaches every document the user can open (theirs, or shared
 *   with them); any other answers 404 "Requested entity was not found."
 *   https://developers.google.com/workspace/docs/api/auth
 *
 * The stand-in keeps one text style per paragraph (the content model of drive-app.ts): a style
 * update touches whole paragraphs, and `get` answers one text run per paragraph.
 */
import {
  type BodyChild,
  DEFAULT_PAGE,
  type DocContent,
  type DriveStore,
  type PageStyle,
  type ParagraphModel,
  type ParagraphStyle,
  type TableCellModel,
  type TableModel,
  type TableRowModel,
  type TextStyle,
} from "./drive-app.ts";
import type { RuntimeInternals } from "./extensions.ts";
import { apiError } from "./faults.ts";

/** Docs API write requests allowed per user within any minute. */
export const WRITES_PER_MINUTE = 60;

const ALIGN_TO_API: Record<string, string> = {
  LEFT: "START",
  CENTER: "CENTER",
  RIGHT: "END",
  JUSTIFY: "JUSTIFIED",
};
const ALIGN_FROM_API: Record<string, string> = Object.fromEntries(
  Object.entries(ALIGN_TO_API).map(([k, v]) => [v, k]),
);

// ------------------------------------------------------------------ sizes and positions

const paraLen = (p: ParagraphModel) => p.text.length + 1;
const cellLen = (c: TableCellModel) => 1 + c.children.reduce((n, p) => n + paraLen(p), 0);
const rowLen = (r: TableRowModel) => 1 + r.cells.reduce((n, c) => n + cellLen(c), 0);
const tableLen = (t: TableModel) => 2 + t.rows.reduce((n, r) => n + rowLen(r), 0);
const childLen = (c: BodyChild) => (c.type === "PARAGRAPH" ? paraLen(c) : tableLen(c));

/** The body's children with their start index (the body starts at 1, after the section break). */
function placed(body: readonly BodyChild[]): { child: BodyChild; start: number; end: number }[] {
  let at = 1;
  return body.map((child) => {
    const start = at;
    at += childLen(child);
    return { child, start, end: at };
  });
}

/** A list of paragraphs (the body's, or a cell's) and where its first one starts. */
interface Container {
  paragraphs: BodyChild[];
  start: number;
  /** "body" or "cell": the last newline of either cannot be deleted. */
  kind: "body" | "cell";
}

/** The container (body or cell) whose content holds `index`, innermost first. */
function containerAt(doc: DocContent, index: number): Container | null {
  for (const { child, start, end } of placed(doc.body)) {
    if (index < start || index >= end) continue;
    if (child.type === "PARAGRAPH") return { paragraphs: doc.body, start: 1, kind: "body" };
    let at = start + 1;
    for (const row of child.rows) {
      at += 1;
      for (const cell of row.cells) {
        const contentStart = at + 1;
        const contentEnd = at + cellLen(cell);
        if (index >= contentStart && index < contentEnd) {
          return { paragraphs: cell.children, start: contentStart, kind: "cell" };
        }
        at = contentEnd;
      }
    }
    return null; // a table, row or cell boundary
  }
  return null;
}

/** The paragraph of `container` holding `index`, its position in the list and its start. */
function paragraphAt(
  container: Container,
  index: number,
): { p: ParagraphModel; i: number; start: number } | null {
  let at = container.start;
  for (let i = 0; i < container.paragraphs.length; i += 1) {
    const c = container.paragraphs[i]!;
    const len = childLen(c);
    if (index >= at && index < at + len)
      return c.type === "PARAGRAPH" ? { p: c, i, start: at } : null;
    at += len;
  }
  return null;
}

function tableAt(doc: DocContent, index: number): { table: TableModel; start: number } | null {
  for (const { child, start } of placed(doc.body)) {
    if (child.type === "TABLE" && start === index) return { table: child, start };
  }
  return null;
}

/** Every paragraph (body and cells) overlapping [from, to). */
function paragraphsIn(doc: DocContent, from: number, to: number): ParagraphModel[] {
  const out: ParagraphModel[] = [];
  for (const { child, start, end } of placed(doc.body)) {
    if (end <= from || start >= to) continue;
    if (child.type === "PARAGRAPH") {
      out.push(child);
      continue;
    }
    let at = start + 1;
    for (const row of child.rows) {
      at += 1;
      for (const cell of row.cells) {
        at += 1;
        for (const p of cell.children) {
          if (at < to && at + paraLen(p) > from) out.push(p);
          at += paraLen(p);
        }
      }
    }
  }
  return out;
}

// ------------------------------------------------------------------ documents.get

function textStyleOf(style: TextStyle): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (style.bold !== undefined) out.bold = style.bold;
  if (style.italic !== undefined) out.italic = style.italic;
  if (style.underline !== undefined) out.underline = style.underline;
  if (style.fontSize !== undefined) out.fontSize = { magnitude: style.fontSize, unit: "PT" };
  if (style.fontFamily !== undefined) {
    out.weightedFontFamily = { fontFamily: style.fontFamily, weight: 400 };
  }
  return out;
}

function paragraphJson(p: ParagraphModel, start: number, base: TextStyle) {
  const end = start + paraLen(p);
  const paragraphStyle: Record<string, unknown> = {
    namedStyleType: p.heading && p.heading !== "NORMAL" ? p.heading : "NORMAL_TEXT",
    direction: "LEFT_TO_RIGHT",
  };
  if (p.align) paragraphStyle.alignment = ALIGN_TO_API[p.align] ?? "START";
  Object.assign(paragraphStyle, paragraphStyleJson(p.paragraph));
  return {
    startIndex: start,
    endIndex: end,
    paragraph: {
      elements: [
        {
          startIndex: start,
          endIndex: end,
          textRun: { content: `${p.text}\n`, textStyle: textStyleOf({ ...base, ...p.style }) },
        },
      ],
      paragraphStyle,
    },
  };
}

const dim = (points: number) => ({ magnitude: points, unit: "PT" });

/** The spacing and indentation a paragraph was given, as documents.get reports them. */
function paragraphStyleJson(style: ParagraphStyle | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!style) return out;
  for (const key of ["indentFirstLine", "indentStart", "spaceAbove", "spaceBelow"] as const) {
    const v = style[key];
    if (v !== undefined) out[key] = dim(v);
  }
  if (style.lineSpacing !== undefined) out.lineSpacing = style.lineSpacing;
  if (style.pageBreakBefore !== undefined) out.pageBreakBefore = style.pageBreakBefore;
  return out;
}

/** A page as documentStyle reports it. */
function documentStyleJson(page: PageStyle): Record<string, unknown> {
  return {
    pageSize: { width: dim(page.width), height: dim(page.height) },
    marginTop: dim(page.marginTop),
    marginBottom: dim(page.marginBottom),
    marginLeft: dim(page.marginLeft),
    marginRight: dim(page.marginRight),
  };
}

function contentJson(list: readonly BodyChild[], start: number, base: TextStyle): unknown[] {
  let at = start;
  return list.map((c) => {
    const s = at;
    at += childLen(c);
    return c.type === "PARAGRAPH" ? paragraphJson(c, s, base) : tableJson(c, s, base);
  });
}

function tableJson(t: TableModel, start: number, base: TextStyle) {
  const border = {
    width: { magnitude: t.borderWidth, unit: "PT" },
    dashStyle: "SOLID",
    color: { color: { rgbColor: {} } },
  };
  let at = start + 1;
  const tableRows = t.rows.map((row) => {
    const rowStart = at;
    at += 1;
    const tableCells = row.cells.map((cell) => {
      const cellStart = at;
      at += cellLen(cell);
      return {
        startIndex: cellStart,
        endIndex: at,
        content: contentJson(cell.children, cellStart + 1, { ...base, ...t.style }),
        tableCellStyle: {
          rowSpan: 1,
          columnSpan: 1,
          borderTop: border,
          borderBottom: border,
          borderLeft: border,
          borderRight: border,
        },
      };
    });
    return { startIndex: rowStart, endIndex: at, tableCells };
  });
  const columns = t.rows[0]?.cells.length ?? 0;
  const tableColumnProperties = Array.from({ length: columns }, (_v, i) => {
    const width = t.columnWidths?.[i];
    return width == null
      ? { widthType: "EVENLY_DISTRIBUTED" }
      : { widthType: "FIXED_WIDTH", width: dim(width) };
  });
  return {
    startIndex: start,
    endIndex: start + tableLen(t),
    table: {
      rows: t.rows.length,
      columns,
      tableRows,
      tableStyle: { tableColumnProperties },
    },
  };
}

// ------------------------------------------------------------------ requests

type Json = Record<string, unknown>;
const emptyParagraph = (like?: ParagraphModel): ParagraphModel => {
  const p: ParagraphModel = { type: "PARAGRAPH", text: "", style: { ...(like?.style ?? {}) } };
  if (like?.align) p.align = like.align;
  if (like?.heading) p.heading = like.heading;
  return p;
};

/** A request that cannot be applied: the batch fails with 400 and Google's reason. */
class Invalid extends Error {}

function indexOf(location: unknown, doc: DocContent, what: string): number {
  const l = (location ?? {}) as { index?: unknown };
  const i = Number(l.index);
  if (!Number.isInteger(i) || i < 1) throw new Invalid(`${what}: index must be at least 1.`);
  const bodyEnd = placed(doc.body).at(-1)?.end ?? 2;
  if (i >= bodyEnd) {
    throw new Invalid(
      `${what}: Index ${i} must be less than the end index of the referenced segment, ${bodyEnd}.`,
    );
  }
  return i;
}

/** What insertText drops: control characters but the newline, and the BMP private use area. */
function stripControls(text: string): string {
  return [...text]
    .filter((ch) => {
      const c = ch.charCodeAt(0);
      const control = (c <= 0x08 || (c >= 0x0c && c <= 0x1f)) && ch !== "\n";
      return !control && !(c >= 0xe000 && c <= 0xf8ff);
    })
    .join("");
}

function insertText(doc: DocContent, r: Json): void {
  const text = stripControls(String(r.text ?? ""));
  const index = r.endOfSegmentLocation
    ? (placed(doc.body).at(-1)?.end ?? 2) - 1
    : indexOf(r.location, doc, "insertText");
  const container = containerAt(doc, index);
  const at = container && paragraphAt(container, index);
  if (!container || !at) {
    throw new Invalid(
      `insertText: The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.`,
    );
  }
  const offset = index - at.start;
  const before = at.p.text.slice(0, offset);
  const after = at.p.text.slice(offset);
  const parts = text.split("\n");
  if (parts.length === 1) {
    at.p.text = before + text + after;
    return;
  }
  // Each newline ends a paragraph; the new ones copy the style of the one typed in.
  const made = parts.slice(0, -1).map((part, i) => {
    const p = emptyParagraph(at.p);
    p.text = (i === 0 ? before : "") + part;
    return p;
  });
  at.p.text = parts.at(-1)! + after;
  container.paragraphs.splice(at.i, 0, ...made);
}

/** Deletes [from, to) inside one container (the body, or one cell). */
function deleteIn(container: Container, from: number, to: number): void {
  const items = container.paragraphs;
  let at = container.start;
  const spans = items.map((c) => {
    const s = at;
    at += childLen(c);
    return { c, s, e: at };
  });
  if (to > at - 1) {
    throw new Invalid(
      `deleteContentRange: The range cannot include the last newline character of the ${container.kind === "body" ? "body" : "table cell"}.`,
    );
  }
  const first = spans.findIndex((x) => from >= x.s && from < x.e);
  const last = spans.findIndex((x) => to - 1 >= x.s && to - 1 < x.e);
  for (const x of spans.slice(first, last + 1)) {
    if (x.c.type === "TABLE" && (from > x.s || to < x.e)) {
      throw new Invalid(
        "deleteContentRange: Invalid deletion range. Cannot delete a part of a table.",
      );
    }
  }
  const a = spans[first]!;
  const b = spans[last]!;
  const next = spans[last + 1];
  const keepBefore = a.c.type === "PARAGRAPH" ? a.c.text.slice(0, from - a.s) : "";
  if (b.c.type === "PARAGRAPH" && to < b.e) {
    // The range ends inside a paragraph: what is left of the first joins its rest.
    b.c.text = keepBefore + b.c.text.slice(to - b.s);
    items.splice(first, last - first);
    return;
  }
  // The range ends with a newline or a table: what is left joins the paragraph after it (its
  // newline, and so its paragraph style, survives). The newline before a table cannot go
  // without the table.
  if (next?.c.type !== "PARAGRAPH") {
    throw new Invalid(
      "deleteContentRange: Invalid deletion range. Cannot delete the requested range: the newline before a table.",
    );
  }
  next.c.text = keepBefore + next.c.text;
  items.splice(first, last - first + 1);
}

function deleteContentRange(doc: DocContent, r: Json): void {
  const range = (r.range ?? {}) as { startIndex?: unknown; endIndex?: unknown };
  const from = Number(range.startIndex);
  const to = Number(range.endIndex);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to <= from) {
    throw new Invalid("deleteContentRange: The range must be a non-empty range of the body.");
  }
  const a = containerAt(doc, from);
  const b = containerAt(doc, to - 1);
  if (a && b && a.kind === "cell" && b.kind === "cell" && a.paragraphs === b.paragraphs) {
    deleteIn(a, from, to);
    return;
  }
  if ((a && a.kind === "cell") || (b && b.kind === "cell")) {
    throw new Invalid(
      "deleteContentRange: Invalid deletion range. Cannot delete a part of a table.",
    );
  }
  deleteIn({ paragraphs: doc.body, start: 1, kind: "body" }, from, to);
}

function insertTable(doc: DocContent, r: Json): void {
  const rows = Number(r.rows);
  const columns = Number(r.columns);
  if (!(rows >= 1 && columns >= 1))
    throw new Invalid("insertTable: rows and columns must be at least 1.");
  const index = r.endOfSegmentLocation
    ? (placed(doc.body).at(-1)?.end ?? 2) - 1
    : indexOf(r.location, doc, "insertTable");
  const container = containerAt(doc, index);
  const at = container?.kind === "body" ? paragraphAt(container, index) : null;
  if (!container || !at) {
    throw new Invalid(
      "insertTable: The insertion index must be inside the bounds of a paragraph of the body.",
    );
  }
  const before = emptyParagraph(at.p);
  before.text = at.p.text.slice(0, index - at.start);
  at.p.text = at.p.text.slice(index - at.start);
  const table: TableModel = {
    type: "TABLE",
    borderWidth: 1,
    style: {},
    rows: Array.from({ length: rows }, () => ({
      type: "TABLE_ROW" as const,
      cells: Array.from({ length: columns }, () => ({
        type: "TABLE_CELL" as const,
        children: [emptyParagraph()],
      })),
    })),
  };
  container.paragraphs.splice(at.i, 0, before, table);
}

function tableCell(doc: DocContent, r: Json, what: string) {
  const loc = (r.tableCellLocation ?? {}) as {
    tableStartLocation?: { index?: unknown };
    rowIndex?: unknown;
    columnIndex?: unknown;
  };
  const found = tableAt(doc, Number(loc.tableStartLocation?.index));
  if (!found)
    throw new Invalid(`${what}: The table start location must be the start index of a table.`);
  const row = Number(loc.rowIndex ?? 0);
  if (!Number.isInteger(row) || row < 0 || row >= found.table.rows.length) {
    throw new Invalid(`${what}: The row index ${row} is out of bounds.`);
  }
  return { table: found.table, row };
}

function insertTableRow(doc: DocContent, r: Json): void {
  const { table, row } = tableCell(doc, r, "insertTableRow");
  const reference = table.rows[row]!;
  const made: TableRowModel = {
    type: "TABLE_ROW",
    cells: reference.cells.map((c) => ({
      type: "TABLE_CELL",
      children: [emptyParagraph(c.children[0])],
    })),
  };
  table.rows.splice(r.insertBelow ? row + 1 : row, 0, made);
}

function deleteTableRow(doc: DocContent, r: Json): void {
  const { table, row } = tableCell(doc, r, "deleteTableRow");
  table.rows.splice(row, 1);
  if (table.rows.length === 0) doc.body.splice(doc.body.indexOf(table), 1);
}

function fieldsOf(r: Json, what: string): Set<string> | "all" {
  const f = String(r.fields ?? "").trim();
  if (f === "") throw new Invalid(`${what}: fields is required.`);
  return f === "*" ? "all" : new Set(f.split(",").map((s) => s.trim()));
}

function rangeOf(r: Json, what: string): [number, number] {
  const range = (r.range ?? {}) as { startIndex?: unknown; endIndex?: unknown };
  const from = Number(range.startIndex);
  const to = Number(range.endIndex);
  if (!Number.isInteger(from) || !Number.isInteger(to) || to <= from) {
    throw new Invalid(`${what}: range must be a non-empty range.`);
  }
  return [from, to];
}

function updateTextStyle(doc: DocContent, r: Json): void {
  const fields = fieldsOf(r, "updateTextStyle");
  const [from, to] = rangeOf(r, "updateTextStyle");
  const s = (r.textStyle ?? {}) as Json;
  const has = (k: string) => fields === "all" || fields.has(k);
  for (const p of paragraphsIn(doc, from, to)) {
    if (has("bold")) p.style.bold = Boolean(s.bold);
    if (has("italic")) p.style.italic = Boolean(s.italic);
    if (has("underline")) p.style.underline = Boolean(s.underline);
    if (has("fontSize")) {
      const size = (s.fontSize as { magnitude?: number } | undefined)?.magnitude;
      if (size === undefined) delete p.style.fontSize;
      else p.style.fontSize = Number(size);
    }
    if (has("weightedFontFamily")) {
      const family = (s.weightedFontFamily as { fontFamily?: string } | undefined)?.fontFamily;
      if (family === undefined) delete p.style.fontFamily;
      else p.style.fontFamily = String(family);
    }
  }
}

function updateParagraphStyle(doc: DocContent, r: Json): void {
  const fields = fieldsOf(r, "updateParagraphStyle");
  const [from, to] = rangeOf(r, "updateParagraphStyle");
  const s = (r.paragraphStyle ?? {}) as Json;
  const has = (k: string) => fields === "all" || fields.has(k);
  for (const p of paragraphsIn(doc, from, to)) {
    if (has("alignment")) {
      const a = s.alignment === undefined ? undefined : ALIGN_FROM_API[String(s.alignment)];
      if (a === undefined) delete p.align;
      else p.align = a;
    }
    if (has("namedStyleType")) {
      const n = String(s.namedStyleType ?? "NORMAL_TEXT");
      if (n === "NORMAL_TEXT") delete p.heading;
      else p.heading = n;
    }
    for (const key of ["indentFirstLine", "indentStart", "spaceAbove", "spaceBelow"] as const) {
      if (!has(key)) continue;
      const points = pointsOf(s[key], `updateParagraphStyle: paragraphStyle.${key}`);
      setParagraph(p, key, points);
    }
    if (has("lineSpacing")) {
      const v = s.lineSpacing;
      if (v !== undefined && !(typeof v === "number" && v >= 6)) {
        throw new Invalid("updateParagraphStyle: paragraphStyle.lineSpacing must be at least 6.");
      }
      setParagraph(p, "lineSpacing", v as number | undefined);
    }
    if (has("pageBreakBefore")) {
      setParagraph(
        p,
        "pageBreakBefore",
        s.pageBreakBefore === undefined ? undefined : Boolean(s.pageBreakBefore),
      );
    }
  }
}

/** Sets (or, undefined, clears) one field of a paragraph's spacing and indentation. */
function setParagraph<K extends keyof ParagraphStyle>(
  p: ParagraphModel,
  key: K,
  value: ParagraphStyle[K] | undefined,
): void {
  const style: ParagraphStyle = { ...p.paragraph };
  if (value === undefined) delete style[key];
  else style[key] = value;
  if (Object.keys(style).length === 0) delete p.paragraph;
  else p.paragraph = style;
}

/**
 * A Dimension as points: { magnitude, unit: "PT" } (the only unit the Docs API has); undefined
 * for an unset value, which the field mask then clears.
 */
function pointsOf(value: unknown, what: string): number | undefined {
  if (value === undefined) return undefined;
  const d = value as { magnitude?: unknown; unit?: unknown };
  if (d.unit !== "PT" || typeof d.magnitude !== "number" || !Number.isFinite(d.magnitude)) {
    throw new Invalid(`${what}: a dimension needs a numeric magnitude and the unit PT.`);
  }
  return d.magnitude;
}

/**
 * updateDocumentStyle: the page size and margins (documentStyle.pageSize, marginTop …).
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#updatedocumentstylerequest
 */
function updateDocumentStyle(doc: DocContent, r: Json): void {
  const fields = fieldsOf(r, "updateDocumentStyle");
  const s = (r.documentStyle ?? {}) as Json;
  const has = (k: string) => fields === "all" || fields.has(k);
  const page: PageStyle = { ...(doc.page ?? DEFAULT_PAGE) };
  if (has("pageSize")) {
    const size = (s.pageSize ?? {}) as { width?: unknown; height?: unknown };
    page.width = pointsOf(size.width, "updateDocumentStyle: pageSize.width") ?? DEFAULT_PAGE.width;
    page.height =
      pointsOf(size.height, "updateDocumentStyle: pageSize.height") ?? DEFAULT_PAGE.height;
  }
  for (const key of ["marginTop", "marginBottom", "marginLeft", "marginRight"] as const) {
    if (has(key)) page[key] = pointsOf(s[key], `updateDocumentStyle: ${key}`) ?? DEFAULT_PAGE[key];
  }
  if (
    page.marginLeft + page.marginRight >= page.width ||
    page.marginTop + page.marginBottom >= page.height
  ) {
    throw new Invalid("updateDocumentStyle: the margins leave no room on the page.");
  }
  doc.page = page;
}

/**
 * updateTableColumnProperties: a column's width (FIXED_WIDTH with a width of at least 5 points,
 * or EVENLY_DISTRIBUTED); no columnIndices = every column.
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#updatetablecolumnpropertiesrequest
 */
function updateTableColumnProperties(doc: DocContent, r: Json): void {
  const fields = fieldsOf(r, "updateTableColumnProperties");
  const found = tableAt(
    doc,
    Number((r.tableStartLocation as { index?: unknown } | undefined)?.index),
  );
  if (!found) {
    throw new Invalid(
      "updateTableColumnProperties: The table start location must be the start index of a table.",
    );
  }
  const columns = found.table.rows[0]?.cells.length ?? 0;
  const indices = Array.isArray(r.columnIndices)
    ? (r.columnIndices as unknown[]).map(Number)
    : Array.from({ length: columns }, (_v, i) => i);
  for (const i of indices) {
    if (!Number.isInteger(i) || i < 0 || i >= columns) {
      throw new Invalid(`updateTableColumnProperties: The column index ${i} is out of bounds.`);
    }
  }
  const props = (r.tableColumnProperties ?? {}) as Json;
  const has = (k: string) => fields === "all" || fields.has(k);
  const widths = Array.from({ length: columns }, (_v, i) => found.table.columnWidths?.[i] ?? null);
  for (const i of indices) {
    const type = has("widthType") ? String(props.widthType ?? "EVENLY_DISTRIBUTED") : undefined;
    if (type === "EVENLY_DISTRIBUTED") {
      widths[i] = null;
      continue;
    }
    if (has("width")) {
      const width = pointsOf(props.width, "updateTableColumnProperties: width");
      if (width === undefined || width < 5) {
        throw new Invalid(
          "updateTableColumnProperties: the width of a column must be at least 5 points.",
        );
      }
      widths[i] = width;
    }
  }
  found.table.columnWidths = widths;
}

function updateTableCellStyle(doc: DocContent, r: Json): void {
  fieldsOf(r, "updateTableCellStyle");
  const start =
    (r.tableStartLocation as { index?: unknown } | undefined)?.index ??
    (
      r.tableRange as
        | { tableCellLocation?: { tableStartLocation?: { index?: unknown } } }
        | undefined
    )?.tableCellLocation?.tableStartLocation?.index;
  const found = tableAt(doc, Number(start));
  if (!found)
    throw new Invalid(
      "updateTableCellStyle: The table start location must be the start index of a table.",
    );
  const style = (r.tableCellStyle ?? {}) as Json;
  const width = (style.borderTop as { width?: { magnitude?: number } } | undefined)?.width
    ?.magnitude;
  if (width !== undefined) found.table.borderWidth = Number(width);
}

function replaceAllText(doc: DocContent, r: Json): Json {
  const contains = (r.containsText ?? {}) as { text?: string; matchCase?: boolean };
  const find = contains.text ?? "";
  if (find === "") throw new Invalid("replaceAllText: containsText.text must not be empty.");
  const re = new RegExp(
    find.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
    contains.matchCase ? "g" : "gi",
  );
  const value = String(r.replaceText ?? "");
  let occurrencesChanged = 0;
  for (const p of paragraphsIn(doc, 0, Number.MAX_SAFE_INTEGER)) {
    p.text = p.text.replace(re, () => {
      occurrencesChanged += 1;
      return value;
    });
  }
  return { replaceAllText: { occurrencesChanged } };
}

const REQUESTS: Record<string, (doc: DocContent, r: Json) => unknown> = {
  replaceAllText,
  insertText,
  deleteContentRange,
  insertTable,
  insertTableRow,
  deleteTableRow,
  updateTextStyle,
  updateParagraphStyle,
  updateTableCellStyle,
  updateDocumentStyle,
  updateTableColumnProperties,
};

// ------------------------------------------------------------------ the service

export class DocsDocumentsImpl {
  /** Per user: the instants of their recent Docs API writes (the per-minute quota). */
  readonly #writes = new Map<string, number[]>();
  constructor(
    readonly core: RuntimeInternals,
    readonly store: DriveStore,
  ) {}
  toString() {
    return "Documents";
  }

  #call<T>(method: string, apply: () => T): T {
    return this.store.network(`Docs.Documents.${method}`, apply);
  }

  #open(id: string, method: string): DocContent {
    const file = this.store.files.get(id);
    const doc = this.store.docs.get(id);
    const user = this.store.currentUser();
    if (!file || !doc || !(file.owner === user || file.sharedWith.has(user))) {
      apiError(
        this.core,
        `Docs.Documents.${method}`,
        404,
        "notFound",
        "Requested entity was not found.",
      );
    }
    return doc;
  }

  /** The revision of a document: changes with every change to it. */
  revisionOf(id: string): string {
    const f = this.store.files.get(id);
    return `ALm37B${id.slice(12, 20)}r${f?.version ?? 0}`;
  }

  get(documentId: unknown, _options?: unknown) {
    return this.#call("get", () => {
      const id = String(documentId);
      const doc = this.#open(id, "get");
      const file = this.store.files.get(id)!;
      const content = [
        { endIndex: 1, sectionBreak: { sectionStyle: { sectionType: "CONTINUOUS" } } },
        ...contentJson(doc.body, 1, doc.style),
      ];
      return {
        documentId: id,
        title: file.name,
        revisionId: this.revisionOf(id),
        body: { content },
        documentStyle: documentStyleJson(doc.page ?? DEFAULT_PAGE),
      };
    });
  }

  #quota(method: string): void {
    const user = this.store.currentUser();
    const now = this.core.now();
    const recent = (this.#writes.get(user) ?? []).filter((t) => t > now - 60_000);
    if (recent.length >= WRITES_PER_MINUTE) {
      this.#writes.set(user, recent);
      apiError(
        this.core,
        `Docs.Documents.${method}`,
        429,
        "rateLimitExceeded",
        "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user' of service 'docs.googleapis.com'.",
      );
    }
    recent.push(now);
    this.#writes.set(user, recent);
  }

  batchUpdate(resource: unknown, documentId: unknown) {
    return this.#call("batchUpdate", () => {
      const id = String(documentId);
      const doc = this.#open(id, "batchUpdate");
      this.#quota("batchUpdate");
      const body = (resource ?? {}) as { requests?: unknown[]; writeControl?: Json };
      const required = body.writeControl?.requiredRevisionId;
      if (required !== undefined && String(required) !== this.revisionOf(id)) {
        apiError(
          this.core,
          "Docs.Documents.batchUpdate",
          400,
          "failedPrecondition",
          `The required revision ID '${String(required)}' does not match the latest revision of the document.`,
        );
      }
      // All or nothing: the requests apply to a copy that replaces the document at the end.
      const work = structuredClone(doc);
      const replies = (body.requests ?? []).map((req, i) => {
        const [name, ...extra] = Object.keys((req ?? {}) as object);
        const handler = name === undefined ? undefined : REQUESTS[name];
        if (!handler || extra.length > 0) {
          this.core.fail(
            `GoogleJsonResponseException: API call to docs.documents.batchUpdate failed with error: Invalid requests[${i}]: ${name === undefined ? "empty request" : `unsupported request ${Object.keys(req as object).join(", ")} (local runtime)`}.`,
          );
        }
        try {
          return handler(work, (req as Json)[name as string] as Json) ?? {};
        } catch (e) {
          if (!(e instanceof Invalid)) throw e;
          return apiError(
            this.core,
            "Docs.Documents.batchUpdate",
            400,
            "badRequest",
            `Invalid requests[${i}].${e.message}`,
          );
        }
      });
      doc.body = work.body;
      doc.style = work.style;
      if (work.page) doc.page = work.page;
      this.store.touch(id);
      return { documentId: id, replies, writeControl: { requiredRevisionId: this.revisionOf(id) } };
    });
  }
}

export class DocsAdvancedImpl {
  readonly Documents: DocsDocumentsImpl;
  constructor(core: RuntimeInternals, store: DriveStore) {
    this.Documents = core.service("Docs.Documents", new DocsDocumentsImpl(core, store));
  }
  toString() {
    return "Docs";
  }
}
