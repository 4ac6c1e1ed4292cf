/**
 * The spreadsheet contract (sheet-contract.md) as data: tab names, headers with their English
 * aliases, the vocabularies users type, and the columns the add-on writes. Everything that
 * finds a tab or a column, builds a dropdown or writes a header reads it from here.
 */
import type { ChoiceOption } from "./cells";

export interface TabDef {
  /** Canonical Vietnamese name, used when the add-on creates the tab. */
  name: string;
  /** Other names the tab is found under (matched like headers). */
  aliases: readonly string[];
}

export interface ColumnDef {
  /** Canonical Vietnamese header, written when the add-on creates the column. */
  header: string;
  /** English alias, also accepted when reading. */
  en: string;
}

export const TABS = {
  roster: { name: "Cán bộ", aliases: ["Can bo", "Danh sách cán bộ", "Cadres"] },
  postings: { name: "Đợt cử đi", aliases: ["Dot cu di", "Đi cơ sở", "Postings"] },
  units: { name: "Đơn vị", aliases: ["Don vi", "Units"] },
  settings: { name: "Cấu hình", aliases: ["Cau hinh", "Settings"] },
} as const satisfies Record<string, TabDef>;

/** Columns of "Cán bộ" that users fill. */
export const ROSTER_COLUMNS = {
  id: { header: "Mã CB", en: "ID" },
  name: { header: "Họ và tên", en: "Full name" },
  gender: { header: "Giới tính", en: "Gender" },
  birth: { header: "Ngày sinh", en: "Date of birth" },
  department: { header: "Ban/Văn phòng", en: "Department" },
  position: { header: "Chức vụ", en: "Position" },
  fullTimeExec: { header: "UV BCH chuyên trách", en: "Full-time executive member" },
  plannedTitle: { header: "Quy hoạch chức danh", en: "Planned position" },
  group: { header: "Đối tượng", en: "Target group" },
  decision: { header: "Quyết định BTV", en: "Standing Committee decision" },
  payroll: { header: "Biên chế", en: "On payroll" },
  party: { header: "Đảng viên", en: "Party status" },
  standing: { header: "Phẩm chất", en: "Standing" },
  disciplineUntil: { header: "Kỷ luật đến ngày", en: "Discipline until" },
  underReview: { header: "Đang xem xét kỷ luật", en: "Under disciplinary review" },
  pregnant: { header: "Đang mang thai", en: "Pregnant" },
  youngestChild: { header: "Ngày sinh con nhỏ nhất", en: "Youngest child born" },
} as const satisfies Record<string, ColumnDef>;

/** "Xếp loại YYYY" / "Rating YYYY": one column per year. */
export const RATING_COLUMN = {
  header: (year: number) => `Xếp loại ${year}`,
  pattern: /^(?:xep loai|rating) (\d{4})$/,
} as const;

/** Columns of "Cán bộ" the add-on writes (created at the right end when missing). */
export const ROSTER_OUTPUT = {
  result: { header: "Kết quả", en: "Result" },
  reasons: { header: "Lý do", en: "Reasons" },
  eligibleFrom: { header: "Đủ điều kiện từ", en: "Eligible from" },
  ageLimit: { header: "Đủ tuổi đến", en: "Age-eligible until" },
  checkedAt: { header: "Kiểm tra lúc", en: "Checked at" },
} as const satisfies Record<string, ColumnDef>;

/** Columns of "Đợt cử đi" that users fill. */
export const POSTING_COLUMNS = {
  cadreId: { header: "Mã CB", en: "Cadre ID" },
  unit: { header: "Đơn vị tiếp nhận", en: "Receiving unit" },
  unitType: { header: "Loại đơn vị", en: "Unit type" },
  position: { header: "Vị trí", en: "Position" },
  start: { header: "Ngày bắt đầu", en: "Start date" },
  months: { header: "Số tháng", en: "Months" },
  end: { header: "Ngày kết thúc", en: "End date" },
  decisionNo: { header: "Số quyết định", en: "Decision no." },
  partyAgreed: { header: "Cấp ủy thống nhất", en: "Party committee agreed" },
  partyMoved: { header: "Chuyển sinh hoạt Đảng", en: "Party membership moved" },
  unionMoved: { header: "Chuyển sinh hoạt Đoàn", en: "Union membership moved" },
  finalReport: { header: "Báo cáo kết thúc", en: "Final report" },
  finalEvaluation: { header: "Nhận xét kết thúc", en: "Final evaluation" },
  partyExchange: { header: "Trao đổi cấp ủy", en: "Party committee exchange" },
  settled: { header: "Quyết toán kinh phí", en: "Expenses settled" },
} as const satisfies Record<string, ColumnDef>;

