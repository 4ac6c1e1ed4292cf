/**
 * "Tạo văn bản…": the plan's documents as Google Docs in Drive (rules.md, "Documents").
 *
 * - Templates: on first use the add-on writes its default templates (core/documents/layout.ts)
 *   as ordinary Google Docs in the folder "Đi cơ sở – Mẫu văn bản" and remembers their ids in
 *   the document properties. It never writes into an existing template again; a template that
 *   was trashed or deleted is made again.
 * - Output: "Đi cơ sở – Văn bản/<year>/<year> – …". Each document carries its key in Drive
 *   appProperties; a re-run lists the year folder once and updates or skips what exists
 *   (the user's choice); a trashed document is made again. Links go back to the sheet: the
 *   posting's "Văn bản báo cáo" / "Văn bản nhận xét" columns and the "Văn bản" log tab.
 * - Long runs: a run stops before BUDGET_MS, saves which documents are done (document
 *   properties) and answers with the job's id; the dialog calls again with that id, at once,
 *   until the job is done — that loop is what finishes a long run. A one-off time trigger
 *   `documentsContinue` is only the fallback for a dialog closed mid-run: an add-on's
 *   time-driven triggers run at most once an hour (Apps Script guide, "Installable triggers":
 *   "an add-on can use a time-driven trigger once per hour at most"), so the `.after(60 s)`
 *   continuation may come an hour or more later, and each chunk replaces it (one trigger of a
 *   kind per user and document for add-ons). A call while another run holds the lock is told
 *   `busy` and the dialog tries again; a call with the id of a job the trigger finished gets
 *   that job's outcome, nothing redone. Nothing is made twice (the Drive keys), nothing is
 *   lost (the saved progress).
 * - Scopes: documents (DocumentApp, advanced Docs service) and drive.file (advanced Drive
 *   service, see adapters/drive.ts for why not DriveApp); script.scriptapp for the one-off
 *   trigger.
 */
import {
  expandList,
  readTemplate,
  replaceAll,
  resetFromTemplate,
  type TemplateInfo,
} from "../adapters/docs";
import {
  copyTemplate,
  createDoc,
  docUrl,
  documentsByKey,
  ensureFolder,
  type FoundFile,
  liveFile,
  renameFile,
} from "../adapters/drive";
import { Workbook, writeOutputColumns } from "../adapters/sheets";
import { writeTemplate } from "../adapters/templates";
import { yearOf } from "../core/dates";
import { guideLayout } from "../core/documents/guide";
import { cadreViewOf, postingViewsOf } from "../core/documents/input";
import {
  defaultTemplate,
  OUTPUT_FOLDER_NAME,
  TEMPLATE_FOLDER_HELP,
  TEMPLATE_FOLDER_NAME,
  type TemplateKind,
} from "../core/documents/layout";
import {
  type CandidatePool,
  candidateDay,
  type DocumentRequest,
  type DocumentSpec,
  type DocumentsInput,
  keyHash,
  keyOfPosting,
  type LinkColumn,
  listsOf,
  type PostingView,
  planDocuments,
  postingKey,
  REQUEST_KINDS,
  type RequestKind,
  yearsPresent,
} from "../core/documents/model";
import { planFill, Values } from "../core/documents/placeholders";
import { isOutdatedDefault } from "../core/documents/versions";
import { checkRoster } from "../core/eligibility";
import { mapColumns } from "../core/headers";
import { type Locale, pick, type Text } from "../core/i18n";
import { checkPostings, readPostings } from "../core/postings";
import { readRoster } from "../core/roster";
import {
  DOCUMENT_LOG_COLUMNS,
  DOCUMENT_LOG_TAB,
  POSTING_DOCUMENT_OUTPUT,
  TABS,
  type UnitType,
} from "../core/schema";
import { quote } from "../core/text";
import type { DocumentsOptions, GenerateCall, GenerateResult } from "../shared/documents";
import { runCommand, UserError } from "./command";
import { userLocale } from "./menu";
import { unitTypes } from "./postings";
import { loadSettings } from "./settings";

