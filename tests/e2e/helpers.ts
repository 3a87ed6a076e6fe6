import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page, Request } from '@playwright/test';
import { builtPages as prerendered, lessonSlugs } from '../../scripts/coursePages.mjs';

// Shared with the browser benchmarks (bench/browser.mjs), which cannot import TypeScript.
export { loadWidgets } from '../../scripts/loadWidgets.mjs';

/** Every page of the build, 404.html and offline.html included: a reader sees those too. */
export function builtPages(root = 'build'): string[] {
	return prerendered(root, { standalone: true });
}

/**
 * Collects console errors, page errors and failed requests while a test runs.
 *
 * `ignoreAborted`: a navigation cancels what the page it leaves was still fetching (a lazy chunk,
 * a worker's script, the favicon, or that page's own HTML when it sends the reader on), and the
 * browser reports those requests as failed with net::ERR_ABORTED. With this option such a
 * request is no problem when it was sent for a page that a later main-frame navigation left; any
 * other failure, an abort on the page still shown included, counts.
 */
export function watchProblems(page: Page, { ignoreAborted = false } = {}): string[] {
	const problems: string[] = [];
	// Main-frame navigations begun so far; the one whose page is shown (its document committed);
	// and for each request, the navigation whose page sent it (a navigation's own request: itself).
	// The page being left can still send a request after the next navigation has begun, and its
	// requests are reported cancelled before that navigation is reported committed.
	let navigations = 0;
	let shown = 0;
	const sentFor = new WeakMap<Request, number>();
	page.on('request', (r) => {
		const navigation = r.isNavigationRequest() && r.frame() === page.mainFrame();
		sentFor.set(r, navigation ? ++navigations : shown);
	});
	page.on('framenavigated', (f) => {
		if (f === page.mainFrame()) shown = navigations;
	});
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
	page.on('requestfailed', (r) => {
		const error = r.failure()?.errorText;
		// A request sent before watching began counts as sent for the page shown then.
		const leftBehind = navigations > (sentFor.get(r) ?? 0);
		if (ignoreAborted && error === 'net::ERR_ABORTED' && leftBehind) return;
		problems.push(`failed: ${r.url()} ${error}`);
	});
	page.on('response', (r) => {
		if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
	});
	return problems;
}

/** Pages that hold one widget alone, with its settings in the address. */
export function widgetPages(pages = builtPages()): string[] {
	return pages.filter((p) => /^\/[^/]+\/playground\/[^/]+\/$/.test(p));
}

/**
 * Whether a page is its slug's turn in a check run in one language a slug: the languages take turns
 * in the order of the slugs (`lesson`, `lesson/slides`, `playground/trainer`…), so a check that
 * reads what a page's code does, the same in both languages, still meets both languages' strings
 * across the pages. A page outside the two languages is always its own turn.
 */
export function languageTurn(path: string, pages = builtPages()): boolean {
	const slug = (p: string) => /^\/(en|zh-TW)\/(.+)$/.exec(p)?.[2];
	const own = slug(path);
	if (!own) return true;
	const slugs = [...new Set(pages.map(slug).filter((s) => s !== undefined))].sort();
	return path.startsWith(slugs.indexOf(own) % 2 === 0 ? '/en/' : '/zh-TW/');
}

/** Every lesson page in both languages, from the lesson folders (what the course index lists). */
export function lessonPages(pages = builtPages()): string[] {
	const slugs = lessonSlugs();
	return pages.filter((p) => slugs.some((s) => p.endsWith(`/${s}/`) && p.split('/').length === 4));
}

/** Records Content-Security-Policy violations from the first script on (window.__csp). */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const w = window as unknown as { __csp: string[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.__csp.push(
				`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`
			)
		);
	});
	return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []);
}

/** Built pages whose HTML places at least one widget. */
export function pagesWithWidgets(pages = builtPages(), root = 'build'): string[] {
	return pages.filter((p) =>
		readFileSync(join(root, p.endsWith('.html') ? p : join(p, 'index.html')), 'utf8').includes(
			'data-widget='
		)
	);
}

/**
 * Where a failure (a blocked engine, no WebGL) is tried, in two groups that one browser page each
 * visits in turn: every widget alone in both languages, and every English lesson with a widget
 * (the text around it is what must still read).
 */
export function failureGroups(pages = builtPages()): Record<string, string[]> {
	const withWidgets = pagesWithWidgets(pages);
	return {
		'every widget alone': widgetPages(pages),
		'every English lesson with a widget': lessonPages(pages).filter(
			(p) => p.startsWith('/en/') && withWidgets.includes(p)
		)
	};
}

/**
 * Opens a lesson widget's "More settings" (in a lesson's scroll and on a slide, the controls no
 * step names fold behind it), so a test can reach a folded control by its label.
 */
export async function openMoreSettings(scope: Page | Locator): Promise<void> {
	const toggles = scope.locator('button.more-toggle[aria-expanded="false"]');
	for (const toggle of await toggles.all()) await toggle.click();
}

/**
 * Makes every prediction of the course ("just show me") before the page's scripts run, so that a
 * test walking a lesson's steps is not held at one (a prediction hides the steps after it until
 * the reader chooses: Predict.svelte). The reader's progress keeps them (progress.ts).
 */
export async function predictionsMade(page: Page): Promise<void> {
	const ids = readdirSync('content/lessons').flatMap((dir) =>
		[
			...readFileSync(join('content/lessons', dir, 'en.md'), 'utf8').matchAll(
				/<Predict\s+id="([^"]+)"/g
			)
		].map((m) => m[1])
	);
	await page.addInitScript((made) => {
		const predictions = Object.fromEntries(made.map((id) => [id, -1]));
		localStorage.setItem(
			'descent:progress',
			JSON.stringify({ read: [], answers: {}, predictions })
		);
	}, ids);
}
