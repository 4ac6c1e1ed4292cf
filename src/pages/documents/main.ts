/**
 * The "Tạo văn bản…" dialog: the user picks the year, the kinds of documents, all postings or
 * the selected rows, and what to do with documents that exist; before she presses the button,
 * the dialog says what the choices would do (documentsPreview: how many documents for how many
 * postings, what is skipped and why) and the button names the year, or is disabled with the
 * reason. It calls documentsGenerate again, with the job's id, while the server says the run is
 * not done (each call stops before Apps Script's time limit), listing the links as they come.
 * This loop is what finishes a long run; a dialog closed mid-run leaves the job saved, and the
 * next click continues it. When another run holds the lock, the dialog waits and calls again.
 */
import type {
  DocumentsOptions,
  GenerateCall,
  GenerateResult,
  RequestKind,
} from "../../shared/documents";
import { createServer } from "../../shared/rpc";

/** Every call goes through the typed wrapper: the types are the server functions' own. */
type Options = DocumentsOptions;
type Result = GenerateResult;

declare const google: { script: { host: { close(): void } } };

const server = createServer();

const TEXT = {
  vi: {
    year: "Năm",
    kinds: "Văn bản cần tạo",
    proposal: "Danh sách đề xuất cán bộ đi cơ sở",
    reportForms: "Mẫu báo cáo của cán bộ (6 tháng, kết thúc)",
    evaluationForms: "Mẫu nhận xét của đơn vị tiếp nhận",
    summary: "Báo cáo tổng hợp kết quả",
    rows: "Đợt cử đi",
    allRows: "Mọi đợt của năm",
    selected: (n: number) => `Các dòng đang chọn (${n} dòng)`,
    noSelection: "Các dòng đang chọn (chưa chọn dòng nào ở tab Đợt cử đi)",
    existing: "Văn bản đã có",
    skip: "Giữ nguyên (không tạo lại)",
    update: "Cập nhật theo dữ liệu mới",
    ownCopies: "Tạo bản riêng của tôi cho văn bản do người dùng khác tạo",
    go: "Tạo văn bản",
    goYear: (y: string) => `Tạo văn bản năm ${y}`,
    previewing: "Đang xem trước…",
    close: "Đóng",
    loading: "Đang tải…",
    working: "Đang tạo văn bản… (có thể mất vài phút)",
    continuing: (n: number) => `Đang tiếp tục, còn ${n} văn bản…`,
    waiting: "Đang chờ lượt chạy kia xong rồi tự làm tiếp…",
    pickKind: "Hãy chọn ít nhất một loại văn bản.",
    postings: (n: number) => `${n} đợt`,
    pending:
      "Có một lượt tạo văn bản đang dở (hộp thoại đã đóng trước khi xong); bấm Tạo văn bản với cùng lựa chọn để làm tiếp, không tạo trùng.",
    unreachable:
      "Không liên lạc được với tiện ích (mạng chập chờn hoặc phiên làm việc đã hết hạn). Hãy đóng hộp thoại và mở lại.",
  },
  en: {
    year: "Year",
    kinds: "Documents to make",
    proposal: "Proposal list of cadres",
    reportForms: "Cadre's report forms (6-month, final)",
    evaluationForms: "Receiving unit's evaluation forms",
    summary: "Results summary",
    rows: "Postings",
    allRows: "Every posting of the year",
    selected: (n: number) => `Selected rows (${n})`,
    noSelection: "Selected rows (no rows selected in the Đợt cử đi tab)",
    existing: "Existing documents",
    skip: "Keep them (do not make again)",
    update: "Update them with the current data",
    ownCopies: "Make my own copy of documents another user made",
    go: "Generate",
    goYear: (y: string) => `Generate for ${y}`,
    previewing: "Looking ahead…",
    close: "Close",
    loading: "Loading…",
    working: "Generating documents… (this can take a few minutes)",
    continuing: (n: number) => `Continuing, ${n} documents to go…`,
    waiting: "Waiting for the other run to finish, then continuing by itself…",
    pickKind: "Choose at least one kind of document.",
    postings: (n: number) => `${n} postings`,
    pending:
      "A document run was left unfinished (its dialog was closed); press Generate with the same choices to continue it, nothing twice.",
    unreachable:
      "The add-on could not be reached (a network problem, or the session expired). Close the dialog and open it again.",
  },
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
/** While another run holds the lock: pause between calls, and how many calls before giving up. */
const BUSY_PAUSE_MS = 2_000;
const BUSY_TRIES = 60;
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
let t = TEXT.vi;
let options: Options | undefined;

function showStatus(text: string): void {
  $("status").textContent = text;
}

/**
 * The bar under the status while a run goes on: moving until the server has answered once,
 * then how many of the run's documents are handled; `false` hides it.
 */
function showProgress(state: GenerateResult | "started" | false): void {
  const bar = $("progress");
  bar.hidden = state === false;
  if (typeof state !== "object") {
    bar.removeAttribute("aria-valuenow");
    bar.removeAttribute("aria-valuemax");
    bar.style.removeProperty("--done");
    return;
  }
  const handled = state.created + state.updated + state.skipped;
  const total = Math.max(1, handled + state.remaining);
  bar.setAttribute("aria-valuemax", String(total));
  bar.setAttribute("aria-valuenow", String(handled));
  bar.style.setProperty("--done", `${Math.round((100 * handled) / total)}%`);
}

/**
 * What the user reads when a call did not get an answer from the server (the server itself
 * answers every error in the user's language): a sentence in that language; the technical
 * detail goes to the browser's console only.
 */
function failed(e: unknown): void {
  console.error(e);
  showStatus(t.unreachable);
}

function render(o: Options): void {
  options = o;
  t = TEXT[o.locale] ?? TEXT.vi;
  document.documentElement.lang = o.locale;
  if (o.error) {
    showStatus(o.error);
    return;
  }
  for (const el of Array.from(document.querySelectorAll<HTMLElement>("[data-t]"))) {
    const v = (t as Record<string, unknown>)[el.dataset.t ?? ""];
    if (typeof v === "string") el.textContent = v;
  }
  const select = $<HTMLSelectElement>("year");
  select.replaceChildren();
  for (const y of o.years) {
    const opt = document.createElement("option");
    opt.value = String(y.year);
    opt.textContent = `${y.year} – ${t.postings(y.postings)}`;
    if (y.year === o.defaultYear) opt.selected = true;
    select.appendChild(opt);
  }
  const selected = $<HTMLInputElement>("scope-selected");
  selected.disabled = o.selectedRows.length === 0;
  $("selected-label").textContent =
    o.selectedRows.length === 0 ? t.noSelection : t.selected(o.selectedRows.length);
  if (o.selectedRows.length > 0) selected.checked = true;
  $("form").hidden = false;
  showStatus(o.pending ? t.pending : "");
  void showPreview();
}

function request(): GenerateCall {
  const kinds = Array.from(
    document.querySelectorAll<HTMLInputElement>('input[name="kind"]:checked'),
  ).map((i) => i.value);
  const scope = document.querySelector<HTMLInputElement>('input[name="scope"]:checked')?.value;
  const existing = document.querySelector<HTMLInputElement>(
    'input[name="existing"]:checked',
  )?.value;
  const out: GenerateCall = {
    // The checkboxes' values are the kinds; the server checks every field again.
    kinds: kinds as RequestKind[],
    onExisting: existing === "update" ? "update" : "skip",
    year: Number($<HTMLSelectElement>("year").value),
  };
  if (scope === "selected" && options) out.rows = options.selectedRows;
  if ($<HTMLInputElement>("own-copies").checked) out.ownCopies = true;
  return out;
}

let previewed = 0;
/** Says what the current choices would do; the button names the year or is disabled. */
async function showPreview(): Promise<void> {
  const go = $<HTMLButtonElement>("go");
  const req = request();
  const year = String(req.year ?? "");
  go.textContent = year ? t.goYear(year) : t.go;
  if (req.kinds.length === 0) {
    $("preview").textContent = t.pickKind;
    go.disabled = true;
    return;
  }
  const mine = ++previewed;
  $("preview").textContent = t.previewing;
  try {
    const p = await server.documentsPreview(req);
    if (mine !== previewed) return;
    $("preview").textContent = p.text;
    go.disabled = !p.canRun;
  } catch (e) {
    if (mine === previewed) failed(e);
  }
}

function addLinks(links: Result["links"]): void {
  const list = $("links");
  for (const l of links) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = l.url;
    a.target = "_blank";
    a.rel = "noopener";
    a.textContent = l.title;
    li.appendChild(a);
    list.appendChild(li);
  }
}

