/**
 * DocumentApp (Document, Body, Paragraph, Table, TableRow, TableCell, Text) over the Google Docs
 * held in a DriveStore (drive-app.ts), and the `Docs` global (the advanced Docs service,
 * docs-api.ts). Every method goes through the runtime's `core.service()` wrapper: counted
 * ("Body.replaceText" …), timed and auth-checked.
 * https://developers.google.com/apps-script/reference/document
 *
 * Structure rules Google Docs keeps, as the Docs API states them (DocumentApp's reference is
 * silent; the stand-in follows the API, https://developers.google.com/workspace/docs/api/concepts/rules-behavior
 * and …/reference/rest/v1/documents/request#deletecontentrangerequest): the last paragraph of the
 * body or of a table cell cannot be removed, and a paragraph always precedes a table at the
 * start of the body (inserting a table first puts an empty paragraph before it; that paragraph
 * cannot be removed while the table follows it).
 *
 * `DocumentApp.openById` is where DocumentApp reaches the network: it counts as a Docs call for
 * failures on demand (faults.ts), and it opens any document the user can open (the `documents`
 * scope), like the Docs API.
 */
import { makeEnum } from "./core.ts";
import { DocsAdvancedImpl } from "./docs-api.ts";
import {
  type BodyChild,
  childText,
  DEFAULT_PAGE,
  DOC_MIME,
  type DocContent,
  type DriveStore,
  docUrl,
  driveStoreOf,
  type PageStyle,
  type ParagraphModel,
  type ParagraphStyle,
  type TableCellModel,
  type TableModel,
  type TableRowModel,
  type TextStyle,
} from "./drive-app.ts";
import type { RuntimeExtension, RuntimeInternals } from "./extensions.ts";

export const Attribute = makeEnum([
  "BOLD",
  "ITALIC",
  "UNDERLINE",
  "FONT_SIZE",
  "FONT_FAMILY",
  "HORIZONTAL_ALIGNMENT",
  "BORDER_WIDTH",
  "HEADING",
  "LINE_SPACING",
  "SPACING_AFTER",
  "SPACING_BEFORE",
  "INDENT_FIRST_LINE",
  "INDENT_START",
  "MARGIN_TOP",
  "MARGIN_BOTTOM",
  "MARGIN_LEFT",
  "MARGIN_RIGHT",
  "PAGE_WIDTH",
  "PAGE_HEIGHT",
] as const);
export const HorizontalAlignment = makeEnum(["LEFT", "CENTER", "RIGHT", "JUSTIFY"] as const);
export const ElementType = makeEnum([
  "BODY_SECTION",
  "PARAGRAPH",
  "TABLE",
  "TABLE_ROW",
  "TABLE_CELL",
  "TEXT",
  "LIST_ITEM",
] as const);
export const ParagraphHeading = makeEnum([
  "NORMAL",
  "HEADING1",
  "HEADING2",
  "HEADING3",
  "TITLE",
  "SUBTITLE",
] as const);

type Model = BodyChild | TableRowModel | TableCellModel;

/** Java's Matcher replacement: `$n` is a group, `\x` is x. */
function javaReplacement(replacement: string, groups: string[]): string {
  let out = "";
  for (let i = 0; i < replacement.length; i += 1) {
    const ch = replacement[i]!;
    if (ch === "\\" && i + 1 < replacement.length) {
      out += replacement[i + 1];
      i += 1;
    } else if (ch === "$") {
      const m = /^\d+/.exec(replacement.slice(i + 1));
      if (!m) throw new Error("Illegal group reference in replacement");
      out += groups[Number(m[0])] ?? "";
      i += m[0].length;
    } else out += ch;
  }
  return out;
}

function replaceIn(p: ParagraphModel, pattern: RegExp, replacement: string): number {
  let count = 0;
  p.text = p.text.replace(pattern, (...args) => {
    count += 1;
    const groups = args.slice(0, -2).filter((a) => typeof a === "string") as string[];
    return javaReplacement(replacement, groups);
  });
  return count;
}

