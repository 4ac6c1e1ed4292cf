/** The page's own words (the server sends the data's words already in the user's language). */
import { fill, type Locale } from "../../core/i18n";

const WORDS = {
  loading: { vi: "Đang tải…", en: "Loading…" },
  tabSelection: { vi: "Dòng đang chọn", en: "Selection" },
  tabOverview: { vi: "Tổng quan", en: "Overview" },
  refresh: { vi: "Làm mới", en: "Refresh" },
  refreshTitle: {
    vi: "Đọc lại dòng đang chọn trong bảng tính",
    en: "Read the selected row again",
  },
  following: { vi: "Tự cập nhật theo dòng đang chọn", en: "Follows the selected row" },
  row: { vi: "Dòng", en: "Row" },
  group: { vi: "Đối tượng", en: "Target group" },
  checkedOn: { vi: "Xét ngày", en: "Checked on" },
  conditions: { vi: "Điều kiện (mục II.2)", en: "Conditions (section II.2)" },
  otherReasons: { vi: "Lưu ý khác", en: "Other notes" },
  warnings: { vi: "Cần kiểm tra lại", en: "To check" },
  ageLimit: { vi: "Đủ tuổi đến", en: "Age-eligible until" },
  qualifiesFrom: { vi: "Đủ điều kiện con nhỏ từ", en: "Young-child condition met from" },
  noAgeLimit: { vi: "chưa có ngày sinh", en: "no date of birth" },
  markPass: { vi: "Đạt", en: "Met" },
  markFail: { vi: "Không đạt", en: "Not met" },
  markMissing: { vi: "Thiếu dữ liệu", en: "Data missing" },
  markNotApplicable: { vi: "Không áp dụng", en: "Not applicable" },
  posting: { vi: "Đợt cử đi", en: "Posting" },
  unit: { vi: "Đơn vị", en: "Unit" },
  position: { vi: "Vị trí", en: "Position" },
  period: { vi: "Thời gian", en: "Period" },
  reasons: { vi: "Lý do", en: "Reasons" },
  calendar: { vi: "Lịch báo cáo và nhiệm vụ", en: "Reports and duties" },
  nextDue: { vi: "Hạn báo cáo tới", en: "Next report due" },
  reportState: { vi: "Báo cáo của cán bộ", en: "The cadre's reports" },
  openTasks: { vi: "Việc cần làm", en: "Open tasks" },
  overdueTasks: { vi: "{n} việc quá hạn", en: "{n} overdue task(s)" },
  noOverdueTasks: { vi: "Không có việc quá hạn", en: "Nothing overdue" },
  due: { vi: "Hạn", en: "Due" },
  actions: { vi: "Thao tác", en: "Actions" },
  checkEligibility: { vi: "Kiểm tra điều kiện", en: "Check eligibility" },
  checkPostings: { vi: "Kiểm tra đợt cử đi", en: "Check postings" },
  documentsForPosting: {
    vi: "Tạo mẫu báo cáo, nhận xét cho đợt này",
    en: "Create report and evaluation forms",
  },
  documentsProposal: {
    vi: "Tạo danh sách đề xuất năm {year}",
    en: "Create the proposal list of {year}",
  },
  documentsSummary: {
    vi: "Tạo báo cáo tổng hợp kết quả năm {year}",
    en: "Create the results summary of {year}",
  },
  documentsNoStart: {
    vi: "Dòng {row} chưa có Ngày bắt đầu đọc được: chưa tạo được mẫu báo cáo, nhận xét. Hãy nhập Ngày bắt đầu (dd/mm/yyyy) rồi bấm lại.",
    en: "Row {row} has no readable start date, so no form can be made yet. Type its start date (dd/mm/yyyy), then press again.",
  },
  running: { vi: "Đang chạy: {what}…", en: "Running: {what}…" },
  seconds: { vi: "{n} giây", en: "{n} s" },
  years: { vi: "Số cán bộ cử đi theo năm", en: "Postings per plan year" },
  yearCol: { vi: "Năm", en: "Year" },
  postingsCol: { vi: "Số đợt / tối đa", en: "Postings / max" },
  overQuota: { vi: "vượt số tối đa (SL-2)", en: "over the maximum (SL-2)" },
  daysLate: { vi: "quá {n} ngày", en: "{n} days late" },
  agingOut: { vi: "Sắp quá tuổi trước đợt cử tới", en: "Ageing out before the next round" },
  nextRound: { vi: "Đợt cử tới bắt đầu {d}", en: "Next round opens {d}" },
  noAgingOut: { vi: "Không có cán bộ nào.", en: "No one." },
  until: { vi: "đến {d}", en: "until {d}" },
  problems: { vi: "Cần sửa trong bảng tính", en: "To fix in the spreadsheet" },
  errorTitle: { vi: "Không thực hiện được", en: "Could not do that" },
  unreachable: {
    vi: "Không kết nối được với Google Sheets. Kiểm tra mạng rồi bấm Làm mới; nếu vẫn lỗi, đóng và mở lại bảng điều khiển.",
    en: "Could not reach Google Sheets. Check the connection and press Refresh; if it persists, close and reopen the sidebar.",
  },
  dismiss: { vi: "Đóng", en: "Dismiss" },
  today: { vi: "Hôm nay", en: "Today" },
  plan: { vi: "Kế hoạch 51-KH/TĐTN-TCKT", en: "Plan 51-KH/TĐTN-TCKT" },
} as const;

export type Word = keyof typeof WORDS;

export function t(locale: Locale, word: Word, vars: Record<string, string | number> = {}): string {
  return fill(WORDS[word][locale], vars);
}
