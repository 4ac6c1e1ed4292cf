/**
 * Google Docs: reading a template's placeholders and list row (once per run) and filling a
 * copy (writing the default templates is adapters/templates.ts). Filling uses the advanced Docs
 * service: one documents.batchUpdate holds a replaceAllText request per placeholder, so a
 * generated document costs one Drive copy plus one Docs call, whatever the number of
 * placeholders (scope: documents). Only the list block (a table row repeated per item) needs
 * DocumentApp calls per item.
 */
import { placeholdersIn, type Replacement, type Values } from "../core/documents/placeholders";

declare const Docs: {
  Documents: {
    batchUpdate(resource: object, documentId: string): { replies?: unknown[] };
  };
};

/** A list block of a template: the table row repeated once per item of one list. */
export interface ListBlock {
  /** The list's marker placeholder name (layout.ts, LIST_MARKERS), e.g. "STT". */
  marker: string;
  /** Which body table (0-based among tables) and row. */
  table: number;
  row: number;
  /** The row's placeholders, exactly as written. */
  placeholders: string[];
}

/** What the add-on needs to know of a template, read once per run. */
export interface TemplateInfo {
  id: string;
  /** Placeholders outside the list rows, exactly as written. */
  placeholders: string[];
  /** The list blocks found, in document order. */
  lists: ListBlock[];
  /** The template's whole text (core/documents/versions.ts tells an untouched default by it). */
  text: string;
  /** Placeholders no value fills (reported once per run). */
  unknown?: string[];
}

/**
 * Reads a template: its placeholders (one getText) and, for each list of `lists` (model.ts,
 * listsOf), the table row that holds its marker (one getText per table row).
 */
export function readTemplate(
  id: string,
  lists: readonly { marker: string; isField: (p: string) => boolean }[] = [],
): TemplateInfo {
  const body = DocumentApp.openById(id).getBody();
  const text = body.getText();
  const all = placeholdersIn(text);
  const info: TemplateInfo = { id, placeholders: all, lists: [], text };
  const wanted = lists.filter((l) => all.some((p) => l.isField(p) && isMarker(p, l.marker)));
  if (wanted.length === 0) return info;
  const tables = body.getTables();
  for (let t = 0; t < tables.length; t += 1) {
    const table = tables[t]!;
    const rows = table.getNumRows();
    for (let r = 0; r < rows; r += 1) {
      const inRow = placeholdersIn(table.getRow(r).getText());
      const list = wanted.find(
        (l) =>
          inRow.some((p) => isMarker(p, l.marker)) &&
          !info.lists.some((x) => x.marker === l.marker),
      );
      if (list) info.lists.push({ marker: list.marker, table: t, row: r, placeholders: inRow });
    }
  }
  const inLists = new Set(
    info.lists.flatMap((b) => {
      const list = wanted.find((l) => l.marker === b.marker)!;
      return b.placeholders.filter(list.isField);
    }),
  );
  info.placeholders = all.filter((p) => !inLists.has(p));
  return info;
}

/** Whether placeholder `p` is the list's marker ({{ STT }} for "STT"; case and spaces aside). */
function isMarker(p: string, marker: string): boolean {
  return (
    p
      .replace(/^\{\{|\}\}$/g, "")
      .trim()
      .toLocaleLowerCase("vi") === marker.toLocaleLowerCase("vi")
  );
}

/** DocumentApp.replaceText reads a regular expression and a Java replacement string. */
function regexLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function replacementLiteral(text: string): string {
  return text.replace(/[\\$]/g, "\\$&");
}

/**
 * Repeats the list row once per item (in order) and removes the row itself. Per item: one copy,
 * one insert, one replaceText per placeholder of the row.
 */
export function expandList(docId: string, list: ListBlock, items: readonly Values[]): void {
  const doc = DocumentApp.openById(docId);
  const table = doc.getBody().getTables()[list.table];
  if (!table) return;
  const row = table.getRow(list.row);
  items.forEach((item, i) => {
    const added = table.insertTableRow(list.row + 1 + i, row.copy());
    for (const p of list.placeholders) {
      const value = item.get(p);
      if (value !== undefined) added.replaceText(regexLiteral(p), replacementLiteral(value));
    }
  });
  row.removeFromParent();
  doc.saveAndClose();
}

/**
 * The Docs API allows 60 write requests per minute per user
 * (https://developers.google.com/workspace/docs/api/limits); a "429 Too many requests" is
 * retried with a growing wait (exponential backoff, as that page asks).
 */
function withBackoff<T>(call: () => T): T {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return call();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (attempt >= 6 || !/429|too many requests|rate limit|quota/i.test(message)) throw error;
      Utilities.sleep(1_000 * 2 ** attempt + Math.floor(Math.random() * 500));
    }
  }
}

/** One documents.batchUpdate of `requests` on `docId`, retried on the per-minute quota. */
export function batchUpdate(docId: string, requests: readonly object[]): void {
  if (requests.length === 0) return;
  withBackoff(() => Docs.Documents.batchUpdate({ requests }, docId));
}

/** Fills every placeholder of a document in one Docs API call. */
export function replaceAll(docId: string, replacements: readonly Replacement[]): void {
  batchUpdate(
    docId,
    replacements.map((r) => ({
      replaceAllText: {
        containsText: { text: r.placeholder, matchCase: true },
        replaceText: r.value,
      },
    })),
  );
}

/**
 * Makes an existing generated document the template again (same file, same link), so it can be
 * filled afresh: its body is cleared and the template's elements are copied in.
 */
export function resetFromTemplate(docId: string, templateId: string): void {
  const source = DocumentApp.openById(templateId).getBody();
  const doc = DocumentApp.openById(docId);
  const body = doc.getBody();
  body.clear();
  const n = source.getNumChildren();
  let afterTable = false;
  for (let i = 0; i < n; i += 1) {
    const child = source.getChild(i);
    const type = child.getType();
    if (type === DocumentApp.ElementType.TABLE) {
      body.appendTable(child.copy().asTable());
      afterTable = true;
      continue;
    }
    if (type === DocumentApp.ElementType.PARAGRAPH) {
      const p = child.copy().asParagraph();
      // appendTable already added the empty paragraph Docs keeps after a table.
      if (!(afterTable && p.getText() === "")) body.appendParagraph(p);
    } else if (type === DocumentApp.ElementType.LIST_ITEM) {
      body.appendListItem(child.copy().asListItem());
    }
    afterTable = false;
  }
  if (body.getNumChildren() > 1) body.getChild(0).removeFromParent();
  doc.saveAndClose();
}
