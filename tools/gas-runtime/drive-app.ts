/**
 * The advanced Drive service (Drive API v3 as Apps Script exposes it: `Drive.Files.create`,
 * `copy`, `get`, `update`, `list`) over an in-memory Drive shared by several users, plus the
 * host-side store that the DocumentApp and Docs API stand-ins (document-app.ts, docs-api.ts)
 * share: a Google Doc is a Drive file whose content lives in `DriveStore.docs`.
 *
 * What it holds to, with the pages it comes from:
 * - **drive.file grants are per user**: the add-on's Drive calls reach only the files that user
 *   created (or opened) with the add-on; any other file — another user's, even one shared with
 *   them, or a file the user made by hand — answers 404 "File not found" to `get`/`copy`/`update`
 *   and is left out of `list`. Its link still opens in a browser for whoever it is shared with
 *   (`canOpen`). https://developers.google.com/workspace/drive/api/guides/api-specific-auth
 *   ("drive.file: … only the specific Google Drive files you use with this app").
 * - **Only the fields asked for** come back: `fields: "id"` answers `{ id }`; without `fields`,
 *   v3 answers kind, id, name and mimeType.
 *   https://developers.google.com/workspace/drive/api/guides/fields-parameter
 * - **version** grows with every change to a file, its content (a Docs write) or its metadata;
 *   **modifiedTime** is the time of the last change.
 *   https://developers.google.com/workspace/drive/api/reference/rest/v3/files ("version: A
 *   monotonically increasing version number for the file. This reflects every change made to
 *   the file on the server, even those not visible to the user.")
 * - **appProperties** are private to the app; `update` merges them, a `null` value removes one;
 *   `list` finds them with `appProperties has { key='k' and value='v' }`.
 *   https://developers.google.com/workspace/drive/api/guides/properties,
 *   https://developers.google.com/workspace/drive/api/guides/ref-search-terms
 * - **Errors** on demand (faults.ts): 403/429 rate limits, 500/503, or an execution that stops at
 *   the k-th call. https://developers.google.com/workspace/drive/api/guides/handle-errors
 */
import type { RuntimeExtension, RuntimeInternals } from "./extensions.ts";
import { apiError, Faults } from "./faults.ts";

export const FOLDER_MIME = "application/vnd.google-apps.folder";
export const DOC_MIME = "application/vnd.google-apps.document";
/** The user of a runtime that names none (the runtime's default Session user). */
export const DEFAULT_USER = "can.bo@example.org";

export interface DriveFileModel {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  description?: string;
  appProperties: Record<string, string>;
  createdTime: number;
  modifiedTime: number;
  /** Grows by one with every change to the file (content or metadata). */
  version: number;
  /** The user whose Drive holds the file (its creator). */
  owner: string;
  /** Users whose add-on may reach the file through the Drive API (drive.file): created or opened with it. */
  grants: Set<string>;
  /** Users the file is shared with, besides its owner: its link opens for them (editors). */
  sharedWith: Set<string>;
}

export type TextStyle = {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontSize?: number;
  fontFamily?: string;
};

/**
 * A paragraph's spacing and indentation, in points (lineSpacing in percent of a single line,
 * as the Docs API states it: 100 = single). Unset = Docs' default (0, 100, no page break).
 */
export type ParagraphStyle = {
  indentFirstLine?: number;
  indentStart?: number;
  spaceAbove?: number;
  spaceBelow?: number;
  lineSpacing?: number;
  pageBreakBefore?: boolean;
};

export interface ParagraphModel {
  type: "PARAGRAPH";
  text: string;
  style: TextStyle;
  /** LEFT, CENTER, RIGHT, JUSTIFY (DocumentApp.HorizontalAlignment names). */
  align?: string;
  heading?: string;
  /** Spacing and indentation (absent: Docs' defaults). */
  paragraph?: ParagraphStyle;
}

export interface TableCellModel {
  type: "TABLE_CELL";
  children: ParagraphModel[];
}

export interface TableRowModel {
  type: "TABLE_ROW";
  cells: TableCellModel[];
}

export interface TableModel {
  type: "TABLE";
  rows: TableRowModel[];
  borderWidth: number;
  style: TextStyle;
  /** Fixed width of each column in points; absent or null = evenly distributed. */
  columnWidths?: (number | null)[];
}

export type BodyChild = ParagraphModel | TableModel;

/** A document's page, in points (absent: a new Google Doc's, US Letter with 1-inch margins). */
export interface PageStyle {
  width: number;
  height: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
}

