/**
 * Every function Apps Script calls by name, keyed by that name, with the documentation the
 * build turns into the JSDoc of its generated top-level stub (custom functions need
 * `@customfunction` there for Sheets' autocomplete).
 *
 * The one list of names: `src/entry.ts` exports exactly these (src/entry-check.ts fails to
 * compile otherwise, both ways), the menu's items are `MenuFunction`s, and the pages may call
 * the `ClientFunction`s only
 * (src/shared/server.ts), so a misspelt or missing name is a compile error.
 */
interface EntryParam {
  name: string;
  type: string;
  doc: string;
}

/**
 * - trigger: a simple trigger Apps Script calls by its reserved name (onOpen, onInstall);
 * - menu: a menu item's function;
 * - client: a server function the pages call through google.script.run;
 * - custom: a custom function typed into a cell.
 */
type EntryKind = "trigger" | "menu" | "client" | "custom";

export interface EntryDoc {
  kind: EntryKind;
  summary: string;
  params: readonly EntryParam[];
  returns?: { readonly type: string; readonly doc: string };
}

const EVENT: EntryParam = { name: "e", type: "Object", doc: "The Apps Script event object." };

export const ENTRY_POINTS = {
  onOpen: {
    kind: "trigger",
    summary: "Adds the add-on menu when the spreadsheet opens.",
    params: [EVENT],
  },
  onInstall: {
    kind: "trigger",
    summary: "Adds the add-on menu right after installation.",
    params: [EVENT],
  },
  menuCheckEligibility: {
    kind: "menu",
    summary: "Kiểm tra điều kiện: checks every cadre of the roster.",
    params: [],
  },
  menuCheckPostings: {
    kind: "menu",
    summary: "Kiểm tra đợt cử đi: checks every posting and its reports.",
    params: [],
  },
  menuPlanPostings: {
    kind: "menu",
    summary:
      "Lập kế hoạch cử…: plans who goes in which remaining year of the plan period, to which seat, and writes the Kế hoạch cử tab.",
    params: [],
  },
  menuGenerateDocuments: {
    kind: "menu",
    summary: "Tạo văn bản…: opens the document generator.",
    params: [],
  },
  documentsOptions: {
    kind: "client",
    summary: "Tạo văn bản…: the dialog's choices (years present, selected posting rows).",
    params: [],
    returns: { type: "Object", doc: "Years, selected rows, whether a run is waiting to continue." },
  },
  documentsPreview: {
    kind: "client",
    summary:
      "Tạo văn bản…: what the dialog's choices would make (how many documents, for which postings and year, what is skipped and why), before the user confirms.",
    params: [
      {
        name: "request",
        type: "Object",
        doc: "{ year?, kinds, rows?, onExisting }: the dialog's choices.",
      },
    ],
    returns: { type: "Object", doc: "{ text, documents, canRun }" },
  },
  documentsGenerate: {
    kind: "client",
    summary:
      "Tạo văn bản…: makes (the next part of) the requested documents in Drive; stops before the time limit; the dialog's next call, or the next click, continues the saved job.",
    params: [
      {
        name: "request",
        type: "Object",
        doc: "{ year?, kinds: proposal|reportForms|evaluationForms|summary[], rows?, onExisting: skip|update, ownCopies?, job? }",
      },
    ],
    returns: {
      type: "Object",
      doc: "{ created, updated, skipped, remaining, done, links, message }",
    },
  },
  menuOpenSidebar: {
    kind: "menu",
    summary: "Mở bảng điều khiển: opens the sidebar.",
    params: [],
  },
  sidebarView: {
    kind: "client",
    summary:
      "Sidebar: what the selected row shows (conditions of a cadre, report calendar of a posting); { changed: false } when the selection is unchanged.",
    params: [
      {
        name: "known",
        type: "string|null",
        doc: "The key of what the sidebar shows now, or null to read the selection again.",
      },
    ],
    returns: { type: "Object", doc: "A ViewResponse (plain JSON, dates as dd/MM/yyyy)." },
  },
  sidebarSelectRow: {
    kind: "client",
    summary:
      "Sidebar: selects a row of Cán bộ or Đợt cử đi in the sheet (an overdue or ageing-out item of the overview clicked) and answers what the sidebar shows for it.",
    params: [
      {
        name: "target",
        type: "Object",
        doc: "{ tab: roster|postings, row }: the tab and the sheet's row number.",
      },
    ],
    returns: { type: "Object", doc: "A ViewResponse for the selected row (plain JSON)." },
  },
  sidebarOverview: {
    kind: "client",
    summary:
      "Sidebar: postings per plan year against the quota, overdue reports, cadres ageing out before the next round.",
    params: [],
    returns: { type: "Object", doc: "An OverviewResponse (plain JSON)." },
  },
  sidebarPlan: {
    kind: "client",
    summary:
      "Sidebar: the plan Lập kế hoạch cử… would write, by year with the reasons, and the plan period's timeline; writes nothing.",
    params: [],
    returns: {
      type: "Object",
      doc: "A PlanOverview: { summary, asOf, years, waiting, timeline (an SVG node tree) }.",
    },
  },
  sidebarPlanPostings: {
    kind: "client",
    summary:
      "Sidebar: runs Lập kế hoạch cử… (writes the Kế hoạch cử tab) and returns its message and the plan.",
    params: [],
    returns: { type: "Object", doc: "A PlanRunView: { message, overview }." },
  },
  sidebarCheckEligibility: {
    kind: "client",
    summary: "Sidebar: runs Kiểm tra điều kiện and returns its summary instead of an alert.",
    params: [],
    returns: { type: "Object", doc: "A CheckResponse (plain JSON)." },
  },
  sidebarCheckPostings: {
    kind: "client",
    summary: "Sidebar: runs Kiểm tra đợt cử đi and returns its summary instead of an alert.",
    params: [],
    returns: { type: "Object", doc: "A CheckResponse (plain JSON)." },
  },
  sidebarGenerateDocuments: {
    kind: "client",
    summary: "Sidebar: creates documents for the selection (Tạo văn bản…).",
    params: [
      {
        name: "request",
        type: "Object",
        doc: "{ kinds, rows?, year?, onExisting? }: which documents, for which rows or year.",
      },
    ],
    returns: { type: "Object", doc: "A DocumentsResponse (plain JSON)." },
  },
  menuSetUp: {
    kind: "menu",
    summary: "Thiết lập bảng tính: creates missing tabs, headers and dropdowns.",
    params: [],
  },
  REPORT_DUE: {
    kind: "custom",
    summary:
      "Hạn báo cáo tiếp theo của đợt cử đi (báo cáo 6 tháng hoặc báo cáo kết thúc); để trống khi đã nộp đủ; không phụ thuộc ngày hôm nay. Dạng đầy đủ =REPORT_DUE(A2:U2; A$1:U$1; 'Cấu hình'!A:B) tự tính lại khi dòng, tiêu đề hoặc cấu hình đổi. Next report due date of a posting row; give the header row and the settings so that it recalculates when they change.",
    params: [
      {
        name: "row",
        type: "Array<Array<*>>",
        doc: "Dòng của tab Đợt cử đi, ví dụ A2:U2 (nhiều dòng → một ngày mỗi dòng). The posting row, e.g. A2:U2.",
      },
      {
        name: "header",
        type: "Array<Array<*>>",
        doc: "Tùy chọn: dòng tiêu đề cùng các cột, ví dụ A$1:U$1; thiếu thì phải tìm lại và chỉ tính lại khi dòng đổi. Optional: the header row at the same columns.",
      },
      {
        name: "settings",
        type: "Array<Array<*>>",
        doc: "Tùy chọn: tab Cấu hình, 'Cấu hình'!A:B. Optional: the settings tab's two columns.",
      },
    ],
    returns: {
      type: "Date|string",
      doc: "The due date, or blank when every report is in; a short message when the row cannot be read (e.g. no start date).",
    },
  },
  ELIGIBILITY: {
    kind: "custom",
    summary:
      "Kết quả xét điều kiện của cán bộ theo Kế hoạch 51-KH/TĐTN-TCKT mục II, vào ngày xét: đối số date, nếu không thì Ngày xét (Cấu hình), nếu không thì hôm nay (khi đó không tự tính lại khi sang ngày mới). Dạng đầy đủ =ELIGIBILITY(A2:S2; A$1:S$1; 'Cấu hình'!A:B; 'Cấu hình'!B2). Eligibility status of a roster row; give the date for a result that follows it.",
    params: [
      {
        name: "row",
        type: "Array<Array<*>>",
        doc: "Dòng của tab Cán bộ, ví dụ A2:S2 (nhiều dòng → một kết quả mỗi dòng). The roster row, e.g. A2:S2.",
      },
      {
        name: "header",
        type: "Array<Array<*>>",
        doc: "Tùy chọn: dòng tiêu đề cùng các cột, ví dụ A$1:S$1. Optional: the header row at the same columns.",
      },
      {
        name: "settings",
        type: "Array<Array<*>>",
        doc: "Tùy chọn: tab Cấu hình, 'Cấu hình'!A:B. Optional: the settings tab's two columns.",
      },
      {
        name: "date",
        type: "Date",
        doc: "Tùy chọn: ngày xét, ví dụ DATE(2024;1;1) hoặc một ô ngày (không dùng TODAY()). Optional: the reference date.",
      },
    ],
    returns: {
      type: "string|Array<Array<string>>",
      doc: "Đủ điều kiện / Không đủ điều kiện / Thiếu dữ liệu / Cần BTV xem xét (the menu's Lý do column says why).",
    },
  },
  AGE_LIMIT: {
    kind: "custom",
    summary:
      "Ngày cuối cùng cán bộ còn trong độ tuổi (không quá Tuổi tối đa trong Cấu hình, mặc định 30); không phụ thuộc ngày hôm nay. Dạng đầy đủ =AGE_LIMIT(D2; 'Cấu hình'!A:B) tự tính lại khi Tuổi tối đa đổi. Last day the person is within the age limit.",
    params: [
      {
        name: "date_of_birth",
        type: "Date",
        doc: "Ngày sinh (hoặc một cột ngày sinh). Date of birth, or a column of them.",
      },
      {
        name: "settings",
        type: "Array<Array<*>>",
        doc: "Tùy chọn: tab Cấu hình, 'Cấu hình'!A:B. Optional: the settings tab's two columns.",
      },
    ],
    returns: {
      type: "Date|Array<Array<Date>>",
      doc: "Ngày trước sinh nhật lần thứ 31 (29/02 → 28/02 năm thường). The day before the 31st birthday.",
    },
  },
} as const satisfies Record<string, EntryDoc>;

export type EntryName = keyof typeof ENTRY_POINTS;

/** The entry points of one kind, by name. */
type NamesOf<K extends EntryKind> = {
  [N in EntryName]: (typeof ENTRY_POINTS)[N]["kind"] extends K ? N : never;
}[EntryName];

export type MenuFunction = NamesOf<"menu">;
export type ClientFunction = NamesOf<"client">;

/** One entry point with its name, for the build. */
export interface EntryPoint extends EntryDoc {
  name: EntryName;
}

/** The entry points in the record's order. */
export function entryPoints(): EntryPoint[] {
  return (Object.keys(ENTRY_POINTS) as EntryName[]).map((name) => ({
    name,
    ...ENTRY_POINTS[name],
  }));
}
