/**
 * How the documents say things: the Đoàn's official Vietnamese, never the sheet's. A document
 * carries no rule code, no spreadsheet word (tab, cột, ô, dòng, "mã cán bộ"), no internal ID
 * and no deadline the add-on computed; a reason is a sentence that cites the plan's section
 * (docs/rules.md, "Reasons"). The sensitive conditions of II.2 (a woman's pregnancy or young
 * child, discipline, and the judgement on political and moral standing) are never named: the
 * sentence says the cadre does not yet meet the conditions of Mục II.2, the details being kept
 * by Ban Tổ chức – Kiểm tra.
 */
import { type Day, formatDay, quarterOf, ymd } from "../dates";
import type { ConditionCode, Outcome } from "../eligibility";
import type { PostingPosition, RosterStatus, TargetGroup, UnitType } from "../schema";

/**
 * The date line of a document, "ngày 07 tháng 01 năm 2019", "ngày 14 tháng 5 năm 2018":
 * Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.4: "Thời gian ban hành văn bản phải được viết
 * đầy đủ; các số thể hiện ngày, tháng, năm dùng chữ số Ả Rập; đối với những số thể hiện ngày
 * nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 phía trước" (a day below 10 and the months 1
 * and 2 take a leading zero; the other months do not).
 */
export function formalDate(day: Day): string {
  const { y, m, d } = ymd(day);
  const dd = d < 10 ? `0${d}` : String(d);
  const mm = m < 3 ? `0${m}` : String(m);
  return `ngày ${dd} tháng ${mm} năm ${y}`;
}

/**
 * A date cited inside the text, "ngày 14/5/2018", as the plan cites documents ("Kế hoạch số
 * 32-KH/TWĐTN-BTC, ngày 26/3/2018").
 */
export function citedDate(day: Day): string {
  const { y, m, d } = ymd(day);
  return `${d}/${m}/${y}`;
}

/** A day in a table or a period, "07/01/2019"; "…" when unknown. */
export function dayText(day: Day | null | undefined): string {
  return day == null ? "…" : formatDay(day);
}

