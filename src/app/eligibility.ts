// Placeholder until this feature lands.
export function menuCheckEligibility(): void {}
export function ELIGIBILITY(_arg: unknown): string {
  return "…";
}
export function AGE_LIMIT(_arg: unknown): string {
  return "…";
}
