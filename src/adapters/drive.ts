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
 * Every folder and document the add-on makes carries its key in appProperties, so one
 * files.list per folder finds them all again on a re-run (nothing made twice); a trashed or
 * deleted file is not listed and is made again.
 */

interface DriveFileResource {
  id: string;
  name: string;
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

declare const Drive: { Files: DriveFilesApi };

export const FOLDER_MIME = "application/vnd.google-apps.folder";
export const DOC_MIME = "application/vnd.google-apps.document";
/** appProperties key holding a file's document key (DocumentSpec.key). */
export const KEY_PROPERTY = "diCoSoKey";

export interface FoundFile {
  id: string;
  name: string;
}

export function docUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

/** The file when it exists, is visible to the add-on and is not in the trash. */
export function liveFile(id: string | undefined): DriveFileResource | undefined {
  if (!id) return undefined;
  try {
    const f = Drive.Files.get(id, { fields: "id,name,trashed" });
    return f.trashed ? undefined : f;
  } catch {
    return undefined; // deleted for good, or not visible under drive.file
  }
}

/** A folder known by id when it still exists; else a new one. Returns its id. */
export function ensureFolder(
  knownId: string | undefined,
  name: string,
  parentId: string | null,
  description?: string,
): { id: string; created: boolean } {
  if (liveFile(knownId)) return { id: knownId as string, created: false };
  const resource: Record<string, unknown> = { name, mimeType: FOLDER_MIME };
  if (parentId) resource.parents = [parentId];
  if (description) resource.description = description;
  const f = Drive.Files.create(resource, undefined, { fields: "id" });
  return { id: f.id, created: true };
}

/** An empty Google Doc in `folderId`. */
export function createDoc(name: string, folderId: string): string {
  return Drive.Files.create({ name, mimeType: DOC_MIME, parents: [folderId] }, undefined, {
    fields: "id",
  }).id;
}

/** The add-on's documents in a folder, by key (one call per 1000 files). */
export function documentsByKey(folderId: string): Map<string, FoundFile> {
  const found = new Map<string, FoundFile>();
  let pageToken: string | undefined;
  do {
    const page = Drive.Files.list({
      q: `'${folderId}' in parents and trashed = false`,
      fields: "nextPageToken, files(id, name, appProperties)",
      pageSize: 1000,
      ...(pageToken ? { pageToken } : {}),
    });
    for (const f of page.files ?? []) {
      const key = f.appProperties?.[KEY_PROPERTY];
      if (key && !found.has(key)) found.set(key, { id: f.id, name: f.name });
    }
    pageToken = page.nextPageToken;
  } while (pageToken);
  return found;
}

/** A copy of the template in `folderId`, named `name`, tagged with `key`. One call. */
export function copyTemplate(templateId: string, name: string, folderId: string, key: string) {
  return Drive.Files.copy(
    { name, parents: [folderId], appProperties: { [KEY_PROPERTY]: key } },
    templateId,
    { fields: "id" },
  ).id;
}

export function renameFile(id: string, name: string): void {
  Drive.Files.update({ name }, id, undefined, { fields: "id" });
}
