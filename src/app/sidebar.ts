/**
 * "Mở bảng điều khiển": the sidebar (src/pages/sidebar → dist/sidebar.html) and the server
 * functions it calls through google.script.run. Every `sidebar…` export returns plain JSON
 * (src/shared/sidebar.ts) and throws an Error whose message is readable by the user, in their
 * language, never a stack trace.
 *
 * Quotas: the page polls sidebarView(key) every few seconds while it is visible. A poll reads
 * only the selection and its one row (eight service calls, as tools/bench/sidebar.bench.ts
 * counts them) and answers "unchanged" when the sheet, the row and the row's content are the
 * same as last time; the tabs are read only when something changed, once each.
 */
import { activeRange, type Sheet, Workbook } from "../adapters/sheets";
import { showSidebar } from "../adapters/ui";
import type { Cell } from "../core/cells";
import { type Day, formatDay } from "../core/dates";
import { keyHash } from "../core/documents/model";
import { checkRoster } from "../core/eligibility";
import { findTab, mapColumns } from "../core/headers";
import { type Locale, pick, type Text } from "../core/i18n";
import {
  type CheckPostingsOptions,
  checkPostings,
  overdueTally,
  type PostingResult,
  readPostings,
} from "../core/postings";
import { idKey, type RosterTable, readRoster } from "../core/roster";
import { POSTING_COLUMNS, TABS } from "../core/schema";
import type { Settings } from "../core/settings";
import type {
  CheckResponse,
  DocumentsRequest,
  DocumentsResponse,
  OverviewResponse,
  RowTarget,
  SelectionView,
  ViewResponse,
} from "../shared/sidebar";
import type { CheckSummary } from "./check-summary";
import { type CallOptions, runCommand, serve, UserError } from "./command";
import { documentsGenerate } from "./documents/index";
import { checkRosterTab } from "./eligibility";
import { checkPostingsTab, overdueText, unitTypes } from "./postings";
import { loadSettings } from "./settings";
import {
  agingOutViews,
  cadreView,
  nextRoundStart,
  overdueViews,
  postingView,
  yearViews,
} from "./sidebar-view";

const TITLE: Text = { vi: "Đi cơ sở", en: "Đi cơ sở" };

/** What the sidebar says about an unexpected error: its Refresh button tries again. */
const UNEXPECTED: Text = {
  vi: "Đã xảy ra lỗi không mong muốn. Hãy bấm Làm mới; nếu lỗi lặp lại, hãy báo cho Ban TCKT kèm thời điểm.",
  en: "An unexpected error occurred. Press Refresh; if it happens again, tell the organisation department when it happened.",
};

/**
 * Calls that take no lock: the reading ones change nothing, and documentsGenerate takes its
 * own. The sidebar's own unexpected-error text.
 */
const UNLOCKED: CallOptions = { lock: false, unexpected: UNEXPECTED };
/** The checks: under the document lock, as from the menu. */
const CHECK: CallOptions = { unexpected: UNEXPECTED };

/** Menu "Mở bảng điều khiển". */
export function menuOpenSidebar(): void {
  runCommand(({ locale }) => showSidebar("sidebar", pick(locale, TITLE)), { lock: false });
}

// ------------------------------------------------------------------ reading the workbook

/** The settings; a value that cannot be read reaches the page as its message. */
function settingsOf(workbook: Workbook): Settings {
  return loadSettings(workbook).settings;
}

const NO_TAB = (name: string): Text => ({
  vi: `Không tìm thấy tab "${name}". Hãy chạy "Thiết lập bảng tính" (menu Đi cơ sở).`,
  en: `There is no "${name}" tab. Run "Set up sheets" (Đi cơ sở menu).`,
});

function loadRoster(workbook: Workbook): RosterTable {
  const tab = workbook.read(TABS.roster);
  if (!tab) throw new UserError(NO_TAB(TABS.roster.name));
  return readRoster(tab.values, workbook.offsetMinutes(), tab.name);
}

/**
 * "Đơn vị": unit name (folded) → type, used when a posting's "Loại đơn vị" is blank, with the
 * tab's actual name for the reasons that cite it.
 */
function loadUnits(workbook: Workbook): CheckPostingsOptions {
  const tab = workbook.read(TABS.units);
  return tab ? { units: unitTypes(tab.values), unitsTab: tab.name } : { units: new Map() };
}

interface PostingsRun {
  values: unknown[][];
  /** 1-based row of the tab's header row. */
  headerRow: number;
  results: PostingResult[];
}

function runPostings(workbook: Workbook, settings: Settings, today: Day): PostingsRun {
  const tab = workbook.read(TABS.postings);
  if (!tab) throw new UserError(NO_TAB(TABS.postings.name));
  const roster = loadRoster(workbook);
  const table = readPostings(tab.values, workbook.offsetMinutes(), tab.name);
  const results = checkPostings(table, roster, settings, today, loadUnits(workbook));
  return { values: tab.values, headerRow: table.headerRow, results };
}

// ------------------------------------------------------------------ the selection

