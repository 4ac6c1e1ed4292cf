/**
 * The boundaries of src/ (docs/ARCHITECTURE.md): the core knows no Apps Script, DOM or Node
 * global (its own tsconfig.json), the commands reach Apps Script only through the adapters,
 * the entry points are one record the compiler holds everything to, and the map names every
 * module. Layers and import cycles are dependency-cruiser's (.dependency-cruiser.cjs).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { typeErrors } from "./support/typecheck";

const root = resolve(import.meta.dirname, "..");

function filesUnder(dir: string, ext = ".ts"): string[] {
  return readdirSync(resolve(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dir, f).split("\\").join("/"))
    .sort();
}

/** The globals of Apps Script: its services' declarations, and those the adapters declare. */
function appsScriptGlobals(): Set<string> {
  const typesDir = resolve(root, "node_modules/@types/google-apps-script");
  const names = new Set<string>(["GoogleAppsScript"]);
  for (const f of readdirSync(typesDir).filter((n) => n.endsWith(".d.ts"))) {
    for (const m of readFileSync(join(typesDir, f), "utf8").matchAll(/^declare var (\w+)/gm)) {
      names.add(m[1]!);
    }
  }
  for (const f of filesUnder("src/adapters")) {
    for (const m of readFileSync(resolve(root, f), "utf8").matchAll(/^declare const (\w+)/gm)) {
      names.add(m[1]!);
    }
  }
  // The language's own, which Apps Script's types declare again.
  names.delete("Date");
  names.delete("console");
  return names;
}

/** The identifiers of `file` that name one of `globals` (not a property or a local name). */
function globalsNamed(file: string, globals: ReadonlySet<string>): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(resolve(root, file), "utf8"),
    ts.ScriptTarget.Latest,
    true,
  );
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && globals.has(node.text)) {
      const parent = node.parent;
      const isMember =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isQualifiedName(parent) && parent.right === node) ||
        ((ts.isPropertyAssignment(parent) ||
          ts.isPropertySignature(parent) ||
          ts.isMethodDeclaration(parent)) &&
          parent.name === node);
      if (!isMember) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${file}:${line + 1} ${node.text}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Commands that still call Apps Script services directly, each to be moved behind the adapters
 * (then taken off this list: the test fails when a listed one no longer needs it). An entry
 * names a module without ".ts", or a folder of modules.
 */
const NOT_YET_BEHIND_ADAPTERS: readonly string[] = [];

/** `path` is the module `listed` names: the file itself, or any module of its folder. */
const isListed = (path: string, listed: string) =>
  path === `${listed}.ts` || path.startsWith(`${listed}/`);

describe("the commands reach Apps Script only through the adapters", () => {
  const globals = appsScriptGlobals();
  const appFiles = filesUnder("src/app");

  it("knows the services to look for", () => {
    for (const name of ["SpreadsheetApp", "PropertiesService", "LockService", "HtmlService"]) {
      expect(globals.has(name), name).toBe(true);
    }
    expect(globals.has("Drive")).toBe(true);
  });

  it("src/app names no Apps Script global, value or type", () => {
    const found = appFiles
      .filter((f) => !NOT_YET_BEHIND_ADAPTERS.some((x) => isListed(f, x)))
      .flatMap((f) => globalsNamed(f, globals));
    expect(found).toEqual([]);
  });

  it("lists only modules that still need it", () => {
    for (const listed of NOT_YET_BEHIND_ADAPTERS) {
      const files = appFiles.filter((f) => isListed(f, listed));
      const uses = files.flatMap((f) => globalsNamed(f, globals));
      expect(
        uses.length,
        `${listed} calls no service directly: take it off the list`,
      ).toBeGreaterThan(0);
    }
  });

  it("finds a service named in a command, and not a property of the same name", () => {
    const probe = "tests/fixtures/architecture-probe.ts";
    expect(globalsNamed(probe, globals)).toEqual([
      `${probe}:3 SpreadsheetApp`,
      `${probe}:6 GoogleAppsScript`,
    ]);
  });
});

