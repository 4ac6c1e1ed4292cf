/**
 * The report and evaluation forms of a posting (VI.1, VI.2): one per report the cadre owes
 * (every 6 months, then the final one) and one per evaluation the receiving unit owes, each
 * naming the period it covers and whom it goes to; no deadline is printed.
 */
import { type Day, formatDay, yearOf } from "../dates";
import {
  type DocumentSpec,
  type DocumentsInput,
  type DutyView,
  type LinkColumn,
  type PostingView,
  postingKey,
  type RequestKind,
} from "./spec";
import type { TemplateKind } from "./style";
import { cadreValues, commonValues, postingValues } from "./values";
import { dayText } from "./wording";

function periodName(duty: DutyView): string {
  return duty.code.endsWith("-KT") ? "khi kết thúc đợt công tác" : `6 tháng lần ${duty.n ?? 1}`;
}

/**
 * The first day a form covers: a final one (-KT) the whole posting, from its start; a 6-month
 * one from the due date of the previous one of its series, or from the start for the first.
 */
function periodStart(posting: PostingView, duty: DutyView): Day | null {
  if (duty.code.endsWith("-KT")) return posting.start;
  let previous: Day | null = null;
  for (const d of posting.duties) {
    if (d.code === duty.code && d.due < duty.due && (previous === null || d.due > previous)) {
      previous = d.due;
    }
  }
  return previous ?? posting.start;
}

const SERIES: Record<string, { template: TemplateKind; link: LinkColumn; name: string }> = {
  "BC-6T": { template: "report", link: "reports", name: "Báo cáo" },
  "BC-KT": { template: "finalReport", link: "reports", name: "Báo cáo" },
  "NX-6T": { template: "evaluation", link: "evaluations", name: "Nhận xét" },
  "NX-KT": { template: "evaluation", link: "evaluations", name: "Nhận xét" },
};

/** The sheet's label of a form ("Báo cáo 6 tháng lần 1", "Nhận xét kết thúc"). */
function formLabel(duty: DutyView): string {
  const series = SERIES[duty.code]!;
  return `${series.name} ${duty.code.endsWith("-KT") ? "kết thúc" : `6 tháng lần ${duty.n ?? 1}`}`;
}

export function formSpecs(
  input: DocumentsInput,
  posting: PostingView,
  kind: RequestKind,
): DocumentSpec[] {
  const start = posting.start as Day;
  const year = yearOf(start);
  const wanted = kind === "reportForms" ? ["BC-6T", "BC-KT"] : ["NX-6T", "NX-KT"];
  const duties = posting.duties
    .filter((d) => wanted.includes(d.code))
    .sort((a, b) => a.due - b.due || (a.code.endsWith("-KT") ? 1 : -1));
  const name = posting.cadre?.name ?? "";
  return duties.map((duty) => {
    const series = SERIES[duty.code]!;
    const label = formLabel(duty);
    const final = duty.code.endsWith("-KT");
    const values: Record<string, string> = {
      ...commonValues(input, year),
      ...cadreValues(posting.cadre),
      ...postingValues(input, posting),
      "Kỳ báo cáo": periodName(duty),
      "Từ ngày": dayText(periodStart(posting, duty)),
      "Đến ngày": dayText(final ? posting.end : duty.due),
      // VI.1: every 6 months to the standing office; at the end, to the Standing Committee.
      "Kính gửi": final ? "Ban Thường vụ Tỉnh đoàn" : "Thường trực Tỉnh đoàn",
    };
    return {
      key: `${series.template === "finalReport" ? "report" : series.template}:${posting.cadreId}:${formatDay(start)}:${final ? "final" : (duty.n ?? 1)}`,
      template: series.template,
      year,
      title: `${year} – ${posting.cadreId}${name ? ` ${name}` : ""} – ${label}`,
      label,
      row: posting.row,
      posting: postingKey(posting.cadreId, start),
      linkColumn: series.link,
      values,
    };
  });
}

// ------------------------------------------------------------------ the results summary