/** A run stops starting new documents after this long (Apps Script stops a run at 6 minutes). */
export const BUDGET_MS = 270_000;
/** A default template (a few hundred DocumentApp calls) is only started this early in a run. */
export const TEMPLATE_START_LIMIT_MS = 120_000;
/** The one-off trigger that continues an unfinished run fires this long after it stopped. */
export const CONTINUE_AFTER_MS = 60_000;
export const CONTINUE_HANDLER = "documentsContinue";
const DIALOG_FILE = "documents";

const PROP_FOLDERS = "diCoSo.documents.folders";
const PROP_TEMPLATES = "diCoSo.documents.templates";
const PROP_JOB = "diCoSo.documents.job";
/** The last finished job's id and counts: what a dialog continuing that job is told. */
const PROP_LAST = "diCoSo.documents.lastJob";

const TITLE: Text = { vi: "Tạo văn bản", en: "Generate documents" };

export interface GenerateRequest {
  year?: number;
  kinds: RequestKind[];
  rows?: number[];
  onExisting: "skip" | "update";
}

interface FolderIds {
  templates?: string;
  /** The "Hướng dẫn sử dụng mẫu" document in the templates folder. */
  guide?: string;
  output?: string;
  years: Record<string, string>;
}

interface Job {
  id: string;
  request: GenerateRequest;
  /**
   * The selected rows' postings (postingKey), resolved when the job starts: a later chunk
   * makes the forms of the same postings even if rows were inserted or sorted meanwhile.
   */
  postings?: string[];
  /** Why some selected rows got no form, as said when the job started (their rows then). */
  notes?: Text[];
  /** keyHash of every document handled so far. */
  done: string[];
  created: number;
  updated: number;
  skipped: number;
}

// ------------------------------------------------------------------ requests

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
  };
  if (Number.isInteger(year) && year >= 1900 && year <= 2999) out.year = year;
  if (rows && rows.length > 0) out.rows = rows.sort((a, b) => a - b);
  return out;
}

/** The id of the job a call continues (the dialog's repeated calls), if any. */
function continuedJob(raw: unknown): string | undefined {
  const id = (raw as { job?: unknown } | null | undefined)?.job;
  return typeof id === "string" && id !== "" ? id : undefined;
}

function newJobId(): string {
  return `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`;
}

interface Finished {
  id: string;
  created: number;
  updated: number;
  skipped: number;
}

function sameRequest(a: GenerateRequest, b: GenerateRequest): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// ------------------------------------------------------------------ the sheet's data

interface Loaded {
  input: DocumentsInput;
  /** Keys of "Cấu hình" the add-on does not know: named in the run's message. */
  unknownKeys: string[];
}

/** Reads "Cấu hình", "Đợt cử đi", "Cán bộ" and "Đơn vị" once each. */
function loadInput(workbook: Workbook, years: (all: number[]) => number[]): Loaded {
  const offset = workbook.offsetMinutes();
  const { settings, unknownKeys } = loadSettings(workbook);
  const today = workbook.today();
  const rosterTab = workbook.read(TABS.roster);
  const roster = rosterTab ? readRoster(rosterTab.values, offset, rosterTab.name) : undefined;
  const postingsTab = workbook.read(TABS.postings);
  let postings: PostingView[] = [];
  if (postingsTab && roster) {
    const table = readPostings(postingsTab.values, offset, postingsTab.name);
    const unitsTab = workbook.read(TABS.units);
    const units = unitsTab ? unitTypes(unitsTab.values) : new Map<string, UnitType>();
    const results = checkPostings(table, roster, settings, today, { units });
    postings = postingViewsOf(
      postingsTab.values[0] ?? [],
      table,
      results,
      roster.rows,
      units,
      settings,
    );
  }
  const poolByYear: Record<number, CandidatePool> = {};
  const withPostings = new Set(yearsPresent(postings));
  if (roster) {
    for (const y of years(yearsPresent(postings))) {
      if (withPostings.has(y)) continue;
      const day = candidateDay(settings.referenceDate, settings.startQuarter, y);
      const cadres = checkRoster(roster, day.on, settings)
        .filter((c) => c.result.status === "eligible" || c.result.status === "needsDecision")
        .map((c) => cadreViewOf(c.row, c.result));
      poolByYear[y] = { ...day, cadres };
    }
  }
  return { input: { today, settings, postings, poolByYear }, unknownKeys };
}