/** A new Google Doc's page: US Letter, 1-inch margins (what documents.get reports for it). */
export const DEFAULT_PAGE: PageStyle = {
  width: 612,
  height: 792,
  marginTop: 72,
  marginBottom: 72,
  marginLeft: 72,
  marginRight: 72,
};

export interface DocContent {
  body: BodyChild[];
  /** Attributes set on the body as a whole (inherited by every element). */
  style: TextStyle;
  /** The page size and margins (absent: DEFAULT_PAGE). */
  page?: PageStyle;
}

/** The in-memory Drive: files and folders of every user, and the content of each Google Doc. */
export class DriveStore {
  readonly files = new Map<string, DriveFileModel>();
  readonly docs = new Map<string, DocContent>();
  readonly rootId = "root";
  private counter = 0;
  /** Failures on demand of the Drive and Docs calls (faults.ts); set by driveStoreOf. */
  faults: Faults | null = null;

  /** A call that crosses the network to Drive or Docs, through the fault plan when there is one. */
  network<T>(method: string, apply: () => T): T {
    return this.faults ? this.faults.call(method, apply) : apply();
  }

  constructor(
    private readonly now: () => number = () => Date.now(),
    /** The user whose executions run now (their grants, their Drive). */
    readonly currentUser: () => string = () => DEFAULT_USER,
  ) {}

  newId(): string {
    this.counter += 1;
    return `1DiCoSoDrive${String(this.counter).padStart(8, "0")}${"x".repeat(24)}`;
  }

  /**
   * Adds a file. By default it is the current user's and their add-on made it (granted to them);
   * `grants: []` makes a file the add-on never saw.
   */
  add(
    file: Partial<Omit<DriveFileModel, "grants" | "sharedWith">> & {
      name: string;
      mimeType: string;
      grants?: Iterable<string>;
    },
  ): DriveFileModel {
    const t = this.now();
    const owner = file.owner ?? this.currentUser();
    const record: DriveFileModel = {
      id: file.id ?? this.newId(),
      name: file.name,
      mimeType: file.mimeType,
      parents: file.parents && file.parents.length > 0 ? [...file.parents] : [this.rootId],
      trashed: file.trashed ?? false,
      appProperties: { ...(file.appProperties ?? {}) },
      createdTime: t,
      modifiedTime: t,
      version: 1,
      owner,
      grants: new Set(file.grants ?? [owner]),
      sharedWith: new Set(),
    };
    if (file.description !== undefined) record.description = file.description;
    this.files.set(record.id, record);
    if (record.mimeType === DOC_MIME && !this.docs.has(record.id)) {
      this.docs.set(record.id, emptyDoc());
    }
    return record;
  }

  /** A file the user has in Drive that the add-on never created nor opened. */
  addUserFile(name: string, mimeType = DOC_MIME): DriveFileModel {
    return this.add({ name, mimeType, grants: [] });
  }

  /** A change to the file (content or metadata): a new version, a new modifiedTime. */
  touch(id: string): void {
    const f = this.files.get(id);
    if (!f) return;
    f.modifiedTime = this.now();
    f.version += 1;
  }

  /** Whether `user`'s add-on reaches the file through the Drive API (drive.file). */
  granted(id: string, user = this.currentUser()): boolean {
    return this.files.get(id)?.grants.has(user) === true;
  }

  /** Whether the file's link opens for `user` in a browser: their own, or shared with them. */
  canOpen(id: string, user: string): boolean {
    const f = this.files.get(id);
    return f !== undefined && !f.trashed && (f.owner === user || f.sharedWith.has(user));
  }

  /** Shares a file (and, for a folder, what is in it) with `user`, as Drive's Share dialog does. */
  share(id: string, user: string): void {
    const f = this.files.get(id);
    if (!f) return;
    f.sharedWith.add(user);
    if (f.mimeType === FOLDER_MIME) for (const c of this.children(id, true)) this.share(c.id, user);
  }

  /** A person edits a Google Doc by hand (in the browser): its text changes, a new version. */
  editByHand(id: string, edit: (doc: DocContent) => void): void {
    const doc = this.docs.get(id);
    if (!doc) throw new Error(`No Google Doc ${id}`);
    edit(doc);
    this.touch(id);
  }

  children(folderId: string, includeTrashed = false): DriveFileModel[] {
    return [...this.files.values()].filter(
      (f) => f.parents.includes(folderId) && (includeTrashed || !f.trashed),
    );
  }

