/** One row of the `npm run bench` table. */
export interface BenchRow {
  /** What was measured, e.g. "Kiểm tra điều kiện". */
  name: string;
  /** Input size (rows, documents …). */
  size: number;
  /** Apps Script service calls made (the real cost on Google's quotas). */
  serviceCalls: number;
  /** CPU time in milliseconds on this machine (median of the runs). */
  ms: number;
  /** Anything worth reading next to the figures (targets, ratios). */
  note?: string;
}
