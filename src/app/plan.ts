/**
 * "Lập kế hoạch cử…" (plan VI.3.1): reads "Cấu hình", "Cán bộ", "Đợt cử đi" and "Đơn vị" once
 * each, checks the recorded postings (their status decides whether they take a seat), plans
 * the remaining years (core/posting-plan) and writes the add-on's own tab "Kế hoạch cử"
 * (adapters/plan-tab.ts), saying what changed since the previous plan. Nothing else in the
 * sheet is touched.
 */
import { createPlanTab, findPlanTab, showPlanTab, writePlanTab } from "../adapters/plan-tab";
import { type Sheet, Workbook } from "../adapters/sheets";
import { type Day, formatDay } from "../core/dates";
import { type Locale, pick, type Text } from "../core/i18n";
import {
  PLAN_DATE_COLUMNS,
  type PlanChanges,
  type PostingPlan,
  planChanges,
  planLinesOf,
  planPostings,
  planRowCells,
  planRows,
  recordedPostings,
} from "../core/posting-plan";
import { checkPostings, type PostingResult, readPostings } from "../core/postings";
import { readRoster } from "../core/roster";
import {
  PLAN_COLUMNS,
  POSTING_POSITIONS,
  ROSTER_COLUMNS,
  STATUS_COLOURS,
  TABS,
  wordOf,
} from "../core/schema";
import type { Settings } from "../core/settings";
import { timelineOf, timelineSvg } from "../core/timeline";
import { readUnits, type UnitTable, unitTypesOf } from "../core/units";
import type { PlanOverview, PlanRunView } from "../shared/plan";
import { readRequiredTab, withProblems } from "./check-summary";
import { runCommand, serve } from "./command";
import { loadSettings } from "./settings";

const NO_ROSTER: Text = {
  vi: 'Không tìm thấy tab "Cán bộ": cần danh sách cán bộ để lập kế hoạch cử. Hãy chạy "Thiết lập bảng tính" rồi nhập danh sách cán bộ.',
  en: 'There is no "Cán bộ" tab: the roster is needed to plan the postings. Run "Set up sheets", then enter the cadres.',
};

const NO_UNITS: Text = {
  vi: 'Chưa có tab "Đơn vị" nên không có chỗ nào để xếp cán bộ; hãy chạy "Thiết lập bảng tính".',
  en: 'There is no "Đơn vị" tab, so there is no seat to place anyone in; run "Set up sheets".',
};

const PROTECTION: string =
  'Tab do "Lập kế hoạch cử…" (Đi cơ sở) viết; lần lập sau sẽ thay toàn bộ nội dung. / Written by "Plan postings…"; the next plan replaces it.';

/** What the planner read: its input, and the recorded postings' checks (for the timeline). */
interface PlanSources {
  plan: PostingPlan;
  settings: Settings;
  postings: PostingResult[];
  units: UnitTable;
  /** Problems to mention (unknown settings keys, unusable unit rows). */
  problems: Text[];
}

/** Reads the tabs and plans: one read per tab, no write. */
function planFromSheet(workbook: Workbook): PlanSources {
  const offset = workbook.offsetMinutes();
  const { settings, problems } = loadSettings(workbook);
  const { table: roster } = readRequiredTab(workbook, offset, {
    def: TABS.roster,
    absent: NO_ROSTER,
    columns: ROSTER_COLUMNS,
    read: readRoster,
  });
  const unitsTab = workbook.read(TABS.units);
  const units = readUnits(unitsTab?.values ?? [], unitsTab?.name ?? TABS.units.name);
  const postingsTab = workbook.read(TABS.postings);
  const table = readPostings(postingsTab?.values ?? [], offset, postingsTab?.name);
  const today = workbook.today();
  const postings = checkPostings(table, roster, settings, today, {
    units: unitTypesOf(units),
    ...(unitsTab ? { unitsTab: unitsTab.name } : {}),
  });
  const plan = planPostings({
    roster,
    postings: recordedPostings(table, postings),
    postingsTab: postingsTab?.name ?? TABS.postings.name,
    units,
    settings,
    asOf: settings.referenceDate ?? today,
  });
  return {
    plan,
    settings,
    postings,
    units,
    problems: [...problems, ...units.problems, ...(unitsTab ? [] : [NO_UNITS])],
  };
}

/**
 * "Năm 2021: CB015, CB018; năm 2022: CB039": the plan in a sentence, pointing at the tab that
 * holds the reasons (`tab`), or at the page's list below when the plan is only shown.
 */
function planSentence(plan: PostingPlan, tab?: string): Text {
  if (plan.years.length === 0) {
    return {
      vi: `Giai đoạn của kế hoạch đã hết lượt cử (ngày xét ${formatDay(plan.asOf)}); không có đề xuất nào.`,
      en: `The plan period has no round left (reference date ${formatDay(plan.asOf)}); no one is proposed.`,
    };
  }
  const perYear = plan.years.map((y) => {
    const ids = y.planned.map((p) => p.cadre.id);
    return { year: y.year, ids };
  });
  const vi = perYear.map(
    (y) => `năm ${y.year}: ${y.ids.length > 0 ? y.ids.join(", ") : "không ai"}`,
  );
  const en = perYear.map((y) => `${y.year}: ${y.ids.length > 0 ? y.ids.join(", ") : "no one"}`);
  const waiting = plan.unplaced.filter((u) => u.rank !== undefined).length;
  return {
    vi: `Kế hoạch cử (ngày xét ${formatDay(plan.asOf)}) — ${vi.join("; ")}. ${waiting} cán bộ đủ điều kiện chưa xếp được; lý do ${tab === undefined ? "ở dưới" : `ở tab "${tab}"`}.`,
    en: `Posting plan (reference date ${formatDay(plan.asOf)}) — ${en.join("; ")}. ${waiting} eligible cadre(s) without a place; the reasons are ${tab === undefined ? "below" : `in the "${tab}" tab`}.`,
  };
}