  /** Non-trashed files whose name is `name` (host-side helper for tests). */
  byName(name: string): DriveFileModel[] {
    return [...this.files.values()].filter((f) => f.name === name && !f.trashed);
  }

  /** Folder path of a file, e.g. "Đi cơ sở – Văn bản/2019". */
  path(id: string): string {
    const parts: string[] = [];
    let f = this.files.get(id);
    while (f) {
      parts.unshift(f.name);
      const parent = f.parents[0];
      f = parent && parent !== this.rootId ? this.files.get(parent) : undefined;
    }
    return parts.join("/");
  }

  /** Plain text of a Google Doc: paragraphs and table cells, one per line. */
  docText(id: string): string {
    const doc = this.docs.get(id);
    if (!doc) return "";
    return doc.body.map(childText).join("\n");
  }
}

export function emptyDoc(): DocContent {
  return { body: [{ type: "PARAGRAPH", text: "", style: {} }], style: {} };
}

export function childText(child: BodyChild): string {
  if (child.type === "PARAGRAPH") return child.text;
  return child.rows
    .map((r) => r.cells.map((c) => c.children.map((p) => p.text).join("\n")).join("\t"))
    .join("\n");
}

export function docUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

function fileUrl(f: DriveFileModel): string {
  return f.mimeType === FOLDER_MIME
    ? `https://drive.google.com/drive/folders/${f.id}`
    : f.mimeType === DOC_MIME
      ? docUrl(f.id)
      : `https://drive.google.com/file/d/${f.id}/view`;
}

/** The v3 File resource of a record, every field (as the current user sees it). */
function resource(f: DriveFileModel, me: string): Record<string, unknown> {
  const out: Record<string, unknown> = {
    kind: "drive#file",
    id: f.id,
    name: f.name,
    mimeType: f.mimeType,
    parents: [...f.parents],
    trashed: f.trashed,
    appProperties: { ...f.appProperties },
    createdTime: new Date(f.createdTime).toISOString(),
    modifiedTime: new Date(f.modifiedTime).toISOString(),
    // int64 fields are strings in the JSON API.
    version: String(f.version),
    owners: [{ kind: "drive#user", emailAddress: f.owner, me: f.owner === me }],
    ownedByMe: f.owner === me,
    webViewLink: fileUrl(f),
  };
  if (f.description !== undefined) out.description = f.description;
  return out;
}

/** A `fields` selector: top-level names, some with a sub-selection, e.g. `files(id, name)`. */
type Selector = Map<string, Selector | null>;

function parseFields(text: string): Selector {
  const out: Selector = new Map();
  let depth = 0;
  let item = "";
  const push = () => {
    const t = item.trim();
    item = "";
    if (t === "") return;
    const m = /^([\w*]+)\s*(?:\((.*)\))?$/s.exec(t);
    if (!m) throw new Error(`Invalid field selection ${t}`);
    out.set(m[1]!, m[2] === undefined ? null : parseFields(m[2]));
  };
  for (const ch of text) {
    if (ch === "(") depth += 1;
    if (ch === ")") depth -= 1;
    if (ch === "," && depth === 0) push();
    else item += ch;
  }
  push();
  return out;
}

function select(value: Record<string, unknown>, selector: Selector): Record<string, unknown> {
  if (selector.has("*")) return value;
  const out: Record<string, unknown> = {};
  for (const [name, sub] of selector) {
    const v = value[name];
    if (v === undefined) continue;
    if (sub && Array.isArray(v)) {
      out[name] = v.map((x) => select(x as Record<string, unknown>, sub));
    } else out[name] = v;
  }
  return out;
}

/** What v3 answers without `fields`. */
const DEFAULT_FILE_FIELDS = "kind,id,name,mimeType";

interface FileInput {
  name?: string;
  mimeType?: string;
  parents?: string[];
  description?: string;
  appProperties?: Record<string, string | null>;
  trashed?: boolean;
}

/** One term of a `q` query: the subset of Drive's query language the add-on uses. */
type Term = (f: DriveFileModel) => boolean;

