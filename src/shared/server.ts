/**
 * The server functions the pages may call through google.script.run, as the pages see them:
 * one signature per `ClientFunction` of src/entrypoints.ts. src/entry-check.ts proves, both
 * ways, that src/entry.ts exports exactly these, so the pages never import server code and
 * never drift from it. Property signatures (not methods), so parameters compare strictly.
 */
import type { DocumentsOptions, DocumentsPreview, GenerateCall, GenerateResult } from "./documents";
import type { PlanOverview, PlanRunView } from "./plan";
import type {
  CheckResponse,
  DocumentsRequest,
  DocumentsResponse,
  OverviewResponse,
  RowTarget,
  ViewResponse,
} from "./sidebar";

export interface ServerFunctions {
  documentsOptions: () => DocumentsOptions;
  documentsPreview: (request: GenerateCall) => DocumentsPreview;
  documentsGenerate: (request: GenerateCall) => GenerateResult;
  sidebarView: (known: string | null) => ViewResponse;
  sidebarSelectRow: (target: RowTarget) => ViewResponse;
  sidebarOverview: () => OverviewResponse;
  sidebarPlan: () => PlanOverview;
  sidebarPlanPostings: () => PlanRunView;
  sidebarCheckEligibility: () => CheckResponse;
  sidebarCheckPostings: () => CheckResponse;
  sidebarGenerateDocuments: (request: DocumentsRequest) => DocumentsResponse;
}
