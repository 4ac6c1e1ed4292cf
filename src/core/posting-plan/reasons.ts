/**
 * The plan's reasons, one line per rule with its code and the plan's section, as the sheet's
 * other reasons are written: why a cadre goes in this year to this seat (KH-UT, TG-Q1, VT-*),
 * why one who could go is left out (each year open to them full, or without a seat of their
 * kind), why one never could (the check's reasons, or no eligible day in a start quarter).
 */
import { formatDay } from "../dates";
import type { EligibilityResult } from "../eligibility";
import { type EligibilityWindow, windowText } from "../eligibility-windows";
import type { Text } from "../i18n";
import { POSTING_POSITIONS, wordOf } from "../schema";
import type { Settings } from "../settings";
import type { Candidate } from "./model";
import { type PlannedPosting, type PlanYear, SEAT_KIND_WORDS, seatKindOf } from "./model";
import { quarterDays } from "./years";

const ROMAN = ["I", "II", "III", "IV"];

function quarterOf(settings: Settings, year: number): string {
  return `quý ${ROMAN[settings.startQuarter - 1] ?? settings.startQuarter}/${year}`;
}

function quarterEn(settings: Settings, year: number): string {
  return `Q${settings.startQuarter} ${year}`;
}

function joined(items: readonly string[]): string {
  return items.join(", ");
}

/** The check's reasons on the first plan day: a condition that never holds, or missing data. */
export function notEligible(result: EligibilityResult): Text {
  return {
    vi: result.reasons.map((r) => r.text.vi).join("\n"),
    en: result.reasons.map((r) => r.text.en).join("\n"),
  };
}

function line(code: string, section: string, vi: string, en: string): Text {
  return { vi: `[${code}] Mục ${section}: ${vi}`, en: `[${code}] Section ${section}: ${en}` };
}

function lines(parts: readonly Text[]): Text {
  return { vi: parts.map((t) => t.vi).join("\n"), en: parts.map((t) => t.en).join("\n") };
}

/** A cadre eligible on some days, none of them in a start quarter of the remaining years. */
export function noChance(
  windows: readonly EligibilityWindow[],
  first: EligibilityResult,
  years: readonly PlanYear[],
  settings: Settings,
): Text {
  const w0 = windows[0];
  const wn = windows[windows.length - 1];
  const y0 = years[0]!;
  const yn = years[years.length - 1]!;
  if (!w0 || !wn) return notEligible(first);
  if (wn.to < y0.from) {
    const c = wn.closes;
    if (c.code === "DK-TUOI") {
      return line(
        c.code,
        c.section,
        `quá ${settings.maxAge} tuổi trước ${quarterOf(settings, y0.year)} (đủ điều kiện đến ${formatDay(wn.to)})`,
        `over ${settings.maxAge} before ${quarterEn(settings, y0.year)} (eligible until ${formatDay(wn.to)})`,
      );
    }
    return line(
      c.code,
      c.section,
      `hết đủ điều kiện trước ${quarterOf(settings, y0.year)}: đủ điều kiện đến ${formatDay(wn.to)} (${c.text.vi})`,
      `no longer eligible before ${quarterEn(settings, y0.year)}: eligible until ${formatDay(wn.to)} (${c.text.en})`,
    );
  }
  if (w0.from > yn.to) {
    const o = w0.opens;
    return line(
      o.code,
      o.section,
      `chỉ đủ điều kiện từ ${formatDay(w0.from)} (${o.text.vi}), sau ${quarterOf(settings, yn.year)}, lượt cuối của kế hoạch`,
      `eligible only from ${formatDay(w0.from)} (${o.text.en}), after ${quarterEn(settings, yn.year)}, the plan's last round`,
    );
  }
  const shown = windows.filter((w) => w.to >= y0.from && w.from <= yn.to).map(windowText);
  const rounds = years.map((y) => quarterOf(settings, y.year));
  return line(
    "TG-Q1",
    "III.2",
    `đủ điều kiện ${joined(shown)}, không trùng lượt cử nào còn lại (${joined(rounds)})`,
    `eligible ${joined(shown)}, in none of the remaining rounds (${joined(years.map((y) => quarterEn(settings, y.year)))})`,
  );
}