describe("each part of src/ type-checks with only the globals it may use", () => {
  it("an Apps Script, DOM or Node global in the core fails the core's check", () => {
    const probe = "src/core/probe.ts";
    const errors = typeErrors(
      "src/core/tsconfig.json",
      {
        [probe]:
          "export const probe = () => [SpreadsheetApp.getActive(), document.title, process.pid];\n",
      },
      [probe],
    );
    expect(errors.join("\n")).toMatch(/Cannot find name 'SpreadsheetApp'/);
    expect(errors.join("\n")).toMatch(/Cannot find name 'document'/);
    expect(errors.join("\n")).toMatch(/Cannot find name 'process'/);
  });

  it("an Apps Script global in a page fails the pages' check", () => {
    const probe = "src/pages/probe.ts";
    const errors = typeErrors(
      "src/pages/tsconfig.json",
      { [probe]: "export const probe = () => HtmlService.createHtmlOutput();\n" },
      [probe],
    );
    expect(errors.join("\n")).toMatch(/Cannot find name 'HtmlService'/);
  });
});

describe("the entry points are one record", () => {
  it("fails the check when src/entry.ts exports a name the record lacks, or lacks one", () => {
    const entry = readFileSync(resolve(root, "src/entry.ts"), "utf8");
    const check = ["src/entry-check.ts"];
    expect(typeErrors("src/tsconfig.json", {}, check)).toEqual([]);
    const extra = typeErrors(
      "src/tsconfig.json",
      { "src/entry.ts": `${entry}\nexport { buildMenu } from "./app/menu";\n` },
      check,
    );
    expect(extra.join("\n")).toMatch(/Property 'buildMenu' is missing/);
    expect(entry).toMatch(/export \{ menuSetUp \} from "\.\/app\/setup";/);
    const missing = typeErrors(
      "src/tsconfig.json",
      { "src/entry.ts": entry.replace(/export \{ menuSetUp \} from "\.\/app\/setup";/, "") },
      check,
    );
    expect(missing.join("\n")).toMatch(/Property 'menuSetUp' is missing/);
  });

  it("fails the check when the menu names a function that is not a menu entry point", () => {
    const menu = readFileSync(resolve(root, "src/app/menu.ts"), "utf8");
    expect(menu).toContain('functionName: "menuSetUp"');
    const errors = typeErrors(
      "src/tsconfig.json",
      { "src/app/menu.ts": menu.replace('functionName: "menuSetUp"', 'functionName: "menuSetup"') },
      ["src/app/menu.ts"],
    );
    expect(errors.join("\n")).toMatch(/"menuSetup"/);
  });
});

/** Modules over 400 lines still to be split (biome.json exempts their functions alike). */
const STILL_TO_SPLIT: readonly string[] = [];

describe("modules of src/ stay small", () => {
  const lines = (f: string) => readFileSync(resolve(root, f), "utf8").split("\n").length - 1;

  it("has no module over 400 lines", () => {
    const long = filesUnder("src")
      .filter((f) => !STILL_TO_SPLIT.includes(f))
      .filter((f) => lines(f) > 400);
    expect(long).toEqual([]);
  });

  it("exempts only modules that are still long", () => {
    for (const f of STILL_TO_SPLIT.filter((x) => filesUnder("src").includes(x))) {
      expect(lines(f), `${f} is short now: take it off STILL_TO_SPLIT`).toBeGreaterThan(400);
    }
  });
});

describe("docs/ARCHITECTURE.md", () => {
  const map = readFileSync(resolve(root, "docs/ARCHITECTURE.md"), "utf8");
  /** The modules of the map's table: its rows that start with a module's path. */
  const mapped = [...map.matchAll(/^\| `([\w./-]+\.ts)` \| \S/gm)].map((m) => m[1]!);
  const modules = filesUnder("src")
    .filter((f) => !f.endsWith(".d.ts"))
    .map((f) => relative("src", f).split("\\").join("/"));

  it("gives every module of src/ its line in the module map", () => {
    expect(
      modules.filter((m) => !mapped.includes(m)),
      "add a line for each to the map",
    ).toEqual([]);
  });

  it("names no module that is gone, and none twice", () => {
    expect(mapped.filter((m) => !modules.includes(m))).toEqual([]);
    expect(new Set(mapped).size).toBe(mapped.length);
  });
});
