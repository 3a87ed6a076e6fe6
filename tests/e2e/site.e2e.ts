import { expect, problemsExpected, test } from './fixtures';
import { lessonSlugs } from '../../scripts/coursePages.mjs';
import { builtPages, watchProblems } from './helpers';

const pages = builtPages();

test('the build holds every page in both languages', () => {
	for (const p of [
		'/',
		'/zh-TW/',
		'/en/',
		'/zh-TW/playground/',
		'/en/playground/',
		'/zh-TW/gradient-descent/',
		'/en/gradient-descent/',
		'/404.html',
		'/offline.html'
	]) {
		expect(pages).toContain(p);
	}
	const zh = pages.filter((p) => p.startsWith('/zh-TW/')).map((p) => p.slice(6));
	const en = pages.filter((p) => p.startsWith('/en/')).map((p) => p.slice(3));
	expect(zh).toEqual(en);
});

// Each page loads with no console error and no failed request: checked in its visit in
// pages.e2e.ts.

test('lesson HTML already holds the KaTeX markup, and no KaTeX script ships for it', async ({
	request
}) => {
	for (const lang of ['zh-TW', 'en']) {
		const html = await (await request.get(`/${lang}/gradient-descent/`)).text();
		expect(html).toContain('class="katex"');
		expect(html).toMatch(/<annotation encoding="application\/x-tex">\s*w \\leftarrow w - \\eta/);
		expect(html).not.toMatch(/katex(\.min)?\.js/);
	}
});

test('the home page sends a first-time reader to the browser language, then remembers the choice', async ({
	browser
}) => {
	const context = await browser.newContext({ locale: 'en-US' });
	const page = await context.newPage();
	await page.goto('/');
	await page.waitForURL('**/en/');
	// The switch clicked before the page has hydrated (its scripts held back, as on a slow
	// connection) is a plain link: the page it opens must remember the choice. Only the English
	// page's scripts are held back: the Chinese page may ask for its own before this test could
	// lift the block, and without them it could not remember anything.
	await page.route('**/_app/immutable/**', (route) =>
		route.request().frame().url().includes('/zh-TW/') ? route.continue() : route.abort()
	);
	await page.reload();
	await page.getByRole('link', { name: /中文/ }).click();
	await page.waitForURL('**/zh-TW/');
	await page.unroute('**/_app/immutable/**');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
	await page.waitForLoadState('networkidle');
	await page.goto('/');
	await page.waitForURL('**/zh-TW/');
	await context.close();
});

test('the language switch keeps the lesson and the section', async ({ page }) => {
	// Hydrated once the page has fetched all it needs.
	await page.goto('/zh-TW/gradient-descent/', { waitUntil: 'networkidle' });
	await page.locator('#s2').evaluate((el) => el.scrollIntoView({ block: 'start' }));
	await page.evaluate(() => window.scrollBy(0, 40));
	await page.getByRole('link', { name: 'English' }).click();
	await page.waitForURL(/\/en\/gradient-descent\/#s2$/);
	await expect(page.locator('h1')).toContainText('Gradient descent');
});

test('the page’s own JavaScript holds no math core; the worker does', async ({ page, request }) => {
	const scripts: string[] = [];
	page.on('response', (r) => {
		if (r.url().endsWith('.js')) scripts.push(r.url());
	});
	await page.goto('/en/playground/descent1d/', { waitUntil: 'networkidle' });
	await expect(page.getByTestId('descent1d-status')).toContainText('Step 0');
	// Constants only the math core knows: Himmelblau's and the two wells' minima.
	const markers = ['3.584428', '.945649274', '.409544295'];
	const mainThread = scripts.filter((u) => !u.includes('/workers/'));
	const workers = scripts.filter((u) => u.includes('/workers/'));
	expect(mainThread.length).toBeGreaterThan(3);
	for (const url of mainThread) {
		const body = await (await request.get(url)).text();
		for (const m of markers) expect(body.includes(m), `${m} in ${url}`).toBe(false);
	}
	expect(workers.length).toBe(1);
	const worker = await (await request.get(workers[0])).text();
	for (const m of markers) expect(worker).toContain(m);
});

test(
	'an unknown address gets the 404 page in both languages, with every lesson',
	problemsExpected('unknown addresses answer 404'),
	async ({ page }) => {
		const problems = watchProblems(page);
		const lessons = lessonSlugs();
		for (const path of ['/en/no-such-lesson/', '/zh-TW/playground/nope/', '/no/such/page']) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(404);
			const main = page.getByTestId('not-found');
			await expect(main.locator('section[lang="zh-TW"] h2')).toHaveText('找不到這一頁。');
			await expect(main.locator('section[lang="en"] h2')).toHaveText('This page does not exist.');
			for (const lang of ['zh-TW', 'en']) {
				for (const slug of lessons) {
					await expect(main.locator(`a[href="/${lang}/${slug}/"]`), `${path} ${slug}`).toHaveCount(
						1
					);
				}
			}
		}
		await page.getByTestId('not-found').locator('a[href="/en/neuron/"]').click();
		await expect(page.locator('h1')).toContainText(/neuron/i);
		// The unknown addresses' own 404 responses are what this test asks for (Chromium logs each in
		// the console too); any other failed request would still show as an HTTP line.
		const asked = /^HTTP 404: .*(no-such-lesson|nope|no\/such\/page)/;
		const logged = /^console: Failed to load resource: .* 404 \(Not Found\)$/;
		expect(problems.filter((p) => asked.test(p))).toHaveLength(3);
		expect(problems.filter((p) => !asked.test(p) && !logged.test(p))).toEqual([]);
	}
);

test('corrupted progress in storage: the home page counts only this course’s lessons and questions', async ({
	page
}) => {
	const total = lessonSlugs().length;
	await page.goto('/en/');
	const flood = Array.from({ length: 50_000 }, (_, i) => `fake-${i}`);
	const stored = `{"read": [null, {"slug": "neuron"}, "neuron", "neuron", 7, ${JSON.stringify(flood).slice(1, -1)}],
		"answers": {"gd-sign": true, "gd-step": "yes", "fake-quiz": true, "__proto__": false, "x": null}}`;
	await page.evaluate((text) => localStorage.setItem('descent:progress', text), stored);
	await page.reload();
	await expect(page.getByTestId('progress')).toHaveText(
		`You have read 1 of ${total} lessons and answered 1 of 1 self-check questions correctly.`
	);
	await expect(page.locator('.lesson-list .done')).toHaveCount(1);
	// Not JSON, or JSON of the wrong shape: no progress at all, and the page reads on.
	for (const text of ['{', 'null', '[1,2,3]', '{"read": {"length": 50000}}']) {
		await page.evaluate((t) => localStorage.setItem('descent:progress', t), text);
		await page.reload();
		await expect(page.locator('.lesson-list li')).toHaveCount(total);
		await page.waitForTimeout(1200);
		await expect(page.getByTestId('progress')).toHaveCount(0);
	}
});