// ------------------------------------------------------------------ properties

function parse<T>(raw: string | undefined | null, fallback: T): T {
  if (!raw) return fallback;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return fallback;
  }
}

// ------------------------------------------------------------------ templates and folders

class DriveState {
  folders: FolderIds;
  templates: Partial<Record<TemplateKind, string>>;
  private readonly checked = new Set<string>();
  private readonly infos = new Map<TemplateKind, TemplateInfo>();
  private readonly existing = new Map<number, Map<string, FoundFile>>();
  madeTemplates: TemplateKind[] = [];

  constructor(stored: Record<string, string>) {
    this.folders = parse<FolderIds>(stored[PROP_FOLDERS], { years: {} });
    this.folders.years ??= {};
    this.templates = parse(stored[PROP_TEMPLATES], {});
  }

  private folder(known: string | undefined, name: string, parent: string | null, help?: string) {
    if (known && this.checked.has(known)) return known;
    const { id } = ensureFolder(known, name, parent, help);
    this.checked.add(id);
    return id;
  }

  templateFolder(): string {
    this.folders.templates = this.folder(
      this.folders.templates,
      TEMPLATE_FOLDER_NAME,
      null,
      TEMPLATE_FOLDER_HELP,
    );
    return this.folders.templates;
  }

  yearFolder(year: number): string {
    this.folders.output = this.folder(this.folders.output, OUTPUT_FOLDER_NAME, null);
    const id = this.folder(this.folders.years[String(year)], String(year), this.folders.output);
    this.folders.years[String(year)] = id;
    return id;
  }

  /** The template of `kind`: the stored one while it lives, else a new default one. */
  template(kind: TemplateKind): TemplateInfo {
    const known = this.infos.get(kind);
    if (known) return known;
    const layout = defaultTemplate(kind);
    const id = this.templates[kind];
    let info = liveFile(id) ? readTemplate(id as string, listsOf(kind)) : undefined;
    if (info && isOutdatedDefault(kind, info.text)) {
      // A default of an older version nobody edited: the current default takes its place; the
      // old file stays, renamed, so nothing anyone saw disappears. An edited one is kept.
      renameFile(info.id, `${layout.name} (phiên bản cũ)`);
      info = undefined;
    }
    if (!info) {
      const made = createDoc(layout.name, this.templateFolder());
      writeTemplate(made, layout);
      this.templates[kind] = made;
      this.madeTemplates.push(kind);
      this.guide();
      info = readTemplate(made, listsOf(kind));
    }
    this.infos.set(kind, info);
    return info;
  }

  /** The guide beside the templates (core/documents/guide.ts): made when missing or outdated. */
  private guide(): void {
    const layout = guideLayout();
    const known = this.folders.guide;
    if (liveFile(known)) {
      if (!isOutdatedDefault("guide", readTemplate(known as string).text)) return;
      renameFile(known as string, `${layout.name} (phiên bản cũ)`);
    }
    this.folders.guide = createDoc(layout.name, this.templateFolder());
    writeTemplate(this.folders.guide, layout);
  }

  hasTemplate(kind: TemplateKind): boolean {
    return this.infos.has(kind);
  }

  existingIn(year: number): Map<string, FoundFile> {
    let found = this.existing.get(year);
    if (!found) {
      found = documentsByKey(this.yearFolder(year));
      this.existing.set(year, found);
    }
    return found;
  }

  unknownPlaceholders(): string[] {
    return [...this.infos.values()].flatMap((i) => i.unknown ?? []);
  }
}

// ------------------------------------------------------------------ one document

type Action = "created" | "updated" | "skipped";

