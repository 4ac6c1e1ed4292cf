/**
 * The proposal list of year N (VI.3.1, "tối đa 02 cán bộ/1 năm"): the postings that start in
 * year N and are valid with an eligible cadre, at most the year's quota, taken in the order of
 * SL-2 (start date, then row) and listed in the order of II.1 (group 1, group 2, the
 * exceptions); the others of the year go to the annex with the plain reasons they are not
 * proposed, those the Standing Committee decides apart ("đề nghị Ban Thường vụ xem xét"). A
 * year without postings presents the roster's eligible cadres on the day the postings would
 * start and asks the Standing Committee to choose at most the quota. Every number the text
 * states is counted from the lists it shows.
 */
import { type Day, formatDay, ymd } from "../dates";
import type { TargetGroup } from "../schema";
import type {
  CadreView,
  CandidatePool,
  DocumentSpec,
  DocumentsInput,
  Item,
  PlanSkip,
  PostingView,
} from "./spec";
import {
  cadreValues,
  commonValues,
  EMPTY_INPUT,
  placeText,
  postingsOfYear,
  whoText,
} from "./values";
import {
  asParagraph,
  count,
  dayText,
  groupWords,
  plannedPositionOf,
  ROMAN,
  reasonSentences,
  type WordingSettings,
} from "./wording";

const GROUP_ORDER = (g: TargetGroup | undefined) =>
  g === 1 ? 0 : g === 2 ? 1 : g === "NL" ? 2 : 3;

/** A proposed or considered candidate: a posting of the year, or a cadre of the pool. */
interface Candidate {
  cadre?: CadreView;
  posting?: PostingView;
}

/** Who is proposed and who goes to the annex (with why), for the year's postings. */
interface Selection {
  proposed: Candidate[];
  annex: { candidate: Candidate; reasons: string[]; review: boolean; quotaOnly?: boolean }[];
}

/**
 * Whether a posting could be proposed but for the quota: an eligible cadre, and no rule of III
 * broken but the quota itself (SL-2 counts every posting of the year, the proposal only those
 * it proposes).
 */
function proposable(p: PostingView): boolean {
  if (p.cadre?.status !== "eligible") return false;
  if (p.status === "valid") return true;
  return p.status === "invalid" && p.codes.length > 0 && p.codes.every((c) => c === "SL-2");
}

/**
 * The year's proposal: the postings that can be proposed, at most the quota in the order of
 * SL-2, then shown by group (II.1); every other posting goes to the annex. The quota is a
 * reason only for a posting the quota alone keeps out: one the proposal would have taken.
 */
function selectProposal(
  postings: readonly PostingView[],
  year: number,
  settings: WordingSettings,
): Selection {
  const ofYear = postingsOfYear(postings, year);
  const proposed: PostingView[] = [];
  const annex: Selection["annex"] = [];
  for (const p of ofYear) {
    const quotaOnly = proposable(p);
    if (quotaOnly && proposed.length < settings.maxPerYear) {
      proposed.push(p);
      continue;
    }
    const facts = { ...factsOf(p), codes: p.codes.filter((c) => c !== "SL-2") };
    const reasons = reasonSentences(facts, settings);
    if (quotaOnly) {
      reasons.push(
        `vượt quá số lượng tối đa ${count(settings.maxPerYear)} cán bộ/năm theo Mục VI.3.1 của Kế hoạch`,
      );
    }
    if (reasons.length === 0) {
      reasons.push("chưa đủ thông tin về cán bộ, đơn vị, vị trí hoặc thời gian cử đi dự kiến");
    }
    const review = p.cadre?.status === "needsDecision" && p.status !== "invalid";
    annex.push({ candidate: { cadre: p.cadre, posting: p }, reasons, review, quotaOnly });
  }
  proposed.sort(
    (a, b) =>
      GROUP_ORDER(a.cadre?.group) - GROUP_ORDER(b.cadre?.group) ||
      (a.start as Day) - (b.start as Day) ||
      a.row - b.row,
  );
  return { proposed: proposed.map((p) => ({ cadre: p.cadre, posting: p })), annex };
}

function factsOf(p: PostingView) {
  return {
    known: p.cadre !== undefined,
    group: p.cadre?.group,
    status: p.cadre?.status,
    conditions: p.cadre?.conditions ?? [],
    unitType: p.unitType,
    position: p.position,
    partyAgreed: p.partyAgreed,
    start: p.start,
    months: p.months,
    endMismatch: p.endMismatch,
    codes: p.codes,
  };
}

/** "Huyện đoàn Tân Biên, Phó Bí thư" of a posting; the plan's position for a pool cadre. */
function destination(input: DocumentsInput, c: Candidate): string {
  if (!c.posting) return `${plannedPositionOf(c.cadre?.group)} (dự kiến)`;
  return placeText(input, c.posting) || "Chưa xác định";
}