function paragraphsOf(model: Model): ParagraphModel[] {
  switch (model.type) {
    case "PARAGRAPH":
      return [model];
    case "TABLE":
      return model.rows.flatMap(paragraphsOf);
    case "TABLE_ROW":
      return model.cells.flatMap(paragraphsOf);
    case "TABLE_CELL":
      return model.children;
  }
}

function textOf(model: Model): string {
  switch (model.type) {
    case "PARAGRAPH":
    case "TABLE":
      return childText(model);
    case "TABLE_ROW":
      return model.cells.map((c) => c.children.map((p) => p.text).join("\n")).join("\t");
    case "TABLE_CELL":
      return model.children.map((p) => p.text).join("\n");
  }
}

function styleFromAttributes(
  core: RuntimeInternals,
  attrs: unknown,
  into: TextStyle,
): string | undefined {
  let align: string | undefined;
  for (const [k, v] of Object.entries((attrs ?? {}) as Record<string, unknown>)) {
    switch (k) {
      case "BOLD":
        into.bold = Boolean(v);
        break;
      case "ITALIC":
        into.italic = Boolean(v);
        break;
      case "UNDERLINE":
        into.underline = Boolean(v);
        break;
      case "FONT_SIZE":
        into.fontSize = Number(v);
        break;
      case "FONT_FAMILY":
        into.fontFamily = String(v);
        break;
      case "HORIZONTAL_ALIGNMENT":
        align = String(v);
        break;
      case "BORDER_WIDTH":
      case "HEADING":
      case "LINE_SPACING":
      case "SPACING_AFTER":
      case "SPACING_BEFORE":
      case "INDENT_FIRST_LINE":
      case "INDENT_START":
      case "MARGIN_TOP":
      case "MARGIN_BOTTOM":
      case "MARGIN_LEFT":
      case "MARGIN_RIGHT":
      case "PAGE_WIDTH":
      case "PAGE_HEIGHT":
        // Paragraph and page attributes: paragraphFromAttributes, pageFromAttributes.
        break;
      default:
        core.fail(`Invalid argument: attributes (${k})`);
    }
  }
  return align;
}

/**
 * The paragraph attributes of DocumentApp (points; LINE_SPACING a multiple of a line, 1.15 …)
 * into the stored paragraph style (lineSpacing in percent, as the Docs API reports it).
 * https://developers.google.com/apps-script/reference/document/attribute
 */
function paragraphFromAttributes(attrs: unknown, p: ParagraphModel): void {
  const a = (attrs ?? {}) as Record<string, unknown>;
  const style: ParagraphStyle = { ...p.paragraph };
  const set = (key: keyof ParagraphStyle, value: unknown, scale = 1) => {
    if (value === undefined) return;
    if (value === null) delete style[key];
    else (style as Record<string, number>)[key] = Math.round(Number(value) * scale * 1e6) / 1e6;
  };
  set("spaceAbove", a.SPACING_BEFORE);
  set("spaceBelow", a.SPACING_AFTER);
  set("indentFirstLine", a.INDENT_FIRST_LINE);
  set("indentStart", a.INDENT_START);
  set("lineSpacing", a.LINE_SPACING, 100);
  if (Object.keys(style).length > 0) p.paragraph = style;
  else delete p.paragraph;
}

/** The page attributes of a Body (points) into the document's page. */
function pageFromAttributes(attrs: unknown, content: DocContent): void {
  const a = (attrs ?? {}) as Record<string, unknown>;
  const keys = {
    MARGIN_TOP: "marginTop",
    MARGIN_BOTTOM: "marginBottom",
    MARGIN_LEFT: "marginLeft",
    MARGIN_RIGHT: "marginRight",
    PAGE_WIDTH: "width",
    PAGE_HEIGHT: "height",
  } as const;
  const page: PageStyle = { ...(content.page ?? DEFAULT_PAGE) };
  let changed = false;
  for (const [attr, key] of Object.entries(keys)) {
    if (a[attr] === undefined || a[attr] === null) continue;
    page[key] = Number(a[attr]);
    changed = true;
  }
  if (changed) content.page = page;
}

