/**
 * A documents run stopped at any Drive or Docs call, then run again: here just after the call (it
 * was applied, its answer lost); just before it: documents.stops-before.test.ts.
 */
import { expect, it } from "vitest";
import { stopsAtEveryCall } from "./support/documents";

it("a run stopped at each Drive or Docs call after it, then run again: nothing twice, nothing missing, the same sheet", () => {
  const { calls, failures } = stopsAtEveryCall("after", (message, k) =>
    expect(message, `call ${k}`).toMatch(/^Đã xảy ra lỗi không mong muốn khi tạo văn bản/),
  );
  expect(calls).toBeGreaterThan(100);
  expect(failures).toEqual([]);
}, 600_000);