/** "Từ 07/01/2019, 12 tháng" of a posting; "Từ quý I/2020, 12 tháng" for a pool cadre. */
function expectedTime(input: DocumentsInput, c: Candidate, year: number): string {
  const s = input.settings;
  if (!c.posting) return `Từ quý ${ROMAN[s.startQuarter - 1]}/${year}, ${s.minMonths} tháng`;
  const months = c.posting.months === undefined ? "" : `, ${c.posting.months} tháng`;
  return `Từ ${dayText(c.posting.start)}${months}`;
}

/** III.1: the local Party committee's agreement, asked of group 1 (and of a Phó Bí thư). */
function agreementText(c: Candidate): string {
  const asked = c.cadre?.group === 1 || c.posting?.position === "deputySecretary";
  if (!asked) return "Không yêu cầu";
  if (c.posting?.partyAgreed === true) return "Đã thống nhất";
  if (c.posting?.partyAgreed === false) return "Chưa thống nhất";
  return "Chưa có ý kiến";
}

function groupText(c: Candidate): string {
  const group = groupWords(c.cadre?.group);
  const title = c.cadre?.plannedTitle.trim() ?? "";
  if (group === "") return "Chưa xác định";
  return title ? `${group}; quy hoạch ${title}` : group;
}

function proposalItem(input: DocumentsInput, n: number, c: Candidate, year: number): Item {
  return {
    STT: String(n),
    ...cadreValues(c.cadre),
    "Cán bộ": whoText(c.cadre),
    "Đối tượng, quy hoạch": groupText(c),
    "Nơi đến, vị trí": destination(input, c),
    "Thời gian dự kiến": expectedTime(input, c, year),
    "Ý kiến cấp ủy": agreementText(c),
  };
}

function annexItem(
  input: DocumentsInput,
  n: number,
  a: Selection["annex"][number],
  year: number,
): Item {
  return {
    "STT phụ lục": String(n),
    "Cán bộ": whoText(a.candidate.cadre),
    "Đối tượng, quy hoạch": groupText(a.candidate),
    "Nơi đến, thời gian": `${destination(input, a.candidate)}; ${expectedTime(input, a.candidate, year).toLocaleLowerCase("vi")}`,
    "Lý do": asParagraph(a.reasons),
    "Đề nghị": suggestion(a),
  };
}

/**
 * What the department suggests for a case it does not propose: the Standing Committee's
 * decision (an exception), next year (the quota alone), a changed posting (a cadre who meets
 * the conditions, sent where or when the plan does not allow), else not yet eligible.
 */
function suggestion(a: Selection["annex"][number]): string {
  if (a.review) return "Đề nghị Ban Thường vụ xem xét";
  if (a.quotaOnly) return "Xem xét vào năm sau";
  if (a.candidate.cadre?.status === "eligible") return "Điều chỉnh phương án cử đi";
  return "Chưa đủ điều kiện";
}

/** What the proposal's note says about the day the conditions were checked on. */
function checkedOnText(pool: CandidatePool | undefined): string {
  if (!pool) {
    return "Điều kiện, tiêu chuẩn của từng cán bộ được xét tại ngày bắt đầu dự kiến của đợt cử đi.";
  }
  const { y, m } = ymd(pool.on);
  const quarter = ROMAN[Math.floor((m - 1) / 3)];
  return pool.from === "setting"
    ? `Điều kiện, tiêu chuẩn của từng cán bộ được xét tại ngày ${formatDay(pool.on)}.`
    : `Điều kiện, tiêu chuẩn của từng cán bộ được xét tại ngày ${formatDay(pool.on)}, ngày đầu quý ${quarter} năm ${y}, thời điểm bắt đầu cử cán bộ đi theo Mục III.2 của Kế hoạch.`;
}

