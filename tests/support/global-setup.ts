/**
 * Unpacks the browser tests' Chromium once, before any test file runs (two first uses at once
 * could race), and builds the bundle once per test run into a private folder, so that every test loads the
 * same fresh build (and parallel runs never read a dist/ being rewritten). Tests get the
 * folder with `distDir()` from tests/support/bundle.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { chromiumPath } from "../../tools/browser/chromium";
import { buildAll } from "../../tools/build";

export default async function setup(project: TestProject) {
  await chromiumPath();
  const outDir = join(mkdtempSync(join(tmpdir(), "dicoso-dist-")), "dist");
  await buildAll({ outDir });
  project.provide("distDir", outDir);
  return () => rmSync(join(outDir, ".."), { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    distDir: string;
  }
}
