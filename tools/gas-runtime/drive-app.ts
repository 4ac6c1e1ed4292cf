/**
 * The advanced Drive service (Drive API v3 as Apps Script exposes it: `Drive.Files.create`,
 * `copy`, `get`, `update`, `list`) over an in-memory Drive, plus the host-side store that the
 * DocumentApp stand-in (document-app.ts) shares: a Google Doc is a Drive file whose content
 * lives in `DriveStore.docs`.
 *
 * Scope drive.file is modelled: files the script did not create or open (added with
 * `addUserFile`) are invisible to it — `get` answers "File not found", `list` leaves them out —
 * as Google documents for that scope.
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files
 */
import type { RuntimeExtension, RuntimeInternals } from "./extensions.ts";

export const FOLDER_MIME = "application/vnd.google-apps.folder";
export const DOC_MIME = "application/vnd.google-apps.document";

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
  /** Created (or opened) by the script: visible under drive.file. */
  appCreated: boolean;
}

export type TextStyle = {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontSize?: number;
  fontFamily?: string;
};

export interface ParagraphModel {
  type: "PARAGRAPH";
  text: string;
  style: TextStyle;
  /** LEFT, CENTER, RIGHT, JUSTIFY (DocumentApp.HorizontalAlignment names). */
  align?: string;
  heading?: string;
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
}

export type BodyChild = ParagraphModel | TableModel;

export interface DocContent {
  body: BodyChild[];
  /** Attributes set on the body as a whole (inherited by every element). */
  style: TextStyle;
}

/** The in-memory Drive: files and folders, and the content of each Google Doc. */
export class DriveStore {
  readonly files = new Map<string, DriveFileModel>();
  readonly docs = new Map<string, DocContent>();
  readonly rootId = "root";
  private counter = 0;
  constructor(private readonly now: () => number = () => Date.now()) {}

  newId(): string {
    this.counter += 1;
    return `1DiCoSoDrive${String(this.counter).padStart(8, "0")}${"x".repeat(24)}`;
  }

  add(file: Partial<DriveFileModel> & { name: string; mimeType: string }): DriveFileModel {
    const t = this.now();
    const record: DriveFileModel = {
      id: file.id ?? this.newId(),
      name: file.name,
      mimeType: file.mimeType,
      parents: file.parents && file.parents.length > 0 ? [...file.parents] : [this.rootId],
      trashed: file.trashed ?? false,
      appProperties: { ...(file.appProperties ?? {}) },
      createdTime: t,
      modifiedTime: t,
      appCreated: file.appCreated ?? true,
    };
    if (file.description !== undefined) record.description = file.description;
    this.files.set(record.id, record);
    if (record.mimeType === DOC_MIME && !this.docs.has(record.id)) {
      this.docs.set(record.id, emptyDoc());
    }
    return record;
  }

  /** A file the user has in Drive that the script never created nor opened. */
  addUserFile(name: string, mimeType = DOC_MIME): DriveFileModel {
    return this.add({ name, mimeType, appCreated: false });
  }

  touch(id: string): void {
    const f = this.files.get(id);
    if (f) f.modifiedTime = this.now();
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

/** The v3 File resource of a record. */
function resource(f: DriveFileModel): Record<string, unknown> {
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
    webViewLink: fileUrl(f),
  };
  if (f.description !== undefined) out.description = f.description;
  return out;
}

interface FileInput {
  name?: string;
  mimeType?: string;
  parents?: string[];
  description?: string;
  appProperties?: Record<string, string>;
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

  #visible(id: string, method: string): DriveFileModel {
    const f = this.#store.files.get(String(id));
    if (!f?.appCreated) {
      this.#core.fail(
        `GoogleJsonResponseException: API call to drive.files.${method} failed with error: File not found: ${String(id)}.`,
      );
    }
    return f;
  }

  #parents(input: FileInput | undefined): string[] {
    const parents = input?.parents ?? [];
    for (const p of parents) {
      if (p !== this.#store.rootId) {
        const folder = this.#visible(p, "create");
        if (folder.mimeType !== FOLDER_MIME) this.#core.fail(`Invalid parent: ${p}`);
      }
    }
    return parents;
  }

  create(input: unknown, _blob?: unknown, _options?: unknown) {
    const r = (input ?? {}) as FileInput;
    if (!r.name) this.#core.fail("Invalid argument: resource.name");
    const record = this.#store.add({
      name: String(r.name),
      mimeType: String(r.mimeType ?? "application/octet-stream"),
      parents: this.#parents(r),
      appProperties: r.appProperties ?? {},
      ...(r.description !== undefined ? { description: String(r.description) } : {}),
    });
    return resource(record);
  }

  copy(input: unknown, fileId: unknown, _options?: unknown) {
    const source = this.#visible(String(fileId), "copy");
    if (source.mimeType === FOLDER_MIME) this.#core.fail("Folders cannot be copied.");
    const r = (input ?? {}) as FileInput;
    const parents = r.parents ? this.#parents(r) : source.parents;
    const record = this.#store.add({
      name: r.name ?? `Copy of ${source.name}`,
      mimeType: source.mimeType,
      parents,
      appProperties: { ...(r.appProperties ?? {}) },
      ...(r.description !== undefined ? { description: String(r.description) } : {}),
    });
    const content = this.#store.docs.get(source.id);
    if (content) this.#store.docs.set(record.id, structuredClone(content));
    return resource(record);
  }

  get(fileId: unknown, _options?: unknown) {
    return resource(this.#visible(String(fileId), "get"));
  }

  update(input: unknown, fileId: unknown, _blob?: unknown, options?: unknown) {
    const f = this.#visible(String(fileId), "update");
    const r = (input ?? {}) as FileInput;
    const o = (options ?? {}) as { addParents?: string; removeParents?: string };
    if (r.name !== undefined) f.name = String(r.name);
    if (r.description !== undefined) f.description = String(r.description);
    if (r.trashed !== undefined) f.trashed = Boolean(r.trashed);
    if (r.appProperties) Object.assign(f.appProperties, r.appProperties);
    if (o.removeParents) {
      const drop = new Set(String(o.removeParents).split(","));
      f.parents = f.parents.filter((p) => !drop.has(p));
    }
    if (o.addParents) {
      for (const p of String(o.addParents).split(",")) {
        if (p !== this.#store.rootId) this.#visible(p, "update");
        if (!f.parents.includes(p)) f.parents.push(p);
      }
    }
    f.modifiedTime = this.#core.now();
    return resource(f);
  }

  list(options?: unknown) {
    const o = (options ?? {}) as { q?: string; pageSize?: number; pageToken?: string };
    const terms = o.q ? parseQuery(this.#core, String(o.q)) : [];
    const all = [...this.#store.files.values()]
      .filter((f) => f.appCreated && terms.every((t) => t(f)))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const size = Math.min(Math.max(1, Number(o.pageSize ?? 100)), 1000);
    const start = o.pageToken ? Number(o.pageToken) : 0;
    const page = all.slice(start, start + size);
    const out: Record<string, unknown> = { files: page.map(resource) };
    if (start + size < all.length) out.nextPageToken = String(start + size);
    return out;
  }
}

export class DriveAdvancedImpl {
  readonly Files: DriveFilesImpl;
  constructor(core: RuntimeInternals, store: DriveStore) {
    this.Files = core.service("Drive.Files", new DriveFilesImpl(core, store));
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

/** The in-memory Drive of a runtime (shared by the Drive and DocumentApp stand-ins). */
export function driveStoreOf(internals: RuntimeInternals): DriveStore {
  let store = stores.get(internals);
  if (!store) {
    store = new DriveStore(() => internals.now());
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
