import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { measureDiagram } from './diagramLabels';
import { openMoreSettings, predictionsMade } from './helpers';
import { geometry, phoneStepsFit, showStep } from './sticky';

/**
 * Picture first in a lesson's scroll. A test a lesson and size, walking its steps: at 360×740 the
 * sticky widget stays on screen at every step in at most 45% of the height, below a one-row
 * header, and never covers the active step's text; at 1280×800 it fits beside the steps with no
 * scroll of its own.
 */

// Lessons whose sticky widgets fit a phone at every step, each widget in one language at least.
// The 3D surface's race and the neuron stepper's last step, the tallest, in both languages; the
// neuron's diagram in both languages in both its lessons.
const phoneLessons = [
	'/en/gradient-descent/',
	'/en/neuron/',
	'/zh-TW/neuron/',
	'/zh-TW/loss/',
	'/en/loss/',
	'/en/learning-rate/',
	'/zh-TW/learning-rate/',
	'/en/backpropagation/',
	'/zh-TW/backpropagation/',
	'/zh-TW/training-loop/',
	'/en/bias/'
];
const laptopLessons = [
	'/zh-TW/neuron/',
	'/zh-TW/loss/',
	'/zh-TW/gradient-descent/',
	'/zh-TW/learning-rate/',
	'/zh-TW/backpropagation/',
	'/zh-TW/training-loop/',
	'/zh-TW/bias/',
	// The trainer's English words are the longer: its picture is tallest there.
	'/en/training-loop/'
];
/** Widgets that must stick beside every step at 1280×800, not scroll with the page. */
const mustStick = ['trainer', 'surface3d'];

// A test a lesson: they share out among the workers, and each has its own time.
for (const path of phoneLessons)
	test(`phone 360×740 ${path}: a one-row header, the sticky picture in 45% of the screen, the step text in view`, async ({
		page
	}) => {
		await predictionsMade(page);
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(path);
		const header = await page.locator('.site-header').boundingBox();
		expect(header!.height, 'header in one row').toBeLessThanOrEqual(56);
		for (const scrolly of await page.locator('.scrolly').all())
			await phoneStepsFit(page, scrolly, path, async (widget, where) => {
				if (widget === 'neuron') await diagramReads(scrolly, where);
			});
	});

/**
 * The neuron's diagram as drawn in the sticky picture, once the step's value has arrived: every
 * label 12 px at least, none covering another.
 */
async function diagramReads(scrolly: Locator, where: string) {
	const sticky = scrolly.locator('.sticky');
	await expect
		.poll(async () => (await sticky.evaluate(measureDiagram)).moving, `${where}: settles`)
		.toBe(false);
	const d = await sticky.evaluate(measureDiagram);
	expect(
		d.smallest,
		`${where}: "${d.smallestText}" at ${d.smallest.toFixed(1)} px`
	).toBeGreaterThan(12 - 0.05);
	expect(d.overlaps, `${where}: labels that meet`).toEqual([]);
}

test.describe('with a finger', () => {
	test.use({ hasTouch: true });
	test('phone: a swipe on a slider scrolls the page; − / + set the learning rate to 0.5 and 0.1', async ({
		page
	}) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto('/en/gradient-descent/');
		const scrolly = page.locator('.scrolly').first();
		await showStep(page, scrolly, 0);
		const sticky = scrolly.locator('.sticky');
		const range = sticky.getByRole('slider', { name: 'Learning rate η' });
		const field = sticky.getByRole('textbox', { name: 'Learning rate η' });
		await expect(field).toHaveValue('0.1');
		const box = (await range.boundingBox())!;
		expect(box.height, 'a finger-sized track').toBeGreaterThanOrEqual(44);

		await test.step('taps on + and − land on round rates', async () => {
			const plus = sticky.getByRole('button', { name: 'Increase' });
			const minus = sticky.getByRole('button', { name: 'Decrease' });
			for (const size of [plus, minus]) {
				const b = (await size.boundingBox())!;
				expect(Math.min(b.width, b.height)).toBeGreaterThanOrEqual(44);
			}
			await plus.tap();
			await plus.tap();
			await expect(field).toHaveValue('0.5');
			await minus.tap();
			await minus.tap();
			await expect(field).toHaveValue('0.1');
		});
		// Last: the swipe's first touch still moves the thumb to where it lands (to 0.05 or so), as a
		// range input does; only the page's scroll is checked here.
		await test.step('a vertical swipe that starts on the slider scrolls the page', async () => {
			const cdp = await page.context().newCDPSession(page);
			const x = box.x + box.width / 2;
			const y = box.y + box.height / 2;
			const before = await page.evaluate(() => scrollY);
			const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', dy: number) =>
				cdp.send('Input.dispatchTouchEvent', {
					type,
					touchPoints: type === 'touchEnd' ? [] : [{ x, y: y - dy }]
				});
			await touch('touchStart', 0);
			for (let dy = 20; dy <= 200; dy += 20) await touch('touchMove', dy);
			await touch('touchEnd', 200);
			await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 100);
		});
	});
});

