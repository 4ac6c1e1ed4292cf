/**
 * SpreadsheetApp.getUi(): menus, alerts, prompts, sidebars and dialogs, recorded host-side.
 * Reference: https://developers.google.com/apps-script/reference/base/ui
 */
import { type Core, type EnumValue, enumName, makeEnum } from "./core.ts";
import { HtmlOutputImpl } from "./html.ts";

export interface MenuItemModel {
  caption: string;
  /** Name of the global function the item runs. */
  functionName?: string;
  separator?: boolean;
  submenu?: MenuModel;
}

export interface MenuModel {
  /** Caption shown in the menu bar; for an add-on menu, the add-on's name (under Extensions). */
  caption: string;
  addon: boolean;
  items: MenuItemModel[];
}

export type ButtonName = "OK" | "CANCEL" | "YES" | "NO" | "CLOSE";

export interface DialogQuestion {
  kind: "alert" | "prompt";
  title: string;
  prompt: string;
  /** The ButtonSet shown, e.g. "OK_CANCEL". */
  buttons: string;
}

export interface DialogAnswer {
  button: ButtonName;
  text?: string;
}

export const Button = makeEnum(["CLOSE", "OK", "CANCEL", "YES", "NO"] as const);
export const ButtonSet = makeEnum(["OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL"] as const);

export function defaultAnswer(q: DialogQuestion): DialogAnswer {
  return { button: q.buttons.startsWith("YES") ? "YES" : "OK", text: "" };
}