/** The tab's note on its first cell: when, from which day, in which order. */
function tabNote(plan: PostingPlan, today: Day): string {
  return [
    `Lập ngày ${formatDay(today)}, ngày xét ${formatDay(plan.asOf)} (Lập kế hoạch cử…).`,
    "Thứ tự xét (KH-UT, mục VI.3.1): hạn đủ điều kiện sớm trước; cùng hạn thì chức danh quy hoạch cao hơn trước, rồi theo thứ tự trong tab Cán bộ.",
    "Tab này do tiện ích viết; lần lập sau thay toàn bộ nội dung.",
  ].join("\n");
}

interface PlanRun {
  sources: PlanSources;
  sheet: Sheet;
  /** The tab's actual name. */
  tab: string;
  /** What changed since the previous plan (none on the first). */
  changes?: PlanChanges;
  message: Text;
}

/** Plans and writes the plan's tab; the caller holds the document lock. */
function writePlan(workbook: Workbook): PlanRun {
  const sources = planFromSheet(workbook);
  const { plan } = sources;
  const found = findPlanTab(workbook);
  const sheet = found?.sheet ?? createPlanTab(workbook, PROTECTION);
  const tab = sheet.getName();
  const changes = found ? planChanges(planLinesOf(found.values), plan) : undefined;
  const rows = planRows(plan);
  const header = Object.values(PLAN_COLUMNS).map((c) => c.header);
  writePlanTab(
    sheet,
    {
      header,
      rows: rows.map((r) => planRowCells(r, (d) => workbook.dateCell(d))),
      dateColumns: PLAN_DATE_COLUMNS,
      statusColumn: Object.keys(PLAN_COLUMNS).indexOf("result"),
      backgrounds: rows.map((r) => STATUS_COLOURS[r.status]),
      note: tabNote(plan, workbook.today()),
    },
    found?.values.length ?? 0,
  );
  const sentence = planSentence(plan, tab);
  const said = changes ? withProblems(sentence, [changes.text]) : sentence;
  const message = withProblems(said, sources.problems);
  return { sources, sheet, tab, ...(changes ? { changes } : {}), message };
}

/** Menu "Lập kế hoạch cử…": the plan written to its tab, shown, and summed up in a toast. */
export function menuPlanPostings(): void {
  runCommand((ctx) => {
    const workbook = Workbook.active();
    const run = writePlan(workbook);
    showPlanTab(run.sheet);
    ctx.toast(run.message, 20);
  });
}

const UNEXPECTED: Text = {
  vi: "Không lập được kế hoạch cử do lỗi không mong muốn; bảng tính không bị thay đổi thêm. Hãy thử lại.",
  en: "The posting plan could not be made because of an unexpected error; nothing more was changed. Try again.",
};

/**
 * The plan "Lập kế hoạch cử…" would write, from the tabs as they are, and the plan period's
 * timeline (core/timeline): the recorded postings, their reports, the proposals, the eligible
 * cadres' age-outs. It writes nothing; an error reaches the page in the user's language.
 */
export function sidebarPlan(): PlanOverview {
  return serve(
    ({ locale }) => {
      const workbook = Workbook.active();
      return overviewOf(planFromSheet(workbook), workbook, locale);
    },
    { lock: false, unexpected: UNEXPECTED },
  );
}

/** "Lập kế hoạch cử…" from the sidebar: the tab written under the document lock, and the plan. */
export function sidebarPlanPostings(): PlanRunView {
  return serve(
    ({ locale }) => {
      const workbook = Workbook.active();
      const run = writePlan(workbook);
      return {
        message: pick(locale, run.message),
        overview: overviewOf(run.sources, workbook, locale),
      };
    },
    { unexpected: UNEXPECTED },
  );
}

/** The plan for the page, in the user's language, with the timeline. */
function overviewOf(sources: PlanSources, workbook: Workbook, locale: Locale): PlanOverview {
  const { plan, postings, settings } = sources;
  const lines = (t: Text) => pick(locale, t).split("\n");
  return {
    summary: pick(locale, planSentence(plan)),
    asOf: formatDay(plan.asOf),
    years: plan.years.map((y) => ({
      year: y.year,
      planned: y.planned.map((p) => ({
        id: p.cadre.id,
        name: p.cadre.name,
        seat: `${wordOf(POSTING_POSITIONS, p.position)} ${p.unit.name}`,
        start: `${formatDay(p.startFrom)} – ${formatDay(p.startBy)}`,
        why: lines(p.why),
      })),
    })),
    waiting: plan.unplaced
      .filter((u) => u.rank !== undefined)
      .map((u) => ({ id: u.cadre.id, name: u.cadre.name, why: lines(u.reason) })),
    timeline: timelineSvg(timelineOf(plan, postings, settings, workbook.today())),
  };
}
