/**
 * Type-checks files of one of the project's tsconfig.json programs with some files replaced or
 * added in memory (the files on disk are never touched), and returns their errors as text.
 * Only the files asked about are checked, and parsed files are kept between calls, so that a
 * test can try several variants of a program in a few seconds.
 */
import { resolve } from "node:path";
import ts from "typescript";

const root = resolve(import.meta.dirname, "../..");
const parsedFiles = new Map<string, ts.SourceFile>();

export function typeErrors(
  tsconfig: string,
  files: Readonly<Record<string, string>>,
  checked: readonly string[],
): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    resolve(root, tsconfig),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${tsconfig}`);
  const replaced = new Map(Object.entries(files).map(([p, text]) => [resolve(root, p), text]));
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => replaced.get(resolve(name)) ?? readFile(name);
  host.fileExists = (name) => replaced.has(resolve(name)) || fileExists(name);
  host.getSourceFile = (name, version, ...rest) => {
    const path = resolve(name);
    const text = replaced.get(path);
    if (text !== undefined) return ts.createSourceFile(path, text, version);
    const known = parsedFiles.get(path);
    if (known) return known;
    const file = getSourceFile(name, version, ...rest);
    if (file) parsedFiles.set(path, file);
    return file;
  };
  const rootNames = [...new Set([...parsed.fileNames, ...replaced.keys()])];
  const program = ts.createProgram({ rootNames, options: parsed.options, host });
  return checked.flatMap((name) => {
    const file = program.getSourceFile(resolve(root, name));
    if (!file) throw new Error(`${name} is not in ${tsconfig}`);
    return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map(
      (d) => {
        const { line } = file.getLineAndCharacterOfPosition(d.start ?? 0);
        return `${name}:${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      },
    );
  });
}