/** Shared by the element classes: where an element lives, to find its parent. */
class Tree {
  constructor(
    readonly core: RuntimeInternals,
    readonly content: DocContent | null,
  ) {}

  parentOf(model: Model): Model | "body" | null {
    const c = this.content;
    if (!c) return null;
    if (c.body.includes(model as BodyChild)) return "body";
    for (const child of c.body) {
      if (child.type !== "TABLE") continue;
      if (child.rows.includes(model as TableRowModel)) return child;
      for (const row of child.rows) {
        if (row.cells.includes(model as TableCellModel)) return row;
        for (const cell of row.cells) {
          if (cell.children.includes(model as ParagraphModel)) return cell;
        }
      }
    }
    return null;
  }

  wrap(model: Model): unknown {
    switch (model.type) {
      case "PARAGRAPH":
        return this.core.service("Paragraph", new ParagraphImpl(this, model));
      case "TABLE":
        return this.core.service("Table", new TableImpl(this, model));
      case "TABLE_ROW":
        return this.core.service("TableRow", new TableRowImpl(this, model));
      case "TABLE_CELL":
        return this.core.service("TableCell", new TableCellImpl(this, model));
    }
  }

  /** Host model of an element argument (a wrapper from this runtime). */
  modelOf(element: unknown): Model {
    const impl = this.core.unwrap(element) as { model?: Model } | null;
    if (!impl?.model) this.core.fail("Invalid argument: element");
    return impl.model;
  }

  remove(model: Model): void {
    const parent = this.parentOf(model);
    if (parent === "body") {
      const body = this.content!.body;
      if (body.length === 1) {
        this.core.fail("Can't remove the last paragraph in a document section.");
      }
      const at = body.indexOf(model as BodyChild);
      if (at === 0 && model.type === "PARAGRAPH" && body[1]?.type === "TABLE") {
        this.core.fail(
          "Can't remove the paragraph before a table at the start of a document section.",
        );
      }
      body.splice(at, 1);
    } else if (parent?.type === "TABLE") {
      parent.rows.splice(parent.rows.indexOf(model as TableRowModel), 1);
    } else if (parent?.type === "TABLE_ROW") {
      parent.cells.splice(parent.cells.indexOf(model as TableCellModel), 1);
    } else if (parent?.type === "TABLE_CELL") {
      if (parent.children.length === 1)
        this.core.fail("Can't remove the last paragraph in a table cell.");
      parent.children.splice(parent.children.indexOf(model as ParagraphModel), 1);
    }
  }
}

