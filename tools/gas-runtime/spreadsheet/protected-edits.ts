/**
 * Protected ranges and sheets hold for scripts as for people: a user who may not edit a protected
 * range or sheet cannot change its cells, nor insert, delete or move its rows and columns, from a
 * script either. Who may edit: the spreadsheet's owner always, everyone on a warning-only
 * protection, the protection's editors, and the owner's domain when domain edit is on.
 *
 * - https://developers.google.com/apps-script/reference/spreadsheet/protection#canEdit()
 *   ("The owner of the spreadsheet is always able to edit protected ranges and sheets.")
 * - https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange
 *   ("Warning-based protection means that every user can edit data in the protected range")
 * - https://support.google.com/docs/answer/1218656 (protect, hide and edit sheets)
 */
import { type GridRange, parseA1Range } from "../a1.ts";
import type { DimensionChange } from "../dimensions.ts";
import type { ProtectionModel, SheetModel } from "../model.ts";
import type { Sheets } from "./sheets.ts";

const PROTECTED =
  "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

/** Whether the current user may edit what the protection covers. */
export function mayEdit(s: Sheets, p: ProtectionModel): boolean {
  const me = s.userEmail();
  const owner = s.core.users.owner.email;
  if (me === owner || p.warningOnly || p.editors.includes(me)) return true;
  return p.domainEdit && domainOf(me) === domainOf(owner);
}

function gridOf(a1: string): GridRange | null {
  return parseA1Range(a1, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
}

function inside(row: number, col: number, g: GridRange): boolean {
  return row >= g.row && row < g.row + g.numRows && col >= g.col && col < g.col + g.numCols;
}

function overlaps(a: GridRange, b: GridRange): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.col < b.col + b.numCols &&
    b.col < a.col + a.numCols
  );
}

/** Every cell of `g` lies in one of the ranges. */
function covered(g: GridRange, ranges: GridRange[]): boolean {
  for (let r = g.row; r < g.row + g.numRows; r++) {
    for (let c = g.col; c < g.col + g.numCols; c++) {
      if (!ranges.some((u) => inside(r, c, u))) return false;
    }
  }
  return true;
}

/** Fails like Sheets when the current user may not edit every cell of `g`. */
export function checkCellsEditable(s: Sheets, sheet: SheetModel, g: GridRange): void {
  for (const p of sheet.protections) {
    if (mayEdit(s, p)) continue;
    if (p.type === "RANGE") {
      const at = p.range ? gridOf(p.range) : null;
      if (at && overlaps(at, g)) s.fail(PROTECTED);
    } else {
      const open = p.unprotectedRanges.map(gridOf).filter((u): u is GridRange => u !== null);
      if (!covered(g, open)) s.fail(PROTECTED);
    }
  }
}

/**
 * Fails like Sheets when the current user may not insert, delete or move these rows or columns:
 * the sheet is protected against them, or the change cuts into a protected range.
 */
export function checkDimensionEditable(
  s: Sheets,
  sheet: SheetModel,
  dim: "row" | "col",
  change: DimensionChange,
): void {
  for (const p of sheet.protections) {
    if (mayEdit(s, p)) continue;
    if (p.type === "SHEET") s.fail(PROTECTED);
    const at = p.range ? gridOf(p.range) : null;
    if (!at) continue;
    const [first, count] = dim === "row" ? [at.row, at.numRows] : [at.col, at.numCols];
    const last = first + count - 1;
    const touched =
      change.kind === "insert"
        ? change.after >= first && change.after < last
        : change.start <= last && change.start + change.count - 1 >= first;
    if (touched) s.fail(PROTECTED);
  }
}

/** A sheet with protections the current user may not edit cannot be deleted by them. */
export function checkSheetDeletable(s: Sheets, sheet: SheetModel): void {
  if (sheet.protections.some((p) => !mayEdit(s, p))) s.fail(PROTECTED);
}
