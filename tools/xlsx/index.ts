/** .xlsx ⇄ the local runtime's SpreadsheetModel (exceljs). */
export { type ReadOptions, readXlsx, readXlsxFile } from "./read.ts";
export {
  DATE_FORMAT,
  DATE_TIME_FORMAT,
  type WriteReport,
  writeXlsx,
  writeXlsxFile,
} from "./write.ts";