abstract class ElementImpl<M extends Model> {
  constructor(
    readonly tree: Tree,
    readonly model: M,
  ) {}
  getType() {
    return ElementType[this.model.type];
  }
  getText() {
    return textOf(this.model);
  }
  replaceText(searchPattern: unknown, replacement: unknown) {
    const re = new RegExp(String(searchPattern), "g");
    for (const p of paragraphsOf(this.model)) replaceIn(p, re, String(replacement ?? ""));
    return this;
  }
  getParent() {
    const parent = this.tree.parentOf(this.model);
    if (parent === null) return null;
    if (parent === "body") {
      return this.tree.content ? this.tree.core.service("Body", new BodyImpl(this.tree)) : null;
    }
    return this.tree.wrap(parent);
  }
  removeFromParent() {
    this.tree.remove(this.model);
    return this;
  }
  copy() {
    return new Tree(this.tree.core, null).wrap(structuredClone(this.model));
  }
  editAsText() {
    return this.tree.core.service("Text", new TextImpl(this.tree, paragraphsOf(this.model)));
  }
  #as(type: Model["type"]) {
    if (this.model.type !== type) this.tree.core.fail(`Cannot cast ${this.model.type} to ${type}`);
    return this;
  }
  asParagraph() {
    return this.#as("PARAGRAPH");
  }
  asTable() {
    return this.#as("TABLE");
  }
  asTableRow() {
    return this.#as("TABLE_ROW");
  }
  asTableCell() {
    return this.#as("TABLE_CELL");
  }
  setAttributes(attributes: unknown) {
    const style: TextStyle = {};
    const align = styleFromAttributes(this.tree.core, attributes, style);
    const raw = (attributes ?? {}) as Record<string, unknown>;
    if (this.model.type === "TABLE" && raw.BORDER_WIDTH !== undefined) {
      this.model.borderWidth = Number(raw.BORDER_WIDTH);
    }
    for (const p of paragraphsOf(this.model)) {
      Object.assign(p.style, style);
      if (align) p.align = align;
      paragraphFromAttributes(attributes, p);
    }
    return this;
  }
  toString() {
    return this.model.type;
  }
}

class TextImpl {
  constructor(
    readonly tree: Tree,
    readonly paragraphs: ParagraphModel[],
  ) {}
  toString() {
    return "Text";
  }
  getText() {
    return this.paragraphs.map((p) => p.text).join("\n");
  }
  #set(key: keyof TextStyle, args: unknown[]) {
    // (value) or (start, end, value): a range is applied to the paragraphs it touches.
    const value = args.length >= 3 ? args[2] : args[0];
    for (const p of this.paragraphs) (p.style as Record<string, unknown>)[key] = value;
    return this;
  }
  setBold(...args: unknown[]) {
    return this.#set(
      "bold",
      args.map((a, i) => (i === args.length - 1 ? Boolean(a) : a)),
    );
  }
  setItalic(...args: unknown[]) {
    return this.#set(
      "italic",
      args.map((a, i) => (i === args.length - 1 ? Boolean(a) : a)),
    );
  }
  setUnderline(...args: unknown[]) {
    return this.#set(
      "underline",
      args.map((a, i) => (i === args.length - 1 ? Boolean(a) : a)),
    );
  }
  setFontSize(...args: unknown[]) {
    return this.#set(
      "fontSize",
      args.map((a, i) => (i === args.length - 1 ? Number(a) : a)),
    );
  }
  setFontFamily(...args: unknown[]) {
    return this.#set(
      "fontFamily",
      args.map((a, i) => (i === args.length - 1 ? String(a) : a)),
    );
  }
}

