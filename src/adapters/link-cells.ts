/**
 * Cells of labelled links: each line of the cell is a label ("Báo cáo 6 tháng lần 1") linked to
 * its document — a rich-text link, so the clerk clicks the label and never sees a raw address,
 * and no text typed by anyone becomes a formula.
 * https://developers.google.com/apps-script/reference/spreadsheet/rich-text-value-builder#setLinkUrl(Integer,Integer,String)
 * A cell written by version 0.1 ("label: address" lines of plain text) is read as well.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type RichText = GoogleAppsScript.Spreadsheet.RichTextValue;

export interface Link {
  label: string;
  url: string;
}

/**
 * The links of one cell, in order; `text` is the cell's value as getValues read it (an empty
 * cell is not looked into).
 */
export function linksOf(cell: RichText | null, text: string): Link[] {
  if (!cell || text.trim() === "") return [];
  const out: Link[] = [];
  for (const run of cell.getRuns()) {
    const url = run.getLinkUrl();
    if (!url) continue;
    const label = run.getText().trim();
    if (label !== "") out.push({ label, url });
  }
  if (out.length > 0) return out;
  for (const line of text.split("\n")) {
    const m = /^(.*?):\s*(https:\/\/\S+)\s*$/.exec(line.trim());
    if (m) out.push({ label: m[1]!, url: m[2]! });
  }
  return out;
}

/** A cell holding `links`, one per line. */
function cellOf(links: readonly Link[]): RichText {
  const text = links.map((l) => l.label).join("\n");
  const builder = SpreadsheetApp.newRichTextValue().setText(text);
  let at = 0;
  for (const l of links) {
    builder.setLinkUrl(at, at + l.label.length, l.url);
    at += l.label.length + 1;
  }
  return builder.build();
}

/** The column `column` (1-based) of rows `first`… (`count` rows), as rich text: one call. */
export function readLinkColumn(sheet: Sheet, first: number, count: number, column: number) {
  if (count <= 0) return [];
  return sheet
    .getRange(first, column, count, 1)
    .getRichTextValues()
    .map((r) => r[0] ?? null);
}

/**
 * Writes the column: each row of `next` that is not undefined gets its links, the others are
 * left as they are. One call per block of adjacent rows that change.
 */
export function writeLinkColumn(
  sheet: Sheet,
  first: number,
  column: number,
  next: readonly (readonly Link[] | undefined)[],
): void {
  let i = 0;
  while (i < next.length) {
    if (next[i] === undefined) {
      i += 1;
      continue;
    }
    let end = i;
    while (end + 1 < next.length && next[end + 1] !== undefined) end += 1;
    const block = next.slice(i, end + 1).map((links) => [cellOf(links ?? [])]);
    sheet.getRange(first + i, column, block.length, 1).setRichTextValues(block);
    i = end + 1;
  }
}
