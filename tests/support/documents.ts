/**
 * Shared by the documents tests that run the built bundle in the local runtime: a runtime on the
 * sample workbook with two users, a run to its end, and the state a clerk would compare.
 */
import type { GenerateResult } from "../../src/shared/documents";
import { buildSampleModel } from "../../tools/demo/sample";
import {
  DOC_MIME,
  type DriveStore,
  driveStoreOf,
  FOLDER_MIME,
} from "../../tools/gas-runtime/drive-app";
import { createRuntime, type Runtime } from "../../tools/gas-runtime/index";
import { distDir } from "./bundle";
import { linkCells } from "./links";

export const NOW = Date.UTC(2021, 5, 15, 3, 30);
export const ALL = ["proposal", "reportForms", "evaluationForms", "summary"];
export const A = "truong.ban@example.org";
export const B = "chuyen.vien@example.org";

export function setup(): { rt: Runtime; drive: DriveStore } {
  const rt = createRuntime({ now: NOW, spreadsheet: buildSampleModel(), users: [A, B] });
  rt.setUser(A);
  rt.load(distDir());
  return { rt, drive: driveStoreOf(rt.internals) };
}

export const generate = (rt: Runtime, request: object) =>
  rt.run<GenerateResult>("documentsGenerate", request);

/** Runs the request to its end, as the dialog does (it calls again while not done). */
export function finish(rt: Runtime, request: object): GenerateResult {
  let r = generate(rt, request);
  for (let i = 0; i < 20 && !r.done; i += 1) r = generate(rt, { ...request, job: r.job });
  return r;
}

export const live = (drive: DriveStore, mime: string) =>
  [...drive.files.values()].filter((f) => f.mimeType === mime && !f.trashed);

/** What a clerk would compare: every file's path, each document's text, the sheet's links and log. */
export function state(rt: Runtime, drive: DriveStore) {
  const nameOf = (url: string) => {
    const id = /\/d\/([^/]+)\//.exec(url)?.[1] ?? "";
    return drive.files.get(id) ? drive.path(id) : `(missing ${url})`;
  };
  const files = [...live(drive, DOC_MIME), ...live(drive, FOLDER_MIME)].map((f) =>
    drive.path(f.id),
  );
  const texts = live(drive, DOC_MIME).map((f) => `${drive.path(f.id)}\n${drive.docText(f.id)}`);
  const links = linkCells(rt).map((r) =>
    r.links.map((c) => c.map((l) => `${l.label} → ${nameOf(l.url)}`)),
  );
  const log = (rt.spreadsheet.sheet("Văn bản")?.values() ?? []).map((r) => [
    r[1],
    r[2],
    r[3],
    r[4],
    r[5] ? nameOf(String(r[5])) : "",
    r[6],
  ]);
  return { files: files.sort(), texts: texts.sort(), links, log };
}

/**
 * Stops a full run at each Drive or Docs call in turn (`when` the call: before it, or after it
 * with its answer lost), runs it again to its end, and says which stops left a state unlike an
 * uninterrupted run's (with how many duplicate files). Also returns how many calls were tried.
 */
export function stopsAtEveryCall(
  when: "before" | "after",
  expectStopped: (message: string, k: number) => void,
): { calls: number; failures: string[] } {
  const reference = setup();
  finish(reference.rt, { kinds: ALL, onExisting: "skip" });
  const calls = reference.drive.faults!.count;
  const expected = JSON.stringify(state(reference.rt, reference.drive));
  const failures: string[] = [];
  for (let k = 1; k <= calls; k += 1) {
    const { rt, drive } = setup();
    drive.faults!.failAt(k, { kind: "crash", when });
    expectStopped(generate(rt, { kinds: ALL, onExisting: "skip" }).message, k);
    finish(rt, { kinds: ALL, onExisting: "skip" });
    const got = state(rt, drive);
    const dupes = got.files.length - new Set(got.files).size;
    if (dupes > 0 || JSON.stringify(got) !== expected) {
      failures.push(`call ${k} (${drive.faults!.log[k - 1]}): ${dupes} duplicates`);
    }
  }
  return { calls, failures };
}