class ParagraphImpl extends ElementImpl<ParagraphModel> {
  #spacing(key: keyof ParagraphStyle, value: unknown, scale = 1) {
    const style: ParagraphStyle = { ...this.model.paragraph };
    if (value === null) delete style[key];
    else (style as Record<string, number>)[key] = Math.round(Number(value) * scale * 1e6) / 1e6;
    if (Object.keys(style).length > 0) this.model.paragraph = style;
    else delete this.model.paragraph;
    return this;
  }
  setIndentFirstLine(points: unknown) {
    return this.#spacing("indentFirstLine", points);
  }
  getIndentFirstLine() {
    return this.model.paragraph?.indentFirstLine ?? null;
  }
  setIndentStart(points: unknown) {
    return this.#spacing("indentStart", points);
  }
  getIndentStart() {
    return this.model.paragraph?.indentStart ?? null;
  }
  setSpacingBefore(points: unknown) {
    return this.#spacing("spaceAbove", points);
  }
  getSpacingBefore() {
    return this.model.paragraph?.spaceAbove ?? null;
  }
  setSpacingAfter(points: unknown) {
    return this.#spacing("spaceBelow", points);
  }
  getSpacingAfter() {
    return this.model.paragraph?.spaceBelow ?? null;
  }
  /** A multiple of a single line (1.15), stored in percent as the Docs API reports it. */
  setLineSpacing(multiplier: unknown) {
    return this.#spacing("lineSpacing", multiplier, 100);
  }
  getLineSpacing() {
    const v = this.model.paragraph?.lineSpacing;
    return v === undefined ? null : v / 100;
  }
  setText(text: unknown) {
    this.model.text = String(text ?? "");
    return this;
  }
  appendText(text: unknown) {
    this.model.text += String(text ?? "");
    return this.editAsText();
  }
  setAlignment(alignment: unknown) {
    this.model.align = String(alignment);
    return this;
  }
  getAlignment() {
    return this.model.align ? HorizontalAlignment[this.model.align as "LEFT"] : null;
  }
  setHeading(heading: unknown) {
    this.model.heading = String(heading);
    return this;
  }
  getHeading() {
    return ParagraphHeading[(this.model.heading ?? "NORMAL") as "NORMAL"];
  }
  getAttributes() {
    const s = this.model.style;
    return {
      BOLD: s.bold ?? null,
      ITALIC: s.italic ?? null,
      UNDERLINE: s.underline ?? null,
      FONT_SIZE: s.fontSize ?? null,
      FONT_FAMILY: s.fontFamily ?? null,
      HORIZONTAL_ALIGNMENT: this.model.align ?? null,
      SPACING_BEFORE: this.model.paragraph?.spaceAbove ?? null,
      SPACING_AFTER: this.model.paragraph?.spaceBelow ?? null,
      INDENT_FIRST_LINE: this.model.paragraph?.indentFirstLine ?? null,
      INDENT_START: this.model.paragraph?.indentStart ?? null,
      LINE_SPACING: this.getLineSpacing(),
    };
  }
}

class TableCellImpl extends ElementImpl<TableCellModel> {
  setText(text: unknown) {
    const first = this.model.children[0];
    this.model.children = [
      { type: "PARAGRAPH", text: String(text ?? ""), style: { ...(first?.style ?? {}) } },
    ];
    if (first?.align) this.model.children[0]!.align = first.align;
    return this;
  }
  getNumChildren() {
    return this.model.children.length;
  }
  getChild(index: unknown) {
    const p = this.model.children[Number(index)];
    if (!p) this.tree.core.fail("Child index out of bounds.");
    return this.tree.wrap(p);
  }
  appendParagraph(text: unknown) {
    const p: ParagraphModel =
      typeof text === "string" || text === undefined
        ? { type: "PARAGRAPH", text: String(text ?? ""), style: {} }
        : (structuredClone(this.tree.modelOf(text)) as ParagraphModel);
    this.model.children.push(p);
    return this.tree.wrap(p);
  }
  clear() {
    this.model.children = [{ type: "PARAGRAPH", text: "", style: {} }];
    return this;
  }
  getParentRow() {
    return this.getParent();
  }
}

class TableRowImpl extends ElementImpl<TableRowModel> {
  getNumCells() {
    return this.model.cells.length;
  }
  getCell(index: unknown) {
    const c = this.model.cells[Number(index)];
    if (!c) this.tree.core.fail("Child index out of bounds.");
    return this.tree.wrap(c);
  }
  appendTableCell(text: unknown) {
    const cell: TableCellModel = {
      type: "TABLE_CELL",
      children: [{ type: "PARAGRAPH", text: String(text ?? ""), style: {} }],
    };
    this.model.cells.push(cell);
    return this.tree.wrap(cell);
  }
  getParentTable() {
    return this.getParent();
  }
}

