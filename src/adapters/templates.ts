/**
 * Writing a default template (core/documents/layout.ts) into a new, empty Google Doc: done once
 * per template, after which the document belongs to the staff who edit it.
 */
import {
  type Block,
  FONT_FAMILY,
  FONT_SIZE,
  type Para,
  type TemplateLayout,
} from "../core/documents/layout";

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type TableCell = GoogleAppsScript.Document.TableCell;

const ALIGN = () => ({
  left: DocumentApp.HorizontalAlignment.LEFT,
  center: DocumentApp.HorizontalAlignment.CENTER,
  right: DocumentApp.HorizontalAlignment.RIGHT,
  justify: DocumentApp.HorizontalAlignment.JUSTIFY,
});

function attributes(p: Para): Record<string, unknown> {
  const A = DocumentApp.Attribute;
  const out: Record<string, unknown> = {
    [A.FONT_FAMILY as unknown as string]: FONT_FAMILY,
    [A.FONT_SIZE as unknown as string]: p.size ?? FONT_SIZE,
    [A.BOLD as unknown as string]: p.bold ?? false,
    [A.ITALIC as unknown as string]: p.italic ?? false,
    [A.UNDERLINE as unknown as string]: p.underline ?? false,
  };
  if (p.align) out[A.HORIZONTAL_ALIGNMENT as unknown as string] = ALIGN()[p.align];
  return out;
}

function styleParagraph(target: Paragraph, p: Para): void {
  target.setAttributes(attributes(p) as never);
}

function writeCell(cell: TableCell, paras: readonly Para[]): void {
  // A cell made by appendTable(cells) holds its first paragraph already.
  const first = paras[0];
  if (first) styleParagraph(cell.getChild(0).asParagraph(), first);
  for (const p of paras.slice(1)) styleParagraph(cell.appendParagraph(p.text), p);
}

function writeBlock(body: Body, block: Block): void {
  if (block.kind === "p") {
    styleParagraph(body.appendParagraph(block.text), block);
    return;
  }
  const table = body.appendTable(block.rows.map((row) => row.map((c) => c[0]?.text ?? "")));
  if (!block.borders) table.setBorderWidth(0);
  block.rows.forEach((row, r) => {
    row.forEach((paras, c) => {
      writeCell(table.getCell(r, c), paras);
    });
  });
}

/** Writes a default template into the (empty) Google Doc `docId`. Done once per template. */
export function writeTemplate(docId: string, layout: TemplateLayout): void {
  const doc = DocumentApp.openById(docId);
  const body = doc.getBody();
  body.setAttributes({
    [DocumentApp.Attribute.FONT_FAMILY as unknown as string]: FONT_FAMILY,
    [DocumentApp.Attribute.FONT_SIZE as unknown as string]: FONT_SIZE,
  } as never);
  for (const block of layout.blocks) writeBlock(body, block);
  // The new document's own empty first paragraph, unless a table follows it: Docs keeps a
  // paragraph before a table at the start of a body.
  const second = body.getNumChildren() > 1 ? body.getChild(1) : null;
  if (second && second.getType() !== DocumentApp.ElementType.TABLE) {
    body.getChild(0).removeFromParent();
  }
  doc.saveAndClose();
}
