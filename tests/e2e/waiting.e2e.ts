import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { languageTurn, loadWidgets, watchProblems, widgetPages } from './helpers';

// Every widget is honest about waiting: before its first answer it says "computing…" and shows
// no impossible number or verdict; when the engine worker stops, it says so within a second,
// shows no stale number as current, and gets the right answer from a new worker by itself.

const COMPUTING = /Computing…|計算中…/;
const IMPOSSIBLE = /\bNaN\b|Infinity|undefined/;
/** Words of a verdict on a run, in any widget's status (descent1d, surface3d, trainer, losspanel). */
const VERDICT =
	/\bstop\b|converg|diverg|oscillat|stuck|finished|ended|went past|not there yet|learned|stalled|停下|收斂|發散|震盪|卡在|訓練完成|走完|過頭|還沒到/i;

interface Sample {
	t: number;
	text: string;
	status: string;
}

/**
 * Records, every 50 ms from the page's first script on, the visible text of its widgets and the
 * text of their status regions, with the time (Date.now, the clock the test shares).
 */
async function sampleWidgets(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __samples: Sample[] };
		w.__samples = [];
		const take = () => {
			const hosts = [...document.querySelectorAll<HTMLElement>('[data-widget]')];
			const status = hosts
				.flatMap((h) => [...h.querySelectorAll('[role="status"], [aria-live]')])
				.map((el) => el.textContent ?? '')
				.join(' | ');
			w.__samples.push({
				t: Date.now(),
				text: hosts.map((h) => h.innerText).join(' | '),
				status
			});
		};
		setInterval(take, 50);
	});
}

const samples = (page: Page) =>
	page.evaluate(() => (window as unknown as { __samples: Sample[] }).__samples.slice());

/** Waits until the widgets' text has not changed for `quietMs`. */
async function settle(page: Page, quietMs = 1000, timeout = 15_000): Promise<Sample> {
	const end = Date.now() + timeout;
	for (;;) {
		const all = await samples(page);
		const last = all[all.length - 1];
		const since = all.filter((s) => s.t >= last.t - quietMs);
		const calm = since.length > quietMs / 100 && since.every((s) => s.text === last.text);
		if (calm && !COMPUTING.test(last.status)) return last;
		if (Date.now() > end) throw new Error(`never settled: ${last.status}`);
		await page.waitForTimeout(200);
	}
}

/** How long the engine's answers are held back after navigation in the first-paint test. */
const HOLD_MS = 1500;

