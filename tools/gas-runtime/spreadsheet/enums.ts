/**
 * The enums SpreadsheetApp exposes (SpreadsheetApp.DataValidationCriteria, .BooleanCriteria …).
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#properties
 */
import { makeEnum } from "../core.ts";

/** The number and text criteria data validations and conditional formats share, in Google's order. */
const NUMBER_AND_TEXT_CRITERIA = [
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
] as const;

export const DataValidationCriteria = makeEnum([
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  ...NUMBER_AND_TEXT_CRITERIA,
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
] as const);

export const BooleanCriteria = makeEnum([
  "CELL_EMPTY",
  "CELL_NOT_EMPTY",
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_EQUAL_TO",
  "DATE_AFTER_RELATIVE",
  "DATE_BEFORE_RELATIVE",
  "DATE_EQUAL_TO_RELATIVE",
  ...NUMBER_AND_TEXT_CRITERIA,
  "TEXT_STARTS_WITH",
  "TEXT_ENDS_WITH",
  "CUSTOM_FORMULA",
] as const);

export const RelativeDate = makeEnum([
  "TODAY",
  "TOMORROW",
  "YESTERDAY",
  "PAST_WEEK",
  "PAST_MONTH",
  "PAST_YEAR",
] as const);
export const ProtectionType = makeEnum(["RANGE", "SHEET"] as const);
export const WrapStrategy = makeEnum(["WRAP", "OVERFLOW", "CLIP"] as const);
export const BorderStyle = makeEnum([
  "DOTTED",
  "DASHED",
  "SOLID",
  "SOLID_MEDIUM",
  "SOLID_THICK",
  "DOUBLE",
] as const);
export const Dimension = makeEnum(["COLUMNS", "ROWS"] as const);
export const DeveloperMetadataVisibility = makeEnum(["DOCUMENT", "PROJECT"] as const);
export const DeveloperMetadataLocationType = makeEnum([
  "SPREADSHEET",
  "SHEET",
  "ROW",
  "COLUMN",
] as const);

/** The enums as properties of SpreadsheetApp (SpreadsheetApp.BooleanCriteria …). */
export const SPREADSHEET_APP_ENUMS = {
  DataValidationCriteria,
  BooleanCriteria,
  RelativeDate,
  ProtectionType,
  WrapStrategy,
  BorderStyle,
  Dimension,
  DeveloperMetadataVisibility,
  DeveloperMetadataLocationType,
};
