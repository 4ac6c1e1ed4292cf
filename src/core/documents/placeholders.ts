/**
 * The placeholder language of the templates staff edit in Google Docs. A placeholder is a name
 * between double braces, `{{Họ và tên}}`, named after a header of the sheet (Vietnamese header
 * or its English alias) or one of the computed values ({{Hôm nay}}, {{Năm}} …). Names are
 * matched like headers: case, spaces, diacritics and NFC/NFD do not matter.
 *
 * A template's table row that holds a per-item placeholder ({{STT}} and the other columns of
 * a list) is the list block: it is repeated once per item (candidate, posting).
 */
import { fold } from "../text";

/** A placeholder: a name of 1 to 80 characters, on one line, between double braces. */
const PLACEHOLDER = /\{\{([^{}\n]{1,80})\}\}/g;

/** Every `{{…}}` of a text, exactly as written (duplicates removed, in order of appearance). */
export function placeholdersIn(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(PLACEHOLDER)) seen.add(m[0]);
  return [...seen];
}

/** The name inside a placeholder, `{{ Họ và tên }}` → `Họ và tên`. */
export function placeholderName(placeholder: string): string {
  return placeholder.replace(/^\{\{|\}\}$/g, "").trim();
}

/** Values keyed by placeholder name; lookups fold the name. */
export class Values {
  private readonly map = new Map<string, string>();
  /** Folded names registered in capitals (codes such as DK-TUOI, STT). */
  private readonly capitalNames = new Set<string>();

  constructor(entries: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(entries)) this.set(k, v);
  }

  set(name: string, value: string): this {
    const key = fold(name);
    this.map.set(key, safeValue(value));
    if (isCapitals(name)) this.capitalNames.add(key);
    else this.capitalNames.delete(key);
    return this;
  }

  /**
   * The value of `{{name}}` or of the bare name; undefined when unknown. A placeholder written
   * in capitals ({{NĂM}}, {{KỲ BÁO CÁO}}) gets its value in capitals, as titles are.
   */
  get(placeholderOrName: string): string | undefined {
    const name = placeholderName(placeholderOrName);
    const key = fold(name);
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    return isCapitals(name) && !this.capitalNames.has(key) ? value.toLocaleUpperCase("vi") : value;
  }

  /** The entries as registered (folded keys), for storage and tests. */
  entries(): [string, string][] {
    return [...this.map.entries()];
  }

  has(placeholderOrName: string): boolean {
    return this.get(placeholderOrName) !== undefined;
  }

  /** A copy with `more` added (later wins). */
  with(more: Values): Values {
    const out = new Values();
    for (const [k, v] of this.map) out.map.set(k, v);
    for (const k of this.capitalNames) out.capitalNames.add(k);
    for (const [k, v] of more.map) {
      out.map.set(k, v);
      if (more.capitalNames.has(k)) out.capitalNames.add(k);
      else out.capitalNames.delete(k);
    }
    return out;
  }
}

function isCapitals(name: string): boolean {
  return /\p{L}/u.test(name) && name === name.toLocaleUpperCase("vi");
}

/**
 * A value never introduces a new placeholder (a cell holding "{{x}}" is written as "{ {x} }"),
 * so filling is one pass whatever the data says.
 */
function safeValue(value: string): string {
  return value.replace(/\{\{/g, "{ {").replace(/\}\}/g, "} }");
}

/** One replacement: the exact placeholder text found in the template and its value. */
interface Replacement {
  placeholder: string;
  value: string;
}

export interface FillPlan {
  replacements: Replacement[];
  /** Placeholders of the template that no value fills (left as they are, reported). */
  unknown: string[];
}

/** Which of the template's placeholders `values` fills, and which it does not know. */
export function planFill(placeholders: readonly string[], values: Values): FillPlan {
  const replacements: Replacement[] = [];
  const unknown: string[] = [];
  for (const p of placeholders) {
    const v = values.get(p);
    if (v === undefined) unknown.push(p);
    else replacements.push({ placeholder: p, value: v });
  }
  return { replacements, unknown };
}

/** Fills a plain text (the pure model of what the Docs replacement does). */
export function fillText(text: string, values: Values): string {
  return text.replace(PLACEHOLDER, (whole) => values.get(whole) ?? whole);
}
