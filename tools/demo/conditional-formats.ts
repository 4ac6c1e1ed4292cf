/**
 * The background a cell shows through its sheet's conditional format rules, as Sheets
 * computes it when the sheet is opened on a given day: rules are tried in order and the first
 * whose condition holds gives the background; a custom formula is evaluated for the cell, its
 * relative references shifted from the rule's first cell
 * (https://support.google.com/docs/answer/78413). For the demo's HTML view, so it shows what
 * Sheets would show on "today" (deadlines turning red on TODAY()) without any run.
 *
 * Conditions understood: text equal to / starting with / containing, number greater / less
 * than, date before / after TODAY, and custom formulas made of AND, OR, NOT, ISNUMBER,
 * ISBLANK, TODAY(), cell references ($ for absolute), numbers, "text", + - and comparisons.
 * Anything else never matches.
 */
import { lettersToColumn } from "../gas-runtime/a1.ts";
import type { CellValue, ConditionalFormatRuleModel, SheetModel } from "../gas-runtime/model.ts";
import { localTime } from "../gas-runtime/time.ts";

/** A day as Sheets counts it: days since 30/12/1899. */
type Serial = number;

const EPOCH = Date.UTC(1899, 11, 30);

export function serialOf(y: number, m: number, d: number): Serial {
  return (Date.UTC(y, m - 1, d) - EPOCH) / 86_400_000;
}

type Value = number | string | boolean | null;

/** A cell value as a formula sees it: a date is its serial in the spreadsheet's zone. */
function formulaValue(v: CellValue | undefined, timeZone: string): Value {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) {
    const t = localTime(v.getTime(), timeZone);
    return serialOf(t.year, t.month, t.day);
  }
  return v as Value;
}

interface Context {
  sheet: SheetModel;
  timeZone: string;
  today: Serial;
  /** The cell's offset from the rule's first cell. */
  dRow: number;
  dCol: number;
}

// ------------------------------------------------------------------ a small formula evaluator

const TOKEN =
  /\s*(?:(\$?[A-Z]{1,3}\$?\d+)|(\d+(?:\.\d+)?)|"((?:[^"]|"")*)"|([A-Z]+)\s*\(|(<=|>=|<>|[-+*/=<>(),]))/y;

type Token = { ref: string } | { num: number } | { str: string } | { fn: string } | { op: string };

function tokenize(formula: string): Token[] | undefined {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  const text = formula.replace(/^=/, "").trim();
  while (TOKEN.lastIndex < text.length) {
    const m = TOKEN.exec(text);
    if (!m) return undefined;
    if (m[1]) tokens.push({ ref: m[1] });
    else if (m[2]) tokens.push({ num: Number(m[2]) });
    else if (m[3] !== undefined) tokens.push({ str: m[3].replace(/""/g, '"') });
    else if (m[4]) tokens.push({ fn: m[4] });
    else if (m[5]) tokens.push({ op: m[5] });
  }
  return tokens;
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly ctx: Context,
  ) {}

  run(): Value {
    const v = this.comparison();
    if (this.i !== this.tokens.length) throw new Error("trailing tokens");
    return v;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private isOp(op: string): boolean {
    const t = this.peek();
    return t !== undefined && "op" in t && t.op === op;
  }

  private expect(op: string): void {
    if (!this.isOp(op)) throw new Error(`expected ${op}`);
    this.i += 1;
  }

  private comparison(): Value {
    const left = this.sum();
    const t = this.peek();
    if (t && "op" in t && ["=", "<>", "<", ">", "<=", ">="].includes(t.op)) {
      this.i += 1;
      return compare(left, this.sum(), t.op);
    }
    return left;
  }

  private sum(): Value {
    let v = this.unary();
    for (;;) {
      if (this.isOp("+") || this.isOp("-")) {
        const op = (this.tokens[this.i++] as { op: string }).op;
        const r = this.unary();
        v = op === "+" ? toNumber(v) + toNumber(r) : toNumber(v) - toNumber(r);
      } else return v;
    }
  }

  private unary(): Value {
    if (this.isOp("-")) {
      this.i += 1;
      return -toNumber(this.unary());
    }
    return this.atom();
  }

  private atom(): Value {
    const t = this.tokens[this.i++];
    if (!t) throw new Error("unexpected end");
    if ("num" in t) return t.num;
    if ("str" in t) return t.str;
    if ("ref" in t) return this.cell(t.ref);
    if ("op" in t && t.op === "(") {
      const v = this.comparison();
      this.expect(")");
      return v;
    }
    if ("fn" in t) {
      const args: Value[] = [];
      if (!this.isOp(")")) {
        args.push(this.comparison());
        while (this.isOp(",")) {
          this.i += 1;
          args.push(this.comparison());
        }
      }
      this.expect(")");
      return call(t.fn, args, this.ctx);
    }
    throw new Error("unexpected token");
  }

  private cell(ref: string): Value {
    const m = /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/.exec(ref);
    if (!m) throw new Error("bad reference");
    const col = lettersToColumn(m[2]!) + (m[1] ? 0 : this.ctx.dCol);
    const row = Number(m[4]) + (m[3] ? 0 : this.ctx.dRow);
    return formulaValue(this.ctx.sheet.get(row, col)?.value, this.ctx.timeZone);
  }
}

