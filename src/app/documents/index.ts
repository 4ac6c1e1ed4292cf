/**
 * "Tạo văn bản…": the plan's documents as Google Docs in Drive (docs/rules.md, "Documents").
 * The entry points: the menu's dialog, what the dialog offers, and each call of a run
 * (run.ts). Every call goes through the one policy of server calls (app/command.ts): the
 * document lock, errors in the user's language.
 *
 * Scopes: documents (the advanced Docs service, DocumentApp for templates the staff edited) and
 * drive.file (the advanced Drive service, see adapters/drive.ts for why not DriveApp).
 */
import { activeRange, Workbook } from "../../adapters/sheets";
import { showDialog } from "../../adapters/ui";
import { yearOf } from "../../core/dates";
import { pick } from "../../core/i18n";
import { TABS } from "../../core/schema";
import type {
  DocumentsOptions,
  DocumentsPreview,
  GenerateCall,
  GenerateResult,
} from "../../shared/documents";
import { attempt, runCommand } from "../command";
import { loadInput } from "./inputs";
import * as M from "./messages";
import { preview } from "./preview";
import { continuedJob, normaliseRequest } from "./request";
import { generate } from "./run";
import { SavedState } from "./state";

function failedResult(message: string, busy: boolean): GenerateResult {
  const out: GenerateResult = {
    created: 0,
    updated: 0,
    skipped: 0,
    remaining: 0,
    done: !busy,
    links: [],
    message,
  };
  if (busy) out.busy = true;
  return out;
}

/**
 * google.script.run: makes (the next part of) the documents the dialog asks for; `job` in the
 * request continues that job. Another run holding the lock answers `busy` (the dialog waits and
 * calls again); an error answers a message in the user's language.
 */
export function documentsGenerate(call: GenerateCall): GenerateResult {
  const outcome = attempt(
    ({ locale }) => generate(normaliseRequest(call), locale, continuedJob(call)),
    { busy: M.BUSY, unexpected: M.UNEXPECTED },
  );
  return outcome.ok ? outcome.value : failedResult(outcome.message, outcome.busy);
}

/**
 * google.script.run: what the dialog's choices would do, said before the user confirms (no lock:
 * it changes nothing). An error comes back as the text, with nothing to run.
 */
export function documentsPreview(call: GenerateCall): DocumentsPreview {
  const outcome = attempt(({ locale }) => preview(normaliseRequest(call), locale), {
    lock: false,
    unexpected: M.OPTIONS_UNEXPECTED,
  });
  return outcome.ok ? outcome.value : { text: outcome.message, documents: 0, canRun: false };
}

/** The rows of "Đợt cử đi" the user has selected (none when the selection is elsewhere). */
function selectedRows(workbook: Workbook): number[] {
  const range = activeRange();
  const sheet = range?.getSheet();
  if (!range || !sheet || sheet.getSheetId() !== workbook.find(TABS.postings)?.getSheetId()) {
    return [];
  }
  const first = range.getRow();
  return Array.from({ length: range.getNumRows() }, (_v, i) => first + i).filter((r) => r >= 2);
}

function options(): DocumentsOptions {
  const workbook = Workbook.active();
  const { input } = loadInput(workbook, () => []);
  const counts = new Map<number, number>();
  for (const p of input.postings) {
    if (p.start !== null) counts.set(yearOf(p.start), (counts.get(yearOf(p.start)) ?? 0) + 1);
  }
  const thisYear = yearOf(input.today);
  if (!counts.has(thisYear)) counts.set(thisYear, 0);
  const years = [...counts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, postings]) => ({ year, postings }));
  const pending = new SavedState(workbook.ss.getId()).job() !== null;
  return {
    locale: "vi",
    years,
    defaultYear: thisYear,
    selectedRows: selectedRows(workbook),
    pending,
  };
}

/**
 * google.script.run: what the dialog offers (years present, the current selection, a job left
 * unfinished). Never throws: an error comes back as `error`, in the user's language.
 */
export function documentsOptions(): DocumentsOptions {
  const outcome = attempt(({ locale }) => ({ ...options(), locale }), {
    lock: false,
    unexpected: M.OPTIONS_UNEXPECTED,
  });
  if (outcome.ok) return outcome.value;
  return {
    locale: outcome.locale,
    years: [],
    defaultYear: 0,
    selectedRows: [],
    pending: false,
    error: outcome.message,
  };
}

/** Menu "Tạo văn bản…": the dialog where the user chooses what to make. */
export function menuGenerateDocuments(): void {
  runCommand(({ locale }) => showDialog("documents", pick(locale, M.TITLE), 520, 640), {
    lock: false,
  });
}
