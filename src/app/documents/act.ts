/**
 * One document of a run: what to do with it (`decide`, from this user's Drive, the sheet's
 * record and the request) and doing it (`act`).
 *
 * - Not made yet: a copy of the template, filled in one Docs call (core/documents/fill.ts).
 * - Made by this user's add-on: kept ("Giữ nguyên"), or with "Cập nhật" rewritten in place —
 *   the same file and link — unless it is a form (reports, evaluations) whose revision differs
 *   from the one the log recorded when the add-on wrote it: someone filled it in, so it is never
 *   overwritten; a new version is made beside it. (The revision comes back with each write, free;
 *   Docs says an unchanged revision means an unchanged document, and a changed one usually an
 *   edit — when it changed for another reason, the cost is one needless new version, never a
 *   person's text.)
 * - Recorded in the sheet but invisible to this user's add-on (drive.file: another user's add-on
 *   made it): left alone; with "Tạo bản riêng" the user gets their own copy.
 * - Recorded for the posting under the same label but made for another Mã CB or start date (the
 *   posting was corrected): the new one is made and the old one moves to "Đã thay thế".
 * - Trashed: made again.
 */
import {
  batchUpdate,
  clearRequests,
  type DocState,
  docState,
  readTemplate,
  resetFromTemplate,
} from "../../adapters/docs";
import {
  copyTemplate,
  docIdOf,
  docUrl,
  type FileState,
  fileState,
  moveFile,
  renameFile,
} from "../../adapters/drive";
import { formatDay } from "../../core/dates";
import { type Fill, fillRequests } from "../../core/documents/fill";
import type { TemplateKind } from "../../core/documents/layout";
import { type DocumentSpec, listsOf } from "../../core/documents/model";
import { Values } from "../../core/documents/placeholders";
import { templateRequests } from "../../core/documents/requests";
import type { DriveState, RunTemplate } from "./drive-state";
import type { RecordedLinks } from "./links";
import type { DocumentLog, LogEntry } from "./log";
import type { GenerateRequest } from "./request";

/** Forms: what people fill in; never overwritten once changed. */
const FORMS: ReadonlySet<TemplateKind> = new Set(["report", "finalReport", "evaluation"]);

export type Decision =
  | { kind: "create" }
  | { kind: "keep"; id: string; unlogged: boolean }
  | { kind: "update"; id: string; name: string; doc?: DocState }
  | { kind: "version"; id: string }
  | { kind: "foreign"; url: string }
  | { kind: "own"; url: string }
  | { kind: "replace"; old: string; parents: string[]; name: string };

export interface Context {
  state: DriveState;
  log: DocumentLog;
  links: RecordedLinks;
  request: GenerateRequest;
}

/** The link the sheet records for `spec`: the posting's cell, or the log for a year's list. */
function recordedUrl(spec: DocumentSpec, ctx: Context): string | undefined {
  if (spec.posting !== undefined && spec.linkColumn) {
    return ctx.links.of(spec.posting, spec.label, spec.linkColumn);
  }
  return ctx.log.yearDocument(spec.year, spec.template)?.url;
}

/** What happens to the document of `spec` (Drive calls only where the answer is needed). */
export function decide(spec: DocumentSpec, ctx: Context): Decision {
  const existing = ctx.state.existingIn(spec.year).get(spec.key);
  if (existing) {
    const url = docUrl(existing.id);
    if (ctx.request.onExisting === "skip") {
      return { kind: "keep", id: existing.id, unlogged: !ctx.log.has(url) };
    }
    if (FORMS.has(spec.template)) {
      const doc = docState(existing.id);
      const recorded = ctx.log.version(url);
      if (recorded === undefined || recorded !== doc.revision) {
        return { kind: "version", id: existing.id };
      }
      return { kind: "update", id: existing.id, name: existing.name, doc };
    }
    return { kind: "update", id: existing.id, name: existing.name };
  }
  const url = recordedUrl(spec, ctx);
  const id = url === undefined ? undefined : docIdOf(url);
  if (url === undefined || id === undefined) return { kind: "create" };
  const seen: FileState = fileState(id);
  if (seen.state === "trashed") return { kind: "create" };
  if (seen.state === "live") {
    return spec.posting !== undefined
      ? { kind: "replace", old: id, parents: seen.parents, name: seen.name }
      : { kind: "create" };
  }
  return ctx.request.ownCopies ? { kind: "own", url } : { kind: "foreign", url };
}

/** What a run did with one document: the log's entries and the link for the sheet. */
export interface Done {
  decision: Decision;
  /** The document's link after the action (for the sheet), if it has one of this user's. */
  url?: string;
  entries: LogEntry[];
  unknown: string[];
}

function entry(spec: DocumentSpec, url: string, action: LogEntry["action"]): LogEntry {
  return { year: spec.year, kind: spec.template, title: spec.title, url, action };
}