for (const path of laptopLessons)
	test(`laptop 1280×800 ${path}: a sticky widget fits beside the steps, or scrolls with the page`, async ({
		page
	}) => {
		await predictionsMade(page);
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(path);
		for (const scrolly of await page.locator('.scrolly').all()) {
			const steps = await scrolly.locator('[data-step-index]').count();
			for (let i = 0; i < steps; i++) {
				await showStep(page, scrolly, i);
				const where = `${path} step ${i + 1}`;
				// A step's picture can still be growing (its parts mount as their numbers come):
				// Scrolly answers each growth in the frame it is laid out, so read until settled.
				await expect(async () => {
					const g = await geometry(scrolly, i);
					expect(g.inner, `${where}: no scroll inside`).toBeLessThanOrEqual(1);
					// Taller than the screen, it would hide its own bottom and Tab into it would
					// scroll the page: Scrolly lets it scroll with the page instead.
					if (mustStick.includes(g.widget)) expect(g.sticky, `${where}: sticks`).toBe(true);
					if (g.sticky)
						expect(g.height, `${where}: fits the screen`).toBeLessThanOrEqual(
							g.vh - g.headerBottom
						);
				}).toPass({ timeout: 3000 });
			}
		}
	});

// The bias lesson's last step asks for a wrong cell of the matrix: its photos list in one row
// under it, and the picture still keeps to its 45%.
test('phone 360×740 /en/bias/: the classes picture up front, a wrong cell lists its photos', async ({
	page
}) => {
	await predictionsMade(page);
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/en/bias/');
	const scrolly = page.locator('.scrolly').first();
	// As a reader comes: the step before trains the run this one reads.
	for (const i of [1, 2]) await showStep(page, scrolly, i);
	const sticky = scrolly.locator('.sticky');
	await expect(sticky.getByTestId('trainer-classes')).toBeVisible();
	await expect(sticky.getByTestId('trainer-loss-chart')).toBeHidden();
	await expect(sticky.getByTestId('trainer-acc-0')).toHaveText(/^0\.\d\d$/);
	await sticky.getByTestId('trainer-cell-0-1').click();
	const strip = sticky.getByTestId('trainer-cell-samples');
	await expect(strip).toContainText(/Answer cat, guessed dog: \d+/);
	await expect(strip.locator('li').first()).toContainText(/\d+% dog/);
	const g = await geometry(scrolly, 2);
	expect(g.height, 'at most 45%').toBeLessThanOrEqual(0.45 * g.vh);
	expect(g.inner, 'no scroll inside').toBeLessThanOrEqual(1);
	expect(g.textCovered, 'text covered').toBe(false);
});

test('laptop 1280×800: the trainer shows its chart and plays', async ({ page }) => {
	await predictionsMade(page);
	await page.setViewportSize({ width: 1280, height: 800 });
	await test.step('the trainer: chart and play up front, the rest folded, training starts', async () => {
		await page.goto('/zh-TW/training-loop/');
		const scrolly = page.locator('.scrolly').first();
		await showStep(page, scrolly, 1);
		const sticky = scrolly.locator('.sticky');
		await expect(sticky.getByTestId('trainer-loss-chart')).toBeVisible();
		await expect(sticky.getByRole('slider', { name: /學習率/ }).first()).toBeVisible();
		await expect(sticky.locator('input[type="file"]')).toBeHidden();
		await expect(sticky.getByRole('radio').first()).toBeHidden();
		// The step describes training: it runs without a press.
		await expect(sticky.getByTestId('trainer-pause')).toBeVisible();
		await openMoreSettings(sticky);
		await expect(sticky.getByRole('radio').first()).toBeVisible();
		const href = await sticky.locator('a.full-widget').getAttribute('href');
		expect(href).toMatch(/^\/zh-TW\/playground\/trainer\/\?.*lr=0\.5/);
	});
});

test('reduced motion: a step that describes motion leaves the play button', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/en/gradient-descent/');
	const scrolly = page.locator('.scrolly').first();
	await showStep(page, scrolly, 2);
	const status = scrolly.getByTestId('descent1d-status');
	await expect(status).toContainText('Step 0:');
	await expect(scrolly.getByRole('button', { name: 'Play' })).toBeEnabled();
	// Without reduced motion the same step plays by itself.
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.reload();
	await showStep(page, scrolly, 2);
	await expect(status).not.toContainText('Step 0:');
});
