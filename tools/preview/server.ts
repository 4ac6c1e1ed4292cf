/**
 * A local stand-in for the Sheets sidebar: serves the BUILT dist/sidebar.html on 127.0.0.1
 * with a `google.script.run` shim injected, whose calls are POSTed here and run by the same
 * built bundle (dist/Code.js) loaded in the local Apps Script runtime (`rt.run(name, …args)`).
 * Used by the browser tests (tests/browser) and by `npm run preview` (tools/preview/main.ts).
 *
 *   GET  /sidebar      the sidebar page exactly as built, plus the shim in <head>
 *   POST /rpc          { fn, args } → { ok: true, value } | { ok: false, message }
 *   GET  /             (preview) the workbook's tabs as a grid beside a 300 px sidebar frame
 *   GET  /api/workbook (preview) the tabs' displayed values and the selection
 *   POST /api/select   (preview) { sheet, a1 } → moves the selection, as a click in Sheets
 *
 * google.script.run semantics kept by the shim: only the script's top-level functions exist;
 * a call runs asynchronously; success and failure handlers (and withUserObject) as documented;
 * arguments or results holding a Date, a function or a DOM element make the call fail; the
 * failure handler receives an Error whose message is the server's.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Runtime } from "../gas-runtime/index.ts";

export interface PreviewOptions {
  runtime: Runtime;
  /** The build whose sidebar.html and Code.js are served / run (the runtime loaded it). */
  distDir: string;
  /** 0 = a free port (default). */
  port?: number;
  /** Delay of each server call, to show the page's loading states (preview only). */
  latencyMs?: number;
}

export interface PreviewServer {
  url: string;
  /** Address of the sidebar page itself. */
  sidebarUrl: string;
  /** Every server call the page made, in order, with its outcome. */
  calls: { fn: string; args: unknown[]; ok: boolean; message?: string }[];
  close(): Promise<void>;
}

/** The names of the top-level functions of the built script (what google.script.run offers). */
export function topLevelFunctions(distDir: string): string[] {
  const code = readFileSync(join(distDir, "Code.js"), "utf8");
  return [...code.matchAll(/^function ([A-Za-z_$][\w$]*)\s*\(/gm)]
    .map((m) => m[1] as string)
    .filter((n) => !n.endsWith("_"));
}

/** Where a value holds something google.script.run cannot carry; undefined when it is fine. */
export function illegalValue(
  value: unknown,
  path = "value",
  seen = new Set<object>(),
): string | undefined {
  if (value === null || value === undefined) return undefined;
  const type = typeof value;
  if (type === "string" || type === "number" || type === "boolean") return undefined;
  if (type === "function") return `${path} is a function`;
  if (type !== "object") return `${path} is a ${type}`;
  const tag = Object.prototype.toString.call(value);
  if (tag === "[object Date]") return `${path} is a Date (send "dd/MM/yyyy" or an ISO string)`;
  const obj = value as object;
  if (seen.has(obj)) return `${path} is a circular reference`;
  seen.add(obj);
  if (Array.isArray(obj)) {
    for (let i = 0; i < obj.length; i += 1) {
      const bad = illegalValue(obj[i], `${path}[${i}]`, seen);
      if (bad) return bad;
    }
  } else {
    if (tag !== "[object Object]") return `${path} is a ${tag.slice(8, -1)}`;
    for (const [k, v] of Object.entries(obj)) {
      const bad = illegalValue(v, `${path}.${k}`, seen);
      if (bad) return bad;
    }
  }
  seen.delete(obj);
  return undefined;
}

/** The browser side of google.script.run, google.script.host and google.script.url. */
export function shimScript(functionNames: readonly string[]): string {
  return `<script>
(function () {
  "use strict";
  var NAMES = ${JSON.stringify(functionNames)};
  function illegal(v, path, depth) {
    if (v === null || v === undefined) return "";
    var t = typeof v;
    if (t === "string" || t === "number" || t === "boolean") return "";
    if (t === "function") return path + " is a function";
    if (v instanceof Date) return path + " is a Date";
    if (typeof Node !== "undefined" && v instanceof Node) return path + " is a DOM element";
    if (depth > 50) return path + " is too deep (circular?)";
    for (var k in v) if (Object.prototype.hasOwnProperty.call(v, k)) {
      var bad = illegal(v[k], path + "." + k, depth + 1);
      if (bad) return bad;
    }
    return "";
  }
  function runner(success, failure, userObject) {
    var r = {
      withSuccessHandler: function (f) { return runner(f, failure, userObject); },
      withFailureHandler: function (f) { return runner(success, f, userObject); },
      withUserObject: function (o) { return runner(success, failure, o); }
    };
    function fail(err) {
      if (failure) failure(err, userObject); else console.error(err);
    }
    NAMES.forEach(function (name) {
      r[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        var bad = illegal(args, "argument", 0);
        if (bad) { setTimeout(function () { fail(new Error("Invalid argument: " + bad)); }, 0); return; }
        fetch("/rpc", { method: "POST", headers: { "content-type": "application/json" },
                        body: JSON.stringify({ fn: name, args: args }) })
          .then(function (res) { return res.json(); })
          .then(function (out) {
            if (out.ok) { if (success) success(out.value, userObject); }
            else fail(new Error(out.message));
          }, function () { fail(new Error("NetworkError: Connection failure due to HTTP 0")); });
      };
    });
    return r;
  }
  var host = {
    close: function () { window.__sidebarClosed = true; },
    setHeight: function () {}, setWidth: function () {},
    editor: { focus: function () {} },
    origin: location.origin
  };
  var url = { getLocation: function (cb) { cb({ hash: "", parameter: {}, parameters: {} }); } };
  var script = { host: host, url: url };
  Object.defineProperty(script, "run", { get: function () { return runner(null, null, undefined); } });
  window.google = { script: script };
})();
</script>`;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    "content-type": `${type}; charset=utf-8`,
    "cache-control": "no-store",
  });
  res.end(body);
}