/**
 * Columns of "Đợt cử đi" for the receiving unit's final assessment (VI.2), which users fill and
 * only the documents read (the results summary): optional, so the checks never ask for them.
 */
export const POSTING_ASSESSMENT_COLUMNS = {
  /** The level of task completion (RATINGS). */
  completion: { header: "Mức độ hoàn thành nhiệm vụ", en: "Task completion" },
  /** The cadre's development prospects (PROSPECTS). */
  prospects: { header: "Khả năng phát triển", en: "Development prospects" },
} as const satisfies Record<string, ColumnDef>;

/** "Báo cáo 6 tháng lần N" / "Cadre report N". */
export const PERIODIC_REPORT_COLUMN = {
  header: (n: number) => `Báo cáo 6 tháng lần ${n}`,
  en: (n: number) => `Cadre report ${n}`,
  pattern: /^(?:bao cao 6 thang lan|cadre report) (\d{1,2})$/,
} as const;

/** "Nhận xét 6 tháng lần N" / "Unit evaluation N". */
export const PERIODIC_EVALUATION_COLUMN = {
  header: (n: number) => `Nhận xét 6 tháng lần ${n}`,
  en: (n: number) => `Unit evaluation ${n}`,
  pattern: /^(?:nhan xet 6 thang lan|unit evaluation) (\d{1,2})$/,
} as const;

/**
 * Columns of "Đợt cử đi" the add-on writes: the posting's validity (Kết quả, Lý do: rules of
 * plan III), the cadre's reports (Hạn báo cáo tới, Tình trạng) and, apart from the validity,
 * the follow-up of every duty of plan VI (Việc quá hạn, Hạn việc tới, Việc cần làm).
 */
export const POSTING_OUTPUT = {
  result: { header: "Kết quả", en: "Result" },
  reasons: { header: "Lý do", en: "Reasons" },
  nextDue: { header: "Hạn báo cáo tới", en: "Next report due" },
  state: { header: "Tình trạng", en: "Report status" },
  overdue: { header: "Việc quá hạn", en: "Overdue tasks" },
  nextTask: { header: "Hạn việc tới", en: "Next task due" },
  openTasks: { header: "Việc cần làm", en: "Open tasks" },
} as const satisfies Record<string, ColumnDef>;

/** Columns of "Đợt cử đi" the add-on writes: links of the documents made for the posting. */
export const POSTING_DOCUMENT_OUTPUT = {
  reports: { header: "Văn bản báo cáo", en: "Report forms" },
  evaluations: { header: "Văn bản nhận xét", en: "Evaluation forms" },
} as const satisfies Record<string, ColumnDef>;

/** The add-on's log of generated documents (created on first use). */
export const DOCUMENT_LOG_TAB: TabDef = { name: "Văn bản", aliases: ["Van ban", "Documents"] };
export const DOCUMENT_LOG_COLUMNS = {
  time: { header: "Thời gian", en: "Time" },
  year: { header: "Năm", en: "Year" },
  kind: { header: "Loại", en: "Kind" },
  row: { header: "Dòng", en: "Row" },
  title: { header: "Tên văn bản", en: "Title" },
  link: { header: "Liên kết", en: "Link" },
  action: { header: "Thao tác", en: "Action" },
  version: { header: "Mã phiên bản", en: "Revision" },
  note: { header: "Ghi chú", en: "Note" },
  by: { header: "Người thực hiện", en: "By" },
} as const satisfies Record<string, ColumnDef>;

/** Columns of "Đơn vị" (the contract names the tab, not its headers: these are ours). */
export const UNIT_COLUMNS = {
  name: { header: "Đơn vị", en: "Unit" },
  type: { header: "Loại đơn vị", en: "Unit type" },
  deputySecretarySeats: { header: "Chỗ Phó Bí thư mỗi năm", en: "Deputy secretary seats a year" },
  standingMemberSeats: { header: "Chỗ Ủy viên BTV mỗi năm", en: "Standing Committee seats a year" },
  executiveMemberSeats: {
    header: "Chỗ Ủy viên BCH mỗi năm",
    en: "Executive Committee seats a year",
  },
} as const satisfies Record<string, ColumnDef>;

