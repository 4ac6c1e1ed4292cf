/**
 * Rich text as the model stores it (CellModel.richText: runs with a link or a style) and as the
 * services work on it (one set of attributes per character); reading and writing a cell's rich
 * text. https://developers.google.com/apps-script/reference/spreadsheet/rich-text-value
 * A run is "the longest unbroken substring having the same text style" (and link). Offsets are
 * 0-based, start inclusive, end exclusive.
 */
import type { Core } from "../core.ts";
import type { CellModel, RichTextRunModel, TextStyleModel } from "../model.ts";
import { RichTextValueImpl } from "./rich-text-value.ts";

/** Sheets shows a link underlined in its link colour unless a style says otherwise. */
export const LINK_STYLE: TextStyleModel = { underline: true, foregroundColor: "#1155cc" };

export interface Attributes {
  link?: string;
  style?: TextStyleModel;
}

function sameAttributes(a: Attributes, b: Attributes): boolean {
  return a.link === b.link && JSON.stringify(a.style ?? {}) === JSON.stringify(b.style ?? {});
}

/** One entry per character of the text. */
export type PerCharacter = Attributes[];

export function spread(text: string, runs: readonly RichTextRunModel[] = []): PerCharacter {
  const chars: PerCharacter = Array.from({ length: text.length }, () => ({}));
  for (const run of runs) {
    for (let i = run.start; i < Math.min(run.end, text.length); i++) {
      chars[i] = {
        ...(run.link ? { link: run.link } : {}),
        ...(run.style ? { style: { ...run.style } } : {}),
      };
    }
  }
  return chars;
}

/** Maximal runs of equal attributes, plain stretches included. */
export function runsOf(chars: PerCharacter): RichTextRunModel[] {
  const out: RichTextRunModel[] = [];
  chars.forEach((a, i) => {
    const last = out[out.length - 1];
    if (last && sameAttributes(last, a)) last.end = i + 1;
    else out.push({ start: i, end: i + 1, ...a });
  });
  return out;
}

/** The runs worth storing in a cell: those with a link or a style. */
export function storedRuns(chars: PerCharacter): RichTextRunModel[] {
  return runsOf(chars).filter((r) => r.link || (r.style && Object.keys(r.style).length > 0));
}

/** The rich text of a cell; null when its value is not text (a number, a date, a boolean). */
export function richTextOfCell(core: Core, cell: CellModel | undefined) {
  const v = cell?.value ?? null;
  if (v !== null && typeof v !== "string") return null;
  return core.service("RichTextValue", new RichTextValueImpl(core, v ?? "", cell?.richText ?? []));
}

/** Writes a RichTextValue into a cell: its text as text (never a formula), its links and styles. */
export function writeRichText(cell: CellModel, value: RichTextValueImpl): void {
  cell.value = value.text === "" ? null : value.text;
  delete cell.formula;
  if (value.runs.length > 0) cell.richText = value.runs.map((r) => structuredClone(r));
  else delete cell.richText;
}
