/**
 * Filling a copy of a template in one Docs API documents.batchUpdate: the template is read once
 * per run (documents.get, `shapeOf`), and each document's requests are computed here from that
 * shape — its list rows repeated and filled by index, then every other placeholder replaced
 * (replaceAllText). A copy of a template has the template's indexes, so no call reads the copy.
 *
 * Indexes, as the Docs API states them (https://developers.google.com/workspace/docs/api/how-tos/tables,
 * https://developers.google.com/workspace/docs/api/concepts/structure): a table's start takes
 * one index, each row's start one, each cell's start one, and a cell holds at least one
 * paragraph (its newline). So a row of c empty cells takes 1 + 2c indexes. insertTableRow with
 * insertBelow puts the new, empty row right below the reference row. Edits go from the end of
 * the document to its start ("Edit backwards for efficiency",
 * https://developers.google.com/workspace/docs/api/how-tos/best-practices), so each index
 * computed from the template's shape still holds when its request runs.
 */
import { fillText, placeholdersIn, planFill, type Values } from "./placeholders";

export type Request = Record<string, unknown>;

/** A cell of a list row: its text (paragraphs joined by "\n"), where it lies, how it looks. */
interface CellShape {
  text: string;
  /** Index of the cell's first character. */
  contentStart: number;
  /** Index of the cell's last newline (its content is [contentStart, contentEnd)). */
  contentEnd: number;
  textStyle: Record<string, unknown>;
  alignment?: string;
}

/** The row of a list block: a table row repeated once per item. */
interface ListShape {
  marker: string;
  tableStart: number;
  row: number;
  rowEnd: number;
  cells: CellShape[];
}

/** What a run needs to know of a template, read once. */
export interface TemplateShape {
  /** The template's whole text. */
  text: string;
  /** Placeholders outside the list rows, exactly as written. */
  placeholders: string[];
  /** The list rows, in document order. */
  lists: ListShape[];
}

export interface ListSpec {
  marker: string;
  isField: (placeholder: string) => boolean;
}

type Json = Record<string, unknown>;
type Element = {
  startIndex?: number;
  endIndex?: number;
  paragraph?: {
    elements?: { textRun?: { content?: string; textStyle?: Json } }[];
    paragraphStyle?: Json;
  };
  table?: { tableRows?: RowJson[] };
};
type CellJson = { startIndex?: number; endIndex?: number; content?: Element[] };
type RowJson = { startIndex?: number; endIndex?: number; tableCells?: CellJson[] };

function paragraphText(e: Element): string {
  return (e.paragraph?.elements ?? []).map((r) => r.textRun?.content ?? "").join("");
}

function textOf(content: readonly Element[]): string {
  return content
    .map((e) =>
      e.table
        ? (e.table.tableRows ?? [])
            .flatMap((r) => (r.tableCells ?? []).map((c) => textOf(c.content ?? [])))
            .join("")
        : paragraphText(e),
    )
    .join("");
}

function isMarker(p: string, marker: string): boolean {
  const name = p
    .replace(/^\{\{|\}\}$/g, "")
    .trim()
    .toLocaleLowerCase("vi");
  return name === marker.toLocaleLowerCase("vi");
}

function cellShape(cell: CellJson): CellShape {
  const content = cell.content ?? [];
  const first = content.find((e) => e.paragraph)?.paragraph;
  const start = (cell.startIndex ?? 0) + 1;
  const end = (cell.endIndex ?? start + 1) - 1;
  const style = first?.elements?.[0]?.textRun?.textStyle ?? {};
  const alignment = first?.paragraphStyle?.alignment;
  const shape: CellShape = {
    text: textOf(content).replace(/\n$/, ""),
    contentStart: start,
    contentEnd: end,
    textStyle: style,
  };
  if (typeof alignment === "string") shape.alignment = alignment;
  return shape;
}

/** The list row of `marker` in a table, if one of its rows holds the marker. */
function listIn(table: Element, list: ListSpec): ListShape | undefined {
  const rows = table.table?.tableRows ?? [];
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r]!;
    const text = (row.tableCells ?? []).map((c) => textOf(c.content ?? [])).join("");
    if (!placeholdersIn(text).some((p) => isMarker(p, list.marker))) continue;
    return {
      marker: list.marker,
      tableStart: table.startIndex ?? 0,
      row: r,
      rowEnd: row.endIndex ?? 0,
      cells: (row.tableCells ?? []).map(cellShape),
    };
  }
  return undefined;
}