async function generate(): Promise<void> {
  let req = request();
  if (req.kinds.length === 0) {
    showStatus(t.pickKind);
    return;
  }
  $<HTMLButtonElement>("go").disabled = true;
  $("links").replaceChildren();
  showStatus(t.working);
  showProgress("started");
  try {
    let busy = 0;
    for (;;) {
      const result: Result = await server.documentsGenerate(req);
      addLinks(result.links);
      showProgress(result);
      if (result.busy && busy < BUSY_TRIES) {
        busy += 1;
        showStatus(`${result.message}\n${t.waiting}`);
        await pause(BUSY_PAUSE_MS);
        continue;
      }
      busy = 0;
      if (result.done || result.busy) {
        showStatus(result.message);
        break;
      }
      if (result.job) req = { ...req, job: result.job };
      showStatus(`${result.message}\n${t.continuing(result.remaining)}`);
    }
  } catch (e) {
    failed(e);
  } finally {
    showProgress(false);
    $<HTMLButtonElement>("go").disabled = false;
    void showPreview();
  }
}

$("form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  void generate();
});
$("form").addEventListener("change", () => void showPreview());
$("close").addEventListener("click", () => google.script.host.close());
showStatus(TEXT.vi.loading);
server.documentsOptions().then(render).catch(failed);
