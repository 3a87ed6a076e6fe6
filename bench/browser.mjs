// Shared by the browser benchmarks (bench/*.browser.mjs): Chromium as the tests launch it, the
// built pages, and widgets brought to life as the tests do it (from scripts/, which the tests
// import too). Their figures go through bench/stats.mjs.
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { lessonSlugs } from '../scripts/coursePages.mjs';
import { loadWidgets as bringToLife } from '../scripts/loadWidgets.mjs';

export { chromiumPath };
export { builtPages } from '../scripts/coursePages.mjs';

/** Chromium with the tests' flags, and any more a bench needs. @param {string[]} [extraArgs] */
export function launch(extraArgs = []) {
	return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...extraArgs] });
}

/** Lesson pages, in course order, in the given language. @param {string} lang */
export function lessonPages(lang) {
	return lessonSlugs().map((slug) => `/${lang}/${slug}/`);
}

/**
 * Brings every widget a reader can see to life, then scrolls up, and waits for the service
 * worker (see offlineReady). A bench times what follows, so it does not wait for the status to
 * speak; a widget may take 20 s on a busy machine.
 * @param {import('@playwright/test').Page} page
 */
export async function loadWidgets(page) {
	await bringToLife(page, { status: false, timeout: 20_000 });
	await offlineReady(page);
}

/**
 * Waits until the service worker is active, that is, until it has stored the whole course for
 * offline reading (its install ends with that). A fresh browser is every reader's first visit,
 * and that one-off download (about 300 files) takes the CPU for seconds: a bench of a widget
 * times the page a reader comes back to. offline.browser.mjs times the download itself.
 * @param {import('@playwright/test').Page} page
 */
export function offlineReady(page) {
	return page.evaluate(() =>
		Promise.race([navigator.serviceWorker?.ready, new Promise((r) => setTimeout(r, 60_000))])
	);
}
