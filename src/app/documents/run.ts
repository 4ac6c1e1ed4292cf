/**
 * A documents run, one call at a time. Each call makes documents until BUDGET_MS (Apps Script
 * stops a run at 6 minutes), writes the links and the log every FLUSH_EVERY documents and at
 * its end, and answers with the job's id while documents remain: the dialog calls again at once
 * with that id (its loop is what finishes a long run); when the dialog was closed, the next
 * click on Tạo văn bản with the same choices continues the saved job. There is no time-driven
 * trigger: an add-on's run at most hourly, not in test deployments, and without an active
 * spreadsheet (https://developers.google.com/apps-script/guides/triggers/installable#restrictions).
 *
 * Nothing is made twice: each document carries its key in Drive from the moment it exists, the
 * folders and templates are remembered the moment they exist (drive-state.ts), so a run that
 * stopped anywhere — a crash, the time limit, a lost answer — is finished by the next one, which
 * finds what was made and logs what the stopped run could not.
 */

import { currentUserName, failureOf } from "../../adapters/drive";
import { Workbook } from "../../adapters/sheets";
import {
  type DocumentSpec,
  keyHash,
  keyOfPosting,
  planDocuments,
} from "../../core/documents/model";
import { type Locale, pick, type Text } from "../../core/i18n";
import type { GenerateResult } from "../../shared/documents";
import { act, type Context, type Decision, type Done, decide } from "./act";
import { DriveState } from "./drive-state";
import { loadInput } from "./inputs";
import { type Placed, RecordedLinks, writeLinks } from "./links";
import { DocumentLog, type LogEntry } from "./log";
import * as M from "./messages";
import {
  documentRequestOf,
  type GenerateRequest,
  MAX_DOCUMENTS,
  MAX_FORMS_PER_POSTING,
  sameRequest,
  yearsOf,
} from "./request";
import { type Counts, type Job, NO_COUNTS, SavedState } from "./state";

/** A call stops starting new documents after this long (Apps Script stops a run at 6 minutes). */
const BUDGET_MS = 240_000;
/**
 * A default template (with the guide, about ten calls) is only started this early in a call,
 * unless the call has made nothing yet (each call makes progress).
 */
const TEMPLATE_START_LIMIT_MS = 180_000;
/**
 * Links and log are written this often during a call, and at its end: what another user of the
 * sheet sees of a run under way (the documents themselves carry their keys from the start).
 */
const FLUSH_EVERY_MS = 60_000;

function newJobId(): string {
  return `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`;
}

/** The job this call works on: the one it continues, the saved one of the same request, or new. */
function jobFor(
  saved: SavedState,
  request: GenerateRequest,
  continuing?: string,
): Job | "finished" {
  const job = saved.job();
  if (continuing !== undefined && job?.id === continuing) return job;
  if (continuing !== undefined && saved.last()?.id === continuing) return "finished";
  if (job && sameRequest(job.request, request)) return job;
  return { id: newJobId(), request, done: [], counts: { ...NO_COUNTS } };
}

/** Why the plan may not run at all (a typo in Số tháng makes hundreds of forms). */
export function refusal(specs: readonly DocumentSpec[]): Text | undefined {
  const perPosting = new Map<string, DocumentSpec[]>();
  for (const s of specs) {
    if (s.posting === undefined) continue;
    perPosting.set(s.posting, [...(perPosting.get(s.posting) ?? []), s]);
  }
  for (const forms of perPosting.values()) {
    if (forms.length > MAX_FORMS_PER_POSTING) {
      return M.tooManyForPostingText(forms[0]!.row, forms.length);
    }
  }
  return specs.length > MAX_DOCUMENTS ? M.tooManyText(specs.length) : undefined;
}

/** The plan of the job's documents (the selected rows' postings fixed when the job starts). */
function planOf(workbook: Workbook, job: Job) {
  const req = job.request;
  const loaded = loadInput(workbook, yearsOf(req));
  const plan = planDocuments(loaded.input, documentRequestOf(req, job.postings));
  if (req.rows && !job.postings) {
    const rows = new Set(req.rows);
    job.postings = loaded.input.postings.flatMap((p) => {
      const key = rows.has(p.row) ? keyOfPosting(p) : null;
      return key === null ? [] : [key];
    });
  }
  job.notes ??= plan.skipped.map((s) => s.reason);
  return { ...loaded, plan };
}

const COUNTED: Record<Decision["kind"], keyof Counts> = {
  create: "created",
  keep: "skipped",
  update: "updated",
  version: "versions",
  foreign: "foreign",
  own: "created",
  replace: "created",
};

/** The documents of one call, written to the sheet as it goes. */
class Work {
  readonly pending: { spec?: DocumentSpec; done: Done }[] = [];
  /** Every document of this call that has a link (created, updated, kept), for the dialog. */
  readonly links: { title: string; url: string }[] = [];
  readonly unknown = new Set<string>();
  unplaced = 0;
  logName: string | undefined;
  /** Who made the documents of other users this call left alone, as the log names them. */
  readonly foreignBy = new Set<string>();
  private by: string | undefined;

  constructor(
    readonly workbook: Workbook,
    readonly ctx: Context,
    readonly job: Job,
  ) {}

  add(spec: DocumentSpec, done: Done): void {
    const d = done.decision;
    // A document a stopped run made and could not log is counted as made by this one.
    this.job.counts[d.kind === "keep" && d.unlogged ? "created" : COUNTED[d.kind]] += 1;
    if (done.decision.kind === "replace") this.job.counts.replaced += 1;
    if (done.decision.kind === "foreign") {
      const by = this.ctx.log.creatorOf(done.decision.url);
      if (by) this.foreignBy.add(by);
    }
    for (const u of done.unknown) this.unknown.add(u);
    this.job.done.push(keyHash(spec.key));
    if (done.url !== undefined) this.links.push({ title: spec.title, url: done.url });
    this.pending.push({ spec, done });
  }

