/**
 * The settings of the "Cấu hình" tab (sheet-contract.md): every number of the plan is a
 * setting, so the next plan changes a cell, not the code. Their keys, kinds, defaults, ranges
 * and help; settings-tab.ts reads the tab.
 */
import * as z from "zod/mini";
import { type Day, dayOf, formatDay } from "./dates";
import type { Text } from "./i18n";
import { fold } from "./text";

export interface Settings {
  /** Ngày xét: the roster's reference date; null = today in the spreadsheet's zone. */
  referenceDate: Day | null;
  maxAge: number;
  ratingYears: number;
  youngChildMonths: number;
  minMonths: number;
  /** The longest posting the check accepts: a guard against a typo such as 1200 for 12. */
  maxMonths: number;
  startQuarter: number;
  maxPerYear: number;
  planFirstYear: number;
  planLastYear: number;
  reportIntervalMonths: number;
  membershipMoveDays: number;
  settlementDays: number;
  issuingBody: string;
  placeName: string;
  /** The plan's number and symbol, cited by every document ("51-KH/TĐTN-TCKT"). */
  planNumber: string;
  /** The plan's date (null: cited without a date). */
  planDate: Day | null;
  /** Who signs Ban Tổ chức – Kiểm tra's documents; "" = a dotted line to sign by hand. */
  signer: string;
}

export type Kind = "date" | "int" | "text";

export interface SettingDef<K extends keyof Settings = keyof Settings> {
  key: K;
  vi: string;
  en: string;
  kind: Kind;
  default: Settings[K];
  /** Shown as the cell note in "Cấu hình" and in error messages. */
  help: Text;
}

/** The whole numbers each numeric setting accepts, smallest and largest (both allowed). */
export const SETTING_RANGES = {
  maxAge: [16, 99],
  ratingYears: [0, 10],
  youngChildMonths: [0, 120],
  minMonths: [1, 120],
  maxMonths: [1, 120],
  startQuarter: [1, 4],
  maxPerYear: [1, 1000],
  planFirstYear: [1900, 2999],
  planLastYear: [1900, 2999],
  reportIntervalMonths: [1, 60],
  membershipMoveDays: [0, 3650],
  settlementDays: [0, 3650],
} as const satisfies Partial<Record<keyof Settings, readonly [number, number]>>;

export type RangedKey = keyof typeof SETTING_RANGES;

const int = (key: RangedKey) => {
  const [min, max] = SETTING_RANGES[key];
  return z.number().check(z.int(), z.gte(min), z.lte(max));
};

/** Valid values of each setting once read (zod/mini keeps the bundle small). */
export const SETTINGS_SCHEMA = z.object({
  referenceDate: z.nullable(z.number().check(z.int())),
  maxAge: int("maxAge"),
  ratingYears: int("ratingYears"),
  youngChildMonths: int("youngChildMonths"),
  minMonths: int("minMonths"),
  maxMonths: int("maxMonths"),
  startQuarter: int("startQuarter"),
  maxPerYear: int("maxPerYear"),
  planFirstYear: int("planFirstYear"),
  planLastYear: int("planLastYear"),
  reportIntervalMonths: int("reportIntervalMonths"),
  membershipMoveDays: int("membershipMoveDays"),
  settlementDays: int("settlementDays"),
  issuingBody: z.string().check(z.minLength(1)),
  placeName: z.string().check(z.minLength(1)),
  planNumber: z.string().check(z.minLength(1)),
  planDate: z.nullable(z.number().check(z.int())),
  signer: z.string(),
});