function makeDocument(
  state: DriveState,
  spec: DocumentSpec,
  onExisting: "skip" | "update",
): { id: string; action: Action } {
  const existing = state.existingIn(spec.year).get(spec.key);
  if (existing && onExisting === "skip") return { id: existing.id, action: "skipped" };
  const info = state.template(spec.template);
  let id: string;
  let action: Action;
  if (existing) {
    id = existing.id;
    resetFromTemplate(id, info.id);
    if (existing.name !== spec.title) renameFile(id, spec.title);
    action = "updated";
  } else {
    id = copyTemplate(info.id, spec.title, state.yearFolder(spec.year), spec.key);
    state.existingIn(spec.year).set(spec.key, { id, name: spec.title });
    action = "created";
  }
  const values = new Values(spec.values);
  // Later blocks first: expanding one never moves the rows of those before it.
  for (const list of [...info.lists].reverse()) {
    expandList(
      id,
      list,
      (spec.lists?.[list.marker] ?? []).map((i) => new Values(i)),
    );
  }
  const fill = planFill(info.placeholders, values);
  if (fill.unknown.length > 0) {
    info.unknown = [...new Set([...(info.unknown ?? []), ...fill.unknown])];
  }
  replaceAll(id, fill.replacements);
  return { id, action };
}

// ------------------------------------------------------------------ writing back

const KIND_WORDS: Record<TemplateKind, string> = {
  proposal: "Danh sách đề xuất",
  report: "Báo cáo 6 tháng của cán bộ",
  finalReport: "Báo cáo kết thúc của cán bộ",
  evaluation: "Nhận xét của đơn vị",
  summary: "Báo cáo tổng hợp kết quả",
};
const ACTION_WORDS: Record<Action, string> = {
  created: "Tạo mới",
  updated: "Cập nhật",
  skipped: "Giữ nguyên",
};

interface Handled {
  spec: DocumentSpec;
  id: string;
  action: Action;
}

/** "label: url" lines of a link cell, merged with what the cell held (other labels kept). */
export function mergeLinkCell(previous: unknown, add: readonly { label: string; url: string }[]) {
  const lines = new Map<string, string>();
  for (const line of String(previous ?? "").split("\n")) {
    const m = /^(.*?):\s*(https:\/\/\S+)\s*$/.exec(line.trim());
    if (m) lines.set(m[1]!, m[2]!);
  }
  for (const a of add) lines.set(a.label, a.url);
  return [...lines.entries()].map(([l, u]) => `${l}: ${u}`).join("\n");
}

/**
 * Writes the posting forms' links into "Đợt cử đi". The tab is read again right before writing
 * (a run lasts minutes; people insert, delete or sort rows meanwhile) and each link goes to the
 * row that holds its posting now (Mã CB and Ngày bắt đầu, postingKey); when several rows hold
 * it, the row it had when the run planned it, if still one of them. A link whose posting no
 * row holds is not written (its cells are kept; the log has the link). Returns the row each
 * document's link went to.
 */
function writeLinks(workbook: Workbook, handled: readonly Handled[]): Map<Handled, number> {
  const placed = new Map<Handled, number>();
  const mine = handled.filter((h) => h.spec.posting !== undefined && h.spec.linkColumn);
  if (mine.length === 0) return placed;
  const tab = workbook.read(TABS.postings);
  if (!tab) return placed;
  const rowsByKey = new Map<string, number[]>();
  for (const r of readPostings(tab.values, workbook.offsetMinutes(), tab.name).rows) {
    if (r.cadreId.kind !== "value" || r.start.kind !== "value") continue;
    const key = postingKey(r.cadreId.value, r.start.value);
    rowsByKey.set(key, [...(rowsByKey.get(key) ?? []), r.row]);
  }
  const perRow = new Map<number, { reports: Handled[]; evaluations: Handled[] }>();
  for (const h of mine) {
    const rows = rowsByKey.get(h.spec.posting as string) ?? [];
    const row = rows.length === 1 ? rows[0] : rows.find((r) => r === h.spec.row);
    if (row === undefined) continue;
    placed.set(h, row);
    const entry = perRow.get(row) ?? { reports: [], evaluations: [] };
    entry[h.spec.linkColumn as LinkColumn].push(h);
    perRow.set(row, entry);
  }
  if (perRow.size === 0) return placed;
  const { headerRow } = tab;
  const found = mapColumns(tab.values[headerRow - 1] ?? [], POSTING_DOCUMENT_OUTPUT).index;
  const rows = Math.max(0, tab.values.length - headerRow);
  const column = (key: LinkColumn) =>
    Array.from({ length: rows }, (_v, i) => {
      const at = found[key];
      const previous = at === undefined ? "" : tab.values[headerRow + i]?.[at];
      const links = perRow.get(headerRow + i + 1)?.[key] ?? [];
      if (links.length === 0) return previous ?? "";
      return mergeLinkCell(
        previous,
        links.map((h) => ({ label: h.spec.label, url: docUrl(h.id) })),
      );
    });
  writeOutputColumns(tab, [
    { def: POSTING_DOCUMENT_OUTPUT.reports, values: column("reports") },
    { def: POSTING_DOCUMENT_OUTPUT.evaluations, values: column("evaluations") },
  ]);
  return placed;
}

