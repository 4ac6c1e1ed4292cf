/** https://developers.google.com/apps-script/reference/spreadsheet/rich-text-value */
import type { Core } from "../core.ts";
import type { RichTextRunModel, TextStyleModel } from "../model.ts";
import { LINK_STYLE, type PerCharacter, runsOf, spread } from "./rich-text-runs.ts";
import { RichTextValueBuilderImpl } from "./rich-text-value-builder.ts";
import { TextStyleImpl } from "./text-style.ts";

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
