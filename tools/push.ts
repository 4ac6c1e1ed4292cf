/**
 * `npm run push -- <target>`: runs every test (which builds dist/), then uploads dist/ to one of
 * the add-on's two Apps Script projects with clasp:
 *   bound   .clasp.bound.json   the script bound to the department's own spreadsheet
 *   addon   .clasp.addon.json   the standalone project published as an Editor add-on
 * `clasp -P <file>` picks the project file; `push --force` replaces every file of the remote
 * project with dist/ and overwrites its manifest without asking (README, "Deploying").
 * `--dry-run` prints the commands instead of running them.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export const TARGETS = {
  bound: {
    file: ".clasp.bound.json",
    what: "the script bound to the department's spreadsheet",
    create: 'npx clasp create --type sheets --title "Đi cơ sở" --rootDir dist',
  },
  addon: {
    file: ".clasp.addon.json",
    what: "the standalone Editor add-on project",
    create: 'npx clasp create --type standalone --title "Đi cơ sở" --rootDir dist',
  },
} as const;
export type Target = keyof typeof TARGETS;

/** The scriptId committed in the project files until a deployment writes its own. */
export const PLACEHOLDER = /^REPLACE_WITH_/;

/** The commands a push runs, in order. */
export function pushCommands(target: Target): string[][] {
  return [
    ["npm", "test"],
    ["npx", "clasp", "-P", TARGETS[target].file, "push", "--force"],
  ];
}

/** Why `target`'s project file cannot be pushed to yet, or undefined when it can. */
export function projectProblem(target: Target, dir = root): string | undefined {
  const { file, create } = TARGETS[target];
  let project: { scriptId?: unknown; rootDir?: unknown };
  try {
    project = JSON.parse(readFileSync(join(dir, file), "utf8"));
  } catch (error) {
    return `${file} cannot be read (${error instanceof Error ? error.message : String(error)}).`;
  }
  if (project.rootDir !== "dist") return `${file}: "rootDir" must be "dist".`;
  if (typeof project.scriptId !== "string" || PLACEHOLDER.test(project.scriptId)) {
    return [
      `${file} has no scriptId yet. Create the Apps Script project once:`,
      `  ${create}`,
      `then copy the "scriptId" of the .clasp.json it writes into ${file} and delete .clasp.json`,
      "(or put the scriptId of an existing project there).",
    ].join("\n");
  }
  return undefined;
}

function usage(): string {
  const lines = Object.entries(TARGETS).map(
    ([name, t]) => `  ${name.padEnd(6)} ${t.what} (${t.file})`,
  );
  return ["Usage: npm run push -- <target> [--dry-run]", "Targets:", ...lines].join("\n");
}

function main(argv: readonly string[]): number {
  const dryRun = argv.includes("--dry-run");
  const names = argv.filter((a) => !a.startsWith("--"));
  const target = names[0];
  if (names.length !== 1 || target === undefined || !(target in TARGETS)) {
    console.error(usage());
    return 1;
  }
  const problem = projectProblem(target as Target);
  if (problem) {
    console.error(problem);
    return 2;
  }
  for (const [command, ...args] of pushCommands(target as Target)) {
    console.log(`> ${[command, ...args].join(" ")}`);
    if (dryRun) continue;
    const run = spawnSync(command as string, args, { cwd: root, stdio: "inherit" });
    if (run.status !== 0) return run.status ?? 1;
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
