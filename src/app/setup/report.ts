/**
 * What set-up did, gathered as it goes, and the one message that tells the user: tabs and
 * headers added, settings filled in, units seeded, validations kept or replaced, frozen rows.
 */
import type { Text } from "../../core/i18n";

export interface Report {
  createdTabs: string[];
  addedHeaders: number;
  addedKeys: number;
  seededUnits: number;
  /** Tabs whose header row is below row 1 (titles above it): tab → row. */
  headerRows: { tab: string; row: number }[];
  /** Columns whose own data validation set-up left as the user made it. */
  keptRules: { tab: string; column: string; checkbox: boolean }[];
  /** Columns whose data validation the add-on cannot read, replaced by its dropdown. */
  replacedRules: { tab: string; column: string }[];
  /** Tabs whose frozen rows set-up left as the user chose them. */
  keptFrozen: { tab: string; rows: number }[];
}

/** A report of nothing done yet. */
export function newReport(): Report {
  return {
    createdTabs: [],
    addedHeaders: 0,
    addedKeys: 0,
    seededUnits: 0,
    headerRows: [],
    keptRules: [],
    replacedRules: [],
    keptFrozen: [],
  };
}

/** Items grouped by their tab, in the order the tabs first appear. */
function groupBy<T extends { tab: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(item.tab, [...(out.get(item.tab) ?? []), item]);
  return out;
}

/** The message of a run: everything set-up did or left as the user made it. */
export function summary(report: Report, settingsSaid: readonly Text[]): Text {
  const vi: string[] = settingsSaid.map((t) => t.vi);
  const en: string[] = settingsSaid.map((t) => t.en);
  if (report.createdTabs.length > 0) {
    const tabs = report.createdTabs.map((t) => `"${t}"`).join(", ");
    vi.push(`Đã tạo tab ${tabs}.`);
    en.push(`Created the ${tabs} tab(s).`);
  }
  if (report.addedHeaders > 0) {
    vi.push(
      `Đã thêm ${report.addedHeaders} cột tiêu đề còn thiếu (ở bên phải, dữ liệu cũ giữ nguyên).`,
    );
    en.push(`Added ${report.addedHeaders} missing header(s) at the right; existing data kept.`);
  }
  if (report.addedKeys > 0) {
    vi.push(`Đã thêm ${report.addedKeys} khóa cấu hình với giá trị mặc định.`);
    en.push(`Added ${report.addedKeys} setting(s) with their defaults.`);
  }
  if (report.seededUnits > 0) {
    vi.push(`Đã nhập sẵn ${report.seededUnits} đơn vị của tỉnh Tây Ninh.`);
    en.push(`Filled in ${report.seededUnits} units of Tây Ninh.`);
  }
  for (const h of report.headerRows) {
    vi.push(`Tab "${h.tab}": dòng tiêu đề là dòng ${h.row}; các dòng phía trên được giữ nguyên.`);
    en.push(
      `"${h.tab}" tab: the header row is row ${h.row}; the rows above it are left as they are.`,
    );
  }
  vi.push("Danh sách chọn, định dạng ngày và tô màu trạng thái đã sẵn sàng.");
  en.push("Dropdowns, date validation and status colours are in place.");
  for (const [tab, kept] of groupBy(report.keptRules)) {
    const cols = kept.map((k) => `"${k.column}"${k.checkbox ? " (ô đánh dấu)" : ""}`).join(", ");
    const colsEn = kept.map((k) => `"${k.column}"${k.checkbox ? " (checkbox)" : ""}`).join(", ");
    vi.push(`Giữ nguyên cách nhập liệu bạn đã đặt cho cột ${cols} của tab "${tab}".`);
    en.push(`Kept your own data validation of ${colsEn} in the "${tab}" tab.`);
  }
  for (const [tab, replaced] of groupBy(report.replacedRules)) {
    const cols = replaced.map((k) => `"${k.column}"`).join(", ");
    vi.push(
      `Đã thay cách nhập liệu của cột ${cols} (tab "${tab}") bằng danh sách chọn, vì danh sách cũ có giá trị tiện ích không đọc được.`,
    );
    en.push(
      `Replaced the data validation of ${cols} ("${tab}" tab) with the add-on's dropdown: the old one allowed values the add-on cannot read.`,
    );
  }
  for (const f of report.keptFrozen) {
    vi.push(`Giữ nguyên ${f.rows} dòng cố định của tab "${f.tab}".`);
    en.push(`Kept the ${f.rows} frozen row(s) of the "${f.tab}" tab.`);
  }
  return { vi: vi.join(" "), en: en.join(" ") };
}
