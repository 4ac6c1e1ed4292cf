/**
 * Builds each page of src/pages/ (sidebar, dialogs) into one self-contained dist/<name>.html:
 * the page's script (src/pages/<name>/main.ts) bundled by esbuild and its CSS inlined, no CDN.
 * A page is a folder holding index.html with the markers <!-- STYLE --> and <!-- SCRIPT -->,
 * style.css (optional; it may @import what the pages share from src/pages/shared) and main.ts.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const pagesDir = resolve(dirname(fileURLToPath(import.meta.url)), "../src/pages");

export async function buildPages(dist: string): Promise<string[]> {
  if (!existsSync(pagesDir)) return [];
  const names = readdirSync(pagesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(pagesDir, d.name, "index.html")))
    .map((d) => d.name)
    .sort();
  for (const name of names) {
    const dir = join(pagesDir, name);
    const html = readFileSync(join(dir, "index.html"), "utf8");
    // The CSS with its @import-ed files (src/pages/shared) inlined by esbuild.
    const css = existsSync(join(dir, "style.css"))
      ? ((
          await build({
            entryPoints: [join(dir, "style.css")],
            bundle: true,
            charset: "utf8",
            legalComments: "none",
            write: false,
            logLevel: "warning",
          })
        ).outputFiles[0]?.text ?? "")
      : "";
    let js = "";
    if (existsSync(join(dir, "main.ts"))) {
      const out = await build({
        entryPoints: [join(dir, "main.ts")],
        bundle: true,
        format: "iife",
        target: "es2019",
        platform: "browser",
        minify: true,
        charset: "utf8",
        legalComments: "none",
        write: false,
        logLevel: "warning",
      });
      js = out.outputFiles[0]?.text ?? "";
    }
    // "</script" inside the inlined code would end the element early.
    const safeJs = js.replace(/<\/script/gi, "<\\/script");
    const page = html
      .replace("<!-- STYLE -->", () => `<style>\n${css}</style>`)
      .replace("<!-- SCRIPT -->", () => `<script>\n${safeJs}</script>`);
    writeFileSync(join(dist, `${name}.html`), page);
  }
  return names;
}
