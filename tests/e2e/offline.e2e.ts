import { expect, test } from '@playwright/test';
import { builtPages, lessonPages, loadWidgets, watchProblems, widgetPages } from './helpers';

const pages = builtPages();

test('one visit caches the whole course: offline, every lesson and widget still works', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const context = await browser.newContext();
	const page = await context.newPage();
	// The first visit, to the course index only.
	await page.goto('/en/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		// Controlled from now on, so every later request goes through the cache.
		if (!navigator.serviceWorker.controller)
			await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
	});

	await context.setOffline(true);
	const problems = watchProblems(page);
	for (const path of pages.filter((p) => p !== '/')) {
		await page.goto(path);
		await expect(page.locator('h1').first(), path).toBeVisible();
		await loadWidgets(page);
		await expect(page.locator('[data-widget] [role="alert"]:visible'), path).toHaveCount(0);
	}
	// The widgets compute offline: a step moves the ball.
	for (const path of widgetPages(pages)) {
		await page.goto(path);
		await loadWidgets(page);
		const status = page.locator('[data-widget] [role="status"]').first();
		const before = await status.innerText();
		await page
			.locator('[data-widget]')
			.getByRole('button', { name: /Step|下一步/ })
			.first()
			.click();
		await expect(status, path).not.toHaveText(before);
	}
	// Lessons read with their formulas; a link with settings opens too.
	for (const path of lessonPages(pages)) {
		await page.goto(`${path}#s2`);
		expect(await page.locator('.katex').count(), path).toBeGreaterThan(0);
	}
	await page.goto('/en/playground/descent1d/?lr=0.5');
	await expect(page.getByRole('textbox', { name: /Learning rate/ })).toHaveValue('0.5');
	expect(problems).toEqual([]);
	await context.close();
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
