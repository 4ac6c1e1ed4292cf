/**
 * The add-on menu (sheet-contract.md, "Menu"). onOpen may run in AuthMode.NONE, where only
 * the menu may be built: nothing here reads the spreadsheet.
 */
import { type Locale, localeFrom, pick, type Text } from "../core/i18n";

export interface MenuItem {
  caption: Text;
  functionName: string;
}

/** The contract's menu, in order. */
export const MENU_ITEMS: readonly MenuItem[] = [
  {
    caption: { vi: "Kiểm tra điều kiện", en: "Check eligibility" },
    functionName: "menuCheckEligibility",
  },
  {
    caption: { vi: "Kiểm tra đợt cử đi", en: "Check postings" },
    functionName: "menuCheckPostings",
  },
  {
    caption: { vi: "Lập kế hoạch cử…", en: "Plan postings…" },
    functionName: "menuPlanPostings",
  },
  {
    caption: { vi: "Tạo văn bản…", en: "Generate documents…" },
    functionName: "menuGenerateDocuments",
  },
  { caption: { vi: "Mở bảng điều khiển", en: "Open sidebar" }, functionName: "menuOpenSidebar" },
  { caption: { vi: "Thiết lập bảng tính", en: "Set up sheets" }, functionName: "menuSetUp" },
];

/** Items that run checks come first; a separator divides them from the tools. */
const SEPARATOR_BEFORE = new Set(["menuOpenSidebar"]);

/** The user's locale, when Apps Script lets this execution read it. */
export function userLocale(): Locale {
  try {
    return localeFrom(Session.getActiveUserLocale());
  } catch {
    return "vi";
  }
}

export function buildMenu(locale: Locale): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (SEPARATOR_BEFORE.has(item.functionName)) menu.addSeparator();
    menu.addItem(pick(locale, item.caption), item.functionName);
  }
  menu.addToUi();
}

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(userLocale());
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
