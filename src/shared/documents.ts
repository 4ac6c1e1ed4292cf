/**
 * What the documents dialog and the server say to each other (google.script.run): the
 * dialog's request, the run's answer and the options the dialog offers. Plain JSON only.
 */
import type { RequestKind } from "../core/documents/model";
import type { Locale } from "../core/i18n";

export type { RequestKind };

/** What a page sends to documentsGenerate; normaliseRequest checks every field. */
export interface GenerateCall {
  year?: number;
  kinds: RequestKind[];
  /** 1-based rows of "Đợt cử đi". */
  rows?: number[];
  /** What to do with a document that exists (default: skip). */
  onExisting?: "skip" | "update";
  /** Make the user's own copy of a document the sheet records but another user made. */
  ownCopies?: boolean;
  /** The job a dialog continues (GenerateResult.job of its previous call). */
  job?: string;
}

export interface GenerateResult {
  created: number;
  updated: number;
  skipped: number;
  remaining: number;
  done: boolean;
  links: { title: string; url: string }[];
  message: string;
  /** The job's id: the dialog sends it back (`job`) to continue this job and no other. */
  job?: string;
  /** Another run holds the lock: nothing was done; call again in a moment. */
  busy?: boolean;
}

export interface DocumentsOptions {
  locale: Locale;
  years: { year: number; postings: number }[];
  defaultYear: number;
  selectedRows: number[];
  pending: boolean;
  /**
   * Why nothing can be offered, in the user's language (e.g. a setting that cannot be read);
   * the dialog shows it instead of the form.
   */
  error?: string;
}

/** What a request would do, said before the user confirms (documentsPreview). */
export interface DocumentsPreview {
  /** "Sẽ tạo 6 văn bản cho 2 đợt, năm 2021…", then what is skipped and why; user's language. */
  text: string;
  /** Documents the request would handle (made, kept or updated). */
  documents: number;
  /** Whether pressing the button can do anything; when not, `text` says why. */
  canRun: boolean;
}