function fillOf(template: RunTemplate, spec: DocumentSpec): Fill {
  const lists: Record<string, Values[]> = {};
  for (const [marker, items] of Object.entries(spec.lists ?? {})) {
    lists[marker] = items.map((i) => new Values(i));
  }
  return fillRequests(template, new Values(spec.values), lists);
}

/** A placeholder the fill replaces: gone from the document once the fill is applied. */
function probeOf(template: RunTemplate, fill: Fill): string | undefined {
  return (
    template.lists.flatMap((l) => l.cells.map((c) => c.text)).find((t) => /\{\{/.test(t)) ??
    template.placeholders.find((p) => !fill.unknown.includes(p))
  )?.match(/\{\{[^{}]+\}\}/)?.[0];
}

/** A new document of `spec` (named `title`), filled: a Drive copy and one Docs call. */
function create(ctx: Context, spec: DocumentSpec, title = spec.title) {
  const template = ctx.state.template(spec.template);
  const id = copyTemplate(template.id, title, ctx.state.yearFolder(spec.year), spec.key);
  ctx.state.existingIn(spec.year).set(spec.key, { id, name: title });
  const fill = fillOf(template, spec);
  const revision = batchUpdate(id, fill.requests, { probe: probeOf(template, fill) });
  return { id, unknown: fill.unknown, revision };
}

/**
 * Rewrites a document of this user's in place (same file, same link): while its template is an
 * untouched default, one Docs call empties the body and writes the template and the data again;
 * a template the staff edited is copied in element by element first, then filled.
 */
function update(ctx: Context, spec: DocumentSpec, decision: Extract<Decision, { kind: "update" }>) {
  const { id } = decision;
  const template = ctx.state.template(spec.template);
  let doc = decision.doc;
  if (decision.name !== spec.title) {
    renameFile(id, spec.title);
    doc = undefined;
  }
  if (template.layout) {
    const { end, revision } = doc ?? docState(id);
    const fill = fillOf(template, spec);
    const requests = [
      ...clearRequests(end),
      ...templateRequests(template.layout),
      ...fill.requests,
    ];
    return { unknown: fill.unknown, revision: batchUpdate(id, requests, { revision }) };
  }
  resetFromTemplate(id, template.id);
  const fill = fillOf({ ...readTemplate(id, listsOf(spec.template)), id }, spec);
  return { unknown: fill.unknown, revision: batchUpdate(id, fill.requests) };
}

function keep(decision: Extract<Decision, { kind: "keep" }>): Done {
  return { decision, url: docUrl(decision.id), entries: [], unknown: [] };
}

/**
 * A document a run made but could not log (it stopped): filled now if the fill never happened
 * (its template's placeholders still in it), then logged as created, as that run would have.
 */
function recover(
  ctx: Context,
  spec: DocumentSpec,
  id: string,
  written: (
    id: string,
    action: LogEntry["action"],
    made: { unknown: string[]; revision?: string | undefined },
  ) => Done,
): Done {
  const template = ctx.state.template(spec.template);
  const fill = fillOf(template, spec);
  const probe = probeOf(template, fill);
  const now = docState(id);
  const revision =
    probe !== undefined && now.text.includes(probe)
      ? batchUpdate(id, fill.requests, { probe })
      : now.revision;
  return written(id, "created", { unknown: fill.unknown, revision });
}

/** Does what `decision` says for `spec`. */
export function act(ctx: Context, spec: DocumentSpec, decision: Decision, today: number): Done {
  const form = FORMS.has(spec.template);
  const written = (
    id: string,
    action: LogEntry["action"],
    made: { unknown: string[]; revision?: string | undefined },
  ): Done => {
    const url = docUrl(id);
    const e = entry(spec, url, action);
    if (form && made.revision) e.version = made.revision;
    return { decision, url, entries: [e], unknown: made.unknown };
  };
  switch (decision.kind) {
    case "keep":
      return decision.unlogged ? recover(ctx, spec, decision.id, written) : keep(decision);
    case "foreign": {
      const by = ctx.log.creatorOf(decision.url);
      const e = {
        ...entry(spec, decision.url, "foreign"),
        ...(by ? { note: `Văn bản của ${by}` } : {}),
      };
      const logged = ctx.request.onExisting === "update" ? [e] : [];
      return { decision, entries: logged, unknown: [] };
    }
    case "update":
      return written(decision.id, "updated", update(ctx, spec, decision));
    case "version": {
      const title = `${spec.title} (bản cập nhật ${formatDay(today)})`;
      const made = create(ctx, spec, title);
      return written(made.id, "version", made);
    }
    case "own": {
      const made = create(ctx, spec);
      return written(made.id, "own", made);
    }
    case "replace": {
      const made = create(ctx, spec);
      moveFile(decision.old, decision.parents, ctx.state.replacedFolder(spec.year));
      const done = written(made.id, "created", made);
      const old: LogEntry = {
        ...entry(spec, docUrl(decision.old), "replaced"),
        title: decision.name,
      };
      return { ...done, entries: [old, ...done.entries] };
    }
    case "create": {
      const made = create(ctx, spec);
      return written(made.id, "created", made);
    }
  }
}
