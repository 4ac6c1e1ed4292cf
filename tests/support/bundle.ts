/** The folder holding this test run's build of the add-on (see global-setup.ts). */
import { inject } from "vitest";

export function distDir(): string {
  return inject("distDir");
}
