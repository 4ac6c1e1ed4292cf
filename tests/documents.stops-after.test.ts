/**
 * A documents run stopped at any Drive or Docs call, then run again: here just after the call (it
 * was applied, its answer lost); just before it: documents.stops-before.test.ts.
 */
import { describe, expect, it } from "vitest";
import { ALL, finish, generate, setup, state } from "./support/documents";

const WHEN = "after" as const;

describe("a run stopped at any Drive or Docs call, then run again", () => {
  const reference = setup();
  finish(reference.rt, { kinds: ALL, onExisting: "skip" });
  const calls = reference.drive.faults!.count;
  const expected = state(reference.rt, reference.drive);

  it(`stopping at each of the ${calls} calls of a full run and retrying: nothing twice, nothing missing, the same sheet`, () => {
    expect(calls).toBeGreaterThan(100);
    const failures: string[] = [];
    for (let k = 1; k <= calls; k += 1) {
      const { rt, drive } = setup();
      drive.faults!.failAt(k, { kind: "crash", when: WHEN });
      const stopped = generate(rt, { kinds: ALL, onExisting: "skip" });
      expect(stopped.message, `call ${k}`).toMatch(
        /^Đã xảy ra lỗi không mong muốn khi tạo văn bản/,
      );
      finish(rt, { kinds: ALL, onExisting: "skip" });
      const got = state(rt, drive);
      const dupes = got.files.length - new Set(got.files).size;
      if (dupes > 0 || JSON.stringify(got) !== JSON.stringify(expected)) {
        failures.push(`call ${k} (${drive.faults!.log[k - 1]}): ${dupes} duplicates`);
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
