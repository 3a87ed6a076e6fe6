import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type Browser, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { builtPages, lessonPages, loadWidgets, watchProblems, widgetPages } from './helpers';

// The service worker under test (playwright.config.ts blocks it everywhere else).
test.use({ serviceWorkers: 'allow' });

const pages = builtPages();

/**
 * A fresh browser context after one visit to the course index, then cut off from the network,
 * and the problems its page meets from then on. Leaving a page cancels what it was still fetching
 * (a lazy chunk, a worker's script): that is no problem; a request that fails offline is.
 */
async function offlineAfterOneVisit(
	browser: Browser
): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('/en/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		// Controlled from now on, so every later request goes through the cache.
		if (!navigator.serviceWorker.controller)
			await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
	});
	await context.setOffline(true);
	const problems = watchProblems(page, { ignoreAborted: true });
	return { page, problems, close: () => context.close() };
}

/**
 * Every file the build holds that the service worker stores, as its address (a page as /path/).
 * It leaves out KaTeX's woff and ttf fonts (every browser that runs a service worker reads
 * woff2), SvelteKit's version.json (asked only online, to see whether a new build is out), and
 * 404.html and offline.html, the static host's copies of /404/ and /offline/, which it stores.
 */
function builtFiles(root = 'build'): string[] {
	const skipped = ['/service-worker.js', '/_app/version.json', '/404.html', '/offline.html'];
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((f) => f.isFile() && !/\.(woff|ttf)$/.test(f.name))
		.map((f) => '/' + relative(root, join(f.parentPath, f.name)).split(sep).join('/'))
		.map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
		.filter((path) => !skipped.includes(path));
}

// One visit installs the service worker, which fetches the whole course: each test pays for one,
// so the checks share two. Every file is asked for offline (a fetch, answered by the service
// worker as a page's own request would be), which shows that the cache holds all that any page
// needs; then, in each language, a lesson, its slides, its presenter view, the glossary and the
// index are opened with their widgets running. Each widget on its own page: in the next test.
test('one visit caches the whole course: offline, every file answers and pages open with their widgets', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const { page, problems, close } = await offlineAfterOneVisit(browser);
	const files = builtFiles();
	expect(files.length).toBeGreaterThan(200);
	const failed = await page.evaluate(
		(files) =>
			Promise.all(
				files.map((f) =>
					fetch(f).then(
						(r) => (r.ok ? '' : `${f}: ${r.status}`),
						(e) => `${f}: ${e}`
					)
				)
			).then((answers) => answers.filter(Boolean)),
		files
	);
	expect(failed).toEqual([]);
	for (const lang of ['en', 'zh-TW']) {
		const opened = (p: string) =>
			p === `/${lang}/` || p === `/${lang}/glossary/` || p.startsWith(`/${lang}/learning-rate/`);
		for (const path of pages.filter(opened)) {
			await test.step(path, async () => {
				await page.goto(path);
				await expect(page.locator('h1').first(), path).toBeVisible();
				await loadWidgets(page);
				await expect(page.locator('[data-widget] [role="alert"]:visible'), path).toHaveCount(0);
			});
		}
	}
	expect(problems).toEqual([]);
	await close();
});

test('offline, the widgets compute, lessons show their formulas, links with settings open, and a page not stored says so', async ({
	browser
}) => {
	test.setTimeout(300_000);
	const { page, problems, close } = await offlineAfterOneVisit(browser);
	// The engine runs from the cache: every widget answers a change.
	for (const path of widgetPages(pages)) {
		await page.goto(path);
		await loadWidgets(page);
		const status = page.locator('[data-widget] [role="status"]').first();
		// The lab trains on the reader's pictures: with none, the worker says how many it needs.
		if (path.includes('/lab/')) {
			await page.getByTestId('lab-train').click();
			await expect(page.getByTestId('lab-too-few'), path).toBeVisible();
			continue;
		}
		const before = await status.innerText();
		// A step (the trainer: one iteration) where the widget has one; else its first slider, nudged.
		const widget = page.locator('[data-widget]');
		const step = widget.getByRole('button', { name: /Step|下一步|One iteration|走一次/ }).first();
		if ((await step.count()) > 0) await step.click();
		else await widget.getByRole('slider').first().press('ArrowRight');
		await expect(status, path).not.toHaveText(before);
		// The 3D surface's renderer is a worker of its own: it comes from the cache too.
		const view = page.getByTestId('surface3d-view');
		if ((await view.count()) > 0) await expect(view, path).toHaveAttribute('data-mode', '3d');
	}
	for (const path of lessonPages(pages)) {
		await page.goto(`${path}#s2`);
		expect(await page.locator('.katex').count(), path).toBeGreaterThan(0);
	}
	await page.goto('/en/playground/descent1d/?lr=0.5');
	await expect(page.getByRole('textbox', { name: /Learning rate/ })).toHaveValue('0.5');
	expect(problems).toEqual([]);

	// An unknown address gets the 404 page, and a page not stored the offline page.
	problems.length = 0;
	const response = await page.goto('/en/no-such-lesson/');
	expect(response?.status()).toBe(404);
	const missing = page.getByTestId('not-found');
	await expect(missing.locator('section[lang="en"] h2')).toHaveText('This page does not exist.');
	await expect(missing.locator('section[lang="zh-TW"] h2')).toHaveText('找不到這一頁。');
	await expect(missing.locator('a[href="/en/neuron/"]')).toHaveCount(1);

	// A page the course has but this browser lost from its store (evicted, or cleared).
	await page.evaluate(async () => {
		for (const key of await caches.keys()) await (await caches.open(key)).delete('/en/neuron/');
	});
	expect((await page.goto('/en/neuron/'))?.status()).toBe(503);
	const offline = page.getByTestId('offline-page');
	await expect(offline.locator('section[lang="en"] h2')).toHaveText('You are offline');
	await expect(offline.locator('section[lang="zh-TW"] h2')).toHaveText('目前離線');
	// It lists what still opens, and not the page that does not.
	await expect(offline.locator('a[href="/en/neuron/"]')).toHaveCount(0);
	await expect(offline.locator('a[href="/zh-TW/neuron/"]')).toHaveCount(1);
	await offline.locator('a[href="/en/loss/"]').click();
	await expect(page.locator('h1').first()).toBeVisible();
	expect(page.url()).toMatch(/\/en\/loss\/$/);
	// The two answers this test asks for (Chromium logs each in the console too); any other
	// failed request would still show as an HTTP line.
	const asked = /^HTTP (404: .*no-such-lesson|503: .*\/en\/neuron\/)/;
	const logged = /^console: Failed to load resource: .* (404 \(Not Found\)|503 .*)$/;
	expect(problems.filter((p) => asked.test(p))).toHaveLength(2);
	expect(problems.filter((p) => !asked.test(p) && !logged.test(p))).toEqual([]);
	await close();
});

test('the course can be installed: a manifest with icons, linked from every page', async ({
	page,
	request
}) => {
	await page.goto('/en/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBeTruthy();
	const manifest = await (await request.get(new URL(href!, page.url()).href)).json();
	expect(manifest.name).toContain('Descent');
	expect(manifest.start_url).toBe('/');
	expect(manifest.display).toBe('standalone');
	const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
	expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
	expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
	for (const icon of manifest.icons) {
		const response = await request.get(icon.src);
		expect(response.status(), icon.src).toBe(200);
	}
	for (const path of ['/favicon.ico', '/favicon.svg', '/apple-touch-icon.png']) {
		expect((await request.get(path)).status(), path).toBe(200);
	}
});