/** What to select, naming the roster and postings tabs as the user calls them. */
function hint(workbook: Workbook): Text {
  const names = workbook.sheets().map((s) => s.name);
  const roster = findTab(names, TABS.roster) ?? TABS.roster.name;
  const postings = findTab(names, TABS.postings) ?? TABS.postings.name;
  return {
    vi: `Chọn một dòng trong tab "${roster}" để xem điều kiện, hoặc trong tab "${postings}" để xem lịch báo cáo.`,
    en: `Select a row of the "${roster}" tab to see its conditions, or of "${postings}" to see its report calendar.`,
  };
}
const HINT_EMPTY: Text = {
  vi: "Dòng này còn trống. Chọn một dòng có dữ liệu.",
  en: "This row is empty. Select a row with data.",
};

interface Selection {
  sheet: Sheet;
  tab: string;
  kind: "roster" | "postings" | "other";
  row: number;
  key: string;
}

function readSelection(): Selection | undefined {
  const range = activeRange();
  if (!range) return undefined;
  const sheet = range.getSheet();
  const tab = sheet.getName();
  const row = range.getRow();
  const kind =
    findTab([tab], TABS.roster) !== undefined
      ? "roster"
      : findTab([tab], TABS.postings) !== undefined
        ? "postings"
        : "other";
  let key = `${tab}\u0000${row}`;
  if (kind !== "other" && row > 1) {
    const width = sheet.getLastColumn();
    if (width > 0) {
      const cells = sheet.getRange(row, 1, 1, width).getValues()[0] ?? [];
      // The row's content in short, so that a poll can answer "unchanged".
      key += `\u0000${keyHash(JSON.stringify(cells))}`;
    }
  }
  return { sheet, tab, kind, row, key };
}

function none(tab: string, row: number, locale: Locale, text: Text): SelectionView {
  return { kind: "none", tab, row, hint: pick(locale, text) };
}

function cellText(cells: readonly Cell[], index: number | undefined): string {
  if (index === undefined) return "";
  const v = cells[index];
  return v === null || v === undefined ? "" : String(v).trim();
}

function selectionView(workbook: Workbook, sel: Selection, locale: Locale): SelectionView {
  if (sel.kind === "other" || sel.row <= 1) return none(sel.tab, sel.row, locale, hint(workbook));
  const settings = settingsOf(workbook);
  const today = workbook.today();
  if (sel.kind === "roster") {
    const table = loadRoster(workbook);
    // A title row above the headers, or the header row itself: nothing to show.
    if (sel.row <= table.headerRow) return none(sel.tab, sel.row, locale, hint(workbook));
    const on = settings.referenceDate ?? today;
    const rowOnly: RosterTable = { ...table, rows: table.rows.filter((r) => r.row === sel.row) };
    const checked = checkRoster(rowOnly, on, settings)[0];
    if (!checked) return none(sel.tab, sel.row, locale, HINT_EMPTY);
    return cadreView(locale, sel.tab, checked.row, checked.result);
  }
  const run = runPostings(workbook, settings, today);
  if (sel.row <= run.headerRow) return none(sel.tab, sel.row, locale, hint(workbook));
  const result = run.results.find((r) => r.row === sel.row);
  if (!result) return none(sel.tab, sel.row, locale, HINT_EMPTY);
  const cells = run.values[sel.row - 1] ?? [];
  const cols = mapColumns(run.values[run.headerRow - 1] ?? [], POSTING_COLUMNS).index;
  // The cadre's name comes with the result (checkPostings found the roster row by Mã CB).
  const typed = {
    unit: cellText(cells, cols.unit),
    position: cellText(cells, cols.position),
    cadreId: cellText(cells, cols.cadreId),
  };
  return postingView(locale, { tab: sel.tab, result, cells: typed }, today);
}

/**
 * What the sidebar shows for the selected row. `known` is the key of what the page shows
 * now: when the selection and its row are unchanged the answer is { changed: false } and no
 * tab is read.
 */
export function sidebarView(known: string | null): ViewResponse {
  return serve(({ locale }) => viewResponse(Workbook.active(), known, locale), UNLOCKED);
}

function viewResponse(workbook: Workbook, known: string | null, locale: Locale): ViewResponse {
  const sel = readSelection();
  if (sel && known !== null && known === sel.key) {
    return { locale, key: sel.key, changed: false };
  }
  const today = formatDay(workbook.today());
  if (!sel) {
    return {
      locale,
      key: "",
      changed: known !== "",
      view: none("", 0, locale, hint(workbook)),
      today,
    };
  }
  const view = selectionView(workbook, sel, locale);
  return { locale, key: sel.key, changed: true, view, today };
}

const NO_ROW = (tab: string, row: number): Text => ({
  vi: `Tab "${tab}" không còn dòng ${row}. Hãy bấm Làm mới để xem lại danh sách.`,
  en: `The "${tab}" tab has no row ${row} any more. Press Refresh to see the list again.`,
});

