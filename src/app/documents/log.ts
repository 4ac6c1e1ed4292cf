/**
 * The log every user shares (the add-on's "Văn bản" tab, adapters/log-tab.ts): one row per
 * action on a document — created, updated, a new version beside a filled-in form, replaced, a
 * failure, another user's document left alone — never a row for a document merely kept. What a
 * run learns from it: which documents are recorded (a document this user's add-on cannot see
 * but the log records is another user's, never made again silently), and the Drive version of
 * each form's revision when the add-on last wrote it (a form changed since then was filled in by
 * someone).
 */
import {
  appendLogRows,
  createLogTab,
  findLogTab,
  type LogTab,
  markLogTab,
} from "../../adapters/log-tab";
import type { Workbook } from "../../adapters/sheets";
import type { TemplateKind } from "../../core/documents/layout";
import { mapColumns } from "../../core/headers";
import { DOCUMENT_LOG_COLUMNS, DOCUMENT_LOG_TAB } from "../../core/schema";

type Action = "created" | "updated" | "version" | "replaced" | "failed" | "foreign" | "own";

const ACTION_WORDS: Record<Action, string> = {
  created: "Tạo mới",
  updated: "Cập nhật",
  version: "Tạo bản mới (bản trước đã có người điền)",
  replaced: "Đã thay thế (chuyển vào thư mục Đã thay thế)",
  failed: "Không tạo được",
  foreign: "Để nguyên (văn bản của người dùng khác)",
  own: "Tạo bản riêng (bản của người dùng khác để nguyên)",
};

const KIND_WORDS: Record<TemplateKind, string> = {
  proposal: "Danh sách đề xuất",
  report: "Báo cáo 6 tháng của cán bộ",
  finalReport: "Báo cáo kết thúc của cán bộ",
  evaluation: "Nhận xét của đơn vị",
  summary: "Báo cáo tổng hợp kết quả",
};

/** One row of the log, as the run writes it. */
export interface LogEntry {
  year: number;
  kind: TemplateKind;
  /** The posting's row when the link was written (per-posting documents). */
  row?: number;
  title: string;
  url: string;
  action: Action;
  /** The form's revision right after the add-on wrote it (Docs API revisionId). */
  version?: string;
  /** What went wrong (failed), in plain words. */
  note?: string;
}

/** A log entry as read back: when, and the columns the run needs. */
interface Recorded {
  time: unknown;
  by: string;
  year: number;
  kind: string;
  url: string;
  action: string;
  version: string;
}

const HEADER = Object.values(DOCUMENT_LOG_COLUMNS).map((c) => c.header);
/** The header of the log written by 0.1 (no version, no note): such a tab is the add-on's own. */
const HEADER_0_1 = HEADER.slice(0, 7);

/** The shared log, read once per run; appended to at the end of each part of the run. */
export class DocumentLog {
  private tab: LogTab | undefined;
  private readonly rows: Recorded[];

  constructor(private readonly workbook: Workbook) {
    this.tab = findLogTab(workbook) ?? undefined;
    this.rows = this.tab ? recordsOf(this.tab.values) : [];
  }

  /** The log's name when it exists (a user's own "Văn bản" makes it "Văn bản (2)"). */
  name(): string | undefined {
    return this.tab?.name;
  }

  /** Whether the log records an action on the document at `url`. */
  has(url: string): boolean {
    return this.rows.some((r) => r.url === url && r.action !== ACTION_WORDS.failed);
  }

  /** The revision the add-on recorded when it last wrote the document at `url`. */
  version(url: string): string | undefined {
    for (let i = this.rows.length - 1; i >= 0; i -= 1) {
      const r = this.rows[i]!;
      if (r.url === url && r.version !== "") return r.version;
    }
    return undefined;
  }

  /** The latest recorded document of a year's `kind` (proposal, summary): its link and time. */
  yearDocument(year: number, kind: TemplateKind): { url: string; time: unknown } | undefined {
    for (let i = this.rows.length - 1; i >= 0; i -= 1) {
      const r = this.rows[i]!;
      const made = [ACTION_WORDS.created, ACTION_WORDS.own, ACTION_WORDS.version];
      if (r.year === year && r.kind === KIND_WORDS[kind] && made.includes(r.action)) {
        return { url: r.url, time: r.time };
      }
    }
    return undefined;
  }

  /** When the document at `url` was recorded first (who made it is not known to the add-on). */
  timeOf(url: string): unknown {
    return this.rows.find((r) => r.url === url)?.time;
  }

  /** Who made the document at `url`, as the log names them (empty when it does not say). */
  creatorOf(url: string): string {
    const made = [ACTION_WORDS.created, ACTION_WORDS.own, ACTION_WORDS.version];
    return this.rows.find((r) => r.url === url && made.includes(r.action))?.by ?? "";
  }

  /** Appends `entries` by `by` (creating the log on first use); returns the log's name. */
  append(entries: readonly LogEntry[], now: Date, by: string): string {
    if (entries.length === 0) return this.tab?.name ?? DOCUMENT_LOG_TAB.name;
    this.tab ??= this.adopt() ?? createLogTab(this.workbook, DOCUMENT_LOG_TAB, HEADER);
    const rows = entries.map((e) => [
      now,
      e.year,
      KIND_WORDS[e.kind],
      e.row ?? "",
      e.title,
      e.url,
      ACTION_WORDS[e.action],
      e.version ?? "",
      e.note ?? "",
      by,
    ]);
    appendLogRows(this.tab, rows, 0);
    this.rows.push(...recordsOf([HEADER, ...rows]));
    return this.tab.name;
  }

  /**
   * A log that version 0.1 made (a tab named "Văn bản" with exactly its header, before logs were
   * marked): marked now and used, so its history stays in one place.
   */
  private adopt(): LogTab | undefined {
    const sheet = this.workbook.find(DOCUMENT_LOG_TAB);
    if (!sheet) return undefined;
    const values = sheet.getDataRange().getValues();
    const header = (values[0] ?? []).map((v) => String(v).trim());
    if (header.slice(0, HEADER_0_1.length).join("|") !== HEADER_0_1.join("|")) return undefined;
    if (header.length > HEADER_0_1.length) return undefined;
    const tab = markLogTab(sheet, values, HEADER);
    this.rows.push(...recordsOf(values));
    return tab;
  }
}

function recordsOf(values: readonly unknown[][]): Recorded[] {
  const at = mapColumns(values[0] ?? [], DOCUMENT_LOG_COLUMNS).index;
  const cell = (row: readonly unknown[], key: keyof typeof DOCUMENT_LOG_COLUMNS) => {
    const i = at[key];
    return i === undefined ? "" : row[i];
  };
  return values.slice(1).map((row) => ({
    time: cell(row, "time"),
    by: String(cell(row, "by") ?? ""),
    year: Number(cell(row, "year")),
    kind: String(cell(row, "kind")),
    url: String(cell(row, "link")),
    action: String(cell(row, "action")),
    version: String(cell(row, "version") ?? ""),
  }));
}
