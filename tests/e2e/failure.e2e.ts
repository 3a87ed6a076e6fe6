import { type Page } from '@playwright/test';
import { expect, problemsExpected, test } from './fixtures';
import {
	builtPages,
	failureGroups,
	languageTurn,
	lessonPages,
	loadWidgets,
	pagesWithWidgets,
	widgetPages
} from './helpers';

// What the site must survive (DESIGN.md), on every page and every widget the build holds.
const pages = builtPages();
const withWidgets = pagesWithWidgets(pages);
/** Runs that must blow up: each widget that can diverge adds its setup here. */
const divergingRuns: { path: string; says: RegExp }[] = [
	{ path: '/en/playground/descent1d/?curve=parabola&lr=2.5&a=1', says: /diverged at step \d+/ },
	{ path: '/zh-TW/playground/descent1d/?curve=parabola&lr=2.5&a=1', says: /第 \d+ 步發散/ },
	{ path: '/en/playground/surface3d/?surface=bowl&a=1&lr=2.1', says: /diverged at step \d+/ },
	{ path: '/zh-TW/playground/surface3d/?surface=bowl&a=1&lr=2.1', says: /第 \d+ 步發散/ }
];

test.describe('the engine worker blocked', problemsExpected('the engine worker is blocked'), () => {
	for (const [group, paths] of Object.entries(failureGroups(pages))) {
		test(`${group} says so, offers a retry, and its text still reads`, async ({ page }) => {
			test.setTimeout(30_000 * paths.length);
			let errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await page.route('**/workers/**', (route) => route.abort());
			for (const path of paths) {
				await test.step(path, async () => {
					errors = [];
					await page.goto(path);
					const n = await loadWidgets(page, { status: false });
					expect(n).toBeGreaterThan(0);
					const hosts = page.locator('[data-widget]:visible');
					for (let i = 0; i < n; i++) {
						const host = hosts.nth(i);
						await host.scrollIntoViewIfNeeded();
						await expect(host.getByRole('alert').filter({ hasText: /\S/ }).first()).toBeVisible();
						await expect(host.getByRole('button', { name: /Retry|重試/ }).first()).toBeVisible();
					}
					await expect(page.locator('h1')).toBeVisible();
					expect((await page.locator('main').innerText()).trim().length).toBeGreaterThan(200);
					expect(errors).toEqual([]);
				});
			}
		});
	}
});

// Without scripts a page costs little to check, and a fresh browser page for each would cost more
// than the check: one page visits them all, each in a step of its own. Each lesson and each page
// with a widget is read in one language, the languages taking turns (languageTurn): what a page
// shows without scripts is the same build step in both.
test.describe('JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	test('every lesson reads with its formulas, and each widget shows a still picture and a sentence', async ({
		page
	}) => {
		test.setTimeout(180_000);
		let broken: string[] = [];
		page.on('response', (r) => r.status() >= 400 && broken.push(r.url()));
		const lessons = lessonPages(pages);
		const visited = pages.filter(
			(p) => (lessons.includes(p) || withWidgets.includes(p)) && languageTurn(p, pages)
		);
		expect(visited.filter((p) => p.startsWith('/en/')).length).toBeGreaterThan(5);
		expect(visited.filter((p) => p.startsWith('/zh-TW/')).length).toBeGreaterThan(5);
		for (const path of visited) {
			await test.step(path, async () => {
				broken = [];
				await page.goto(path, { waitUntil: 'load' });
				if (lessons.includes(path)) {
					await expect(page.locator('h1')).toBeVisible();
					expect(await page.locator('.katex').count()).toBeGreaterThan(0);
					await expect(page.locator('.katex').first()).toBeVisible();
				}
				if (withWidgets.includes(path)) await stillsRead(page);
				expect(broken).toEqual([]);
			});
		}
	});
});