/** The shape of a template from its documents.get answer (`body.content`). */
export function shapeOf(document: unknown, lists: readonly ListSpec[] = []): TemplateShape {
  const content = ((document as { body?: { content?: Element[] } })?.body?.content ??
    []) as Element[];
  const text = textOf(content);
  const shape: TemplateShape = { text, placeholders: placeholdersIn(text), lists: [] };
  for (const list of lists) {
    for (const table of content.filter((e) => e.table)) {
      const found = listIn(table, list);
      if (found) {
        shape.lists.push(found);
        break;
      }
    }
  }
  shape.lists.sort((a, b) => a.tableStart - b.tableStart || a.row - b.row);
  const inLists = new Set(
    shape.lists.flatMap((l) => {
      const spec = lists.find((s) => s.marker === l.marker)!;
      return l.cells.flatMap((c) => placeholdersIn(c.text)).filter(spec.isField);
    }),
  );
  shape.placeholders = shape.placeholders.filter((p) => !inLists.has(p));
  return shape;
}

const STYLE_FIELDS = ["bold", "italic", "underline", "fontSize", "weightedFontFamily"] as const;

/** Writes `text` into an empty paragraph at `at`, styled like the template's cell. */
function writeCell(at: number, text: string, like: CellShape): Request[] {
  if (text === "") return [];
  const out: Request[] = [{ insertText: { location: { index: at }, text } }];
  const fields = STYLE_FIELDS.filter((f) => like.textStyle[f] !== undefined);
  if (fields.length > 0) {
    const textStyle: Json = {};
    for (const f of fields) textStyle[f] = like.textStyle[f];
    out.push({
      updateTextStyle: {
        range: { startIndex: at, endIndex: at + text.length },
        textStyle,
        fields: fields.join(","),
      },
    });
  }
  if (like.alignment) {
    out.push({
      updateParagraphStyle: {
        range: { startIndex: at, endIndex: at + text.length + 1 },
        paragraphStyle: { alignment: like.alignment },
        fields: "alignment",
      },
    });
  }
  return out;
}

/** The requests that repeat a list row once per item (none: the row goes). */
function listRequests(list: ListShape, items: readonly Values[]): Request[] {
  const location = {
    tableStartLocation: { index: list.tableStart },
    rowIndex: list.row,
    columnIndex: 0,
  };
  if (items.length === 0) return [{ deleteTableRow: { tableCellLocation: location } }];
  const out: Request[] = [];
  for (let i = 1; i < items.length; i += 1) {
    out.push({ insertTableRow: { tableCellLocation: location, insertBelow: true } });
  }
  const width = 1 + 2 * list.cells.length;
  for (let i = items.length - 1; i >= 1; i -= 1) {
    const rowStart = list.rowEnd + (i - 1) * width;
    for (let c = list.cells.length - 1; c >= 0; c -= 1) {
      const cell = list.cells[c]!;
      out.push(...writeCell(rowStart + 2 + 2 * c, fillText(cell.text, items[i]!), cell));
    }
  }
  for (let c = list.cells.length - 1; c >= 0; c -= 1) {
    const cell = list.cells[c]!;
    if (cell.contentEnd > cell.contentStart) {
      out.push({
        deleteContentRange: {
          range: { startIndex: cell.contentStart, endIndex: cell.contentEnd },
        },
      });
    }
    out.push(...writeCell(cell.contentStart, fillText(cell.text, items[0]!), cell));
  }
  return out;
}

export interface Fill {
  requests: Request[];
  /** Placeholders outside the lists that no value fills (left as they are). */
  unknown: string[];
}

/**
 * The requests that fill a copy of the template of shape `shape`: list rows (the last list
 * first), then every other placeholder.
 */
export function fillRequests(
  shape: TemplateShape,
  values: Values,
  lists: Readonly<Record<string, readonly Values[]>>,
): Fill {
  const requests: Request[] = [];
  for (const list of [...shape.lists].reverse()) {
    requests.push(...listRequests(list, lists[list.marker] ?? []));
  }
  const plan = planFill(shape.placeholders, values);
  for (const r of plan.replacements) {
    requests.push({
      replaceAllText: {
        containsText: { text: r.placeholder, matchCase: true },
        replaceText: r.value,
      },
    });
  }
  return { requests, unknown: plan.unknown };
}
