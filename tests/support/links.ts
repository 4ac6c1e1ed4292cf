/** The document link cells of "Đợt cử đi" as a clerk sees them: each line's label and link. */
import type { Runtime } from "../../tools/gas-runtime/index";

export interface LinkRow {
  /** Mã CB of the row. */
  id: string;
  /** The cells' text (labels), reports then evaluations. */
  text: string[];
  /** The cells' links, reports then evaluations. */
  links: { label: string; url: string }[][];
}

export function linkCells(rt: Runtime): LinkRow[] {
  const sheet = rt.spreadsheet.sheet("Đợt cử đi")!;
  const values = sheet.values();
  const header = values[0] as unknown[];
  const at = [header.indexOf("Văn bản báo cáo"), header.indexOf("Văn bản nhận xét")];
  return values.map((r, i) => {
    const cells = at.map((c) => (c < 0 ? undefined : sheet.cell(i + 1, c + 1)));
    return {
      id: String(r[0] ?? ""),
      text: at.map((c) => String(r[c] ?? "")),
      links: cells.map((cell) => {
        const text = String(cell?.value ?? "");
        return (cell?.richText ?? [])
          .filter((run) => run.link !== undefined)
          .map((run) => ({ label: text.slice(run.start, run.end), url: run.link as string }));
      }),
    };
  });
}
