/**
 * What a user's documents runs keep between calls, in that user's properties (per user, and for
 * an add-on per add-on), one set per spreadsheet: the Drive ids (drive-state.ts), the job under
 * way and the outcome of the last one. Nothing of it is shared: under drive.file another user's
 * add-on could not open these files anyway; what every user shares is the sheet (links, log).
 * https://developers.google.com/apps-script/reference/properties/properties-service
 */
import { userStore } from "../../adapters/properties";
import type { Text } from "../../core/i18n";
import { type DriveIds, emptyIds } from "./drive-state";
import type { GenerateRequest } from "./request";

export interface Counts {
  created: number;
  updated: number;
  skipped: number;
  /** Forms someone had filled in: a new version was made beside them. */
  versions: number;
  /** Earlier documents of a posting whose Mã CB or start date changed. */
  replaced: number;
  /** Recorded in the sheet, made by another user's add-on: left as they are. */
  foreign: number;
  failed: number;
}

export const NO_COUNTS: Counts = {
  created: 0,
  updated: 0,
  skipped: 0,
  versions: 0,
  replaced: 0,
  foreign: 0,
  failed: 0,
};

export interface Job {
  id: string;
  request: GenerateRequest;
  /**
   * The selected rows' postings (postingKey), resolved when the job starts: a later call makes
   * the forms of the same postings even if rows were inserted or sorted meanwhile.
   */
  postings?: string[];
  /** Why some selected rows got no form, as said when the job started. */
  notes?: Text[];
  /** keyHash of every document handled so far. */
  done: string[];
  counts: Counts;
}

export interface Finished {
  id: string;
  counts: Counts;
}

const KEY = "diCoSo.documents";

function parse<T>(raw: string | undefined | null, fallback: T): T {
  if (!raw) return fallback;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return fallback;
  }
}

/** This user's saved documents state for the spreadsheet `spreadsheetId`. */
export class SavedState {
  private readonly keys;
  private readonly all: Record<string, string>;

  constructor(spreadsheetId: string) {
    this.keys = {
      ids: `${KEY}.${spreadsheetId}.drive`,
      job: `${KEY}.${spreadsheetId}.job`,
      last: `${KEY}.${spreadsheetId}.last`,
    };
    this.all = userStore().all();
  }

  ids(): DriveIds {
    return { ...emptyIds(), ...parse<Partial<DriveIds>>(this.all[this.keys.ids], {}) };
  }

  saveIds(ids: DriveIds): void {
    userStore().set(this.keys.ids, JSON.stringify(ids));
  }

  job(): Job | null {
    return parse<Job | null>(this.all[this.keys.job], null);
  }

  last(): Finished | null {
    return parse<Finished | null>(this.all[this.keys.last], null);
  }

  /** The job goes on: saved for the next call. */
  saveJob(job: Job): void {
    userStore().set(this.keys.job, JSON.stringify(job));
  }

  /** The job is over: its outcome kept (a dialog continuing it is told), the job removed. */
  finish(job: Job): void {
    const store = userStore();
    store.set(this.keys.last, JSON.stringify({ id: job.id, counts: job.counts }));
    if (this.all[this.keys.job] !== undefined) store.remove(this.keys.job);
  }
}
