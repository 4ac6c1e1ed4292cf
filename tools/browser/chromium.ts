/**
 * The Chromium every browser test and screenshot uses: the build shipped inside the npm
 * package @sparticuz/chromium (a brotli-compressed headless shell, with fonts), unpacked into
 * the system's temporary folder on first use (about 3–7 s) and reused after that. Nothing is
 * installed with apt and nothing is downloaded at test time, so `npm ci && npm test` passes on
 * a machine with Node.js alone. CHROMIUM_PATH points at another Chromium or Chrome instead.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import packaged from "@sparticuz/chromium";
import { type BrowserContext, chromium } from "playwright-core";

/** Flags for a headless run on a closed network, as root, without a GPU. */
const ARGS = [
  "--no-sandbox",
  "--no-zygote",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--font-render-hinting=none",
];

/**
 * The path of the Chromium to launch, unpacking the packaged one when needed. Call it once,
 * before several processes launch Chromium (the test run's global set-up does): the package
 * decides "already unpacked" by the file's existence, so two first uses at once could see a
 * half-written binary.
 */
export async function chromiumPath(): Promise<string> {
  const own = process.env.CHROMIUM_PATH;
  if (own) return own;
  const path = await packaged.executablePath();
  // The package's own fonts (Open Sans, with Vietnamese), so pages render alike on every machine.
  process.env.FONTCONFIG_PATH ??= join(tmpdir(), "fonts");
  return path;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export interface LaunchOptions {
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
}

/** A headless Chromium with a fresh, private profile that `close()` removes. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = await chromiumPath();
  const profile = mkdtempSync(join(tmpdir(), "dicoso-chromium-"));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: ARGS,
      viewport: options.viewport ?? { width: 300, height: 900 },
      ...(options.deviceScaleFactor ? { deviceScaleFactor: options.deviceScaleFactor } : {}),
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`Chromium (${executablePath}) did not start: ${(error as Error).message}`);
  }
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
