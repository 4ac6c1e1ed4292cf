import type { Core } from "../core.ts";
import type { RichTextRunModel } from "../model.ts";
import { type Attributes, type PerCharacter, spread, storedRuns } from "./rich-text-runs.ts";
import { RichTextValueImpl } from "./rich-text-value.ts";
import { TextStyleImpl } from "./text-style.ts";

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
