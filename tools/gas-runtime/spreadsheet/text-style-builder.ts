import type { Core } from "../core.ts";
import type { TextStyleModel } from "../model.ts";
import { TextStyleImpl } from "./text-style.ts";

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