/** Each widget on the page (scripts off) shows its still picture and says what it would do. */
async function stillsRead(page: Page): Promise<void> {
	const hosts = page.locator('[data-widget]:visible');
	const n = await hosts.count();
	if (n === 0) {
		// A view that cannot work without scripts (slides) says so and links to the lesson.
		await expect(page.getByText(/JavaScript/).first()).toBeVisible();
		await expect(page.locator('a[href]:visible').first()).toBeVisible();
		return;
	}
	for (let i = 0; i < n; i++) {
		const still = hosts.nth(i).locator('figure.still');
		await expect(still).toHaveCount(1);
		const img = still.locator('img');
		await img.scrollIntoViewIfNeeded();
		await expect(img).toBeVisible();
		await expect(img).toHaveJSProperty('complete', true);
		expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
		// The sentence saying what the widget would do… (polled: lesson blocks use
		// content-visibility: auto, and innerText is empty until the browser has rendered them)
		const caption = still.locator('figcaption');
		await expect.poll(async () => (await caption.innerText()).trim().length).toBeGreaterThan(40);
		// …and, for a browser with scripting off, the note that it needs JavaScript. (Playwright
		// turns script execution off but the parser still treats <noscript> as text, so read it.)
		expect(await still.locator('figcaption noscript').textContent()).toMatch(/JavaScript/);
	}
}

/** Long tasks (> 50 ms) on the main thread, counted from the first script on. */
async function countLongTasks(page: Page): Promise<() => Promise<number[]>> {
	await page.addInitScript(() => {
		const w = window as unknown as { __long: number[] };
		w.__long = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__long.push(e.duration);
		}).observe({ type: 'longtask', buffered: true });
	});
	return () => page.evaluate(() => (window as unknown as { __long: number[] }).__long);
}

for (const { path, says } of divergingRuns) {
	test(`a diverging run says so and nothing freezes: ${path}`, async ({ page }) => {
		const longTasks = await countLongTasks(page);
		await page.goto(path);
		await loadWidgets(page);
		const before = (await longTasks()).length;
		const widget = page.locator('[data-widget]').first();
		await widget.getByRole('button', { name: /Play|播放/ }).click();
		await expect(widget.getByRole('status').first()).toContainText(says, { timeout: 20_000 });
		// Still answering: the page runs script at once and the widget takes input.
		const t0 = Date.now();
		await page.evaluate(() => 1);
		expect(Date.now() - t0).toBeLessThan(1000);
		await widget.getByRole('button', { name: /Reset|重設/ }).click();
		await expect(widget.getByRole('status').first()).not.toContainText(says);
		// Only the start-up may take long; the run itself adds no long task worth a frozen page.
		const during = (await longTasks()).slice(before);
		expect(during.filter((d) => d > 200)).toEqual([]);
	});
}

test.describe('nonsense settings', () => {
	// Typed into the Chinese page, written into the English link: each widget meets both.
	for (const path of widgetPages(pages)) {
		if (path.startsWith('/zh-TW/'))
			test(`${path}: a typed nonsense value is refused with the range; the last good value stays`, async ({
				page
			}) => {
				await page.goto(path);
				await loadWidgets(page);
				// Fields folded away (a closed <details>) are left out: a reader cannot type there either.
				const fields = page.locator('[data-widget] input[type="text"]:visible');
				const n = await fields.count();
				expect(n).toBeGreaterThan(0);
				for (let i = 0; i < n; i++) {
					const field = fields.nth(i);
					const good = await field.inputValue();
					await field.fill('1e999x');
					await field.press('Enter');
					const id = (await field.getAttribute('aria-describedby'))?.split(' ').at(-1);
					const message = page.locator(`[id="${id}"]`);
					await expect(message).toBeVisible();
					await expect(message).toContainText('–');
					await expect(field).toHaveValue(good);
				}
			});

		if (!path.startsWith('/en/')) continue;
		test(`${path}: nonsense in the link is reported and the default kept`, async ({ page }) => {
			await page.goto(path);
			await loadWidgets(page);
			await page.waitForFunction(() => location.search.length > 1);
			const defaults = [...new URL(page.url()).searchParams];
			// Every setting refused at once: each gets its own note, and each its default back.
			const nonsense = new URLSearchParams(defaults.map(([name]) => [name, '%%nonsense']));
			await page.goto(`${path}?${nonsense}`);
			await loadWidgets(page);
			const notes = page.locator('[data-widget] [role="alert"]:visible');
			for (const [name] of defaults)
				await expect(notes.filter({ hasText: `Setting ${name}=“%%nonsense”` })).toHaveCount(1);
			// The address is rewritten once the settings rest (widgets wait a moment during drags).
			await expect
				.poll(() => [...new URL(page.url()).searchParams].sort())
				.toEqual([...defaults].sort());
		});
	}
});

// A 360 px phone and a wide screen: every page, in pages.e2e.ts.
