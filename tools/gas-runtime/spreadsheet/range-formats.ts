/**
 * The per-cell formats a Range reads and writes, one row each: RangeImpl makes get{name},
 * get{plural}, set{name} and set{plural} of every row. Defaults are what Google's getters give
 * for a cell never formatted — https://developers.google.com/apps-script/reference/spreadsheet/range
 */
import type { CellModel } from "../model.ts";

export interface FormatAccessor {
  /** As in the method names: "Background" → getBackground, getBackgrounds, setBackground, setBackgrounds. */
  name: string;
  plural: string;
  key:
    | "note"
    | "background"
    | "fontColor"
    | "fontWeight"
    | "fontStyle"
    | "numberFormat"
    | "horizontalAlignment"
    | "wrap";
  /** What the getter gives for a cell without this format. */
  byDefault: string | boolean;
  /** The stored form of a value set by the script; undefined removes the format. */
  store: (v: unknown) => CellModel[FormatAccessor["key"]] | undefined;
  /** Whether clear({formatOnly}) removes it (notes are cleared with commentsOnly). */
  isFormat: boolean;
}

/** Text formats: null, undefined or "" remove the format. */
const text = (v: unknown) => (v === null || v === undefined || v === "" ? undefined : String(v));

export const FORMATS: readonly FormatAccessor[] = [
  { name: "Note", plural: "Notes", key: "note", byDefault: "", store: text, isFormat: false },
  {
    name: "Background",
    plural: "Backgrounds",
    key: "background",
    byDefault: "#ffffff",
    store: text,
    isFormat: true,
  },
  {
    name: "FontColor",
    plural: "FontColors",
    key: "fontColor",
    byDefault: "#000000",
    store: text,
    isFormat: true,
  },
  {
    name: "FontWeight",
    plural: "FontWeights",
    key: "fontWeight",
    byDefault: "normal",
    store: text,
    isFormat: true,
  },
  {
    name: "FontStyle",
    plural: "FontStyles",
    key: "fontStyle",
    byDefault: "normal",
    store: text,
    isFormat: true,
  },
  {
    name: "NumberFormat",
    plural: "NumberFormats",
    key: "numberFormat",
    byDefault: "0.###############",
    store: text,
    isFormat: true,
  },
  {
    name: "HorizontalAlignment",
    plural: "HorizontalAlignments",
    key: "horizontalAlignment",
    byDefault: "general",
    store: text,
    isFormat: true,
  },
  {
    name: "Wrap",
    plural: "Wraps",
    key: "wrap",
    byDefault: false,
    store: (v) => Boolean(v),
    isFormat: true,
  },
];
