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
 * Brings every widget a reader can see to life, then scrolls up. A bench times what follows, so
 * it does not wait for the status to speak; a widget may take 20 s on a busy machine.
 * @param {import('@playwright/test').Page} page
 */
export function loadWidgets(page) {
	return bringToLife(page, { status: false, timeout: 20_000 });
}
