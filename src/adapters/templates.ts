/**
 * Writing a default template (core/documents/layout.ts) into a new, empty Google Doc: one
 * documents.batchUpdate (core/documents/requests.ts) sets the A4 page and margins, writes every
 * paragraph with its style and every table with its column widths. Done once per template,
 * after which the document belongs to the staff who edit it.
 */
import type { TemplateLayout } from "../core/documents/layout";
import { templateRequests } from "../core/documents/requests";
import { batchUpdate } from "./docs";

/** Writes `layout` into the empty Google Doc `docId`. */
export function writeTemplate(docId: string, layout: TemplateLayout): void {
  batchUpdate(docId, templateRequests(layout));
}