function appendLog(
  workbook: Workbook,
  handled: readonly Handled[],
  placed: ReadonlyMap<Handled, number>,
): void {
  if (handled.length === 0) return;
  const sheet = workbook.find(DOCUMENT_LOG_TAB) ?? workbook.insert(DOCUMENT_LOG_TAB);
  const defs = Object.values(DOCUMENT_LOG_COLUMNS);
  let last = sheet.getLastRow();
  if (last === 0) {
    sheet
      .getRange(1, 1, 1, defs.length)
      .setValues([defs.map((d) => d.header)])
      .setFontWeight("bold");
    last = 1;
  }
  const now = new Date();
  const rows = handled.map((h) => [
    now,
    h.spec.year,
    KIND_WORDS[h.spec.template],
    placed.get(h) ?? "",
    h.spec.title,
    docUrl(h.id),
    ACTION_WORDS[h.action],
  ]);
  const range = sheet.getRange(last + 1, 1, rows.length, defs.length);
  range.setValues(rows);
  sheet.getRange(last + 1, 1, rows.length, 1).setNumberFormat("dd/mm/yyyy HH:mm");
}

// ------------------------------------------------------------------ triggers

function clearContinueTriggers(): void {
  for (const t of ScriptApp.getProjectTriggers()) {
    if (t.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(t);
  }
}

/**
 * The fallback continuation (see the module's comment): never what a run depends on, so a
 * trigger that cannot be made (quota, an add-on's one trigger per kind) is logged, not fatal.
 */
function scheduleContinue(): void {
  try {
    ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(CONTINUE_AFTER_MS).create();
  } catch (error) {
    console.warn(
      `No ${CONTINUE_HANDLER} trigger: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

// ------------------------------------------------------------------ the run

function messageOf(
  locale: Locale,
  job: Job,
  remaining: number,
  skippedRows: readonly Text[],
  unknown: readonly string[],
  madeTemplates: readonly TemplateKind[],
  unknownKeys: readonly string[],
): string {
  const parts: Text[] = [
    {
      vi: `Đã tạo ${job.created}, cập nhật ${job.updated}, giữ nguyên ${job.skipped} văn bản (thư mục "${OUTPUT_FOLDER_NAME}").`,
      en: `Created ${job.created}, updated ${job.updated}, kept ${job.skipped} documents (folder "${OUTPUT_FOLDER_NAME}").`,
    },
  ];
  if (remaining > 0) {
    parts.push({
      vi: `Còn ${remaining} văn bản: lần chạy này dừng trước giới hạn thời gian của Apps Script. Hộp thoại "Tạo văn bản" còn mở thì tự làm tiếp ngay. Nếu đóng hộp thoại, phần còn lại được làm tiếp trong nền, nhưng Google chỉ cho tiện ích chạy nền nhiều nhất mỗi giờ một lần nên có thể lâu; muốn xong ngay, hãy mở lại "Tạo văn bản…" và bấm Tạo văn bản với cùng lựa chọn.`,
      en: `${remaining} documents remain: this run stopped before Apps Script's time limit. While the "Generate documents" dialog stays open, it continues at once. If the dialog is closed, the rest continues in the background, but Google runs an add-on's background work at most once an hour, so it may take a while; to finish now, open "Generate documents…" again and press Generate with the same choices.`,
    });
  }
  if (madeTemplates.length > 0) {
    parts.push({
      vi: `Đã tạo mẫu văn bản trong thư mục "${TEMPLATE_FOLDER_NAME}"; có thể sửa các mẫu này.`,
      en: `Templates were created in the folder "${TEMPLATE_FOLDER_NAME}"; you can edit them.`,
    });
  }
  if (unknown.length > 0) {
    parts.push({
      vi: `Mẫu có chỗ trống không có dữ liệu (để nguyên): ${unknown.join(", ")}.`,
      en: `Templates hold placeholders with no data (left as they are): ${unknown.join(", ")}.`,
    });
  }
  parts.push(...skippedRows);
  if (unknownKeys.length > 0) {
    const keys = unknownKeys.map((k) => quote(k)).join(", ");
    parts.push({
      vi: `Tab "Cấu hình" có khóa không dùng đến (bỏ qua): ${keys}.`,
      en: `The "Cấu hình" tab has keys the add-on does not know (ignored): ${keys}.`,
    });
  }
  return parts.map((t) => pick(locale, t)).join(" ");
}

function unplacedText(n: number): Text {
  return {
    vi: `${n} liên kết chưa ghi vào tab "${TABS.postings.name}": không dòng nào còn mang đợt cử đi của văn bản (Mã CB và Ngày bắt đầu đã bị sửa hoặc dòng đã bị xóa trong lúc tạo văn bản); liên kết có trong tab "${DOCUMENT_LOG_TAB.name}".`,
    en: `${n} links were not written into the "${TABS.postings.name}" tab: no row holds their posting any more (its Mã CB and start date were changed or its row deleted while the documents were made); the links are in the "${DOCUMENT_LOG_TAB.name}" tab.`,
  };
}

function toast(locale: Locale, message: string): void {
  try {
    SpreadsheetApp.getActiveSpreadsheet().toast(message, pick(locale, TITLE), 8);
  } catch {
    // no spreadsheet UI (time-driven trigger): the message is in the log tab's rows
  }
}

/**
 * One chunk of a generation job; `request` absent = continue the saved job (the trigger);
 * `continuing` = the id of the job the dialog is continuing.
 */
function generate(
  request: GenerateRequest | undefined,
  locale: Locale,
  continuing?: string,
): GenerateResult {
  const started = Date.now();
  const props = PropertiesService.getDocumentProperties();
  const stored = props.getProperties();
  const saved = parse<Job | null>(stored[PROP_JOB], null);
  let job: Job | undefined;
  if (request === undefined) {
    if (!saved) return emptyResult(pick(locale, NOTHING_TO_CONTINUE));
    job = saved;
  } else {
    if (continuing !== undefined && saved?.id === continuing) job = saved;
    else if (continuing !== undefined) {
      const last = parse<Finished | null>(stored[PROP_LAST], null);
      if (last?.id === continuing) return finishedElsewhere(locale, last);
    }
    job ??=
      saved && sameRequest(saved.request, request)
        ? saved
        : { id: newJobId(), request, done: [], created: 0, updated: 0, skipped: 0 };
  }
  job.id ||= newJobId();
  clearContinueTriggers();
  const req = job.request;
  const workbook = Workbook.active();
  const docRequest: DocumentRequest = { kinds: req.kinds };
  if (req.year !== undefined) docRequest.year = req.year;
  // Selected rows are read as rows once, when the job starts; then as their postings.
  if (job.postings) docRequest.postings = job.postings;
  else if (req.rows) docRequest.rows = req.rows;
  const { input, unknownKeys } = loadInput(workbook, (all) =>
    req.year !== undefined ? [req.year] : all,
  );
  const plan = planDocuments(input, docRequest);
  if (req.rows && !job.postings) {
    const rows = new Set(req.rows);
    job.postings = input.postings.flatMap((p) => {
      const key = rows.has(p.row) ? keyOfPosting(p) : null;
      return key === null ? [] : [key];
    });
  }
  job.notes ??= plan.skipped.map((s) => s.reason);
  const done = new Set(job.done);
  const todo = plan.specs.filter((s) => !done.has(keyHash(s.key)));
  const state = new DriveState(stored);
  const handled: Handled[] = [];
  const over = () => Date.now() - started > BUDGET_MS;
  for (const spec of todo) {
    if (over()) break;
    const existing = state.existingIn(spec.year).get(spec.key);
    if (!(existing && req.onExisting === "skip") && !state.hasTemplate(spec.template)) {
      // Writing a new default template takes a few hundred calls: only early in a run.
      if (Date.now() - started > TEMPLATE_START_LIMIT_MS) break;
      state.template(spec.template);
      if (over()) break;
    }
    const made = makeDocument(state, spec, req.onExisting);
    handled.push({ spec, ...made });
    done.add(keyHash(spec.key));
    job[made.action] += 1;
  }
  job.done = [...done];
  const remaining = todo.length - handled.length;

  const placed = writeLinks(workbook, handled);
  appendLog(workbook, handled, placed);
  const unplaced = handled.filter((h) => h.spec.posting !== undefined && !placed.has(h)).length;
  const toStore: Record<string, string> = {
    [PROP_FOLDERS]: JSON.stringify(state.folders),
    [PROP_TEMPLATES]: JSON.stringify(state.templates),
  };
  if (remaining > 0) {
    toStore[PROP_JOB] = JSON.stringify(job);
    props.setProperties(toStore);
    scheduleContinue();
  } else {
    const finished: Finished = {
      id: job.id,
      created: job.created,
      updated: job.updated,
      skipped: job.skipped,
    };
    toStore[PROP_LAST] = JSON.stringify(finished);
    props.setProperties(toStore);
    props.deleteProperty(PROP_JOB);
  }
  const message = messageOf(
    locale,
    job,
    remaining,
    [...job.notes, ...(unplaced > 0 ? [unplacedText(unplaced)] : [])],
    state.unknownPlaceholders(),
    state.madeTemplates,
    unknownKeys,
  );
  toast(locale, message);
  return {
    created: job.created,
    updated: job.updated,
    skipped: job.skipped,
    remaining,
    done: remaining === 0,
    links: handled.map((h) => ({ title: h.spec.title, url: docUrl(h.id) })),
    message,
    job: job.id,
  };
}

/** The dialog continues a job that the fallback trigger finished meanwhile: its outcome. */
function finishedElsewhere(locale: Locale, last: Finished): GenerateResult {
  return {
    ...emptyResult(
      pick(locale, {
        vi: `Phần còn lại đã được làm xong trong nền. Cả lượt: đã tạo ${last.created}, cập nhật ${last.updated}, giữ nguyên ${last.skipped} văn bản (thư mục "${OUTPUT_FOLDER_NAME}"); liên kết của mọi văn bản có trong tab "${DOCUMENT_LOG_TAB.name}".`,
        en: `The rest was finished in the background. The whole run: created ${last.created}, updated ${last.updated}, kept ${last.skipped} documents (folder "${OUTPUT_FOLDER_NAME}"); every document's link is in the "${DOCUMENT_LOG_TAB.name}" tab.`,
      }),
    ),
    created: last.created,
    updated: last.updated,
    skipped: last.skipped,
    job: last.id,
  };
}