function parseQuery(core: RuntimeInternals, q: string): Term[] {
  const terms: Term[] = [];
  const parts = q
    .split(/\s+and\s+(?![^{]*\})/i)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const part of parts) {
    let m = /^'([^']+)'\s+in\s+parents$/i.exec(part);
    if (m) {
      const id = m[1]!;
      terms.push((f) => f.parents.includes(id));
      continue;
    }
    m = /^trashed\s*=\s*(true|false)$/i.exec(part);
    if (m) {
      const want = m[1]!.toLowerCase() === "true";
      terms.push((f) => f.trashed === want);
      continue;
    }
    m = /^(mimeType|name)\s*(=|!=)\s*'((?:[^'\\]|\\.)*)'$/i.exec(part);
    if (m) {
      const field = m[1] as "mimeType" | "name";
      const value = m[3]!.replace(/\\(.)/g, "$1");
      const eq = m[2] === "=";
      terms.push((f) => (f[field] === value) === eq);
      continue;
    }
    m = /^appProperties\s+has\s+\{\s*key\s*=\s*'([^']*)'\s+and\s+value\s*=\s*'([^']*)'\s*\}$/i.exec(
      part,
    );
    if (m) {
      const key = m[1]!;
      const value = m[2]!;
      terms.push((f) => f.appProperties[key] === value);
      continue;
    }
    core.fail(`API call to drive.files.list failed with error: Invalid Value (q: ${part})`);
  }
  return terms;
}

export class DriveFilesImpl {
  readonly #core: RuntimeInternals;
  readonly #store: DriveStore;
  constructor(core: RuntimeInternals, store: DriveStore) {
    this.#core = core;
    this.#store = store;
  }
  toString() {
    return "Files";
  }

  /** Runs a network call through the store's fault plan. */
  #call<T>(method: string, apply: () => T): T {
    return this.#store.network(`Drive.Files.${method}`, apply);
  }

  /** The file when the current user's add-on reaches it (drive.file); else Google's 404. */
  #visible(id: string, method: string): DriveFileModel {
    const f = this.#store.files.get(String(id));
    if (!f?.grants.has(this.#store.currentUser())) {
      apiError(
        this.#core,
        `Drive.Files.${method}`,
        404,
        "notFound",
        `File not found: ${String(id)}.`,
      );
    }
    return f;
  }

  #parents(input: FileInput | undefined, method: string): string[] {
    const parents = input?.parents ?? [];
    for (const p of parents) {
      if (p !== this.#store.rootId) {
        const folder = this.#visible(p, method);
        if (folder.mimeType !== FOLDER_MIME) this.#core.fail(`Invalid parent: ${p}`);
      }
    }
    return parents;
  }

  #answer(f: DriveFileModel, options: unknown): Record<string, unknown> {
    const fields = (options as { fields?: string } | undefined)?.fields ?? DEFAULT_FILE_FIELDS;
    return select(resource(f, this.#store.currentUser()), parseFields(fields));
  }

  create(input: unknown, _blob?: unknown, options?: unknown) {
    return this.#call("create", () => {
      const r = (input ?? {}) as FileInput;
      if (!r.name) this.#core.fail("Invalid argument: resource.name");
      const record = this.#store.add({
        name: String(r.name),
        mimeType: String(r.mimeType ?? "application/octet-stream"),
        parents: this.#parents(r, "create"),
        appProperties: definedProperties(r.appProperties),
        ...(r.description !== undefined ? { description: String(r.description) } : {}),
      });
      return this.#answer(record, options);
    });
  }

  copy(input: unknown, fileId: unknown, options?: unknown) {
    return this.#call("copy", () => {
      const source = this.#visible(String(fileId), "copy");
      if (source.mimeType === FOLDER_MIME) this.#core.fail("Folders cannot be copied.");
      const r = (input ?? {}) as FileInput;
      const parents = r.parents ? this.#parents(r, "copy") : source.parents;
      const record = this.#store.add({
        name: r.name ?? `Copy of ${source.name}`,
        mimeType: source.mimeType,
        parents,
        appProperties: definedProperties(r.appProperties),
        ...(r.description !== undefined ? { description: String(r.description) } : {}),
      });
      const content = this.#store.docs.get(source.id);
      if (content) this.#store.docs.set(record.id, structuredClone(content));
      return this.#answer(record, options);
    });
  }

  get(fileId: unknown, options?: unknown) {
    return this.#call("get", () => this.#answer(this.#visible(String(fileId), "get"), options));
  }

  update(input: unknown, fileId: unknown, _blob?: unknown, options?: unknown) {
    return this.#call("update", () => {
      const f = this.#visible(String(fileId), "update");
      const r = (input ?? {}) as FileInput;
      const o = (options ?? {}) as { addParents?: string; removeParents?: string };
      const add = o.addParents ? String(o.addParents).split(",") : [];
      for (const p of add) if (p !== this.#store.rootId) this.#visible(p, "update");
      if (r.name !== undefined) f.name = String(r.name);
      if (r.description !== undefined) f.description = String(r.description);
      if (r.trashed !== undefined) f.trashed = Boolean(r.trashed);
      for (const [k, v] of Object.entries(r.appProperties ?? {})) {
        if (v === null) delete f.appProperties[k];
        else f.appProperties[k] = String(v);
      }
      if (o.removeParents) {
        const drop = new Set(String(o.removeParents).split(","));
        f.parents = f.parents.filter((p) => !drop.has(p));
      }
      for (const p of add) if (!f.parents.includes(p)) f.parents.push(p);
      this.#store.touch(f.id);
      return this.#answer(f, options);
    });
  }

  list(options?: unknown) {
    return this.#call("list", () => {
      const o = (options ?? {}) as {
        q?: string;
        pageSize?: number;
        pageToken?: string;
        fields?: string;
      };
      const terms = o.q ? parseQuery(this.#core, String(o.q)) : [];
      const me = this.#store.currentUser();
      const all = [...this.#store.files.values()]
        .filter((f) => f.grants.has(me) && terms.every((t) => t(f)))
        .sort((a, b) => (a.id < b.id ? -1 : 1));
      const size = Math.min(Math.max(1, Number(o.pageSize ?? 100)), 1000);
      const start = o.pageToken ? Number(o.pageToken) : 0;
      const page = all.slice(start, start + size);
      const out: Record<string, unknown> = {
        kind: "drive#fileList",
        files: page.map((f) => resource(f, me)),
      };
      if (start + size < all.length) out.nextPageToken = String(start + size);
      return select(
        out,
        parseFields(o.fields ?? `kind,nextPageToken,files(${DEFAULT_FILE_FIELDS})`),
      );
    });
  }
}

