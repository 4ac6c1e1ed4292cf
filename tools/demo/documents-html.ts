/**
 * Writes every Google Doc of a runtime's Drive as a self-contained .html file a person can open
 * (Times New Roman, the borderless two-column header, tables, bold/italic/alignment as set),
 * in folders mirroring Drive ("Đi cơ sở – Văn bản/2019/…"). Returns the paths written.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import {
  type BodyChild,
  DOC_MIME,
  type DriveFileModel,
  type DriveStore,
  driveStoreOf,
  type ParagraphModel,
  type TextStyle,
} from "../gas-runtime/drive-app.ts";
import type { Runtime } from "../gas-runtime/index.ts";
import { isInside, safeFileName } from "./file-names.ts";

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function css(style: TextStyle, base: TextStyle, align?: string): string {
  const s = { ...base, ...style };
  const parts: string[] = [];
  if (s.bold) parts.push("font-weight:bold");
  if (s.italic) parts.push("font-style:italic");
  if (s.underline) parts.push("text-decoration:underline");
  if (s.fontSize) parts.push(`font-size:${s.fontSize}pt`);
  if (s.fontFamily) parts.push(`font-family:'${s.fontFamily}',serif`);
  if (align) parts.push(`text-align:${align.toLowerCase()}`);
  return parts.join(";");
}

function paragraph(p: ParagraphModel, base: TextStyle): string {
  const text = p.text === "" ? "&nbsp;" : esc(p.text);
  return `<p style="${css(p.style, base, p.align)}">${text}</p>`;
}

function child(c: BodyChild, base: TextStyle): string {
  if (c.type === "PARAGRAPH") return paragraph(c, base);
  const border = c.borderWidth > 0 ? "1px solid #000" : "none";
  const rows = c.rows
    .map(
      (r) =>
        `<tr>${r.cells
          .map(
            (cell) =>
              `<td style="border:${border};vertical-align:top;padding:2pt 4pt">${cell.children
                .map((p) => paragraph(p, base))
                .join("")}</td>`,
          )
          .join("")}</tr>`,
    )
    .join("\n");
  return `<table style="width:100%;border-collapse:collapse">${rows}</table>`;
}

/**
 * The names from Drive's root down to `file` (its folders, then its own name), each as Drive
 * holds it: a name may contain "/" or be "..", so the chain is walked, never a joined path split.
 */
function folderNames(drive: DriveStore, file: DriveFileModel): string[] {
  const names: string[] = [];
  let f: DriveFileModel | undefined = file;
  while (f && names.length < 100) {
    names.unshift(f.name);
    const parent: string | undefined = f.parents[0];
    f = parent && parent !== drive.rootId ? drive.files.get(parent) : undefined;
  }
  return names;
}

/** `base`.html, or `base` (2).html … when two documents have the same name in one folder. */
function uniquePath(base: string, taken: Set<string>): string {
  let path = `${base}.html`;
  for (let n = 2; taken.has(path); n += 1) path = `${base} (${n}).html`;
  taken.add(path);
  return path;
}

export function writeDocumentsHtml(rt: Runtime, outDir: string): string[] {
  const drive = driveStoreOf(rt.internals);
  const written: string[] = [];
  const taken = new Set<string>();
  for (const file of drive.files.values()) {
    if (file.mimeType !== DOC_MIME || file.trashed) continue;
    const doc = drive.docs.get(file.id);
    if (!doc) continue;
    const base: TextStyle = { fontFamily: "Times New Roman", fontSize: 13, ...doc.style };
    const html = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${esc(file.name)}</title>
<style>body{font-family:'Times New Roman',serif;font-size:13pt;max-width:21cm;margin:2cm auto;padding:0 2cm 0 3cm}p{margin:0 0 3pt}</style>
</head><body>
${doc.body.map((c) => child(c, base)).join("\n")}
</body></html>
`;
    const path = uniquePath(
      join(outDir, ...folderNames(drive, file).map((n) => safeFileName(n))),
      taken,
    );
    if (!isInside(outDir, path)) throw new Error(`"${path}" is outside "${outDir}"`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, html);
    written.push(path);
  }
  return written;
}
