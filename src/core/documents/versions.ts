/**
 * Whether a template in a user's Drive is still a default one, untouched since the add-on wrote
 * it: then a newer default (TEMPLATE_VERSION) may replace it; a template a clerk edited is never
 * replaced. A template is recognised by its text alone, without whitespace (so that the way
 * Docs joins table cells and paragraphs does not matter): its fingerprint is compared with the
 * fingerprints of the defaults every version wrote.
 *
 * How the Drive side uses it (documents command): read the template's text (one getText), and
 * when `isUntouchedDefault(kind, text)` holds for an older default, write the current default
 * in its place; otherwise keep it, and say that a newer default exists. The current defaults'
 * fingerprints come from the layouts themselves, so a change to a layout needs no list edit;
 * only the fingerprints of versions no longer in the code are kept here.
 */
import { guideLayout } from "./guide";
import { defaultTemplate, layoutText, TEMPLATE_VERSION, type TemplateKind } from "./layout";
import { keyHash } from "./spec";

/** The fingerprint of a template's text: its characters without any whitespace. */
export function templateFingerprint(text: string): string {
  return keyHash(text.replace(/\s+/g, ""));
}

/**
 * The fingerprints of the defaults of earlier versions, by kind. Version 1 (add-on 0.1.0) had
 * four templates; its "report" served the 6-month and the final report alike.
 */
const EARLIER: Partial<Record<TemplateKind | "guide", Record<number, string>>> = {
  proposal: { 1: "de351254" },
  report: { 1: "fc31a318" },
  evaluation: { 1: "f9260581" },
  summary: { 1: "979abe08" },
};

function currentLayout(kind: TemplateKind | "guide") {
  return kind === "guide" ? guideLayout() : defaultTemplate(kind);
}

/**
 * The version of the default template `text` is, unchanged; undefined when the text is no
 * default of any version (a clerk edited it, or it is not the add-on's).
 */
export function defaultVersionOf(kind: TemplateKind | "guide", text: string): number | undefined {
  const fingerprint = templateFingerprint(text);
  if (fingerprint === templateFingerprint(layoutText(currentLayout(kind)))) return TEMPLATE_VERSION;
  const earlier = EARLIER[kind] ?? {};
  for (const [version, known] of Object.entries(earlier)) {
    if (known === fingerprint) return Number(version);
  }
  return undefined;
}

/** Whether `text` is an older default of `kind`, untouched: a newer default may replace it. */
export function isOutdatedDefault(kind: TemplateKind | "guide", text: string): boolean {
  const version = defaultVersionOf(kind, text);
  return version !== undefined && version < TEMPLATE_VERSION;
}