/** The "Đơn vị" column holding a unit's yearly seats of each position (Lập kế hoạch cử…). */
export const SEAT_COLUMN_OF = {
  deputySecretary: "deputySecretarySeats",
  standingMember: "standingMemberSeats",
  executiveMember: "executiveMemberSeats",
} as const satisfies Record<PostingPosition, keyof typeof UNIT_COLUMNS>;

/** The add-on's own tab "Kế hoạch cử": the plan of who goes in which year (Lập kế hoạch cử…). */
export const PLAN_TAB: TabDef = { name: "Kế hoạch cử", aliases: ["Ke hoach cu", "Posting plan"] };
export const PLAN_COLUMNS = {
  year: { header: "Năm", en: "Year" },
  result: { header: "Kết quả", en: "Result" },
  id: { header: "Mã CB", en: "ID" },
  name: { header: "Họ và tên", en: "Full name" },
  group: { header: "Đối tượng", en: "Target group" },
  unit: { header: "Đơn vị tiếp nhận", en: "Receiving unit" },
  unitType: { header: "Loại đơn vị", en: "Unit type" },
  position: { header: "Vị trí", en: "Position" },
  startFrom: { header: "Bắt đầu từ", en: "Start from" },
  startBy: { header: "Bắt đầu chậm nhất", en: "Start by" },
  eligibleFrom: { header: "Đủ điều kiện từ", en: "Eligible from" },
  eligibleUntil: { header: "Đủ điều kiện đến", en: "Eligible until" },
  why: { header: "Lý do", en: "Reasons" },
} as const satisfies Record<string, ColumnDef>;

/** Columns of "Cấu hình": key in column A, value in column B, row 1 is the header. */
export const SETTINGS_COLUMNS = {
  key: { header: "Khóa", en: "Key" },
  value: { header: "Giá trị", en: "Value" },
} as const satisfies Record<string, ColumnDef>;

// ---------------------------------------------------------------- vocabularies

export type Gender = "Nam" | "Nữ";
export const GENDERS: readonly ChoiceOption<Gender>[] = [
  { value: "Nam", words: ["Nam", "Male", "M"] },
  { value: "Nữ", words: ["Nữ", "Female", "F"] },
];

/** Đối tượng: 1, 2 or Ngoại lệ (plan II.1). */
export type TargetGroup = 1 | 2 | "NL";
export const TARGET_GROUPS: readonly ChoiceOption<TargetGroup>[] = [
  { value: 1, words: ["1", "Đối tượng 1", "Group 1"] },
  { value: 2, words: ["2", "Đối tượng 2", "Group 2"] },
  { value: "NL", words: ["Ngoại lệ", "Exception", "NL"] },
];

export type PartyStatus = "member" | "source" | "none";
export const PARTY_STATUSES: readonly ChoiceOption<PartyStatus>[] = [
  { value: "member", words: ["Đảng viên", "Party member", "DV"] },
  { value: "source", words: ["Nguồn phát triển Đảng", "Party development source", "Nguồn"] },
  { value: "none", words: ["Không", "None", "No"] },
];

export type Standing = "good" | "notGood";
export const STANDINGS: readonly ChoiceOption<Standing>[] = [
  { value: "good", words: ["Tốt", "Good"] },
  { value: "notGood", words: ["Chưa tốt", "Not good"] },
];

/** Ratings of a year (sheet-contract.md, "Ratings"). */
export type Rating = "HTXSNV" | "HTTNV" | "HTNV" | "KHTNV";
export const RATINGS: readonly ChoiceOption<Rating>[] = [
  { value: "HTXSNV", words: ["Hoàn thành xuất sắc nhiệm vụ", "HTXSNV"] },
  { value: "HTTNV", words: ["Hoàn thành tốt nhiệm vụ", "HTTNV"] },
  { value: "HTNV", words: ["Hoàn thành nhiệm vụ", "HTNV"] },
  { value: "KHTNV", words: ["Không hoàn thành nhiệm vụ", "KHTNV"] },
];

/**
 * The receiving unit's view of a cadre's development prospects at the end of a posting (plan
 * VI.2: "nhận xét và đánh giá về mức độ hoàn thành nhiệm vụ và khả năng phát triển của cán
 * bộ"): the dropdown's words; other text is kept as typed.
 */
