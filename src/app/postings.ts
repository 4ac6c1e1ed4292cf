// Placeholder until this feature lands.
export function menuCheckPostings(): void {}
export function REPORT_DUE(_arg: unknown): string {
  return "…";
}
