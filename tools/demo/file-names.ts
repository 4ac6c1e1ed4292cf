/**
 * Names of the files the demo writes, made from names it does not control (the input file's,
 * Drive folders' and documents' titles, which hold cadres' names as typed in the sheet). A
 * name becomes one safe path component: no separator, no "." or "..", no control or invisible
 * character, none of the characters Windows refuses, no reserved device name, and at most
 * MAX_NAME_BYTES bytes of UTF-8 (file systems allow 255). A name that would climb out of a
 * folder (dot-dot, slash) stays inside the output folder; a 100 000-character name is written.
 */
import { createHash } from "node:crypto";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { withoutInvisible } from "../../src/core/text.ts";

/** Bytes of one name before its extension: well under 255 with any extension and suffix. */
export const MAX_NAME_BYTES = 150;

const FORBIDDEN = /[/\\:*?"<>|\p{Cc}]/gu;
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\..*)?$/i;

/** The longest start of `text` whose UTF-8 form fits in `bytes`, never cutting a character. */
function fitBytes(text: string, bytes: number): string {
  let used = 0;
  let end = 0;
  for (const ch of text) {
    const size = Buffer.byteLength(ch, "utf8");
    if (used + size > bytes) break;
    used += size;
    end += ch.length;
  }
  return text.slice(0, end);
}

/**
 * `name` as one safe file or folder name (without extension). A name cut short ends with "…"
 * and 8 hexadecimal digits of the whole name's SHA-256, so two long names stay two files.
 */
export function safeFileName(name: string, maxBytes = MAX_NAME_BYTES): string {
  let text = withoutInvisible(name)
    .normalize("NFC")
    .replace(FORBIDDEN, "_")
    .replace(/\s+/g, " ")
    .trim()
    // Windows drops trailing dots and spaces; a leading dot hides the file on Unix.
    .replace(/^[.\s]+|[.\s]+$/g, "");
  if (text === "") text = "_";
  if (RESERVED.test(text)) text = `_${text}`;
  if (Buffer.byteLength(text, "utf8") <= maxBytes) return text;
  const hash = createHash("sha256").update(name).digest("hex").slice(0, 8);
  const tail = `…${hash}`;
  return `${fitBytes(text, maxBytes - Buffer.byteLength(tail, "utf8")).trimEnd()}${tail}`;
}

/** Whether `path` is `dir` itself or lies inside it (after resolving "." and ".."). */
export function isInside(dir: string, path: string): boolean {
  const rel = relative(resolve(dir), resolve(path));
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