  failed(spec: DocumentSpec, error: unknown): void {
    this.job.counts.failed += 1;
    const detail = error instanceof Error ? error.message : String(error);
    console.error(detail);
    const e: LogEntry = {
      year: spec.year,
      kind: spec.template,
      title: spec.title,
      url: "",
      action: "failed",
      note: M.failedNote(spec.template, detail),
    };
    this.pending.push({ done: { decision: { kind: "create" }, entries: [e], unknown: [] } });
  }

  /** Writes the pending documents' links and log rows. */
  flush(): void {
    const batch = this.pending.splice(0);
    const placed: Placed[] = [];
    const located: Placed[] = [];
    for (const { spec, done } of batch) {
      if (!spec || done.url === undefined || !spec.posting || !spec.linkColumn) continue;
      const recorded = this.ctx.links.of(spec.posting, spec.label, spec.linkColumn);
      // A kept document takes an empty place only: another user's link is theirs to keep.
      if (done.decision.kind === "keep" ? recorded === undefined : recorded !== done.url) {
        placed.push({ spec, url: done.url });
        this.ctx.links.wrote(spec.posting, spec.label, spec.linkColumn, done.url);
      } else if (done.entries.length > 0) {
        located.push({ spec, url: done.url });
      }
    }
    const rows = writeLinks(this.workbook, placed, located);
    this.unplaced += placed.filter((p) => !rows.has(p)).length;
    const rowOf = new Map([...placed, ...located].map((p) => [p.url, rows.get(p)]));
    const entries = batch.flatMap(({ done }) =>
      done.entries.map((e) => (e.action === "replaced" ? e : { ...e, row: rowOf.get(e.url) })),
    );
    if (entries.length === 0) return;
    this.by ??= currentUserName();
    this.logName = this.ctx.log.append(entries, new Date(), this.by);
  }
}

/** Makes the documents of `todo` in this call; returns how many it did not reach. */
function work(w: Work, todo: readonly DocumentSpec[], started: number, today: number): number {
  const elapsed = () => Date.now() - started;
  let flushed = Date.now();
  let handled = 0;
  for (const spec of todo) {
    if (handled > 0 && elapsed() > BUDGET_MS) break;
    try {
      const decision = decide(spec, w.ctx);
      const needs =
        (decision.kind !== "keep" && decision.kind !== "foreign") ||
        (decision.kind === "keep" && decision.unlogged);
      const late = handled > 0 && elapsed() > TEMPLATE_START_LIMIT_MS;
      if (needs && late && !w.ctx.state.hasTemplate(spec.template)) break;
      w.add(spec, act(w.ctx, spec, decision, today));
    } catch (error) {
      if (failureOf(error) !== "notFound" && failureOf(error) !== "noAccess") {
        w.flush();
        throw error;
      }
      w.failed(spec, error);
    }
    handled += 1;
    if (Date.now() - flushed > FLUSH_EVERY_MS) {
      w.flush();
      flushed = Date.now();
    }
  }
  w.flush();
  return todo.length - handled;
}

/** One call of a documents run. */
export function generate(
  request: GenerateRequest,
  locale: Locale,
  continuing?: string,
): GenerateResult {
  const started = Date.now();
  const workbook = Workbook.active();
  const saved = new SavedState(workbook.ss.getId());
  const log = new DocumentLog(workbook);
  const job = jobFor(saved, request, continuing);
  if (job === "finished") {
    const last = saved.last()!;
    return result(
      locale,
      last.counts,
      [M.finishedElsewhereText(last.counts, log.name() ?? "Văn bản")],
      0,
      last.id,
    );
  }
  const { input, unknownKeys, plan } = planOf(workbook, job);
  const refused = refusal(plan.specs);
  if (refused) return result(locale, NO_COUNTS, [refused], 0, undefined);
  const state = new DriveState(saved.ids(), (ids) => saved.saveIds(ids));
  const ctx: Context = { state, log, links: RecordedLinks.read(workbook), request: job.request };
  const w = new Work(workbook, ctx, job);
  const done = new Set(job.done);
  const todo = plan.specs.filter((s) => !done.has(keyHash(s.key)));
  const remaining = work(w, todo, started, input.today);
  if (remaining > 0) saved.saveJob(job);
  else saved.finish(job);
  const logName = w.logName ?? log.name();
  const texts: Text[] = [M.countsText(job.counts), ...M.outcomeTexts(job.counts, [...w.foreignBy])];
  if (remaining > 0) texts.push(M.remainingText(remaining));
  if (state.madeTemplates.length > 0) texts.push(M.TEMPLATES_MADE);
  if (w.unknown.size > 0) texts.push(M.unknownPlaceholdersText([...w.unknown]));
  texts.push(...(job.notes ?? []));
  if (w.unplaced > 0) texts.push(M.unplacedText(w.unplaced, logName ?? "Văn bản"));
  if (logName !== undefined && logName !== "Văn bản") texts.push(M.logElsewhereText(logName));
  if (unknownKeys.length > 0) texts.push(M.unknownKeysText(unknownKeys));
  return { ...result(locale, job.counts, texts, remaining, job.id), links: w.links };
}

function result(
  locale: Locale,
  c: Counts,
  texts: readonly Text[],
  remaining: number,
  job: string | undefined,
): GenerateResult {
  const out: GenerateResult = {
    created: c.created,
    updated: c.updated,
    skipped: c.skipped,
    remaining,
    done: remaining === 0,
    links: [],
    message: texts.map((t) => pick(locale, t)).join(" "),
  };
  if (job !== undefined) out.job = job;
  return out;
}
