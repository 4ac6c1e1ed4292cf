/** A text style. https://developers.google.com/apps-script/reference/spreadsheet/text-style */
import type { Core } from "../core.ts";
import type { TextStyleModel } from "../model.ts";
import { TextStyleBuilderImpl } from "./text-style-builder.ts";

/** Getters give null for a field not set (or differing within the text it was read from). */
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
