/**
 * A documents run stopped at any Drive or Docs call — before the call, as when Apps Script ends
 * a run at its time limit — then run again: nothing made twice, nothing missing, the same sheet
 * as a run that never stopped. The same after the call (it was applied, its answer lost):
 * documents.stops-after.test.ts. (Two files, so the two halves run side by side.)
 */
import { expect, it } from "vitest";
import { stopsAtEveryCall } from "./support/documents";

it("a run stopped at each Drive or Docs call before it, then run again: nothing twice, nothing missing, the same sheet", () => {
  const { calls, failures } = stopsAtEveryCall("before", (message, k) =>
    expect(message, `call ${k}`).toMatch(/^Đã xảy ra lỗi không mong muốn khi tạo văn bản/),
  );
  expect(calls).toBeGreaterThan(100);
  expect(failures).toEqual([]);
}, 600_000);
