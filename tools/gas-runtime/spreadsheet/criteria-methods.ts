/**
 * The criteria methods of the data-validation builder (require…) and the conditional-format
 * builder (when…) that store a criterion and their arguments as given, one row each: the name
 * after the prefix, the criterion, how many arguments it takes, whether they are text.
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 * https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
 */
export type CriteriaMethods = Record<string, [criterion: string, arity: number, text?: "text"]>;

/** requireNumberBetween and whenNumberBetween alike. */
export const SHARED_CRITERIA: CriteriaMethods = {
  FormulaSatisfied: ["CUSTOM_FORMULA", 1, "text"],
  NumberBetween: ["NUMBER_BETWEEN", 2],
  NumberEqualTo: ["NUMBER_EQUAL_TO", 1],
  NumberGreaterThan: ["NUMBER_GREATER_THAN", 1],
  NumberGreaterThanOrEqualTo: ["NUMBER_GREATER_THAN_OR_EQUAL_TO", 1],
  NumberLessThan: ["NUMBER_LESS_THAN", 1],
  NumberLessThanOrEqualTo: ["NUMBER_LESS_THAN_OR_EQUAL_TO", 1],
  NumberNotBetween: ["NUMBER_NOT_BETWEEN", 2],
  NumberNotEqualTo: ["NUMBER_NOT_EQUAL_TO", 1],
  TextContains: ["TEXT_CONTAINS", 1, "text"],
  TextDoesNotContain: ["TEXT_DOES_NOT_CONTAIN", 1, "text"],
  TextEqualTo: ["TEXT_EQUAL_TO", 1, "text"],
};

/**
 * Defines `${prefix}${name}` on the prototype for every row: it hands `store` the criterion and
 * the arguments it takes (text ones as strings), and returns what `store` returns.
 */
export function defineCriteriaMethods<T>(
  prototype: T,
  prefix: string,
  table: CriteriaMethods,
  store: (self: T, criterion: string, args: unknown[]) => T,
): void {
  for (const [name, [criterion, arity, text]] of Object.entries(table)) {
    Object.defineProperty(prototype, `${prefix}${name}`, {
      value(this: T, ...args: unknown[]) {
        const given = args.slice(0, arity);
        return store(this, criterion, text ? given.map(String) : given);
      },
      writable: true,
      configurable: true,
    });
  }
}
