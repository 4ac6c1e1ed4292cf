/**
 * The bundle Apps Script receives (sheet-contract.md, "The build"): dist/ holds the manifest,
 * one script whose top-level functions are every entry point with its JSDoc, and the pages.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { entryPoints } from "../src/entrypoints";
import { stubFor } from "../tools/build";
import { projectProblem, pushCommands, TARGETS, type Target } from "../tools/push";
import { distDir } from "./support/bundle";

const code = () => readFileSync(join(distDir(), "Code.js"), "utf8");

/** The JSDoc block written right before `function name(`, if any. */
function jsdocBefore(source: string, name: string): string | undefined {
  const at = source.indexOf(`\nfunction ${name}(`);
  if (at < 0) return undefined;
  const before = source.slice(0, at);
  const end = before.lastIndexOf("*/");
  if (end < 0 || before.slice(end + 2).trim() !== "") return undefined;
  return before.slice(before.lastIndexOf("/**", end), end + 2);
}

describe("dist/ is the Apps Script project", () => {
  it("holds the manifest, the script and nothing that is not pushed", () => {
    const files = readdirSync(distDir()).sort();
    expect(files).toContain("appsscript.json");
    expect(files).toContain("Code.js");
    for (const f of files) expect(f).toMatch(/\.(js|html|json)$/);
  });

  it("declares every entry point as a top-level function forwarding to the bundle", () => {
    const source = code();
    for (const entry of entryPoints()) {
      const params = entry.params.map((p) => p.name).join(", ");
      expect(source, entry.name).toContain(`\nfunction ${entry.name}(${params}) {`);
    }
  });

  it("keeps @customfunction, @param and @return in each custom function's JSDoc", () => {
    const source = code();
    const custom = entryPoints().filter((e) => e.kind === "custom");
    expect(custom.map((e) => e.name).sort()).toEqual(["AGE_LIMIT", "ELIGIBILITY", "REPORT_DUE"]);
    for (const entry of custom) {
      const doc = jsdocBefore(source, entry.name);
      expect(doc, entry.name).toBeDefined();
      expect(doc).toContain("@customfunction");
      for (const p of entry.params)
        expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} ${p.name} `));
      expect(doc).toMatch(/@return \{[^}]+\} \S/);
    }
  });

  it("detects a custom function whose JSDoc lost @customfunction", () => {
    const broken = stubFor({ ...entryPoints().find((e) => e.kind === "custom")!, kind: "client" });
    const doc = jsdocBefore(`\n${broken}`, "REPORT_DUE");
    expect(doc).toBeDefined();
    expect(doc).not.toContain("@customfunction");
  });

  it("loads in a bare context holding nothing but the standard built-ins", () => {
    const context = vm.createContext({});
    vm.runInContext(code(), context, { filename: "Code.js" });
    for (const entry of entryPoints()) {
      expect(vm.runInContext(`typeof ${entry.name}`, context), entry.name).toBe("function");
    }
    for (const nodeOnly of [
      "require",
      "process",
      "setTimeout",
      "setInterval",
      "Buffer",
      "module",
      "exports",
    ]) {
      expect(vm.runInContext(`typeof ${nodeOnly}`, context), nodeOnly).toBe("undefined");
    }
  });

  it("uses no module syntax, require or timer", () => {
    const source = code();
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
    expect(source).not.toMatch(/\brequire\s*\(/);
    expect(source).not.toMatch(/\b(setTimeout|setInterval|setImmediate)\s*\(/);
  });
});

describe("the manifest", () => {
  const manifest = () => JSON.parse(readFileSync(join(distDir(), "appsscript.json"), "utf8"));

  it("runs on V8 in Asia/Ho_Chi_Minh", () => {
    expect(manifest().runtimeVersion).toBe("V8");
    expect(manifest().timeZone).toBe("Asia/Ho_Chi_Minh");
  });

  it("asks for exactly the current spreadsheet, its UI, documents and the files the add-on made", () => {
    expect([...manifest().oauthScopes].sort()).toEqual([
      "https://www.googleapis.com/auth/documents",
      "https://www.googleapis.com/auth/drive.file",
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
    ]);
  });
});

describe("clasp: two deployments, each pushing exactly dist/", () => {
  const root = resolve(import.meta.dirname, "..");
  const clasp = (...args: string[]) =>
    execFileSync(resolve(root, "node_modules/.bin/clasp"), args, {
      cwd: root,
      encoding: "utf8",
      timeout: 60_000,
    });

  for (const target of Object.keys(TARGETS) as Target[]) {
    const file = TARGETS[target].file;
    it(`${target}: clasp -P ${file} status lists exactly the files of dist/ (offline)`, () => {
      const status = JSON.parse(clasp("-P", file, "status", "--json")) as {
        filesToPush: string[];
      };
      const dist = readdirSync(resolve(root, "dist")).map((f) => `dist/${f}`);
      expect([...status.filesToPush].sort()).toEqual(dist.sort());
    });

    it(`${target}: npm run push -- ${target} runs every test, then clasp push --force on ${file}`, () => {
      expect(pushCommands(target)).toEqual([
        ["npm", "test"],
        ["npx", "clasp", "-P", file, "push", "--force"],
      ]);
    });
  }

  it("refuses to push before a project file holds a real scriptId, and says how to make one", () => {
    const dir = mkdtempSync(join(tmpdir(), "clasp-"));
    const write = (target: Target, project: object) =>
      writeFileSync(join(dir, TARGETS[target].file), JSON.stringify(project));
    for (const target of Object.keys(TARGETS) as Target[]) {
      write(target, { scriptId: "REPLACE_WITH_YOUR_SCRIPT_ID", rootDir: "dist" });
      expect(projectProblem(target, dir)).toContain(TARGETS[target].create);
    }
    write("addon", { scriptId: "1AbC", rootDir: "dist" });
    expect(projectProblem("addon", dir)).toBeUndefined();
    write("addon", { scriptId: "1AbC", rootDir: "." });
    expect(projectProblem("addon", dir)).toContain('"rootDir" must be "dist"');
  });

  it("npm run push without a target lists the targets and pushes nothing", () => {
    const run = spawnSync(resolve(root, "node_modules/.bin/tsx"), ["tools/push.ts"], {
      cwd: root,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("npm run push -- <target>");
    for (const target of Object.keys(TARGETS)) expect(run.stderr).toContain(target);
    expect(run.stdout).not.toContain("clasp");
  });
});