class TableImpl extends ElementImpl<TableModel> {
  getNumRows() {
    return this.model.rows.length;
  }
  getRow(index: unknown) {
    const r = this.model.rows[Number(index)];
    if (!r) this.tree.core.fail("Child index out of bounds.");
    return this.tree.wrap(r);
  }
  getCell(row: unknown, cell: unknown) {
    const c = this.model.rows[Number(row)]?.cells[Number(cell)];
    if (!c) this.tree.core.fail("Child index out of bounds.");
    return this.tree.wrap(c);
  }
  #rowOf(row: unknown): TableRowModel {
    if (row === undefined) {
      const width = this.model.rows[0]?.cells.length ?? 1;
      return {
        type: "TABLE_ROW",
        cells: Array.from({ length: width }, () => ({
          type: "TABLE_CELL" as const,
          children: [{ type: "PARAGRAPH" as const, text: "", style: {} }],
        })),
      };
    }
    const m = this.tree.modelOf(row);
    if (m.type !== "TABLE_ROW") this.tree.core.fail("Invalid argument: tableRow");
    return structuredClone(m);
  }
  insertTableRow(index: unknown, row?: unknown) {
    const i = Number(index);
    if (i < 0 || i > this.model.rows.length) this.tree.core.fail("Child index out of bounds.");
    const r = this.#rowOf(row);
    this.model.rows.splice(i, 0, r);
    return this.tree.wrap(r);
  }
  appendTableRow(row?: unknown) {
    const r = this.#rowOf(row);
    this.model.rows.push(r);
    return this.tree.wrap(r);
  }
  removeRow(index: unknown) {
    const [r] = this.model.rows.splice(Number(index), 1);
    if (!r) this.tree.core.fail("Child index out of bounds.");
    return this.tree.wrap(r);
  }
  setBorderWidth(width: unknown) {
    this.model.borderWidth = Number(width);
    return this;
  }
  getBorderWidth() {
    return this.model.borderWidth;
  }
  /** A column's width in points (https://developers.google.com/apps-script/reference/document/table#setcolumnwidthcolumnindex,-width). */
  setColumnWidth(columnIndex: unknown, width: unknown) {
    const columns = this.model.rows[0]?.cells.length ?? 0;
    const i = Number(columnIndex);
    if (!Number.isInteger(i) || i < 0 || i >= columns)
      this.tree.core.fail("Child index out of bounds.");
    const widths = Array.from({ length: columns }, (_v, c) => this.model.columnWidths?.[c] ?? null);
    widths[i] = Number(width);
    this.model.columnWidths = widths;
    return this;
  }
  /** Null for a column whose width was never set (evenly distributed). */
  getColumnWidth(columnIndex: unknown) {
    return this.model.columnWidths?.[Number(columnIndex)] ?? null;
  }
}

function tableFrom(core: RuntimeInternals, cells: unknown): TableModel {
  if (cells === undefined) return { type: "TABLE", rows: [], borderWidth: 1, style: {} };
  if (!Array.isArray(cells) || !cells.every((r) => Array.isArray(r))) {
    core.fail("Invalid argument: cells");
  }
  const rows = cells as unknown[][];
  const width = rows[0]?.length ?? 0;
  if (rows.some((r) => r.length !== width)) {
    core.fail("All rows in a table must have the same number of cells.");
  }
  return {
    type: "TABLE",
    borderWidth: 1,
    style: {},
    rows: rows.map((r) => ({
      type: "TABLE_ROW",
      cells: r.map((text) => ({
        type: "TABLE_CELL",
        children: [{ type: "PARAGRAPH", text: String(text ?? ""), style: {} }],
      })),
    })),
  };
}

