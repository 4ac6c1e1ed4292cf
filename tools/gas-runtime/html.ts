/**
 * HtmlService: HtmlOutput and templates (<?= escaped ?>, <?!= raw ?>, <? code ?>).
 * Reference: https://developers.google.com/apps-script/guides/html/templates
 */
import { type Core, makeEnum } from "./core.ts";

export const SandboxMode = makeEnum(["EMULATED", "IFRAME", "NATIVE"] as const);
export const XFrameOptionsMode = makeEnum(["ALLOWALL", "DEFAULT"] as const);

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Translates a template into the body of a function that pushes its output into __o. */
export function compileTemplate(source: string): string {
  let code = "";
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf("<?", i);
    if (open < 0) {
      code += `__o.push(${JSON.stringify(source.slice(i))});\n`;
      break;
    }
    if (open > i) code += `__o.push(${JSON.stringify(source.slice(i, open))});\n`;
    const close = source.indexOf("?>", open + 2);
    if (close < 0) throw new Error("Unterminated scriptlet: missing ?>");
    let inner = source.slice(open + 2, close);
    if (inner.startsWith("!=")) {
      inner = inner
        .slice(2)
        .trim()
        .replace(/;+\s*$/, "");
      code += `__o.push(__raw(${inner}));\n`;
    } else if (inner.startsWith("=")) {
      inner = inner
        .slice(1)
        .trim()
        .replace(/;+\s*$/, "");
      code += `__o.push(__esc(${inner}));\n`;
    } else {
      code += `${inner}\n`;
    }
    i = close + 2;
  }
  return code;
}

export class HtmlState {
  readonly files = new Map<string, string>();
}

export class HtmlOutputImpl {
  readonly #core: Core;
  #content: string;
  #title = "";
  #width: number | undefined;
  #height: number | undefined;
  #sandbox: unknown = SandboxMode.IFRAME;
  #xframe: unknown = XFrameOptionsMode.DEFAULT;
  #meta: { name: string; content: string }[] = [];
  #favicon: string | null = null;
  constructor(core: Core, content: string) {
    this.#core = core;
    this.#content = content;
  }
  // Host-side accessors (not counted).
  content() {
    return this.#content;
  }
  title() {
    return this.#title;
  }
  width() {
    return this.#width;
  }
  height() {
    return this.#height;
  }
  toString() {
    return "HtmlOutput";
  }
  getContent() {
    return this.#content;
  }
  setContent(content: unknown) {
    this.#content = String(content ?? "");
    return this;
  }
  append(addedContent: unknown) {
    this.#content += String(addedContent ?? "");
    return this;
  }
  appendUntrusted(addedContent: unknown) {
    this.#content += escapeHtml(String(addedContent ?? ""));
    return this;
  }
  clear() {
    this.#content = "";
    return this;
  }
  setTitle(title: unknown) {
    this.#title = String(title ?? "");
    return this;
  }
  getTitle() {
    return this.#title;
  }
  setWidth(width: unknown) {
    this.#width = Number(width);
    return this;
  }
  getWidth() {
    return this.#width ?? null;
  }
  setHeight(height: unknown) {
    this.#height = Number(height);
    return this;
  }
  getHeight() {
    return this.#height ?? null;
  }
  setSandboxMode(mode: unknown) {
    this.#sandbox = mode;
    return this;
  }
  getSandboxMode() {
    return this.#sandbox;
  }
  setXFrameOptionsMode(mode: unknown) {
    this.#xframe = mode;
    return this;
  }
  getXFrameOptionsMode() {
    return this.#xframe;
  }
  addMetaTag(name: unknown, content: unknown) {
    this.#meta.push({ name: String(name), content: String(content) });
    return this;
  }
  getMetaTags() {
    return this.#meta.map((m) => this.#core.service("HtmlOutputMetaTag", new MetaTagImpl(m)));
  }
  setFaviconUrl(url: unknown) {
    this.#favicon = String(url);
    return this;
  }
  getFaviconUrl() {
    return this.#favicon;
  }
  asTemplate() {
    return this.#core.service("HtmlTemplate", new HtmlTemplateImpl(this.#core, this.#content));
  }
}

class MetaTagImpl {
  readonly #m: { name: string; content: string };
  constructor(m: { name: string; content: string }) {
    this.#m = m;
  }
  getName() {
    return this.#m.name;
  }
  getContent() {
    return this.#m.content;
  }
}

/** Variables are the template object's own properties, set by the script: `t.data = …`. */
export class HtmlTemplateImpl {
  readonly #core: Core;
  readonly #source: string;
  constructor(core: Core, source: string) {
    this.#core = core;
    this.#source = source;
  }
  toString() {
    return "HtmlTemplate";
  }
  getRawContent() {
    return this.#source;
  }
  getCode() {
    return compileTemplate(this.#source);
  }
  /** https://developers.google.com/apps-script/reference/html/html-template#evaluate() */
  evaluate() {
    const vars: Record<string, unknown> = {};
    for (const k of Object.keys(this)) vars[k] = (this as unknown as Record<string, unknown>)[k];
    const body = compileTemplate(this.#source);
    const fn = this.#core.realm.evaluate(
      `(function (__vars, __esc, __raw) {
  var __scope = Object.create(null);
  for (var __k in __vars) __scope[__k] = __vars[__k];
  var __o = [];
  with (__scope) {
${body}
  }
  return __o.join("");
})`,
      "HtmlTemplate",
    ) as (vars: unknown, esc: (v: unknown) => string, raw: (v: unknown) => string) => string;
    const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));
    const html = fn(
      vars,
      (v) => escapeHtml(str(v)),
      (v) => str(v),
    );
    return this.#core.service("HtmlOutput", new HtmlOutputImpl(this.#core, html));
  }
}

export class HtmlServiceImpl {
  readonly #core: Core;
  readonly #state: HtmlState;
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  constructor(core: Core, state: HtmlState) {
    this.#core = core;
    this.#state = state;
  }
  toString() {
    return "HtmlService";
  }
  #file(filename: unknown): string {
    const name = String(filename);
    const html = this.#state.files.get(name) ?? this.#state.files.get(name.replace(/\.html$/i, ""));
    if (html === undefined) return this.#core.fail(`No HTML file named ${name} was found.`);
    return html;
  }
  createHtmlOutput(html?: unknown) {
    const impl = this.#core.unwrap(html);
    if (impl instanceof HtmlTemplateImpl) return impl.evaluate();
    const blob = impl as { getDataAsString?: () => string } | undefined;
    const text =
      blob && typeof blob === "object" && typeof blob.getDataAsString === "function"
        ? blob.getDataAsString()
        : html === undefined || html === null
          ? ""
          : String(html);
    return this.#core.service("HtmlOutput", new HtmlOutputImpl(this.#core, text));
  }
  createHtmlOutputFromFile(filename: unknown) {
    return this.#core.service("HtmlOutput", new HtmlOutputImpl(this.#core, this.#file(filename)));
  }
  createTemplate(html: unknown) {
    return this.#core.service("HtmlTemplate", new HtmlTemplateImpl(this.#core, String(html ?? "")));
  }
  createTemplateFromFile(filename: unknown) {
    return this.#core.service(
      "HtmlTemplate",
      new HtmlTemplateImpl(this.#core, this.#file(filename)),
    );
  }
}