const NOTHING_TO_CONTINUE: Text = {
  vi: "Không có lượt tạo văn bản nào đang dở.",
  en: "No document generation is waiting to continue.",
};
const BUSY: Text = {
  vi: "Một người khác (hoặc lượt chạy tự động) đang chạy lệnh của Đi cơ sở trên bảng tính này. Hãy đợi một lát rồi chạy lại.",
  en: "Someone else (or an automatic continuation) is running an Đi cơ sở command on this spreadsheet. Wait a moment and run it again.",
};
const UNEXPECTED: Text = {
  vi: "Đã xảy ra lỗi không mong muốn khi tạo văn bản; các văn bản đã tạo vẫn còn và sẽ không bị tạo trùng. Hãy chạy lại; nếu lỗi lặp lại, hãy báo cho Ban TCKT kèm thời điểm chạy.",
  en: "An unexpected error occurred while generating documents; documents already made remain and will not be made twice. Run it again; if it happens again, tell the organisation department when it happened.",
};

function emptyResult(message: string): GenerateResult {
  return {
    created: 0,
    updated: 0,
    skipped: 0,
    remaining: 0,
    done: true,
    links: [],
    message,
  };
}

/**
 * What the user reads about an error: a UserError's own message (a setting that cannot be
 * read, a missing tab…), else `unexpected`; the details of an unexpected error go to the log,
 * never to the user.
 */
