/**
 * Drive, through the advanced Drive service (Drive API v3), under the `drive.file` scope only.
 *
 * Why not DriveApp: Google's reference lists https://www.googleapis.com/auth/drive (all of the
 * user's Drive) as the scope DriveApp's methods require — e.g. Folder.createFile, createFolder,
 * DriveApp.getFolderById (https://developers.google.com/apps-script/reference/drive/folder,
 * "Authorization" of each method). The Drive API's files.create, files.copy, files.get,
 * files.update and files.list accept https://www.googleapis.com/auth/drive.file ("files you
 * have opened or created with this app"; https://developers.google.com/workspace/drive/api/reference/rest/v3/files/copy,
 * "Authorization scopes"; https://developers.google.com/workspace/drive/api/guides/api-specific-auth).
 * Apps Script's advanced services use the scopes set explicitly in appsscript.json
 * (https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes), so the
 * add-on declares drive.file and enables the advanced Drive service (v3).
 *
 * Every folder, template and document the add-on makes carries its key in appProperties, so one
 * files.list per folder finds them all again on a re-run, or after a run that stopped half-way
 * (nothing made twice); a trashed or deleted file is not listed and is made again. Under
 * drive.file a file is visible only to the user whose add-on made it: another user's file
 * answers 404 like a deleted one, so "not found" never means "make it again" by itself
 * (app/documents/act.ts decides with the sheet's record).
 */

interface DriveFileResource {
  id: string;
  name: string;
  version?: string | number;
  parents?: string[];
  mimeType?: string;
  trashed?: boolean;
  appProperties?: Record<string, string>;
  webViewLink?: string;
}

interface DriveFilesApi {
  create(resource: object, blob?: unknown, options?: object): DriveFileResource;
  copy(resource: object, fileId: string, options?: object): DriveFileResource;
  get(fileId: string, options?: object): DriveFileResource;
  update(resource: object, fileId: string, blob?: unknown, options?: object): DriveFileResource;
  list(options?: object): { files?: DriveFileResource[]; nextPageToken?: string };
}

declare const Drive: {
  Files: DriveFilesApi;
  About: { get(options: object): { user?: { displayName?: string; emailAddress?: string } } };
};

const FOLDER_MIME = "application/vnd.google-apps.folder";
const DOC_MIME = "application/vnd.google-apps.document";
/** appProperties key holding a file's key (a document's DocumentSpec.key, a folder's name…). */
const KEY_PROPERTY = "diCoSoKey";
/** appProperties key holding when the add-on made the file (ms): the newest of a key wins. */
const MADE_PROPERTY = "diCoSoMade";

export interface FoundFile {
  id: string;
  name: string;
  /** Its Drive version when listed (grows with every change, by anyone). */
  version?: string;
}

export function docUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

/** The id in a Google Docs link (docUrl's inverse), if it is one. */
export function docIdOf(url: string): string | undefined {
  return /^https:\/\/docs\.google\.com\/document\/d\/([\w-]+)/.exec(url.trim())?.[1];
}

/**
 * What this user's add-on sees of a file: live (with its Drive version), trashed, or unseen —
 * deleted for good, or made by another user (drive.file: both answer 404), or no access (403).
 */
export type FileState =
  | { state: "live"; name: string; version: string; parents: string[] }
  | { state: "trashed" }
  | { state: "unseen" };

export function fileState(id: string | undefined): FileState {
  if (!id) return { state: "unseen" };
  try {
    const f = withRetry(() => Drive.Files.get(id, { fields: "id,name,trashed,version,parents" }));
    if (f.trashed) return { state: "trashed" };
    return {
      state: "live",
      name: f.name,
      version: String(f.version ?? ""),
      parents: f.parents ?? [],
    };
  } catch (error) {
    const failure = failureOf(error);
    if (failure === "notFound" || failure === "noAccess") return { state: "unseen" };
    throw error;
  }
}

