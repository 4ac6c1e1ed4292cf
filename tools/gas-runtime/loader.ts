/**
 * Loading the build into the realm: every dist/*.js in file-name order, as Apps Script runs a
 * project's files in order in one global scope, and the .html files for HtmlService.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import type { HtmlState } from "./html.ts";
import { toHostError } from "./realm.ts";

export interface SourceOptions {
  code: string;
  filename: string;
  context: vm.Context;
}

/** Runs one script file in the realm; a syntax or top-level error comes out as a host Error. */
export function loadSource({ code, filename, context }: SourceOptions): void {
  try {
    vm.runInContext(code, context, { filename });
  } catch (e) {
    throw toHostError(e);
  }
}

export interface DistOptions {
  dir: string;
  context: vm.Context;
  html: HtmlState;
}

export function loadDist({ dir, context, html }: DistOptions): void {
  const root = path.resolve(dir);
  let names: string[];
  try {
    names = readdirSync(root).filter((n) => statSync(path.join(root, n)).isFile());
  } catch {
    throw new Error(`No build output in ${root}: run "npm run build" first.`);
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const n of names) {
    if (n.endsWith(".html"))
      html.files.set(n.slice(0, -5), readFileSync(path.join(root, n), "utf8"));
  }
  for (const n of names) {
    if (n.endsWith(".js") || n.endsWith(".gs")) {
      const filename = path.join(root, n);
      loadSource({ code: readFileSync(filename, "utf8"), filename, context });
    }
  }
}
