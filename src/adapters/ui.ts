/**
 * The spreadsheet's user interface (SpreadsheetApp.getUi, HtmlService, Spreadsheet.toast): the
 * add-on menu, the pages of src/pages (built into dist/<page>.html), alerts and toasts. onOpen
 * in AuthMode.NONE may only build the menu; nothing here reads the spreadsheet.
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
 * https://developers.google.com/apps-script/guides/html
 */
import type { MenuFunction } from "../entrypoints";

/** The pages of src/pages, one dist/<page>.html each. */
export type Page = "sidebar" | "documents";

export interface MenuEntry {
  caption: string;
  functionName: MenuFunction;
  separatorBefore?: boolean;
}

/** Adds the add-on's menu (Tiện ích mở rộng ▸ Đi cơ sở). */
export function showAddonMenu(entries: readonly MenuEntry[]): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const e of entries) {
    if (e.separatorBefore) menu.addSeparator();
    menu.addItem(e.caption, e.functionName);
  }
  menu.addToUi();
}

/** Opens `page` in the sidebar. */
export function showSidebar(page: Page, title: string): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(page).setTitle(title));
}

/** Opens `page` in a modal dialog of that size (pixels). */
export function showDialog(page: Page, title: string, width: number, height: number): void {
  const output = HtmlService.createHtmlOutputFromFile(page).setWidth(width).setHeight(height);
  SpreadsheetApp.getUi().showModalDialog(output, title);
}

/** A message box with an OK button; the run waits until the user closes it. */
export function alert(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

/**
 * A toast in the spreadsheet's corner for `seconds`. Where there is no spreadsheet UI (a
 * time-driven trigger) nothing is shown, and false is returned.
 */
export function toast(message: string, title: string, seconds: number): boolean {
  try {
    SpreadsheetApp.getActiveSpreadsheet().toast(message, title, seconds);
    return true;
  } catch {
    return false;
  }
}