/**
 * Who runs the add-on, as the log names them: "Name (email)". Drive's about.get accepts the
 * drive.file scope (https://developers.google.com/workspace/drive/api/reference/rest/v3/about/get),
 * so no scope is added to learn it. Empty when Drive will not say.
 */
export function currentUserName(): string {
  try {
    const user = withRetry(() =>
      Drive.About.get({ fields: "user(displayName,emailAddress)" }),
    ).user;
    const email = user?.emailAddress ?? "";
    const name = user?.displayName ?? "";
    return name && email ? `${name} (${email})` : name || email;
  } catch {
    return "";
  }
}

const escapeQuery = (text: string) => text.replace(/\\/g, "\\\\").replace(/'/g, "\\'");

/** The newest live file this user's add-on made with `key` (in `parentId` when given). */
export function findByKey(key: string, parentId?: string | null): string | undefined {
  const q = [
    `appProperties has { key='${KEY_PROPERTY}' and value='${escapeQuery(key)}' }`,
    "trashed = false",
    ...(parentId ? [`'${parentId}' in parents`] : []),
  ].join(" and ");
  const page = withRetry(() =>
    Drive.Files.list({ q, fields: "files(id, name, appProperties)", pageSize: 100 }),
  );
  return newest(page.files ?? [])?.id;
}

function newest(files: readonly DriveFileResource[]): DriveFileResource | undefined {
  const made = (f: DriveFileResource) => Number(f.appProperties?.[MADE_PROPERTY] ?? 0);
  return [...files].sort((a, b) => made(b) - made(a))[0];
}

function stamp(key: string): Record<string, string> {
  return { [KEY_PROPERTY]: key, [MADE_PROPERTY]: String(Date.now()) };
}

/**
 * A folder known by id when it still exists; else the one this user's add-on made with `key`
 * (a run that stopped before remembering it); else a new one. Returns its id.
 */
export function ensureFolder(
  knownId: string | undefined,
  folder: { key: string; name: string; parentId: string | null; description?: string },
): { id: string; created: boolean } {
  if (knownId && fileState(knownId).state === "live") return { id: knownId, created: false };
  const found = findByKey(folder.key, folder.parentId);
  if (found) return { id: found, created: false };
  const resource: Record<string, unknown> = {
    name: folder.name,
    mimeType: FOLDER_MIME,
    appProperties: stamp(folder.key),
  };
  if (folder.parentId) resource.parents = [folder.parentId];
  if (folder.description) resource.description = folder.description;
  const id = withRetry(
    () => Drive.Files.create(resource, undefined, { fields: "id" }).id,
    (e) => (serverError(e) ? findByKey(folder.key, folder.parentId) : undefined),
  );
  return { id, created: true };
}

/** An empty Google Doc in `folderId`, tagged with `key`. */
export function createDoc(name: string, folderId: string, key: string): string {
  return withRetry(
    () =>
      Drive.Files.create(
        { name, mimeType: DOC_MIME, parents: [folderId], appProperties: stamp(key) },
        undefined,
        { fields: "id" },
      ).id,
    (e) => (serverError(e) ? findByKey(key, folderId) : undefined),
  );
}

/**
 * The add-on's documents in a folder, by key, the newest of each key, with their Drive versions
 * (one call per 1000 files).
 */
export function documentsByKey(folderId: string): Map<string, FoundFile> {
  const all: DriveFileResource[] = [];
  let pageToken: string | undefined;
  do {
    const token = pageToken;
    const page = withRetry(() =>
      Drive.Files.list({
        q: `'${folderId}' in parents and trashed = false and mimeType = '${DOC_MIME}'`,
        fields: "nextPageToken, files(id, name, version, appProperties)",
        pageSize: 1000,
        ...(token ? { pageToken: token } : {}),
      }),
    );
    all.push(...(page.files ?? []));
    pageToken = page.nextPageToken;
  } while (pageToken);
  const byKey = new Map<string, DriveFileResource[]>();
  for (const f of all) {
    const key = f.appProperties?.[KEY_PROPERTY];
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), f]);
  }
  const found = new Map<string, FoundFile>();
  for (const [key, files] of byKey) {
    const f = newest(files)!;
    const file: FoundFile = { id: f.id, name: f.name };
    if (f.version !== undefined) file.version = String(f.version);
    found.set(key, file);
  }
  return found;
}

