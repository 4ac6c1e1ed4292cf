/**
 * The repository is complete in itself: whoever clones it has every file its documentation and
 * its comments point to. A Markdown link (in a .md file or in a code comment) and a relative
 * path written in a comment must stay inside the repository; a Markdown link inside it must name
 * a file that exists. Web links (https:, mailto:) are not checked here.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "..");

/** Every file of the repository: tracked, or new and not ignored. */
function repositoryFiles(): string[] {
  const out = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return [...new Set(out.split("\n").filter((f) => f !== "" && existsSync(join(ROOT, f))))];
}

/** Targets of Markdown links and images, inline or as reference definitions. */
function markdownTargets(text: string): string[] {
  const targets: string[] = [];
  for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    targets.push(m[1] as string);
  }
  for (const m of text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) {
    targets.push(m[1] as string);
  }
  return targets;
}

/** Relative paths written in prose that climb a folder: `../shared/spec/rules.md`. */
function climbingPaths(text: string): string[] {
  return [...text.matchAll(/(?<![\w/.-])((?:\.\.?\/)*\.\.\/[^\s'"`)\]}>,;]*)/g)].map(
    (m) => m[1] as string,
  );
}

/** Where `target`, written in `file` (relative to the root), leads: a repository path or null. */
function resolveTarget(file: string, target: string): string | null | "web" {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) && !/^file:/i.test(target)) return "web";
  if (target.startsWith("#")) return file;
  if (/^file:/i.test(target)) return null;
  const path = decodeURI(target.replace(/[#?].*$/, ""));
  if (path === "") return file;
  // A leading "/" is the repository's root, as on a code host's page.
  const absolute = path.startsWith("/") ? join(ROOT, path) : resolve(ROOT, dirname(file), path);
  const inside = relative(ROOT, absolute);
  if (inside.startsWith("..") || isAbsolute(inside)) return null;
  return inside === "" ? "." : inside;
}

/** The comments of a TypeScript or JavaScript source, each once. */
function codeComments(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found = new Map<number, string>();
  const take = (ranges: ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) found.set(r.pos, text.slice(r.pos, r.end));
  };
  const visit = (node: ts.Node) => {
    take(ts.getLeadingCommentRanges(text, node.getFullStart()));
    take(ts.getTrailingCommentRanges(text, node.getEnd()));
    take(ts.getLeadingCommentRanges(text, node.getEnd()));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...found.values()];
}

/** The comments of a stylesheet or an HTML page. */
function markupComments(text: string): string[] {
  return [...text.matchAll(/\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->/g)].map((m) => m[0]);
}

const CODE = /\.(?:[cm]?[jt]sx?)$/;
const MARKUP = /\.(?:css|html?)$/;

interface Finding {
  file: string;
  target: string;
  problem: "outside" | "missing";
}

function findings(file: string, text: string): Finding[] {
  const out: Finding[] = [];
  // Parsing is needed only where a path or a link appears outside the module specifiers.
  const unparsed = text.replace(/(?:from|import)\s*\(?\s*["'][^"'\n]*["']/g, "");
  const worthParsing = /\.\.\/|\]\(|\]:|file:/i.test(unparsed);
  const comments = CODE.test(file)
    ? worthParsing
      ? codeComments(file, text)
      : []
    : MARKUP.test(file)
      ? markupComments(text)
      : [];
  const links = file.endsWith(".md") ? markdownTargets(text) : comments.flatMap(markdownTargets);
  const paths = comments.flatMap(climbingPaths);
  for (const target of links) {
    const to = resolveTarget(file, target);
    if (to === "web") continue;
    if (to === null) out.push({ file, target, problem: "outside" });
    else if (!existsSync(join(ROOT, to))) out.push({ file, target, problem: "missing" });
  }
  for (const target of paths) {
    if (resolveTarget(file, target) === null) out.push({ file, target, problem: "outside" });
  }
  return out;
}

describe("links stay inside the repository", () => {
  const files = repositoryFiles().filter((f) => /\.md$/.test(f) || CODE.test(f) || MARKUP.test(f));

  it("reads the documentation and the sources", () => {
    expect(files).toContain("README.md");
    expect(files).toContain("docs/sheet-contract.md");
    expect(files).toContain("docs/rules.md");
    expect(files).toContain("CHANGELOG.md");
    expect(files.filter((f) => f.startsWith("src/") && CODE.test(f)).length).toBeGreaterThan(20);
  });

  it("no Markdown link or code comment points outside it, and every link names a file", () => {
    const found = files.flatMap((f) => findings(f, readFileSync(join(ROOT, f), "utf8")));
    expect(found).toEqual([]);
  });

  it("tells a link that leaves the repository from one that stays", () => {
    expect(findings("README.md", "[spec](../shared/spec/rules.md)")).toEqual([
      { file: "README.md", target: "../shared/spec/rules.md", problem: "outside" },
    ]);
    expect(findings("docs/rules.md", "[readme](../README.md) [web](https://example.com)")).toEqual(
      [],
    );
    expect(findings("docs/rules.md", "[gone](no-such-file.md)")).toEqual([
      { file: "docs/rules.md", target: "no-such-file.md", problem: "missing" },
    ]);
    expect(findings("README.md", "[local](file:///etc/hosts)")[0]?.problem).toBe("outside");
  });

  it("reads paths in comments, not in code", () => {
    const source = [
      'import { x } from "../../shared/rpc";',
      "/** The contract (../../../shared/spec/sheet-contract.md). */",
      "const a = 1; // see ../../../seed/plan.txt",
      "const re = /..\\/x/; /* [rules](../../docs/rules.md) */",
    ].join("\n");
    expect(findings("src/app/x.ts", source).map((f) => [f.target, f.problem])).toEqual([
      ["../../../shared/spec/sheet-contract.md", "outside"],
      ["../../../seed/plan.txt", "outside"],
    ]);
    expect(findings("src/pages/x/style.css", "/* ../../../../x */")).toHaveLength(1);
  });
});