class BodyImpl {
  constructor(readonly tree: Tree) {}
  get #body() {
    return this.tree.content!.body;
  }
  toString() {
    return "Body";
  }
  getType() {
    return ElementType.BODY_SECTION;
  }
  getText() {
    return this.#body.map(childText).join("\n");
  }
  getNumChildren() {
    return this.#body.length;
  }
  getChild(index: unknown) {
    const c = this.#body[Number(index)];
    if (!c) this.tree.core.fail("Child index out of bounds.");
    return this.tree.wrap(c);
  }
  getChildIndex(element: unknown) {
    const i = this.#body.indexOf(this.tree.modelOf(element) as BodyChild);
    if (i < 0) this.tree.core.fail("Element does not contain the specified child element.");
    return i;
  }
  getTables() {
    return this.#body.filter((c) => c.type === "TABLE").map((t) => this.tree.wrap(t));
  }
  getParagraphs() {
    return paragraphsOf({ type: "TABLE_CELL", children: [] })
      .concat(this.#body.flatMap((c) => paragraphsOf(c)))
      .map((p) => this.tree.wrap(p));
  }
  #paragraphModel(arg: unknown): ParagraphModel {
    if (typeof arg === "string" || arg === undefined) {
      return { type: "PARAGRAPH", text: String(arg ?? ""), style: {} };
    }
    const m = this.tree.modelOf(arg);
    if (m.type !== "PARAGRAPH") this.tree.core.fail("Invalid argument: paragraph");
    return structuredClone(m);
  }
  #tableModel(arg: unknown): TableModel {
    if (arg === undefined || Array.isArray(arg)) return tableFrom(this.tree.core, arg);
    const m = this.tree.modelOf(arg);
    if (m.type !== "TABLE") this.tree.core.fail("Invalid argument: table");
    return structuredClone(m);
  }
  appendParagraph(arg: unknown) {
    const p = this.#paragraphModel(arg);
    this.#body.push(p);
    return this.tree.wrap(p);
  }
  insertParagraph(index: unknown, arg: unknown) {
    const p = this.#paragraphModel(arg);
    this.#insert(Number(index), p);
    return this.tree.wrap(p);
  }
  appendTable(arg?: unknown) {
    const t = this.#tableModel(arg);
    this.#body.push(t);
    // Docs keeps a paragraph after a table at the end of the body.
    this.#body.push({ type: "PARAGRAPH", text: "", style: {} });
    return this.tree.wrap(t);
  }
  insertTable(index: unknown, arg?: unknown) {
    const t = this.#tableModel(arg);
    const i = Number(index);
    this.#insert(i, t);
    // A paragraph always precedes a table at the start of the body.
    if (i === 0) this.#body.unshift({ type: "PARAGRAPH", text: "", style: {} });
    return this.tree.wrap(t);
  }
  #insert(index: number, child: BodyChild) {
    if (index < 0 || index > this.#body.length) this.tree.core.fail("Child index out of bounds.");
    this.#body.splice(index, 0, child);
  }
  removeChild(element: unknown) {
    this.tree.remove(this.tree.modelOf(element));
    return this;
  }
  clear() {
    this.tree.content!.body = [{ type: "PARAGRAPH", text: "", style: {} }];
    return this;
  }
  replaceText(searchPattern: unknown, replacement: unknown) {
    const re = new RegExp(String(searchPattern), "g");
    for (const c of this.#body) {
      for (const p of paragraphsOf(c)) replaceIn(p, re, String(replacement ?? ""));
    }
    return this;
  }
  setAttributes(attributes: unknown) {
    const style: TextStyle = {};
    styleFromAttributes(this.tree.core, attributes, style);
    Object.assign(this.tree.content!.style, style);
    pageFromAttributes(attributes, this.tree.content!);
    return this;
  }
  #page(key: keyof PageStyle, points: unknown) {
    const content = this.tree.content!;
    content.page = { ...(content.page ?? DEFAULT_PAGE), [key]: Number(points) };
    return this;
  }
  setMarginTop(points: unknown) {
    return this.#page("marginTop", points);
  }
  setMarginBottom(points: unknown) {
    return this.#page("marginBottom", points);
  }
  setMarginLeft(points: unknown) {
    return this.#page("marginLeft", points);
  }
  setMarginRight(points: unknown) {
    return this.#page("marginRight", points);
  }
  setPageWidth(points: unknown) {
    return this.#page("width", points);
  }
  setPageHeight(points: unknown) {
    return this.#page("height", points);
  }
  getMarginTop() {
    return (this.tree.content!.page ?? DEFAULT_PAGE).marginTop;
  }
  getMarginBottom() {
    return (this.tree.content!.page ?? DEFAULT_PAGE).marginBottom;
  }
  getMarginLeft() {
    return (this.tree.content!.page ?? DEFAULT_PAGE).marginLeft;
  }
  getMarginRight() {
    return (this.tree.content!.page ?? DEFAULT_PAGE).marginRight;
  }
  getPageWidth() {
    return (this.tree.content!.page ?? DEFAULT_PAGE).width;
  }
  getPageHeight() {
    return (this.tree.content!.page ?? DEFAULT_PAGE).height;
  }
  editAsText() {
    return this.tree.core.service(
      "Text",
      new TextImpl(
        this.tree,
        this.#body.flatMap((c) => paragraphsOf(c)),
      ),
    );
  }
}

