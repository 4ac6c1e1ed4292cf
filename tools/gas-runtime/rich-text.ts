/**
 * Rich text: a cell's text with links and text styles on parts of it (SpreadsheetApp
 * .newRichTextValue(), .newTextStyle(), Range.getRichTextValue(s)/setRichTextValue(s)).
 *
 * - https://developers.google.com/apps-script/reference/spreadsheet/rich-text-value
 * - https://developers.google.com/apps-script/reference/spreadsheet/rich-text-value-builder
 * - https://developers.google.com/apps-script/reference/spreadsheet/text-style
 *
 * A run is "the longest unbroken substring having the same text style" (and link). Offsets are
 * 0-based, start inclusive, end exclusive.
 */
import type { Core } from "./core.ts";
import type { CellModel, RichTextRunModel, TextStyleModel } from "./model.ts";

/** Sheets shows a link underlined in its link colour unless a style says otherwise. */
const LINK_STYLE: TextStyleModel = { underline: true, foregroundColor: "#1155cc" };

interface Attributes {
  link?: string;
  style?: TextStyleModel;
}

function sameAttributes(a: Attributes, b: Attributes): boolean {
  return a.link === b.link && JSON.stringify(a.style ?? {}) === JSON.stringify(b.style ?? {});
}

/** One entry per character of the text. */
type PerCharacter = Attributes[];

