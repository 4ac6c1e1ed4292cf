/**
 * The add-on's entry points: every function Apps Script calls by name. The build bundles this
 * module as an IIFE and appends one top-level `function` stub per export, documented from
 * the record in `entrypoints.ts`; `entry-check.ts` fails to compile when the two differ.
 */

// Menu: Tạo văn bản…
export {
  documentsGenerate,
  documentsOptions,
  documentsPreview,
  menuGenerateDocuments,
} from "./app/documents/index";
// Menu: Kiểm tra điều kiện, custom functions ELIGIBILITY and AGE_LIMIT (plan II)
export { AGE_LIMIT, ELIGIBILITY, menuCheckEligibility } from "./app/eligibility";
// Triggers
export { onInstall, onOpen } from "./app/menu";
// Menu: Lập kế hoạch cử… (plan VI.3.1)
export { menuPlanPostings, sidebarPlan, sidebarPlanPostings } from "./app/plan";
// Menu: Kiểm tra đợt cử đi, custom function REPORT_DUE (plan III, VI)
export { menuCheckPostings, REPORT_DUE } from "./app/postings";
// Menu: Thiết lập bảng tính
export { menuSetUp } from "./app/setup";
// Menu: Mở bảng điều khiển, and the sidebar's google.script.run targets
export {
  menuOpenSidebar,
  sidebarCheckEligibility,
  sidebarCheckPostings,
  sidebarGenerateDocuments,
  sidebarOverview,
  sidebarSelectRow,
  sidebarView,
} from "./app/sidebar";
