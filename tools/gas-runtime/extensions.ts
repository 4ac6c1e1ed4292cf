/**
 * Extra services installed into every runtime (the DocumentApp, Docs and Drive stand-ins).
 * An extension returns the globals it adds; `rt.service(name, impl)` wraps each of its objects
 * so calls are counted as "name.method" and checked against the auth mode (extension services
 * are callable in AuthMode.FULL only, unless `modes` says otherwise).
 */
import type { AuthModeName, ServiceOptions } from "./core.ts";
import { documentExtension } from "./document-app.ts";
import { driveExtension } from "./drive-app.ts";
import type { SpreadsheetModel } from "./model.ts";

export interface BlobData {
  bytes: Uint8Array;
  contentType: string | null;
  name: string | null;
}

export interface RuntimeInternals {
  /** Wraps an object so each method call is counted as "serviceName.method" and auth-checked. */
  service<T extends object>(serviceName: string, impl: T, options?: ServiceOptions): T;
  /** Throws Google's "You do not have permission to call …" unless the execution is in AuthMode.FULL. */
  requireAuth(what: string): void;
  /** Mode of the execution under way ("FULL" between executions). */
  authMode(): AuthModeName;
  /** Throws an Apps Script exception (a realm Error named "Exception") with that message. */
  fail(message: string): never;
  toRealm<T>(hostValue: T): T;
  fromRealm<T>(realmValue: T): T;
  /** The implementation object behind a wrapped service object. */
  unwrap<T>(value: T): T;
  now(): number;
  advance(ms: number): void;
  readonly spreadsheet: SpreadsheetModel;
  /** A fresh id with that prefix, unique within the runtime. */
  newId(prefix: string): string;
  readonly blobs: {
    /** A Blob as Utilities.newBlob makes it (a wrapped service object, usable by the script). */
    create(data: Uint8Array | string, contentType?: string | null, name?: string | null): unknown;
    /** The bytes, content type and name of a Blob the script passed in; null if it is not a Blob. */
    read(blob: unknown): BlobData | null;
  };
  /** Records a log line in Runtime.logs. */
  log(message: string): void;
  /**
   * Email of the user running the script now, whatever the auth mode (Session may hide it): what
   * per-user state such as `drive.file` grants is keyed on. Tests switch it with rt.setUser/asUser.
   */
  user(): string;
  /** Emails of every known user, the spreadsheet's owner first. */
  users(): string[];
}

export interface RuntimeExtension {
  name: string;
  install(rt: RuntimeInternals): Record<string, unknown>;
}

export const extensions: RuntimeExtension[] = [driveExtension, documentExtension];