export type Prospects = "promising" | "needsTraining" | "notYet";
export const PROSPECTS: readonly ChoiceOption<Prospects>[] = [
  { value: "promising", words: ["Có triển vọng phát triển", "Promising"] },
  {
    value: "needsTraining",
    words: ["Cần tiếp tục rèn luyện, bồi dưỡng", "Needs further training"],
  },
  { value: "notYet", words: ["Chưa thể hiện triển vọng", "Not yet promising"] },
];

/**
 * A receiving unit's type (plan III.1: "huyện, thành đoàn và đoàn trực thuộc"): a district-level
 * union (huyện, thị xã, thành phố thuộc tỉnh) or a directly affiliated union. A thị xã is a
 * district-level unit like a huyện; Tây Ninh's Hòa Thành and Trảng Bàng became thị xã on
 * 01/02/2020 and their unions Thị đoàn.
 */
export type UnitType = "district" | "town" | "city" | "affiliated";
export const UNIT_TYPES: readonly ChoiceOption<UnitType>[] = [
  { value: "district", words: ["Huyện", "District", "Huyện đoàn"] },
  { value: "town", words: ["Thị xã", "Town", "Thị đoàn"] },
  { value: "city", words: ["Thành phố", "City", "Thành đoàn"] },
  { value: "affiliated", words: ["Đoàn trực thuộc", "Affiliated union", "Đoàn Khối"] },
];

export type PostingPosition = "deputySecretary" | "standingMember" | "executiveMember";
export const POSTING_POSITIONS: readonly ChoiceOption<PostingPosition>[] = [
  { value: "deputySecretary", words: ["Phó Bí thư", "Deputy secretary", "PBT"] },
  { value: "standingMember", words: ["Ủy viên BTV", "Standing Committee member", "UV BTV"] },
  { value: "executiveMember", words: ["Ủy viên BCH", "Executive Committee member", "UV BCH"] },
];

/** Yes/no words offered in dropdowns (any of cells.ts's words is accepted when reading). */
export const YES_NO_WORDS = ["Có", "Không"] as const;

/** The first (canonical) word of each option: what a dropdown offers. */
export function dropdownWords<T>(options: readonly ChoiceOption<T>[]): string[] {
  return options.map((o) => o.words[0] as string);
}

/** The canonical word of `value` among `options`: what a dropdown offers and a reason quotes. */
export function wordOf<T>(options: readonly ChoiceOption<T>[], value: T): string {
  return options.find((o) => o.value === value)?.words[0] ?? String(value);
}

/** Statuses of a roster row, in precedence order (rules.md). */
export const ROSTER_STATUS = {
  notEligible: { vi: "Không đủ điều kiện", en: "Not eligible" },
  missingData: { vi: "Thiếu dữ liệu", en: "Data missing" },
  needsDecision: { vi: "Cần BTV xem xét", en: "Needs Standing Committee decision" },
  eligible: { vi: "Đủ điều kiện", en: "Eligible" },
} as const;
export type RosterStatus = keyof typeof ROSTER_STATUS;

/** Statuses of a cadre in the plan's tab "Kế hoạch cử". */
export const PLAN_STATUS = {
  planned: { vi: "Đề xuất cử", en: "Proposed" },
  waiting: { vi: "Chưa xếp được", en: "No place" },
  notEligible: { vi: "Không đủ điều kiện", en: "Not eligible" },
} as const;
export type PlanStatus = keyof typeof PLAN_STATUS;

/** Statuses of a posting row. */
export const POSTING_STATUS = {
  invalid: { vi: "Không hợp lệ", en: "Invalid" },
  missingData: { vi: "Thiếu dữ liệu", en: "Data missing" },
  valid: { vi: "Hợp lệ", en: "Valid" },
} as const;
export type PostingStatus = keyof typeof POSTING_STATUS;

/**
 * Backgrounds of deadlines in "Đợt cử đi", by conditional formats on TODAY() (set-up), so the
 * sheet shows them without any run: a date passed, a date within DUE_SOON_DAYS (reports.ts).
 * The count of overdue tasks above 0 has the past colour too.
 */
export const DEADLINE_COLOURS = { past: "#f4c7c3", soon: "#fce8b2" } as const;

/** Background colours of the status cells (light tints, readable with black text). */
export const STATUS_COLOURS = {
  notEligible: "#f4c7c3",
  invalid: "#f4c7c3",
  missingData: "#fce8b2",
  needsDecision: "#c9daf8",
  eligible: "#b7e1cd",
  valid: "#b7e1cd",
  planned: "#b7e1cd",
  waiting: "#fce8b2",
} as const;
