/**
 * A small workbook for the sidebar's browser tests, checked on 20/09/2019 (Asia/Ho_Chi_Minh):
 * an eligible cadre, a woman with a young child who ages out before the next round, one
 * with missing data, one over age, and one whose name and gender cells are HTML payloads;
 * two postings, one with an overdue 6-month report.
 */
import { SpreadsheetModel } from "../../tools/gas-runtime/index.ts";
import { postingsHeader, rosterHeader } from "../fixtures/headers.ts";

export const TODAY = Date.UTC(2019, 8, 20, 3, 0); // 10:00 in Hà Nội / Tây Ninh
export const XSS_NAME = "<img src=x onerror=alert(1)>";
export const XSS_GENDER = '<script>alert("g")</script>';
export const XSS_UNIT = "<img src=y onerror=alert(2)><b>Thành đoàn</b>";

/** Local midnight in UTC+7. */
export function d(y: number, m: number, day: number): Date {
  return new Date(Date.UTC(y, m - 1, day) - 7 * 3_600_000);
}

const ROSTER_HEADER = rosterHeader([2018]);

const GOOD = "Hoàn thành tốt nhiệm vụ";

/** Sheet rows (1-based, header = 1) of the roster's cadres. */
export const ROSTER_ROWS = { an: 2, binh: 3, cuong: 4, xss: 5, duc: 6 } as const;
/** Sheet rows of the postings. */
export const POSTING_ROWS = { an: 2, xss: 3 } as const;

export function sidebarWorkbook(): SpreadsheetModel {
  const model = new SpreadsheetModel({ name: "Đi cơ sở – thử", timeZone: "Asia/Ho_Chi_Minh" });
  // biome-ignore format: one cadre per line
  model.addSheet("Cán bộ", [
    ROSTER_HEADER,
    ["CB01", "Nguyễn Văn An", "Nam", d(1992, 3, 12), "Ban Tổ chức", "Chuyên viên", "Có", "Phó Trưởng ban", null, null, "Có", "Đảng viên", "Tốt", GOOD, null, null, null, null],
    ["CB02", "Trần Thị Bình", "Nữ", d(1988, 11, 20), "Văn phòng", "Chuyên viên", "Không", "Phó Chánh Văn phòng", null, null, "Có", "Đảng viên", "Tốt", GOOD, null, null, "Không", d(2019, 3, 1)],
    ["CB03", "Lê Văn Cường", "Nam", d(1994, 7, 2), "Ban Tuyên giáo", "Chuyên viên", "Không", "Phó Trưởng ban", null, null, "Có", null, "Tốt", null, null, null, null, null],
    ["CB04", XSS_NAME, XSS_GENDER, d(1993, 5, 5), "Ban Phong trào", "Chuyên viên", "Không", "Phó Trưởng ban", null, null, "Có", "Đảng viên", "Tốt", GOOD, null, null, null, null],
    ["CB05", "Phạm Minh Đức", "Nam", d(1985, 2, 14), "Ban Tổ chức", "Phó Trưởng ban", "Có", "Trưởng ban", null, null, "Có", "Đảng viên", "Tốt", GOOD, null, null, null, null],
  ]);
  // biome-ignore format: one posting per line
  model.addSheet("Đợt cử đi", [
    postingsHeader(1),
    ["CB01", "Huyện Gò Dầu", "Huyện", "Phó Bí thư", d(2019, 1, 7), 12, null, "12-QĐ/TĐTN", "Có", d(2019, 1, 20), d(2019, 1, 25), null, d(2019, 7, 10), null, null, null, null],
    ["CB04", XSS_UNIT, "Đoàn trực thuộc", "Ủy viên BCH", d(2018, 2, 1), 12, null, "5-QĐ/TĐTN", null, d(2018, 2, 10), d(2018, 2, 10), d(2018, 7, 30), d(2018, 7, 30), d(2019, 1, 30), d(2019, 1, 30), null, d(2019, 2, 20)],
  ]);
  model.addSheet("Đơn vị", [
    ["Đơn vị", "Loại đơn vị"],
    ["Huyện Gò Dầu", "Huyện"],
  ]);
  model.addSheet("Cấu hình", [["Khóa", "Giá trị"]]);
  return model;
}
