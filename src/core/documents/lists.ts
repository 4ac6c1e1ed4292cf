/**
 * The list blocks of a template: for each, its marker placeholder (the table row holding it is
 * the block) and which placeholders are its per-item fields, known from one sample item of the
 * list. Only the proposal (its list and its annex) and the summary have lists.
 */
import { fold } from "../text";
import { LIST_MARKERS } from "./layout";
import { placeholderName } from "./placeholders";
import { PROPOSAL_SAMPLES } from "./proposal";
import type { Item } from "./spec";
import type { TemplateKind } from "./style";
import { SUMMARY_SAMPLE } from "./summary";

const SAMPLE_ITEMS: Partial<Record<TemplateKind, Record<string, Item>>> = {
  proposal: PROPOSAL_SAMPLES,
  summary: { STT: SUMMARY_SAMPLE },
};

export function listsOf(
  template: TemplateKind,
): { marker: string; isField: (placeholder: string) => boolean }[] {
  const samples = SAMPLE_ITEMS[template];
  if (!samples) return [];
  return LIST_MARKERS[template].map((marker) => {
    const fields = new Set(Object.keys(samples[marker] ?? {}).map(fold));
    return { marker, isField: (p: string) => fields.has(fold(placeholderName(p))) };
  });
}