/** A cell as Sheets would display it (dates dd/MM/yyyy in the spreadsheet's zone). */
function displayed(value: unknown, offsetMs: (d: Date) => number): string {
  if (value === null || value === undefined) return "";
  if (Object.prototype.toString.call(value) === "[object Date]") {
    const d = new Date((value as Date).getTime() + offsetMs(value as Date));
    const p = (n: number) => String(n).padStart(2, "0");
    return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  }
  return String(value);
}

export async function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  const { runtime, distDir } = options;
  const names = topLevelFunctions(distDir);
  const exposed = new Set(names);
  const calls: PreviewServer["calls"] = [];
  const latency = options.latencyMs ?? 0;
  const { offsetMs } = await import("../gas-runtime/index.ts");

  const rpc = async (body: string): Promise<{ ok: boolean; value?: unknown; message?: string }> => {
    let fn = "";
    let args: unknown[] = [];
    try {
      const parsed = JSON.parse(body) as { fn: string; args: unknown[] };
      fn = String(parsed.fn);
      args = Array.isArray(parsed.args) ? parsed.args : [];
    } catch {
      return { ok: false, message: "Malformed request" };
    }
    if (latency) await new Promise((r) => setTimeout(r, latency));
    if (!exposed.has(fn)) {
      const message = `Script function not found: ${fn}`;
      calls.push({ fn, args, ok: false, message });
      return { ok: false, message };
    }
    try {
      const value = runtime.run(fn, ...args);
      const bad = illegalValue(value, `the result of ${fn}`);
      if (bad) {
        const message = `${bad}: google.script.run cannot return it`;
        calls.push({ fn, args, ok: false, message });
        return { ok: false, message };
      }
      calls.push({ fn, args, ok: true });
      return { ok: true, value };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      calls.push({ fn, args, ok: false, message });
      return { ok: false, message };
    }
  };

  const workbook = () => {
    const zone = runtime.spreadsheet.timeZone;
    const sheets = runtime.spreadsheet.sheets.map((s) => ({
      name: s.name,
      rows: s
        .values()
        .map((row) => row.map((v) => displayed(v, (d) => offsetMs(zone, d.getTime())))),
    }));
    let selection: { sheet: string; a1: string } | null = null;
    try {
      const sel = runtime.run<{ sheet: string; a1: string } | null>("__previewSelection");
      selection = sel;
    } catch {
      selection = null;
    }
    return { sheets, selection };
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    void (async () => {
      try {
        if (req.method === "GET" && url.pathname === "/sidebar") {
          const html = readFileSync(join(distDir, "sidebar.html"), "utf8");
          const shim = shimScript(names);
          const page = html.includes("<head>")
            ? html.replace("<head>", () => `<head>\n${shim}`)
            : `${shim}\n${html}`;
          send(res, 200, "text/html", page);
        } else if (req.method === "POST" && url.pathname === "/rpc") {
          send(res, 200, "application/json", JSON.stringify(await rpc(await readBody(req))));
        } else if (req.method === "GET" && url.pathname === "/") {
          send(res, 200, "text/html", PREVIEW_PAGE);
        } else if (req.method === "GET" && url.pathname === "/api/workbook") {
          send(res, 200, "application/json", JSON.stringify(workbook()));
        } else if (req.method === "POST" && url.pathname === "/api/select") {
          const { sheet, a1 } = JSON.parse(await readBody(req)) as { sheet: string; a1: string };
          runtime.select(sheet, a1);
          send(res, 200, "application/json", "{}");
        } else {
          send(res, 404, "text/plain", "Not found");
        }
      } catch (error) {
        send(res, 500, "text/plain", error instanceof Error ? error.message : String(error));
      }
    })();
  });
  // The preview's grid asks the runtime for the selection with a tiny helper script.
  runtime.loadSource(
    `function __previewSelection() { var r = SpreadsheetApp.getActiveRange(); return r ? { sheet: r.getSheet().getName(), a1: r.getA1Notation() } : null; }`,
    "preview-helpers.js",
  );
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    sidebarUrl: `${url}sidebar`,
    calls,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