function spread(text: string, runs: readonly RichTextRunModel[] = []): PerCharacter {
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
function runsOf(chars: PerCharacter): RichTextRunModel[] {
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

export class TextStyleImpl {
  readonly #core: Core;
  readonly model: TextStyleModel;
  constructor(core: Core, model: TextStyleModel) {
    this.#core = core;
    this.model = { ...model };
  }
  toString() {
    return "TextStyle";
  }
  isBold() {
    return this.model.bold ?? null;
  }
  isItalic() {
    return this.model.italic ?? null;
  }
  isUnderline() {
    return this.model.underline ?? null;
  }
  isStrikethrough() {
    return this.model.strikethrough ?? null;
  }
  getForegroundColor() {
    return this.model.foregroundColor ?? null;
  }
  getFontSize() {
    return this.model.fontSize ?? null;
  }
  getFontFamily() {
    return this.model.fontFamily ?? null;
  }
  copy() {
    return this.#core.service("TextStyleBuilder", new TextStyleBuilderImpl(this.#core, this.model));
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/text-style-builder */
export class TextStyleBuilderImpl {
  readonly #core: Core;
  readonly #m: TextStyleModel;
  constructor(core: Core, from: TextStyleModel = {}) {
    this.#core = core;
    this.#m = { ...from };
  }
  toString() {
    return "TextStyleBuilder";
  }
  #set<K extends keyof TextStyleModel>(key: K, value: TextStyleModel[K] | null) {
    if (value === null || value === undefined) delete this.#m[key];
    else this.#m[key] = value;
    return this;
  }
  setBold(bold: unknown) {
    return this.#set("bold", bold === null ? null : Boolean(bold));
  }
  setItalic(italic: unknown) {
    return this.#set("italic", italic === null ? null : Boolean(italic));
  }
  setUnderline(underline: unknown) {
    return this.#set("underline", underline === null ? null : Boolean(underline));
  }
  setStrikethrough(strikethrough: unknown) {
    return this.#set("strikethrough", strikethrough === null ? null : Boolean(strikethrough));
  }
  setForegroundColor(cssString: unknown) {
    return this.#set("foregroundColor", cssString === null ? null : String(cssString));
  }
  setFontSize(size: unknown) {
    return this.#set("fontSize", size === null ? null : Number(size));
  }
  setFontFamily(fontFamily: unknown) {
    return this.#set("fontFamily", fontFamily === null ? null : String(fontFamily));
  }
  build() {
    return this.#core.service("TextStyle", new TextStyleImpl(this.#core, this.#m));
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/rich-text-value-builder */
export class RichTextValueBuilderImpl {
  readonly #core: Core;
  #text: string;
  #chars: PerCharacter;
  constructor(core: Core, text = "", runs: readonly RichTextRunModel[] = []) {
    this.#core = core;
    this.#text = text;
    this.#chars = spread(text, runs);
  }
  toString() {
    return "RichTextValueBuilder";
  }
  /** Sets the text and clears every link and style. */
  setText(text: unknown) {
    this.#text = String(text ?? "");
    this.#chars = spread(this.#text);
    return this;
  }
  #span(start: unknown, end: unknown): [number, number] {
    const s = Number(start);
    const e = Number(end);
    if (
      !(Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s <= e && e <= this.#text.length)
    ) {
      this.#core.fail(`Invalid argument: offsets ${String(start)}, ${String(end)}`);
    }
    return [s, e];
  }
  /** setLinkUrl(linkUrl) | setLinkUrl(startOffset, endOffset, linkUrl); null clears. */
  setLinkUrl(a: unknown, b?: unknown, c?: unknown) {
    const [start, end, url] =
      b === undefined ? [0, this.#text.length, a] : [...this.#span(a, b), c];
    for (let i = start; i < end; i++) {
      const ch = this.#chars[i] as Attributes;
      if (url === null || url === undefined || url === "") delete ch.link;
      else ch.link = String(url);
    }
    return this;
  }
  /** setTextStyle(textStyle) | setTextStyle(startOffset, endOffset, textStyle); null does nothing. */
  setTextStyle(a: unknown, b?: unknown, c?: unknown) {
    const [start, end, style] =
      b === undefined ? [0, this.#text.length, a] : [...this.#span(a, b), c];
    if (style === null || style === undefined) return this;
    const impl = this.#core.unwrap(style);
    if (!(impl instanceof TextStyleImpl)) return this.#core.fail("Invalid argument: textStyle");
    for (let i = start; i < end; i++) {
      const ch = this.#chars[i] as Attributes;
      ch.style = { ...ch.style, ...impl.model };
    }
    return this;
  }
  build() {
    return this.#core.service(
      "RichTextValue",
      new RichTextValueImpl(this.#core, this.#text, storedRuns(this.#chars)),
    );
  }
}

export class RichTextValueImpl {
  readonly #core: Core;
  readonly text: string;
  /** Runs with a link or a style, offsets relative to `text`. */
  readonly runs: RichTextRunModel[];
  readonly #offset: number;
  constructor(core: Core, text: string, runs: RichTextRunModel[], offset = 0) {
    this.#core = core;
    this.text = text;
    this.runs = runs.map((r) => structuredClone(r));
    this.#offset = offset;
  }
  toString() {
    return "RichTextValue";
  }
  getText() {
    return this.text;
  }
  getStartIndex() {
    return this.#offset;
  }
  getEndIndex() {
    return this.#offset + this.text.length;
  }
  /**
   * The link of the text (or of startOffset…endOffset): null when no character has one or when
   * characters have different links.
   */
  getLinkUrl(startOffset?: unknown, endOffset?: unknown) {
    const links = new Set(
      this.#slice(startOffset, endOffset)
        .map((a) => a.link)
        .filter((l) => l !== undefined),
    );
    return links.size === 1 ? [...links][0] : null;
  }
  /** The style of the text (or of a part): a field differing between characters is null. */
  getTextStyle(startOffset?: unknown, endOffset?: unknown) {
    const styles = this.#slice(startOffset, endOffset).map((a) => ({
      ...(a.link ? LINK_STYLE : {}),
      ...a.style,
    }));
    const merged: TextStyleModel = { ...styles[0] };
    for (const key of Object.keys(merged) as (keyof TextStyleModel)[]) {
      if (styles.some((st) => st[key] !== merged[key])) delete merged[key];
    }
    return this.#core.service("TextStyle", new TextStyleImpl(this.#core, merged));
  }
  #slice(startOffset: unknown, endOffset: unknown): PerCharacter {
    const chars = spread(this.text, this.runs);
    if (startOffset === undefined) return chars;
    return chars.slice(Number(startOffset), Number(endOffset));
  }
  getRuns() {
    return runsOf(spread(this.text, this.runs)).map((r) => {
      const { start, end, ...attrs } = r;
      const run = { start: 0, end: end - start, ...attrs };
      return this.#core.service(
        "RichTextValue",
        new RichTextValueImpl(this.#core, this.text.slice(start, end), [run], this.#offset + start),
      );
    });
  }
  copy() {
    return this.#core.service(
      "RichTextValueBuilder",
      new RichTextValueBuilderImpl(this.#core, this.text, this.runs),
    );
  }
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
