/**
 * The documents run's request as the server trusts it (every field of the page's call checked
 * again), and the limits that keep one run sane.
 */
import { type DocumentRequest, REQUEST_KINDS, type RequestKind } from "../../core/documents/model";

export interface GenerateRequest {
  year?: number;
  kinds: RequestKind[];
  rows?: number[];
  onExisting: "skip" | "update";
  /**
   * Make this user's own copy of a document the sheet records but another user's add-on made
   * (drive.file: this user's add-on cannot open it). Default: leave it.
   */
  ownCopies: boolean;
}

/**
 * At most this many documents for one posting in a run: 12 months of postings make 4 forms
 * (two 6-month reports, the final report, the evaluations); the largest Số tháng the settings
 * allow (36) makes 8. More means a typo the postings check did not stop.
 */
export const MAX_FORMS_PER_POSTING = 30;
/** At most this many documents in one run (a whole plan period of a province makes far fewer). */
export const MAX_DOCUMENTS = 600;

/** The request as the server trusts it: known kinds, whole rows, a plain year. */
export function normaliseRequest(raw: unknown): GenerateRequest {
  const r = (raw ?? {}) as Record<string, unknown>;
  const kinds = Array.isArray(r.kinds)
    ? REQUEST_KINDS.filter((k) => (r.kinds as unknown[]).includes(k))
    : [...REQUEST_KINDS];
  const rows = Array.isArray(r.rows)
    ? [...new Set((r.rows as unknown[]).map(Number).filter((n) => Number.isInteger(n) && n >= 2))]
    : undefined;
  const year = Number(r.year);
  const out: GenerateRequest = {
    kinds,
    onExisting: r.onExisting === "update" || r.onExisting === "replace" ? "update" : "skip",
    ownCopies: r.ownCopies === true,
  };
  if (Number.isInteger(year) && year >= 1900 && year <= 2999) out.year = year;
  if (rows && rows.length > 0) out.rows = rows.sort((a, b) => a - b);
  return out;
}

/** The id of the job a call continues (the dialog's repeated calls), if any. */
export function continuedJob(raw: unknown): string | undefined {
  const id = (raw as { job?: unknown } | null | undefined)?.job;
  return typeof id === "string" && id !== "" ? id : undefined;
}

/**
 * What the documents model is asked: the kinds and year, and the selected rows — or, once a job
 * has started, the postings those rows held then.
 */
export function documentRequestOf(req: GenerateRequest, postings?: string[]): DocumentRequest {
  const out: DocumentRequest = { kinds: req.kinds };
  if (req.year !== undefined) out.year = req.year;
  if (postings) out.postings = postings;
  else if (req.rows) out.rows = req.rows;
  return out;
}

/** The years whose candidates the request needs (the asked year, else every year given). */
export function yearsOf(req: GenerateRequest): (all: number[]) => number[] {
  return (all) => (req.year !== undefined ? [req.year] : all);
}

export function sameRequest(a: GenerateRequest, b: GenerateRequest): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
