// Chromium as the end-to-end tests (playwright.config.ts) and the browser benchmarks
// (bench/browser.mjs) launch it: one list, so a bench measures the browser the tests check.

/** Debian's Chromium, or another one named by CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for headless Chromium: no sandbox (containers), no background traffic that would add
 * requests or timings of its own, and SwiftShader, which gives headless Chromium its WebGL.
 * @type {string[]}
 */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--enable-unsafe-swiftshader'
];