function errorText(error: unknown, unexpected: Text): Text {
  if (error instanceof UserError) return error.text;
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return unexpected;
}

/** The document lock around a chunk, errors as a message in the user's language. */
function locked(body: (locale: Locale) => GenerateResult): GenerateResult {
  const locale = userLocale();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(5_000)) return { ...emptyResult(pick(locale, BUSY)), done: false, busy: true };
  try {
    return body(locale);
  } catch (error) {
    return emptyResult(pick(locale, errorText(error, UNEXPECTED)));
  } finally {
    lock.releaseLock();
  }
}

// ------------------------------------------------------------------ entry points

/**
 * google.script.run: makes (the next chunk of) the documents the dialog asks for; `job` in the
 * request continues that job.
 */
export function documentsGenerate(request: GenerateCall): GenerateResult {
  return locked((locale) => generate(normaliseRequest(request), locale, continuedJob(request)));
}

/**
 * One-off time trigger (the fallback): continues the saved job. When another run holds the
 * lock, it leaves a new trigger so that a job left alone is still finished.
 */
export function documentsContinue(_e?: unknown): void {
  const result = locked((locale) => generate(undefined, locale));
  if (result.busy && PropertiesService.getDocumentProperties().getProperty(PROP_JOB) !== null) {
    clearContinueTriggers();
    scheduleContinue();
  }
}