export const SETTING_DEFS: readonly SettingDef[] = [
  {
    key: "referenceDate",
    vi: "Ngày xét",
    en: "Reference date",
    kind: "date",
    default: null,
    help: {
      vi: "Ngày dùng để xét điều kiện trong tab Cán bộ. Để trống = hôm nay. Mỗi đợt cử đi được xét theo ngày bắt đầu của đợt.",
      en: "Date on which the roster is checked. Blank = today. A posting is checked on its own start date.",
    },
  },
  {
    key: "maxAge",
    vi: "Tuổi tối đa",
    en: "Maximum age",
    kind: "int",
    default: 30,
    help: {
      vi: "Mục II.2: độ tuổi không quá 30 tuổi.",
      en: "Section II.2: not over 30 years old.",
    },
  },
  {
    key: "ratingYears",
    vi: "Số năm xếp loại",
    en: "Rating years",
    kind: "int",
    default: 1,
    help: {
      vi: "Số năm liền trước năm xét phải Hoàn thành tốt nhiệm vụ trở lên (cột Xếp loại YYYY).",
      en: "How many years before the reference year must be rated 'completed well' or better.",
    },
  },
  {
    key: "youngChildMonths",
    vi: "Con nhỏ dưới (tháng)",
    en: "Young child under (months)",
    kind: "int",
    default: 24,
    help: {
      vi: "Mục II.2: cán bộ nữ không nuôi con nhỏ dưới 24 tháng.",
      en: "Section II.2: a woman is not raising a child under 24 months.",
    },
  },
  {
    key: "minMonths",
    vi: "Số tháng tối thiểu",
    en: "Minimum months",
    kind: "int",
    default: 12,
    help: {
      vi: "Mục III.2: thời gian tối thiểu 12 tháng.",
      en: "Section III.2: at least 12 months.",
    },
  },
  {
    key: "maxMonths",
    vi: "Số tháng tối đa",
    en: "Maximum months",
    kind: "int",
    default: 36,
    help: {
      vi: "Số tháng dài nhất của một đợt cử đi; đợt ghi nhiều hơn là Không hợp lệ (chặn lỗi gõ như 1200 thay cho 12). Kế hoạch chỉ quy định tối thiểu.",
      en: "The longest posting in months; a posting of more is invalid (a guard against typos such as 1200 for 12). The plan sets only a minimum.",
    },
  },
  {
    key: "startQuarter",
    vi: "Quý bắt đầu",
    en: "Start quarter",
    kind: "int",
    default: 1,
    help: {
      vi: "Mục III.2: thời điểm cử đi bắt đầu từ quý I hằng năm.",
      en: "Section III.2: postings start in the first quarter.",
    },
  },
  {
    key: "maxPerYear",
    vi: "Số cán bộ tối đa mỗi năm",
    en: "Maximum per year",
    kind: "int",
    default: 2,
    help: {
      vi: "Mục VI.3.1: tối đa 02 cán bộ/1 năm.",
      en: "Section VI.3.1: at most 2 cadres a year.",
    },
  },
  {
    key: "planFirstYear",
    vi: "Năm bắt đầu kế hoạch",
    en: "Plan first year",
    kind: "int",
    default: 2018,
    help: { vi: "Giai đoạn của kế hoạch: năm đầu.", en: "The plan period's first year." },
  },
  {
    key: "planLastYear",
    vi: "Năm kết thúc kế hoạch",
    en: "Plan last year",
    kind: "int",
    default: 2022,
    help: { vi: "Giai đoạn của kế hoạch: năm cuối.", en: "The plan period's last year." },
  },
  {
    key: "reportIntervalMonths",
    vi: "Chu kỳ báo cáo (tháng)",
    en: "Report interval (months)",
    kind: "int",
    default: 6,
    help: {
      vi: "Mục VI.1–2: định kỳ 6 tháng/1 lần báo cáo và nhận xét.",
      en: "Sections VI.1–2: reports and evaluations every 6 months.",
    },
  },
  {
    key: "membershipMoveDays",
    vi: "Hạn chuyển sinh hoạt (ngày)",
    en: "Membership move deadline (days)",
    kind: "int",
    default: 30,
    help: {
      vi: "Số ngày kể từ ngày bắt đầu để chuyển sinh hoạt Đảng, Đoàn về cơ sở.",
      en: "Days after the start to move Party and Union membership.",
    },
  },
  {
    key: "settlementDays",
    vi: "Hạn quyết toán (ngày)",
    en: "Settlement deadline (days)",
    kind: "int",
    default: 30,
    help: {
      vi: "Số ngày kể từ ngày kết thúc để quyết toán kinh phí.",
      en: "Days after the end to settle the expenses.",
    },
  },
  {
    key: "issuingBody",
    vi: "Cơ quan ban hành",
    en: "Issuing body",
    kind: "text",
    default: "BCH ĐOÀN TỈNH TÂY NINH",
    help: {
      vi: "Tên cơ quan ban hành ở góc trái văn bản.",
      en: "Issuing body at the top left of documents.",
    },
  },
  {
    key: "placeName",
    vi: "Địa danh",
    en: "Place name",
    kind: "text",
    default: "Tây Ninh",
    help: {
      vi: "Địa danh ghi trước ngày tháng của văn bản.",
      en: "Place name before the date of documents.",
    },
  },
  {
    key: "planNumber",
    vi: "Số hiệu kế hoạch",
    en: "Plan number",
    kind: "text",
    default: "51-KH/TĐTN-TCKT",
    help: {
      vi: "Số, ký hiệu của kế hoạch cử cán bộ đi cơ sở, được dẫn trong mọi văn bản; phần sau dấu / (TĐTN-TCKT) là ký hiệu của Ban Tổ chức – Kiểm tra trên Tờ trình, Báo cáo.",
      en: "The plan's number and symbol, cited by every document; the part after / (TĐTN-TCKT) is the department's symbol on its submissions.",
    },
  },
  {
    key: "planDate",
    vi: "Ngày ban hành kế hoạch",
    en: "Plan date",
    kind: "date",
    default: dayOf(2018, 5, 14),
    help: {
      vi: "Ngày ban hành của kế hoạch, được dẫn trong mọi văn bản.",
      en: "The plan's date, cited by every document.",
    },
  },
  {
    key: "signer",
    vi: "Người ký",
    en: "Signer",
    kind: "text",
    default: "",
    help: {
      vi: "Họ và tên Trưởng Ban Tổ chức – Kiểm tra, người ký Tờ trình đề xuất và Báo cáo tổng hợp. Để trống = dòng chấm để ghi tay.",
      en: "Name of the head of the organisation department, who signs the proposal list and the results summary. Blank = a dotted line to fill by hand.",
    },
  },
];

/** The definition of setting `key`, e.g. to name it in a message ("Số tháng tối thiểu"). */
export function settingDef<K extends keyof Settings>(key: K): SettingDef<K> {
  return SETTING_DEFS.find((d) => d.key === key) as SettingDef<K>;
}

/**
 * A setting's default as a cell shows it: a date as dd/mm/yyyy (how people type it, and what
 * the reader accepts), a number or text as it is, blank as "".
 */
export function defaultCell(def: SettingDef): string | number {
  if (def.default === null) return "";
  if (def.kind === "date") return formatDay(def.default as Day);
  return def.default as string | number;
}

/** Each setting under its folded Vietnamese and English key. */
const DEF_BY_KEY = new Map<string, SettingDef>(
  SETTING_DEFS.flatMap((d) => [
    [fold(d.vi), d],
    [fold(d.en), d],
  ]),
);

/** The setting a key cell names (Vietnamese or English, folded like headers), if any. */
export function settingDefOf(key: string): SettingDef | undefined {
  return DEF_BY_KEY.get(fold(key));
}

export const DEFAULT_SETTINGS: Settings = Object.fromEntries(
  SETTING_DEFS.map((d) => [d.key, d.default]),
) as unknown as Settings;
