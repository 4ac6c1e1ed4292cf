/**
 * The local Apps Script runtime: an in-memory SpreadsheetApp & co. in a node:vm realm, for tests
 * and the demo. See README.md.
 */
export { columnToLetters, lettersToColumn, parseA1Range, toA1 } from "./a1.ts";
export type { AuthModeName, EnumValue, ServiceOptions } from "./core.ts";
export type { Deployment } from "./deployment.ts";
export type { BlobData, RuntimeExtension, RuntimeInternals } from "./extensions.ts";
export { extensions } from "./extensions.ts";
export type {
  CellModel,
  CellValue,
  ConditionalFormatRuleModel,
  DataValidationModel,
  DeveloperMetadataModel,
  ProtectionModel,
  RichTextRunModel,
  RowInput,
  TextStyleModel,
} from "./model.ts";
export { SheetModel, SpreadsheetModel } from "./model.ts";
export type { LockKind, Runtime, RuntimeOptions, UserAuthMode } from "./runtime.ts";
export { createRuntime } from "./runtime.ts";
export type { TriggerRecord } from "./script-app.ts";
export { formatDate, instantOf, offsetMs } from "./time.ts";
export type {
  AlertRecord,
  ButtonName,
  DialogAnswer,
  DialogQuestion,
  DialogRecord,
  MenuItemModel,
  MenuModel,
  PromptRecord,
  SidebarRecord,
  ToastRecord,
} from "./ui.ts";
export type { UserInit } from "./users.ts";