/**
 * A copy of the template in `folderId`, named `name`, tagged with `key`: one call. A copy whose
 * answer was lost is found by its key before the call is tried again.
 */
export function copyTemplate(templateId: string, name: string, folderId: string, key: string) {
  return withRetry(
    () =>
      Drive.Files.copy({ name, parents: [folderId], appProperties: stamp(key) }, templateId, {
        fields: "id",
      }).id,
    (e) => (serverError(e) ? findByKey(key, folderId) : undefined),
  );
}

export function renameFile(id: string, name: string): void {
  withRetry(() => Drive.Files.update({ name }, id, undefined, { fields: "id" }));
}

/** Moves a file from one folder to another (nothing is deleted). */
export function moveFile(id: string, from: readonly string[], to: string): void {
  withRetry(() =>
    Drive.Files.update({}, id, undefined, {
      addParents: to,
      removeParents: from.join(","),
      fields: "id",
    }),
  );
}

// ------------------------------------------------------------------ failures

/**
 * What a failed Drive or Docs call means. Google's advice
 * (https://developers.google.com/workspace/drive/api/guides/handle-errors,
 * https://developers.google.com/workspace/docs/api/limits): 404 — the file does not exist or
 * this user may not see it (under drive.file, a file another user made with the add-on answers
 * 404 too); 403 insufficientFilePermissions — no access; 403 user/rateLimitExceeded, 429, 500,
 * 502, 503, 504 — transient: retry with exponential backoff. A transient failure is never taken
 * for "gone".
 */
export type Failure = "notFound" | "noAccess" | "transient" | "other";

interface ApiErrorShape {
  message?: unknown;
  details?: { code?: unknown; errors?: { reason?: unknown }[] };
}

export function failureOf(error: unknown): Failure {
  const e = (error ?? {}) as ApiErrorShape;
  const code = Number(e.details?.code);
  const reason = String(e.details?.errors?.[0]?.reason ?? "");
  const text = String(e.message ?? error);
  if (code === 429 || code >= 500 || /rateLimitExceeded|backendError/.test(reason)) {
    return "transient";
  }
  if (/too many requests|rate limit exceeded|service is currently unavailable/i.test(text)) {
    return "transient";
  }
  if (code === 404 || /File not found|Requested entity was not found/.test(text)) return "notFound";
  if (code === 403) return "noAccess";
  return "other";
}

/**
 * A 5xx: the request may have been applied before its answer was lost. A rate limit (403, 429)
 * refuses a request before applying it.
 */
export function serverError(error: unknown): boolean {
  return Number((error as ApiErrorShape)?.details?.code) >= 500;
}

/** Waits of the backoff: 1, 2, 4, 8, 16, 32 s (plus jitter) — more than Google's one-minute quota window. */
const BACKOFF_MS: readonly number[] = [1_000, 2_000, 4_000, 8_000, 16_000, 32_000];

/**
 * Runs `call`, retrying a transient failure after each wait of BACKOFF_MS; `before` runs before
 * each retry, given the failure, and may answer instead (a write whose answer was lost may have
 * been applied: the caller looks for its result first).
 */
export function withRetry<T>(call: () => T, before?: (error: unknown) => T | undefined): T {
  let last: unknown;
  for (let attempt = 0; ; attempt += 1) {
    try {
      if (attempt > 0 && before) {
        const found = before(last);
        if (found !== undefined) return found;
      }
      return call();
    } catch (error) {
      const wait = BACKOFF_MS[attempt];
      if (wait === undefined || failureOf(error) !== "transient") throw error;
      last = error;
      Utilities.sleep(wait + Math.floor(Math.random() * 500));
    }
  }
}