const OPTIONS_UNEXPECTED: Text = {
  vi: "Đã xảy ra lỗi không mong muốn khi đọc bảng tính để mở hộp thoại Tạo văn bản. Hãy đóng hộp thoại và mở lại; nếu lỗi lặp lại, hãy báo cho Ban TCKT kèm thời điểm mở.",
  en: "An unexpected error occurred while reading the spreadsheet for the Generate documents dialog. Close the dialog and open it again; if it happens again, tell the organisation department when it happened.",
};

/**
 * google.script.run: what the dialog offers (years present, the current selection). Never
 * throws: an error comes back as `error`, in the user's language.
 */
export function documentsOptions(): DocumentsOptions {
  const locale = userLocale();
  try {
    return options(locale);
  } catch (error) {
    return {
      locale,
      years: [],
      defaultYear: 0,
      selectedRows: [],
      pending: false,
      error: pick(locale, errorText(error, OPTIONS_UNEXPECTED)),
    };
  }
}

function options(locale: Locale): DocumentsOptions {
  const workbook = Workbook.active();
  const { input } = loadInput(workbook, () => []);
  const counts = new Map<number, number>();
  for (const y of input.postings.flatMap((p) => (p.start === null ? [] : [yearOf(p.start)]))) {
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const thisYear = yearOf(input.today);
  if (!counts.has(thisYear)) counts.set(thisYear, 0);
  const years = [...counts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, postings]) => ({ year, postings }));
  let selectedRows: number[] = [];
  try {
    const range = SpreadsheetApp.getActiveRange();
    const sheet = range?.getSheet();
    if (range && sheet && sheet.getSheetId() === workbook.find(TABS.postings)?.getSheetId()) {
      const first = range.getRow();
      const n = range.getNumRows();
      selectedRows = Array.from({ length: n }, (_v, i) => first + i).filter((r) => r >= 2);
    }
  } catch {
    selectedRows = [];
  }
  const pending = PropertiesService.getDocumentProperties().getProperty(PROP_JOB) !== null;
  return { locale, years, defaultYear: thisYear, selectedRows, pending };
}

/** Menu "Tạo văn bản…": the dialog where the user chooses what to make. */
export function menuGenerateDocuments(): void {
  runCommand(
    ({ locale }) => {
      const page = HtmlService.createHtmlOutputFromFile(DIALOG_FILE).setWidth(520).setHeight(600);
      SpreadsheetApp.getUi().showModalDialog(page, pick(locale, TITLE));
    },
    { lock: false },
  );
}