class DocumentImpl {
  constructor(
    readonly core: RuntimeInternals,
    readonly store: DriveStore,
    readonly id: string,
  ) {}
  toString() {
    return "Document";
  }
  #file() {
    const f = this.store.files.get(this.id);
    if (!f || !this.store.docs.has(this.id))
      this.core.fail("Document is missing (perhaps it was deleted?)");
    return f;
  }
  getId() {
    return this.id;
  }
  getName() {
    return this.#file().name;
  }
  setName(name: unknown) {
    this.#file().name = String(name);
    this.store.touch(this.id);
    return this;
  }
  getUrl() {
    return docUrl(this.id);
  }
  getBody() {
    this.#file();
    return this.core.service(
      "Body",
      new BodyImpl(new Tree(this.core, this.store.docs.get(this.id)!)),
    );
  }
  saveAndClose() {
    this.store.touch(this.id);
  }
}

export class DocumentAppImpl {
  readonly Attribute = Attribute;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly ElementType = ElementType;
  readonly ParagraphHeading = ParagraphHeading;
  constructor(
    readonly core: RuntimeInternals,
    readonly store: DriveStore,
  ) {}
  toString() {
    return "DocumentApp";
  }
  create(name: unknown) {
    const f = this.store.add({ name: String(name), mimeType: DOC_MIME });
    return this.core.service("Document", new DocumentImpl(this.core, this.store, f.id));
  }
  openById(id: unknown) {
    const open = () => {
      const f = this.store.files.get(String(id));
      const user = this.store.currentUser();
      if (
        !f ||
        f.mimeType !== DOC_MIME ||
        !this.store.docs.has(f.id) ||
        !(f.owner === user || f.sharedWith.has(user))
      ) {
        this.core.fail(
          "Document is missing (perhaps it was deleted, or you don't have read access?)",
        );
      }
      return this.core.service("Document", new DocumentImpl(this.core, this.store, f.id));
    };
    return this.store.network("DocumentApp.openById", open);
  }
  openByUrl(url: unknown) {
    const m = /\/d\/([^/]+)/.exec(String(url));
    if (!m) this.core.fail("Invalid argument: url");
    return this.openById(m[1]);
  }
}

/** The `DocumentApp` and `Docs` globals over `store`. */
export function createDocumentServices(
  core: RuntimeInternals,
  store: DriveStore,
): { DocumentApp: DocumentAppImpl; Docs: DocsAdvancedImpl } {
  return {
    DocumentApp: core.service("DocumentApp", new DocumentAppImpl(core, store)),
    Docs: new DocsAdvancedImpl(core, store),
  };
}

/** Extension: the `DocumentApp` and `Docs` (advanced Docs service) globals. */
export const documentExtension: RuntimeExtension = {
  name: "documents",
  install(rt) {
    const { DocumentApp, Docs } = createDocumentServices(rt, driveStoreOf(rt));
    return { DocumentApp, Docs };
  },
};
