/**
 * Google Docs through the advanced Docs service (scope: documents). A template is read once per
 * run (one documents.get: its text, placeholders and list rows with their indexes,
 * core/documents/fill.ts); a copy is then filled in one documents.batchUpdate, list rows
 * included. A generated list is updated in place in one batchUpdate too: its body emptied and
 * the default template written again (core/documents/requests.ts), then filled — the same file,
 * the same link. Only a template the staff have edited is copied into an existing document
 * element by element (DocumentApp, resetFromTemplate), since its content is theirs.
 */
import { type ListSpec, type Request, shapeOf, type TemplateShape } from "../core/documents/fill";
import { serverError, withRetry } from "./drive";

declare const Docs: {
  Documents: {
    get(documentId: string, options?: object): unknown;
    batchUpdate(
      resource: object,
      documentId: string,
    ): { replies?: unknown[]; writeControl?: { requiredRevisionId?: string } };
  };
};

/** A template as a run uses it: its id and shape. */
export interface TemplateInfo extends TemplateShape {
  id: string;
}

/** Reads a template in one documents.get. */
export function readTemplate(id: string, lists: readonly ListSpec[] = []): TemplateInfo {
  const doc = withRetry(() => Docs.Documents.get(id));
  return { id, ...shapeOf(doc, lists) };
}

/** A document as documents.get tells it: where its body ends, its revision, its text. */
export interface DocState {
  /** The index after the body's last newline. */
  end: number;
  /**
   * The document's revision: unchanged while nobody changes the document; a changed one usually
   * means it was edited ("revisionId", https://developers.google.com/workspace/docs/api/reference/rest/v1/documents).
   */
  revision: string | undefined;
  text: string;
}

/** A document, in one documents.get. */
export function docState(id: string): DocState {
  const doc = withRetry(() => Docs.Documents.get(id)) as {
    revisionId?: string;
    body?: { content?: { endIndex?: number }[] };
  };
  const end = doc.body?.content?.at(-1)?.endIndex ?? 2;
  return { end, revision: doc.revisionId, text: shapeOf(doc).text };
}

/**
 * One documents.batchUpdate of `requests` on `docId`; returns the document's revision after it.
 * The Docs API allows 60 write requests per minute per user
 * (https://developers.google.com/workspace/docs/api/limits): a rate limit or a server error is
 * retried with exponential backoff past that minute (adapters/drive.ts, withRetry). A batch
 * applies all its requests or none, but one whose answer was lost to a server error may have
 * been applied, and is never applied twice: with `revision` (the document's revision when it was
 * read) the batch carries writeControl.requiredRevisionId, so a second try of an applied batch
 * is refused ("does not match the latest revision") and counts as done; without it, the
 * document is read before trying again and, when `probe` (a placeholder the batch fills) is no
 * longer in it, the batch was applied. A rate limit refuses a batch before applying it.
 * https://developers.google.com/workspace/docs/api/how-tos/best-practices#work_with_revisions
 */
export function batchUpdate(
  docId: string,
  requests: readonly Request[] | readonly object[],
  options: { probe?: string; revision?: string } = {},
): string | undefined {
  if (requests.length === 0) return options.revision;
  const resource: Record<string, unknown> = { requests };
  if (options.revision) resource.writeControl = { requiredRevisionId: options.revision };
  let tried = false;
  return withRetry(
    () => {
      try {
        return Docs.Documents.batchUpdate(resource, docId).writeControl?.requiredRevisionId;
      } catch (error) {
        const stale = /does not match the latest revision/i.test(String((error as Error)?.message));
        if (!(tried && options.revision && stale)) throw error;
        return docState(docId).revision;
      } finally {
        tried = true;
      }
    },
    (error) => {
      if (!serverError(error)) return undefined;
      if (options.probe === undefined) return undefined;
      const doc = docState(docId);
      return doc.text.includes(options.probe) ? undefined : (doc.revision ?? "");
    },
  );
}

/** The requests that empty a body whose end is `end` (a body keeps its last paragraph). */
export function clearRequests(end: number): Request[] {
  return end - 1 > 1
    ? [{ deleteContentRange: { range: { startIndex: 1, endIndex: end - 1 } } }]
    : [];
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