function toNumber(v: Value): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === null || v === "") return 0;
  const n = Number(v);
  if (Number.isNaN(n)) throw new Error("not a number");
  return n;
}

function compare(a: Value, b: Value, op: string): boolean {
  const x = a === null ? (typeof b === "string" ? "" : 0) : a;
  const y = b === null ? (typeof a === "string" ? "" : 0) : b;
  // Sheets orders numbers before text; two texts compare case-insensitively.
  const rank = (v: Value) => (typeof v === "string" ? 1 : 0);
  let c: number;
  if (rank(x) !== rank(y)) c = rank(x) - rank(y);
  else if (typeof x === "string" && typeof y === "string")
    c = x.toLowerCase().localeCompare(y.toLowerCase());
  else c = toNumber(x) - toNumber(y);
  switch (op) {
    case "=":
      return c === 0;
    case "<>":
      return c !== 0;
    case "<":
      return c < 0;
    case ">":
      return c > 0;
    case "<=":
      return c <= 0;
    default:
      return c >= 0;
  }
}

function truthy(v: Value): boolean {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  return false;
}

function call(fn: string, args: Value[], ctx: Context): Value {
  switch (fn) {
    case "AND":
      return args.every(truthy);
    case "OR":
      return args.some(truthy);
    case "NOT":
      return !truthy(args[0] ?? null);
    case "ISNUMBER":
      return typeof args[0] === "number";
    case "ISBLANK":
      return args[0] === null || args[0] === "";
    case "TODAY":
      return ctx.today;
    default:
      throw new Error(`unknown function ${fn}`);
  }
}

// ------------------------------------------------------------------ rules

function within(rule: ConditionalFormatRuleModel, row: number, col: number) {
  for (const a1 of rule.ranges) {
    const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(a1);
    if (!m) continue;
    const c1 = lettersToColumn(m[1]!);
    const r1 = Number(m[2]);
    const c2 = m[3] ? lettersToColumn(m[3]) : c1;
    const r2 = m[4] ? Number(m[4]) : r1;
    if (row >= r1 && row <= r2 && col >= c1 && col <= c2) return { r1, c1 };
  }
  return undefined;
}

function holds(rule: ConditionalFormatRuleModel, value: Value, ctx: Context): boolean {
  const arg = rule.values[0];
  const text = value === null ? "" : String(value);
  switch (rule.condition) {
    case "TEXT_EQUAL_TO":
      return text === String(arg);
    case "TEXT_STARTS_WITH":
      return text.toLowerCase().startsWith(String(arg).toLowerCase());
    case "TEXT_CONTAINS":
      return text.toLowerCase().includes(String(arg).toLowerCase());
    case "NUMBER_GREATER_THAN":
      return typeof value === "number" && value > Number(arg);
    case "NUMBER_LESS_THAN":
      return typeof value === "number" && value < Number(arg);
    case "DATE_BEFORE_RELATIVE":
      return typeof value === "number" && arg === "TODAY" && value < ctx.today;
    case "DATE_AFTER_RELATIVE":
      return typeof value === "number" && arg === "TODAY" && value > ctx.today;
    case "CUSTOM_FORMULA": {
      const tokens = tokenize(String(arg));
      if (!tokens) return false;
      try {
        return truthy(new Parser(tokens, ctx).run());
      } catch {
        return false;
      }
    }
    default:
      return false;
  }
}

/**
 * The background the sheet's conditional formats give cell (row, col) on `today` (a serial,
 * serialOf), or undefined when no rule with a background holds.
 */
export function conditionalBackground(
  sheet: SheetModel,
  row: number,
  col: number,
  today: Serial,
  timeZone: string,
): string | undefined {
  for (const rule of sheet.conditionalFormatRules) {
    if (!rule.background) continue;
    const at = within(rule, row, col);
    if (!at) continue;
    const ctx: Context = { sheet, timeZone, today, dRow: row - at.r1, dCol: col - at.c1 };
    const value = formulaValue(sheet.get(row, col)?.value, timeZone);
    if (holds(rule, value, ctx)) return rule.background;
  }
  return undefined;
}
