/** What the benchmarks share: the built bundle's folder, CPU time, medians, generated data. */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** dist/ as `npm run bench` builds it. */
export const DIST = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist");

/** Process CPU time (user + system) of `fn`, in milliseconds. */
export function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** A deterministic pseudo-random source: the same data on every run. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 4_294_967_296;
  };
}

/** Local midnight in UTC+7 (Asia/Ho_Chi_Minh) of y-m-d, as a date cell. */
export function dateCell(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d) - 7 * 3_600_000);
}