function definedProperties(
  props: Record<string, string | null> | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(props ?? {})) if (v !== null) out[k] = String(v);
  return out;
}

/**
 * `Drive.About.get`: who the current user is (drive.file is enough; `fields` is required).
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/about/get
 * The display name is the part of the email before "@" (the runtime knows no names).
 */
export class DriveAboutImpl {
  readonly #core: RuntimeInternals;
  readonly #store: DriveStore;
  constructor(core: RuntimeInternals, store: DriveStore) {
    this.#core = core;
    this.#store = store;
  }
  toString() {
    return "About";
  }
  get(options?: unknown) {
    const call = () => {
      const fields = (options as { fields?: unknown } | undefined)?.fields;
      if (typeof fields !== "string" || fields.trim() === "") {
        apiError(
          this.#core,
          "Drive.About.get",
          400,
          "required",
          "The 'fields' parameter is required for this method.",
        );
      }
      const email = this.#store.currentUser();
      const user = {
        kind: "drive#user",
        displayName: email.split("@")[0],
        emailAddress: email,
        me: true,
      };
      return select({ kind: "drive#about", user }, parseFields(String(fields)));
    };
    return this.#store.network("Drive.About.get", call);
  }
}

export class DriveAdvancedImpl {
  readonly Files: DriveFilesImpl;
  readonly About: DriveAboutImpl;
  constructor(core: RuntimeInternals, store: DriveStore) {
    this.Files = core.service("Drive.Files", new DriveFilesImpl(core, store));
    this.About = core.service("Drive.About", new DriveAboutImpl(core, store));
  }
  toString() {
    return "Drive";
  }
}

/** The `Drive` global (advanced Drive service, v3) over `store`. */
export function createDriveService(core: RuntimeInternals, store: DriveStore): DriveAdvancedImpl {
  return new DriveAdvancedImpl(core, store);
}

const stores = new WeakMap<RuntimeInternals, DriveStore>();

/** The in-memory Drive of a runtime (shared by the Drive, DocumentApp and Docs stand-ins). */
export function driveStoreOf(internals: RuntimeInternals): DriveStore {
  let store = stores.get(internals);
  if (!store) {
    store = new DriveStore(
      () => internals.now(),
      () => internals.user(),
    );
    store.faults = new Faults(internals);
    stores.set(internals, store);
  }
  return store;
}

/** Extension: the `Drive` global (advanced Drive service v3). */
export const driveExtension: RuntimeExtension = {
  name: "drive",
  install(rt) {
    return { Drive: createDriveService(rt, driveStoreOf(rt)) };
  },
};