/**
 * Selects `target`'s row in the sheet, as a click on its row would (the overview's overdue and
 * ageing-out items), and answers what the sidebar then shows for it.
 */
export function sidebarSelectRow(target: RowTarget): ViewResponse {
  return serve(({ locale }) => {
    const def = target.tab === "roster" ? TABS.roster : TABS.postings;
    const workbook = Workbook.active();
    const sheet = workbook.find(def);
    if (!sheet) throw new UserError(NO_TAB(def.name));
    const row = Number(target.row);
    // The tab is read once, for the view; a header or title row selected shows the hint.
    if (!Number.isInteger(row) || row < 2 || row > sheet.getLastRow()) {
      throw new UserError(NO_ROW(sheet.getName(), row));
    }
    workbook.selectRow(sheet, row);
    return viewResponse(workbook, null, locale);
  }, UNLOCKED);
}

// ------------------------------------------------------------------ overview

/** The plan years, overdue reports and cadres who will age out before the next round. */
export function sidebarOverview(): OverviewResponse {
  return serve(({ locale }) => {
    const workbook = Workbook.active();
    const settings = settingsOf(workbook);
    const today = workbook.today();
    const problems: string[] = [];
    const names = workbook.sheets().map((s) => s.name);
    const hasRoster = findTab(names, TABS.roster) !== undefined;
    const hasPostings = findTab(names, TABS.postings) !== undefined;
    if (!hasRoster) problems.push(pick(locale, NO_TAB(TABS.roster.name)));
    if (!hasPostings) problems.push(pick(locale, NO_TAB(TABS.postings.name)));
    const roster = hasRoster ? loadRoster(workbook) : undefined;
    const nameOf = new Map<string, string>();
    for (const r of roster?.rows ?? []) {
      if (r.id.kind === "value" && r.name.kind === "value")
        nameOf.set(idKey(r.id.value), r.name.value);
    }
    let results: PostingResult[] = [];
    if (roster && hasPostings) {
      const tab = workbook.read(TABS.postings);
      if (tab) {
        const table = readPostings(tab.values, workbook.offsetMinutes(), tab.name);
        for (const p of table.problems) problems.push(pick(locale, p));
        results = checkPostings(table, roster, settings, today, loadUnits(workbook));
      }
    }
    const cadreOf = (r: PostingResult) =>
      r.cadre?.name || (r.cadre?.id ? (nameOf.get(idKey(r.cadre.id)) ?? r.cadre.id) : "");
    const nextRound = nextRoundStart(today, settings.startQuarter);
    const checked = roster ? checkRoster(roster, today, settings) : [];
    return {
      locale,
      today: formatDay(today),
      years: yearViews(
        results.map((r) => ({ start: r.start, cadre: cadreOf(r) })),
        settings,
      ),
      overdueSummary: pick(locale, overdueText(overdueTally(results), today)),
      overdue: overdueViews(locale, results, cadreOf),
      agingOut: agingOutViews(
        checked.map((c) => ({ row: c.row, ageLimit: c.result.ageLimit })),
        today,
        nextRound,
      ),
      nextRound: formatDay(nextRound),
      problems,
    };
  }, UNLOCKED);
}

// ------------------------------------------------------------------ the checks

/** A check run from the sidebar: the menu's own check, as JSON. */
function checkResponse(locale: Locale, title: Text, summary: CheckSummary): CheckResponse {
  return {
    locale,
    title: pick(locale, title),
    message: pick(locale, summary.message),
    rows: summary.rows,
    counts: summary.counts.map((c) => ({
      words: c.words,
      text: pick(locale, c.text),
      count: c.count,
    })),
  };
}

/** "Kiểm tra điều kiện" from the sidebar: the menu's check, summarised as JSON. */
export function sidebarCheckEligibility(): CheckResponse {
  return serve(
    ({ locale }) =>
      checkResponse(
        locale,
        { vi: "Kiểm tra điều kiện", en: "Check eligibility" },
        checkRosterTab(),
      ),
    CHECK,
  );
}

/** "Kiểm tra đợt cử đi" from the sidebar: the menu's check, summarised as JSON. */
export function sidebarCheckPostings(): CheckResponse {
  return serve(
    ({ locale }) =>
      checkResponse(locale, { vi: "Kiểm tra đợt cử đi", en: "Check postings" }, checkPostingsTab()),
    CHECK,
  );
}

// ------------------------------------------------------------------ documents

/**
 * "Tạo văn bản…" for the selection: the same generator as the menu's dialog
 * (documentsGenerate), which takes the document lock, works in chunks and answers with a
 * message in the user's language (also for its errors).
 */
export function sidebarGenerateDocuments(request: DocumentsRequest): DocumentsResponse {
  return serve(({ locale }) => {
    const out = documentsGenerate(request);
    return {
      locale,
      made: out.created + out.updated,
      done: out.done,
      message: out.message,
      documents: out.links
        .filter((d) => /^https:\/\//.test(d.url))
        .map((d) => ({ title: d.title, url: d.url })),
    };
  }, UNLOCKED);
}
