/** The browser tests' Chromium: the one shipped in the npm package (tools/browser/chromium.ts). */
export { type Browser, launchBrowser } from "../../tools/browser/chromium";