/** A count as the Đoàn writes it, "02 cán bộ": two digits below ten. */
export function count(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export const ROMAN = ["I", "II", "III", "IV"] as const;

/** "Đối tượng 1", "Đối tượng 2", "Trường hợp ngoại lệ"; "" for no group. */
export function groupWords(group: TargetGroup | undefined): string {
  if (group === 1) return "Đối tượng 1";
  if (group === 2) return "Đối tượng 2";
  if (group === "NL") return "Trường hợp ngoại lệ";
  return "";
}

/** A position written out: "Phó Bí thư", "Ủy viên Ban Thường vụ", "Ủy viên Ban Chấp hành". */
export const POSITION_WORDS: Record<PostingPosition, string> = {
  deputySecretary: "Phó Bí thư",
  standingMember: "Ủy viên Ban Thường vụ",
  executiveMember: "Ủy viên Ban Chấp hành",
};

/** The plan's position for a group (III.1), when the posting is not yet known. */
export function plannedPositionOf(group: TargetGroup | undefined): string {
  if (group === 1) return "Phó Bí thư Đoàn cấp huyện, thành phố";
  if (group === 2)
    return "Ủy viên Ban Thường vụ hoặc Ủy viên Ban Chấp hành cấp huyện, thành đoàn, đoàn trực thuộc";
  return "Theo quyết định của Ban Thường vụ";
}

const OF_PLAN = "của Kế hoạch";

/** The settings the wording quotes (every figure of the plan is a setting). */
export interface WordingSettings {
  maxAge: number;
  maxPerYear: number;
  minMonths: number;
  maxMonths: number;
  startQuarter: number;
  ratingYears: number;
  planFirstYear: number;
  planLastYear: number;
}

/** The II.2 conditions that are never named in a document. */
const SENSITIVE: ReadonlySet<ConditionCode> = new Set<ConditionCode>([
  "DK-PHAMCHAT",
  "DK-KYLUAT",
  "DK-NU",
]);

/** What a document says about the sensitive conditions, whichever failed. */
const UNNAMED_CONDITIONS =
  "chưa đáp ứng đủ điều kiện, tiêu chuẩn quy định tại Mục II.2 của Kế hoạch (chi tiết do Ban Tổ chức – Kiểm tra Tỉnh đoàn lưu giữ)";

/** One sentence per II.2 condition that fails; the sensitive ones as one unnamed sentence. */
function conditionSentences(
  conditions: readonly { code: ConditionCode; outcome: Outcome }[],
  start: Day | null,
  s: WordingSettings,
): string[] {
  const out: string[] = [];
  let unnamed = false;
  let missing = false;
  for (const c of conditions) {
    if (c.outcome === "missing") missing = true;
    if (c.outcome !== "fail") continue;
    if (SENSITIVE.has(c.code)) {
      unnamed = true;
      continue;
    }
    switch (c.code) {
      case "DT":
        out.push(
          `chưa thuộc đối tượng cử đi đào tạo thực tế tại cơ sở theo Mục II.1 ${OF_PLAN} (chưa được quy hoạch chức danh)`,
        );
        break;
      case "DK-BIENCHE":
        out.push(`chưa được tuyển dụng vào biên chế cơ quan Tỉnh đoàn theo Mục II.2 ${OF_PLAN}`);
        break;
      case "DK-DANG":
        out.push(`chưa là đảng viên hoặc nguồn phát triển Đảng theo Mục II.2 ${OF_PLAN}`);
        break;
      case "DK-TUOI":
        out.push(
          `quá độ tuổi quy định (không quá ${s.maxAge} tuổi) tại thời điểm cử đi theo Mục II.2 ${OF_PLAN}`,
        );
        break;
      case "DK-XEPLOAI":
        out.push(
          `chưa đạt mức hoàn thành tốt nhiệm vụ ${ratedYears(start, s.ratingYears)} theo Mục II.2 ${OF_PLAN}`,
        );
        break;
    }
  }
  if (unnamed) out.push(UNNAMED_CONDITIONS);
  if (missing && out.length === 0) {
    out.push(
      `chưa đủ thông tin để xét điều kiện, tiêu chuẩn tại Mục II.2 ${OF_PLAN}; Ban Tổ chức – Kiểm tra Tỉnh đoàn đang bổ sung hồ sơ`,
    );
  }
  return out;
}

/** "năm 2018", "các năm 2017, 2018": the years DK-XEPLOAI looks at. */
function ratedYears(start: Day | null, n: number): string {
  if (start === null || n <= 0) return "hằng năm";
  const y = ymd(start).y;
  const years = Array.from({ length: n }, (_v, i) => y - n + i);
  return years.length === 1 ? `năm ${years[0]}` : `các năm ${years.join(", ")}`;
}

/** The facts of a posting the reasons are worded from. */
interface ReasonFacts {
  /** The cadre was found in the roster. */
  known: boolean;
  group: TargetGroup | undefined;
  status?: RosterStatus;
  conditions: readonly { code: ConditionCode; outcome: Outcome }[];
  unitType?: UnitType;
  position?: PostingPosition;
  partyAgreed?: boolean;
  start: Day | null;
  months?: number;
  /** The end date typed in the row, when it disagrees with start + months. */
  endMismatch?: Day;
  /** Rule codes the posting check found (plan III and CB-DK), in its order. */
  codes: readonly string[];
}

/** The sentences of the rules of III.2 (how long, when) a candidate breaks. */
function timeSentences(codes: ReadonlySet<string>, f: ReasonFacts, s: WordingSettings): string[] {
  const out: string[] = [];
  if (codes.has("TG-12")) {
    if (f.months !== undefined && f.months < s.minMonths) {
      out.push(
        `thời gian dự kiến ${f.months} tháng, chưa đủ thời gian tối thiểu ${s.minMonths} tháng theo Mục III.2 ${OF_PLAN}`,
      );
    }
    if (f.endMismatch !== undefined) {
      out.push(
        `ngày kết thúc dự kiến (${formatDay(f.endMismatch)}) chưa khớp với thời gian cử đi, cần xác định lại`,
      );
    }
  }
  if (codes.has("TG-TD") && f.months !== undefined) {
    out.push(
      `thời gian dự kiến ${f.months} tháng, vượt quá thời gian tối đa ${s.maxMonths} tháng do Ban Tổ chức – Kiểm tra Tỉnh đoàn quy định, cần xác định lại`,
    );
  }
  if (codes.has("TG-Q1") && f.start !== null) {
    out.push(
      `thời điểm bắt đầu dự kiến (${formatDay(f.start)}) không thuộc quý ${ROMAN[s.startQuarter - 1]} theo Mục III.2 ${OF_PLAN} (quý ${ROMAN[quarterOf(f.start) - 1]})`,
    );
  }
  if (codes.has("TG-KY")) {
    out.push(`thời điểm bắt đầu ngoài giai đoạn ${s.planFirstYear} – ${s.planLastYear} ${OF_PLAN}`);
  }
  return out;
}

/**
 * Why a candidate is not proposed, one sentence per reason, each citing the plan's section.
 * A code whose facts say nothing more is worded as information still missing.
 */
export function reasonSentences(f: ReasonFacts, s: WordingSettings): string[] {
  const out: string[] = [];
  const codes = new Set(f.codes);
  if (!f.known) {
    out.push(
      `chưa xác định được cán bộ trong danh sách cán bộ cơ quan Tỉnh đoàn nên chưa xét được điều kiện theo Mục II ${OF_PLAN}`,
    );
  } else {
    out.push(...conditionSentences(f.conditions, f.start, s));
    if (f.status === "needsDecision") {
      out.push(
        `chưa có trong quy hoạch nhưng có triển vọng; Ban Thường vụ Tỉnh đoàn xem xét từng trường hợp cụ thể theo Mục II.1 ${OF_PLAN}`,
      );
    }
  }
  const position = (code: string) => codes.has(code) && f.position !== undefined;
  if (position("VT-1")) {
    if (f.position !== "deputySecretary") {
      out.push(
        `đối tượng 1 được cử đi ở vị trí Phó Bí thư Đoàn cấp huyện, thành phố theo Mục III.1 ${OF_PLAN}, vị trí dự kiến là ${POSITION_WORDS[f.position as PostingPosition]}`,
      );
    }
    if (f.unitType === "affiliated") {
      out.push(
        `đối tượng 1 được cử về Đoàn cấp huyện, thành phố, không cử về đoàn trực thuộc theo Mục III.1 ${OF_PLAN}`,
      );
    }
  }
  if (position("VT-2") && f.position === "deputySecretary") {
    out.push(
      `đối tượng 2 được cử đi ở vị trí Ủy viên Ban Thường vụ hoặc Ủy viên Ban Chấp hành theo Mục III.1 ${OF_PLAN}, vị trí dự kiến là Phó Bí thư`,
    );
  }
  if (position("VT-NL") && f.position === "deputySecretary" && f.unitType === "affiliated") {
    out.push(`vị trí Phó Bí thư chỉ cử về Đoàn cấp huyện, thành phố theo Mục III.1 ${OF_PLAN}`);
  }
  const needsAgreement =
    (codes.has("VT-1") || codes.has("VT-NL")) &&
    (f.group === 1 || f.position === "deputySecretary");
  if (needsAgreement && f.partyAgreed !== true) {
    out.push(
      f.partyAgreed === false
        ? `cấp ủy địa phương chưa thống nhất theo Mục III.1 ${OF_PLAN}`
        : `chưa có ý kiến thống nhất của cấp ủy địa phương theo Mục III.1 ${OF_PLAN}`,
    );
  }
  out.push(...timeSentences(codes, f, s));
  if (codes.has("SL-2")) {
    out.push(
      `vượt quá số lượng tối đa ${count(s.maxPerYear)} cán bộ/năm theo Mục VI.3.1 ${OF_PLAN}`,
    );
  }
  if (out.length === 0 && f.codes.length > 0) {
    out.push("chưa đủ thông tin về đơn vị, vị trí hoặc thời gian cử đi dự kiến");
  }
  return out;
}

/** Sentences joined as one reason: the first capitalised, the last ending with a full stop. */
export function asParagraph(sentences: readonly string[]): string {
  if (sentences.length === 0) return "";
  const text = sentences.join("; ");
  return `${text.charAt(0).toLocaleUpperCase("vi")}${text.slice(1)}.`;
}
