/**
 * What a new plan changes from the previous one (re-running "Lập kế hoạch cử…" after the
 * roster, the postings or the units changed): cadres added, dropped, moved to another year, or
 * to another unit or position.
 */
import type { Text } from "../i18n";
import { idKey } from "../roster";
import { POSTING_POSITIONS, wordOf } from "../schema";
import type { PostingPlan } from "./model";

/** One proposed posting as the plan's tab shows it. */
export interface PlanLine {
  year: number;
  id: string;
  unit: string;
  /** The position's word (Phó Bí thư, Ủy viên BTV, Ủy viên BCH). */
  position: string;
}

export interface PlanChanges {
  added: PlanLine[];
  dropped: PlanLine[];
  /** Same cadre, another year, unit or position. */
  moved: { before: PlanLine; after: PlanLine }[];
  /** "So với lần lập trước: …", or that nothing changed. */
  text: Text;
}

/** The plan's proposed postings as lines of its tab. */
export function planLines(plan: PostingPlan): PlanLine[] {
  return plan.planned.map((p) => ({
    year: p.year,
    id: p.cadre.id,
    unit: p.unit.name,
    position: wordOf(POSTING_POSITIONS, p.position),
  }));
}

function where(line: PlanLine): string {
  return `${line.year}, ${line.position} ${line.unit}`;
}

/** The changes from `previous` (the lines of the plan's tab before the run) to `plan`. */
export function planChanges(previous: readonly PlanLine[], plan: PostingPlan): PlanChanges {
  const next = planLines(plan);
  const before = new Map(previous.map((l) => [idKey(l.id), l]));
  const after = new Map(next.map((l) => [idKey(l.id), l]));
  const added = next.filter((l) => !before.has(idKey(l.id)));
  const dropped = previous.filter((l) => !after.has(idKey(l.id)));
  const moved = next.flatMap((l) => {
    const b = before.get(idKey(l.id));
    return b && where(b) !== where(l) ? [{ before: b, after: l }] : [];
  });
  const vi: string[] = [];
  const en: string[] = [];
  if (added.length > 0) {
    vi.push(`thêm ${added.map((l) => `${l.id} (${l.year})`).join(", ")}`);
    en.push(`added ${added.map((l) => `${l.id} (${l.year})`).join(", ")}`);
  }
  if (dropped.length > 0) {
    vi.push(`bỏ ${dropped.map((l) => `${l.id} (${l.year})`).join(", ")}`);
    en.push(`dropped ${dropped.map((l) => `${l.id} (${l.year})`).join(", ")}`);
  }
  for (const { before: b, after: a } of moved) {
    vi.push(`${a.id}: ${where(b)} → ${where(a)}`);
    en.push(`${a.id}: ${where(b)} → ${where(a)}`);
  }
  const text =
    vi.length === 0
      ? { vi: "Không thay đổi so với lần lập trước.", en: "No change from the previous plan." }
      : {
          vi: `So với lần lập trước: ${vi.join("; ")}.`,
          en: `Changes from the previous plan: ${en.join("; ")}.`,
        };
  return { added, dropped, moved, text };
}