/** The preview's outer page: the workbook on the left (click a row to select it), the sidebar on the right. */
const PREVIEW_PAGE = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Đi cơ sở – xem trước bảng điều khiển</title>
<style>
  body { margin: 0; font: 13px Arial, sans-serif; display: flex; height: 100vh; color: #222; }
  #sheet { flex: 1 1 auto; overflow: auto; display: flex; flex-direction: column; min-width: 0; }
  #grid { overflow: auto; flex: 1 1 auto; }
  table { border-collapse: collapse; }
  td, th { border: 1px solid #e2e2e2; padding: 2px 6px; white-space: nowrap; max-width: 220px; overflow: hidden; text-overflow: ellipsis; }
  th { background: #f8f9fa; color: #555; font-weight: normal; position: sticky; top: 0; }
  tr.selected td { background: #e8f0fe; }
  tr:hover td { background: #f1f3f4; cursor: pointer; }
  td.rownum { background: #f8f9fa; color: #777; text-align: right; }
  #tabs { border-top: 1px solid #ddd; background: #f8f9fa; padding: 4px; }
  #tabs button { border: none; background: none; padding: 6px 12px; cursor: pointer; font: 13px Arial; }
  #tabs button.current { background: #fff; color: #1a73e8; font-weight: bold; border-bottom: 2px solid #1a73e8; }
  #side { width: 300px; flex: 0 0 300px; border-left: 1px solid #ddd; display: flex; flex-direction: column; }
  #side header { padding: 10px 12px; font-size: 16px; border-bottom: 1px solid #ddd; }
  iframe { border: 0; flex: 1 1 auto; width: 300px; }
  .note { padding: 6px 10px; color: #777; font-size: 11px; border-bottom: 1px solid #eee; }
</style></head>
<body>
<div id="sheet"><div class="note">Bản xem trước cục bộ: bấm vào một dòng để chọn nó, như khi bấm trong Google Sheets. / Local preview: click a row to select it.</div><div id="grid"></div><div id="tabs"></div></div>
<div id="side"><header>Đi cơ sở</header><iframe src="/sidebar" title="Đi cơ sở"></iframe></div>
<script>
(function () {
  var state = { sheet: null, data: null };
  function el(tag, text, cls) { var e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; }
  function letters(n) { var s = ""; for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s; return s; }
  function render() {
    var d = state.data; if (!d) return;
    var sheet = d.sheets.filter(function (s) { return s.name === state.sheet; })[0] || d.sheets[0];
    state.sheet = sheet.name;
    var selRow = d.selection && d.selection.sheet === sheet.name ? parseInt(String(d.selection.a1).replace(/^[A-Z]+/, ""), 10) : 0;
    var table = el("table"); var head = el("tr"); head.appendChild(el("th", ""));
    var width = sheet.rows.reduce(function (m, r) { return Math.max(m, r.length); }, 0);
    for (var c = 1; c <= width; c++) head.appendChild(el("th", letters(c)));
    table.appendChild(head);
    sheet.rows.forEach(function (row, i) {
      var tr = el("tr"); if (i + 1 === selRow) tr.className = "selected";
      tr.appendChild(el("td", String(i + 1), "rownum"));
      for (var c = 0; c < width; c++) tr.appendChild(el("td", row[c] === undefined ? "" : row[c]));
      tr.addEventListener("click", function () { select(sheet.name, "A" + (i + 1)); });
      table.appendChild(tr);
    });
    var grid = document.getElementById("grid"); grid.textContent = ""; grid.appendChild(table);
    var tabs = document.getElementById("tabs"); tabs.textContent = "";
    d.sheets.forEach(function (s) {
      var b = el("button", s.name, s.name === sheet.name ? "current" : "");
      b.addEventListener("click", function () { state.sheet = s.name; select(s.name, "A1"); });
      tabs.appendChild(b);
    });
  }
  function load() { return fetch("/api/workbook").then(function (r) { return r.json(); }).then(function (d) { state.data = d; if (!state.sheet && d.selection) state.sheet = d.selection.sheet; render(); }); }
  function select(sheet, a1) {
    fetch("/api/select", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ sheet: sheet, a1: a1 }) }).then(load);
  }
  load(); setInterval(load, 5000);
})();
</script></body></html>`;