/** Why a cadre goes in this year, to this seat (KH-UT, TG-Q1, VT-1 / VT-2 / VT-NL). */
export function whyChosen(
  p: PlannedPosting,
  c: Candidate,
  candidates: number,
  settings: Settings,
): Text {
  const last = c.chances[c.chances.length - 1]!.window;
  const years = c.chances.map((ch) => ch.year);
  const when =
    years.length === 1
      ? { vi: `chỉ còn cử được năm ${years[0]}`, en: `${years[0]} is the only year left` }
      : {
          vi: `có thể cử các năm ${joined(years.map(String))}`,
          en: `could go in ${joined(years.map(String))}`,
        };
  const order = line(
    "KH-UT",
    "VI.3.1",
    `thứ tự xét ${c.rank}/${candidates}: đủ điều kiện đến ${formatDay(c.deadline)} (${last.closes.text.vi}); ${when.vi}`,
    `place ${c.rank} of ${candidates} in the order of choice: eligible until ${formatDay(c.deadline)} (${last.closes.text.en}); ${when.en}`,
  );
  const q = quarterDays(settings, p.year);
  const narrower: Text[] = [];
  if (p.startFrom > q.from && p.startFrom === p.window.from) narrower.push(p.window.opens.text);
  if (p.startBy < q.to) narrower.push(p.window.closes.text);
  const note =
    narrower.length === 0
      ? { vi: "", en: "" }
      : {
          vi: ` (${joined(narrower.map((t) => t.vi))})`,
          en: ` (${joined(narrower.map((t) => t.en))})`,
        };
  const start = line(
    "TG-Q1",
    "III.2",
    `bắt đầu trong ${quarterOf(settings, p.year)}, từ ${formatDay(p.startFrom)} đến ${formatDay(p.startBy)}${note.vi}`,
    `starts in ${quarterEn(settings, p.year)}, between ${formatDay(p.startFrom)} and ${formatDay(p.startBy)}${note.en}`,
  );
  const position = wordOf(POSTING_POSITIONS, p.position);
  const where = `${position} ${p.unit.name}`;
  const seat =
    p.group === 1
      ? line(
          "VT-1",
          "III.1",
          `đối tượng 1 đi ${where}; cần sự thống nhất của cấp ủy địa phương`,
          `group 1 goes as ${where}; the local Party committee must agree`,
        )
      : p.group === 2
        ? line("VT-2", "III.1", `đối tượng 2 đi ${where}`, `group 2 goes as ${where}`)
        : line(
            "VT-NL",
            "II.1, III.1",
            `trường hợp ngoại lệ${c.decision ? ` (Quyết định BTV ${c.decision})` : ""} đi ${where}; BTV xem xét vị trí theo quyết định`,
            `an exception${c.decision ? ` (decision ${c.decision})` : ""} goes as ${where}; the Standing Committee reviews the position`,
          );
  return lines([order, start, seat]);
}

/**
 * Why a cadre who could start in some years is not placed: in each of those years, the quota or
 * the seats of their kind taken by cadres before them in the order of choice (or, when only the
 * whole plan fills it, by everyone placed there).
 */
export function whyLeftOut(
  c: Candidate,
  years: readonly PlanYear[],
  seatCap: ReadonlyMap<string, number>,
  settings: Settings,
  tabs: { postings: string; units: string },
): Text {
  const parts: Text[] = [
    line(
      "KH-UT",
      "VI.3.1",
      `thứ tự xét ${c.rank}: đủ điều kiện đến ${formatDay(c.deadline)}; các năm có thể cử đều đã kín`,
      `place ${c.rank} in the order of choice: eligible until ${formatDay(c.deadline)}; every year open to them is full`,
    ),
  ];
  const code = c.group === 1 ? "VT-1" : c.group === 2 ? "VT-2" : "VT-NL";
  const kind = SEAT_KIND_WORDS[c.kind];
  for (const ch of c.chances) {
    const y = years.find((x) => x.year === ch.year)!;
    const counted = y.recorded.filter((r) => r.counts);
    const cap = seatCap.get(`${y.year}:${c.kind}`) ?? 0;
    const before = y.planned.filter((p) => p.rank < c.rank);
    const sameKind = (list: readonly PlannedPosting[]) =>
      list.filter((p) => seatKindOf(p.group) === c.kind);
    const quotaFull = (list: readonly PlannedPosting[]) => list.length >= y.quota;
    const seatsFull = (list: readonly PlannedPosting[]) => sameKind(list).length >= cap;
    const byQuota = quotaFull(before) || (!seatsFull(before) && quotaFull(y.planned));
    if (byQuota) {
      const list = quotaFull(before) ? before : y.planned;
      parts.push(
        line(
          "KH-UT",
          "VI.3.1",
          `năm ${y.year} đã đủ ${settings.maxPerYear} cán bộ (${joined([...list.map((p) => p.cadre.id), ...counted.map((r) => `dòng ${r.row} của tab "${tabs.postings}"`)])})`,
          `${y.year} already has ${settings.maxPerYear} cadres (${joined([...list.map((p) => p.cadre.id), ...counted.map((r) => `row ${r.row} of "${tabs.postings}"`)])})`,
        ),
      );
      continue;
    }
    const taken = sameKind(seatsFull(before) ? before : y.planned).map((p) => p.cadre.id);
    parts.push(
      taken.length > 0
        ? line(
            code,
            "III.1",
            `năm ${y.year} không còn chỗ ${kind.vi} (đã dành cho ${joined(taken)})`,
            `${y.year} has no ${kind.en} seat left (given to ${joined(taken)})`,
          )
        : line(
            code,
            "III.1",
            `năm ${y.year} các đơn vị của tab "${tabs.units}" không còn chỗ ${kind.vi}`,
            `in ${y.year} the units of "${tabs.units}" have no ${kind.en} seat left`,
          ),
    );
  }
  return lines(parts);
}
