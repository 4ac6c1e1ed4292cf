/**
 * Writes every Google Doc of a runtime's Drive as a self-contained .html file a person can open,
 * in folders mirroring Drive ("Đi cơ sở – Văn bản/2019/…"), drawn from what the document itself
 * holds and nothing else: its page size and margins, each paragraph's font, size, emphasis,
 * alignment, first-line indent, spacing and page breaks, each table's borders and column widths.
 * A document without a style shows as Google Docs would show it (US Letter, 1-inch margins,
 * Arial 11). Returns the paths written.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import {
  type BodyChild,
  DEFAULT_PAGE,
  DOC_MIME,
  type DriveFileModel,
  type DriveStore,
  driveStoreOf,
  type ParagraphModel,
  type TableModel,
  type TextStyle,
} from "../gas-runtime/drive-app.ts";
import type { Runtime } from "../gas-runtime/index.ts";
import { isInside, safeFileName } from "./file-names.ts";

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** What Google Docs uses for text that was given no style. */
const DOCS_DEFAULT: TextStyle = { fontFamily: "Arial", fontSize: 11 };

function paragraph(p: ParagraphModel, base: TextStyle): string {
  const s = { ...DOCS_DEFAULT, ...base, ...p.style };
  const para = p.paragraph ?? {};
  const parts = [
    `font-family:'${s.fontFamily}',serif`,
    `font-size:${s.fontSize}pt`,
    `margin:${para.spaceAbove ?? 0}pt 0 ${para.spaceBelow ?? 0}pt ${para.indentStart ?? 0}pt`,
    `text-indent:${para.indentFirstLine ?? 0}pt`,
    `line-height:${((para.lineSpacing ?? 100) / 100) * 1.15}`,
  ];
  if (s.bold) parts.push("font-weight:bold");
  if (s.italic) parts.push("font-style:italic");
  if (s.underline) parts.push("text-decoration:underline");
  if (p.align) parts.push(`text-align:${p.align.toLowerCase()}`);
  if (para.pageBreakBefore) parts.push("break-before:page;border-top:1px dashed #999");
  const text = p.text === "" ? "&nbsp;" : esc(p.text);
  return `<p style="${parts.join(";")}">${text}</p>`;
}

function table(t: TableModel, base: TextStyle): string {
  const border = t.borderWidth > 0 ? `${t.borderWidth}pt solid #000` : "none";
  const columns = t.rows[0]?.cells.length ?? 0;
  const cols = Array.from({ length: columns }, (_v, i) => {
    const w = t.columnWidths?.[i];
    return w == null ? "<col>" : `<col style="width:${w}pt">`;
  }).join("");
  const fixed = t.columnWidths?.some((w) => w != null) ?? false;
  const rows = t.rows
    .map(
      (r) =>
        `<tr>${r.cells
          .map(
            (cell) =>
              `<td style="border:${border};vertical-align:top;padding:2pt 5pt">${cell.children
                .map((p) => paragraph(p, { ...base, ...t.style }))
                .join("")}</td>`,
          )
          .join("")}</tr>`,
    )
    .join("\n");
  return `<table style="border-collapse:collapse;${fixed ? "table-layout:fixed" : "width:100%"}"><colgroup>${cols}</colgroup>${rows}</table>`;
}

function child(c: BodyChild, base: TextStyle): string {
  return c.type === "PARAGRAPH" ? paragraph(c, base) : table(c, base);
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
    const page = doc.page ?? DEFAULT_PAGE;
    const html = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${esc(file.name)}</title>
<style>
@page{size:${page.width}pt ${page.height}pt;margin:${page.marginTop}pt ${page.marginRight}pt ${page.marginBottom}pt ${page.marginLeft}pt}
html{background:#eee}
body{margin:0}
.page{background:#fff;width:${page.width - page.marginLeft - page.marginRight}pt;min-height:${page.height - page.marginTop - page.marginBottom}pt;margin:12pt auto;padding:${page.marginTop}pt ${page.marginRight}pt ${page.marginBottom}pt ${page.marginLeft}pt;box-shadow:0 0 4pt #999}
@media print{html{background:none}.page{margin:0;padding:0;box-shadow:none}}
</style>
</head><body><div class="page">
${doc.body.map((c) => child(c, doc.style)).join("\n")}
</div></body></html>
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