test.describe('before the first answer', () => {
	// One browser context, the pages in turn. Every message from each page's engine worker is
	// held back until 1.5 s after the worker started, so everything shown until then was shown
	// before any answer (holding the worker's script instead would miss one served from a cache).
	test('no playground page shows NaN, Infinity, undefined or a verdict it has not computed', async ({
		page
	}) => {
		test.setTimeout(180_000);
		await page.addInitScript((hold) => {
			const Native = window.Worker;
			window.Worker = class extends Native {
				#engine: boolean;
				#until = performance.now() + hold;
				constructor(url: string | URL, options?: WorkerOptions) {
					super(url, options);
					this.#engine = String(url).includes('engine.worker');
					const w = window as unknown as { __heldUntil?: number };
					if (this.#engine) w.__heldUntil ??= performance.timeOrigin + this.#until;
				}
				override addEventListener(
					type: string,
					listener: EventListenerOrEventListenerObject,
					options?: boolean | AddEventListenerOptions
				) {
					if (type !== 'message' || !this.#engine || typeof listener !== 'function') {
						return super.addEventListener(type, listener, options);
					}
					const held = (e: Event) => {
						const wait = this.#until - performance.now();
						if (wait > 0) setTimeout(() => listener.call(this, e), wait);
						else listener.call(this, e);
					};
					return super.addEventListener(type, held, options);
				}
			};
		}, HOLD_MS);
		await sampleWidgets(page);
		const problems: string[] = [];
		// Each widget in one language (they take turns), and the loss panel's other two views, which
		// ask the engine other questions, in the other: the same code waits in both.
		const all = widgetPages();
		expect(all.length).toBeGreaterThanOrEqual(10);
		const pages = all.filter((p) => languageTurn(p));
		const views = all
			.filter((p) => p.endsWith('/losspanel/') && !pages.includes(p))
			.flatMap((p) => [`${p}?view=train`, `${p}?view=softmax`]);
		const paths = [...pages, ...views];
		for (const path of paths) {
			await page.goto(path);
			const last = await settle(page);
			const releasedAt = await page.evaluate(
				() => (window as unknown as { __heldUntil?: number }).__heldUntil ?? 0
			);
			const all = await samples(page);
			const before = all.filter((s) => s.t < releasedAt);
			// The widget came to life and said it was computing while the answers were held back.
			if (!before.some((s) => COMPUTING.test(s.status))) problems.push(`${path}: no computing`);
			for (const s of all) {
				if (IMPOSSIBLE.test(s.text)) problems.push(`${path}: ${s.text.match(IMPOSSIBLE)}`);
			}
			for (const s of before) {
				if (VERDICT.test(s.status)) problems.push(`${path} before an answer: ${s.status}`);
			}
			expect(last.status).not.toMatch(COMPUTING);
		}
		expect([...new Set(problems)]).toEqual([]);
	});
});

/** Stops the page's engine worker without a word, as `self.close()` does. */
async function stopEngine(page: Page): Promise<void> {
	const worker = page.workers().find((w) => w.url().includes('engine.worker'));
	expect(worker, 'the engine worker').toBeTruthy();
	// Closed a moment later, so that this evaluation still answers.
	await worker!.evaluate(() => void setTimeout(() => self.close(), 10));
	await page.waitForTimeout(100);
}

interface Case {
	path: string;
	status: (page: Page) => Locator;
	/** Changes one setting, as a reader would. */
	move: (page: Page) => Promise<void>;
}

const typeInto = (name: string, value: string, within?: string) => async (page: Page) => {
	const scope = within ? page.getByTestId(within) : page;
	const field = scope.getByRole('textbox', { name, exact: true });
	await field.fill(value);
	await field.press('Enter');
};

const cases: Case[] = [
	{
		path: '/en/playground/descent1d/',
		status: (p) => p.getByTestId('descent1d-status'),
		move: typeInto('Start w₀', '-1.5')
	},
	{
		path: '/zh-TW/playground/descent1d/',
		status: (p) => p.getByTestId('descent1d-status'),
		move: typeInto('起點 w₀', '-1.5')
	},
	{
		path: '/en/playground/losspanel/',
		status: (p) => p.getByTestId('losspanel-status'),
		move: typeInto('Prediction ŷ', '0.7')
	},
	{
		path: '/en/playground/neuron/',
		status: (p) => p.getByTestId('neuron-status'),
		move: async (p) => {
			await p.getByRole('slider', { name: 'value of w₁' }).focus();
			for (let i = 0; i < 3; i++) await p.keyboard.press('ArrowRight');
		}
	},
	{
		path: '/en/playground/surface3d/',
		status: (p) => p.locator('[data-widget] .readouts [role="status"]').first(),
		move: typeInto('Learning rate η', '0.05', 'surface3d-ball-1')
	}
];

test.describe('a stopped engine worker', () => {
	for (const { path, status, move } of cases) {
		test(`${path}: says computing within a second, then shows the right answer`, async ({
			page,
			context
		}) => {
			const problems = watchProblems(page);
			await sampleWidgets(page);
			await page.goto(path);
			await loadWidgets(page);
			const before = await settle(page);
			await stopEngine(page);
			await move(page);
			const movedAt = await page.evaluate(() => Date.now());
			await expect(status(page)).toHaveText(COMPUTING, { timeout: 1000 });
			await expect(status(page)).not.toHaveText(COMPUTING, { timeout: 8000 });
			const after = await settle(page);
			expect(after.status).not.toBe(before.status);

			// The right answer: what a fresh page with the same settings (its address) shows.
			await page.waitForTimeout(400);
			const fresh = await context.newPage();
			await fresh.goto(page.url());
			await loadWidgets(fresh);
			await expect(status(fresh)).toHaveText((await status(page).textContent()) ?? '');
			await fresh.close();

			// Never a stale number as current: from 400 ms after the move until the answer, the
			// status said it was computing; in between it showed the old numbers or the new.
			const during = (await samples(page)).filter((s) => s.t > movedAt && s.t < after.t);
			const answered = during.findIndex((s) => s.status === after.status);
			const waiting = during.slice(0, answered < 0 ? during.length : answered);
			for (const s of waiting) {
				if (s.t > movedAt + 400) expect(s.status).toMatch(COMPUTING);
				else if (!COMPUTING.test(s.status))
					expect([before.status, after.status]).toContain(s.status);
			}
			expect(problems).toEqual([]);
		});
	}

	test('the trainer goes on from its epoch after the worker restarts', async ({ page }) => {
		const problems = watchProblems(page);
		const epoch = page.getByTestId('trainer-epoch');
		await page.goto('/en/playground/trainer/?epochs=200&speed=30');
		await loadWidgets(page);
		await page.getByTestId('trainer-play').click();
		await expect.poll(async () => Number(await epoch.textContent())).toBeGreaterThanOrEqual(3);
		await stopEngine(page);
		const stoppedAt = Number(await epoch.textContent());
		await expect(page.getByTestId('trainer-status')).toHaveText(COMPUTING, { timeout: 1000 });
		// The run goes on from where it was: the epoch never falls back, and it grows.
		const seen: number[] = [];
		await expect
			.poll(
				async () => {
					seen.push(Number(await epoch.textContent()));
					return seen[seen.length - 1];
				},
				{ timeout: 10_000 }
			)
			.toBeGreaterThan(stoppedAt + 2);
		expect(Math.min(...seen)).toBeGreaterThanOrEqual(stoppedAt);
		await expect(page.getByTestId('trainer-status')).not.toHaveText(COMPUTING);
		// The loss chart holds every epoch, the ones before the restart included.
		await page.getByTestId('trainer-pause').click();
		const shown = Number(await epoch.textContent());
		const points = await page
			.getByTestId('trainer-loss-chart-train')
			.evaluate((p) => (p.getAttribute('d') ?? '').split(/[ML]/).length - 1);
		expect(points).toBe(shown + 1);
		expect(problems).toEqual([]);
	});
});

/** Counts the 3D view's frames from the page's first script on. */
async function countFrames(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __frames: number };
		w.__frames = 0;
		document.addEventListener('surface3d:frame', () => w.__frames++);
	});
}
const frames = (page: Page) =>
	page.evaluate(() => (window as unknown as { __frames: number }).__frames);