/** What the user was shown, as recorded for tests (Runtime.alerts, .prompts, .sidebars, .dialogs). */
export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: string;
}
export interface PromptRecord extends AlertRecord {
  button: ButtonName;
  text: string;
}
export interface SidebarRecord {
  title: string;
  html: string;
  width?: number;
}
export interface DialogRecord extends SidebarRecord {
  height?: number;
  modal: boolean;
}
export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export class UiState {
  menus: MenuModel[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: PromptRecord[] = [];
  readonly sidebars: SidebarRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  answer: (q: DialogQuestion) => DialogAnswer = defaultAnswer;
  addonName: string;

  constructor(addonName: string) {
    this.addonName = addonName;
  }
}

function cloneMenu(m: MenuModel): MenuModel {
  return {
    caption: m.caption,
    addon: m.addon,
    items: m.items.map((i) => (i.submenu ? { ...i, submenu: cloneMenu(i.submenu) } : { ...i })),
  };
}

export class MenuImpl {
  readonly #core: Core;
  readonly #state: UiState;
  readonly model: MenuModel;
  constructor(core: Core, state: UiState, model: MenuModel) {
    this.#core = core;
    this.#state = state;
    this.model = model;
  }
  toString() {
    return "Menu";
  }
  addItem(caption: unknown, functionName: unknown) {
    this.model.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator() {
    this.model.items.push({ caption: "", separator: true });
    return this;
  }
  addSubMenu(menu: unknown) {
    const sub = this.#core.unwrap(menu);
    if (!(sub instanceof MenuImpl)) this.#core.fail("Invalid argument: menu");
    this.model.items.push({ caption: sub.model.caption, submenu: cloneMenu(sub.model) });
    return this;
  }
  /** Adds (or replaces: same caption) the menu in the editor's UI. */
  addToUi() {
    const copy = cloneMenu(this.model);
    const i = this.#state.menus.findIndex(
      (m) => m.caption === copy.caption && m.addon === copy.addon,
    );
    if (i >= 0) this.#state.menus[i] = copy;
    else this.#state.menus.push(copy);
  }
}

class PromptResponseImpl {
  readonly #text: string;
  readonly #button: EnumValue;
  constructor(text: string, button: EnumValue) {
    this.#text = text;
    this.#button = button;
  }
  toString() {
    return "PromptResponse";
  }
  getResponseText() {
    return this.#text;
  }
  getSelectedButton() {
    return this.#button;
  }
}

function dialogArgs(a: unknown, b: unknown, c: unknown, fallback: string) {
  // (prompt) | (prompt, buttons) | (title, prompt, buttons)
  if (c !== undefined) return { title: String(a), prompt: String(b), buttons: enumName(c) };
  if (b !== undefined) return { title: "", prompt: String(a), buttons: enumName(b) };
  return { title: "", prompt: String(a), buttons: fallback };
}

export class UiImpl {
  readonly #core: Core;
  readonly #state: UiState;
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(core: Core, state: UiState) {
    this.#core = core;
    this.#state = state;
  }
  toString() {
    return "Ui";
  }
  createAddonMenu() {
    return this.#core.service(
      "Menu",
      new MenuImpl(this.#core, this.#state, {
        caption: this.#state.addonName,
        addon: true,
        items: [],
      }),
    );
  }
  createMenu(caption: unknown) {
    return this.#core.service(
      "Menu",
      new MenuImpl(this.#core, this.#state, { caption: String(caption), addon: false, items: [] }),
    );
  }
  /** https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet) */
  alert(a: unknown, b?: unknown, c?: unknown) {
    const q = dialogArgs(a, b, c, "OK");
    this.#state.alerts.push(q);
    const ans = this.#state.answer({ kind: "alert", ...q });
    return Button[ans.button];
  }
  /** https://developers.google.com/apps-script/reference/base/ui#prompt(String,String,ButtonSet) */
  prompt(a: unknown, b?: unknown, c?: unknown) {
    const q = dialogArgs(a, b, c, "OK");
    const ans = this.#state.answer({ kind: "prompt", ...q });
    const text = ans.text ?? "";
    this.#state.prompts.push({ ...q, button: ans.button, text });
    return this.#core.service("PromptResponse", new PromptResponseImpl(text, Button[ans.button]));
  }
  #output(userInterface: unknown): HtmlOutputImpl {
    const impl = this.#core.unwrap(userInterface);
    if (!(impl instanceof HtmlOutputImpl))
      return this.#core.fail("Invalid argument: userInterface");
    return impl;
  }
  showSidebar(userInterface: unknown) {
    const o = this.#output(userInterface);
    const entry: { title: string; html: string; width?: number } = {
      title: o.title(),
      html: o.content(),
    };
    const w = o.width();
    if (w !== undefined) entry.width = w;
    this.#state.sidebars.push(entry);
  }
  #dialog(userInterface: unknown, title: unknown, modal: boolean) {
    const o = this.#output(userInterface);
    const entry: { title: string; html: string; width?: number; height?: number; modal: boolean } =
      {
        title: title === undefined ? o.title() : String(title),
        html: o.content(),
        modal,
      };
    const w = o.width();
    const h = o.height();
    if (w !== undefined) entry.width = w;
    if (h !== undefined) entry.height = h;
    this.#state.dialogs.push(entry);
  }
  showModalDialog(userInterface: unknown, title: unknown) {
    this.#dialog(userInterface, title, true);
  }
  showModelessDialog(userInterface: unknown, title: unknown) {
    this.#dialog(userInterface, title, false);
  }
  showDialog(userInterface: unknown) {
    this.#dialog(userInterface, undefined, true);
  }
}

/** The item with that caption (submenus included), as a click in the menu bar finds it. */
export function findMenuItem(menus: MenuModel[], caption: string): MenuItemModel | undefined {
  for (const m of menus) {
    for (const item of m.items) {
      if (item.submenu) {
        const found = findMenuItem([item.submenu], caption);
        if (found) return found;
      } else if (!item.separator && item.caption === caption) return item;
    }
  }
  return undefined;
}

/** Captions of every menu item, submenus included, in menu order. */
export function menuCaptions(menus: MenuModel[]): string[] {
  const out: string[] = [];
  for (const m of menus) {
    for (const item of m.items) {
      if (item.submenu) out.push(...menuCaptions([item.submenu]));
      else if (!item.separator) out.push(item.caption);
    }
  }
  return out;
}
