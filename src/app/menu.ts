/**
 * The add-on menu (sheet-contract.md, "Menu"). onOpen may run in AuthMode.NONE, where only
 * the menu may be built: nothing here reads the spreadsheet.
 */
import { userLocale } from "../adapters/session";
import { showAddonMenu } from "../adapters/ui";
import { type Locale, pick, type Text } from "../core/i18n";
import type { MenuFunction } from "../entrypoints";

interface MenuItem {
  caption: Text;
  functionName: MenuFunction;
}

/** The contract's menu, in order. */
const MENU_ITEMS = [
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
] as const satisfies readonly MenuItem[];

/** The functions the menu calls (src/entry-check.ts holds them equal to the menu functions). */
export type MenuItemName = (typeof MENU_ITEMS)[number]["functionName"];

/** The user's locale (src/adapters/session.ts), for the modules that took it from here. */

/** Items that run checks come first; a separator divides them from the tools. */
const SEPARATOR_BEFORE: ReadonlySet<MenuFunction> = new Set(["menuOpenSidebar"]);

/** The add-on menu in the user's language. */
function buildMenu(locale: Locale): void {
  showAddonMenu(
    MENU_ITEMS.map((item) => ({
      caption: pick(locale, item.caption),
      functionName: item.functionName,
      separatorBefore: SEPARATOR_BEFORE.has(item.functionName),
    })),
  );
}

/** Simple trigger: the menu, when the spreadsheet opens (AuthMode.NONE allows nothing more). */
export function onOpen(_e?: unknown): void {
  buildMenu(userLocale());
}

/** Simple trigger: the menu right after the add-on is installed. */
export function onInstall(e?: unknown): void {
  onOpen(e);
}