test.describe('a stopped render worker', () => {
	test('the 3D view starts a new renderer and draws again', async ({ page }) => {
		const problems = watchProblems(page);
		await countFrames(page);
		await page.goto('/en/playground/surface3d/');
		await loadWidgets(page);
		const view = page.getByTestId('surface3d-view');
		await expect(view).toHaveAttribute('data-mode', '3d');
		// Killed once it has drawn: a renderer still loading three.js is given longer.
		await expect.poll(() => frames(page)).toBeGreaterThan(0);
		const renderer = page.workers().find((w) => w.url().includes('render.worker'));
		expect(renderer, 'the render worker').toBeTruthy();
		await renderer!.evaluate(() => void setTimeout(() => self.close(), 10));
		await page.waitForTimeout(100);
		const before = await frames(page);
		// The reader moves on: the view must follow, not freeze.
		await typeInto('Learning rate η', '0.05', 'surface3d-ball-1')(page);
		await expect(view).toHaveAttribute('data-restarts', '1', { timeout: 8000 });
		await expect(view).toHaveAttribute('data-mode', '3d');
		await expect.poll(() => frames(page), { timeout: 10_000 }).toBeGreaterThan(before);
		await expect(view.locator('canvas')).toHaveCount(1);
		expect(problems).toEqual([]);
	});

	test('a renderer that keeps stopping gives way to the contour map, with a sentence', async ({
		page
	}) => {
		test.setTimeout(90_000);
		await countFrames(page);
		await page.goto('/en/playground/surface3d/');
		await loadWidgets(page);
		const view = page.getByTestId('surface3d-view');
		await expect(view).toHaveAttribute('data-mode', '3d');
		for (let i = 1; i <= 3; i++) {
			// Each renderer is stopped once it has drawn.
			await expect.poll(() => frames(page), { timeout: 15_000 }).toBeGreaterThan(0);
			await page.evaluate(() => ((window as unknown as { __frames: number }).__frames = 0));
			for (const w of page.workers().filter((w) => w.url().includes('render.worker'))) {
				await w.evaluate(() => void setTimeout(() => self.close(), 10)).catch(() => {});
			}
			await page.waitForTimeout(100);
			await typeInto('Learning rate η', String(0.05 + i / 100), 'surface3d-ball-1')(page);
			if (i < 3) await expect(view).toHaveAttribute('data-restarts', String(i), { timeout: 8000 });
		}
		await expect(page.getByText('The 3D view kept stopping')).toBeVisible({ timeout: 8000 });
		await expect(page.getByTestId('surface3d-map')).toBeVisible();
	});
});