/** The proposal's main sentence: what is proposed (numbers counted from its tables). */
function proposalSentence(
  proposed: number,
  annexed: number,
  year: number,
  maxPerYear: number,
  fromPool: boolean,
) {
  if (fromPool && proposed === 0) {
    return `Qua rà soát, năm ${year} chưa có cán bộ đủ điều kiện, tiêu chuẩn cử đi đào tạo thực tế tại cơ sở; ${count(annexed)} trường hợp chưa có trong quy hoạch nhưng có triển vọng, kính đề nghị Ban Thường vụ Tỉnh đoàn xem xét (Phụ lục kèm theo).`;
  }
  if (fromPool) {
    return `Qua rà soát, Ban Tổ chức – Kiểm tra Tỉnh đoàn xác định ${count(proposed)} cán bộ đủ điều kiện, tiêu chuẩn cử đi đào tạo thực tế tại cơ sở năm ${year}; kính đề nghị Ban Thường vụ Tỉnh đoàn xem xét, lựa chọn tối đa ${count(maxPerYear)} cán bộ trong danh sách sau:`;
  }
  if (proposed === 0) {
    return `Qua rà soát ${count(annexed)} trường hợp dự kiến cử đi đào tạo thực tế tại cơ sở năm ${year}, chưa có trường hợp đủ điều kiện, tiêu chuẩn để đề xuất (lý do tại Phụ lục kèm theo). Ban Tổ chức – Kiểm tra Tỉnh đoàn tiếp tục rà soát, tham mưu bổ sung danh sách theo Mục VI.3.1 của Kế hoạch.`;
  }
  return `Ban Tổ chức – Kiểm tra Tỉnh đoàn đề xuất ${count(proposed)} cán bộ đủ điều kiện, tiêu chuẩn đi đào tạo thực tế tại cơ sở năm ${year}, cụ thể như sau:`;
}

/** After the table: the annex, if the sentence above did not cite it, and the day of the check. */
function proposalNote(proposed: number, annexed: number, pool: CandidatePool | undefined): string {
  const annex =
    proposed > 0 && annexed > 0
      ? `Ngoài ra, ${count(annexed)} trường hợp đã được xem xét nhưng chưa đề xuất; lý do tại Phụ lục kèm theo. `
      : "";
  return `${annex}${checkedOnText(pool)}`;
}

/** A list with nothing in it shows one row saying so (the table keeps its header). */
function orNone(items: Item[], sample: Item): Item[] {
  if (items.length > 0) return items;
  const fields = Object.keys(sample);
  return [{ ...Object.fromEntries(fields.map((f) => [f, ""])), "Cán bộ": "Không có" }];
}

/** One item of each list, to know which placeholders are per-item fields (lists.ts). */
export const PROPOSAL_SAMPLES: Record<string, Item> = {
  STT: proposalItem(EMPTY_INPUT, 1, {}, 0),
  "STT phụ lục": annexItem(EMPTY_INPUT, 1, { candidate: {}, reasons: [], review: false }, 0),
};

/** A year without postings: the pool's eligible cadres by group; those awaiting a decision apart. */
function selectFromPool(pool: CandidatePool, settings: WordingSettings): Selection {
  const proposed = pool.cadres
    .filter((c) => c.status === "eligible")
    .map((cadre) => ({ cadre }))
    .sort((a, b) => GROUP_ORDER(a.cadre.group) - GROUP_ORDER(b.cadre.group));
  const annex = pool.cadres
    .filter((c) => c.status === "needsDecision")
    .map((cadre) => ({
      candidate: { cadre },
      reasons: reasonSentences(
        {
          known: true,
          group: cadre.group,
          status: cadre.status,
          conditions: cadre.conditions,
          start: pool.on,
          codes: [],
        },
        settings,
      ),
      review: true,
    }));
  return { proposed, annex };
}

export function proposalSpec(input: DocumentsInput, year: number): DocumentSpec | PlanSkip {
  const ofYear = postingsOfYear(input.postings, year);
  const pool = ofYear.length > 0 ? undefined : input.poolByYear[year];
  const { proposed, annex } = pool
    ? selectFromPool(pool, input.settings)
    : selectProposal(input.postings, year, input.settings);
  if (proposed.length === 0 && annex.length === 0) {
    return {
      reason: {
        vi: `Năm ${year} không có đợt cử đi nào và không có cán bộ nào đủ điều kiện: chưa tạo Tờ trình đề xuất.`,
        en: `${year} has no posting and no eligible cadre: no proposal list was made.`,
      },
    };
  }
  const items = proposed.map((c, i) => proposalItem(input, i + 1, c, year));
  const annexItems = annex.map((a, i) => annexItem(input, i + 1, a, year));
  return {
    key: `proposal:${year}`,
    template: "proposal",
    year,
    title: `${year} – Danh sách đề xuất`,
    label: "Danh sách đề xuất",
    values: {
      ...commonValues(input, year),
      "Số cán bộ đề xuất": count(items.length),
      "Số trường hợp chưa đề xuất": count(annexItems.length),
      "Đề xuất": proposalSentence(
        items.length,
        annexItems.length,
        year,
        input.settings.maxPerYear,
        pool !== undefined,
      ),
      "Ghi chú": proposalNote(items.length, annexItems.length, pool),
    },
    lists: {
      STT: orNone(items, PROPOSAL_SAMPLES.STT!),
      "STT phụ lục": orNone(annexItems, PROPOSAL_SAMPLES["STT phụ lục"]!),
    },
  };
}

// ------------------------------------------------------------------ report and evaluation forms
