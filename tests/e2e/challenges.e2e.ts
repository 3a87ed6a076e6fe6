import type { Locator, Page } from '@playwright/test';
import { labPictures } from '../../scripts/labPictures.mjs';
import { expect, test } from './fixtures';

/**
 * Challenges the widget checks: each is driven through its widget with the keyboard (typed
 * number fields, Enter, buttons), first to a state that misses the goal (no mark, the hint), then
 * to one that meets it (announced, remembered across a reload and on the course home).
 * The lab's is met with two kinds of generated pictures (scripts/labPictures.mjs), as lab.e2e
 * trains on.
 */

async function open(page: Page, path: string, id: string, computes = true): Promise<Locator> {
	await page.goto(path);
	const box = page.locator(`[data-challenge="${id}"]`);
	// The page above shortens as its islands wake (a prediction holds steps back): scroll again
	// until the widget, which loads when near the screen, is live.
	await expect(async () => {
		await box.scrollIntoViewIfNeeded();
		await expect(box.locator('.widget-box')).toBeVisible({ timeout: 1000 });
	}).toPass();
	// Before the reader trains, the lab has computed nothing a challenge could read.
	if (computes)
		await expect(box.getByTestId('challenge-status')).not.toHaveText(
			'Waiting for the widget’s result…'
		);
	return box;
}

/** Types a value into a labelled number field and commits it with Enter. */
async function type(scope: Locator, name: string | RegExp, value: string) {
	const field = scope.getByRole('textbox', { name }).first();
	await field.fill(value);
	await field.press('Enter');
}

// A surface's run plays a few hundred steps before it is judged.
const RUN_MS = 20_000;

async function notDone(box: Locator, said: string | RegExp) {
	await expect(box.getByTestId('challenge-status')).toContainText(said, { timeout: RUN_MS });
	await expect(box.getByTestId('challenge-status')).toContainText('Not yet');
	await expect(box.getByTestId('challenge-hint')).toBeVisible();
	await expect(box.getByTestId('challenge-done')).toHaveCount(0);
}

async function done(page: Page, box: Locator, said: string | RegExp, slug: string) {
	await expect(box.getByTestId('challenge-status')).toContainText(said, { timeout: RUN_MS });
	await expect(box.getByTestId('challenge-done')).toHaveText('Done ✓');
	await expect(box.getByTestId('challenge-hint')).toHaveCount(0);
	await page.reload();
	await expect(box.getByTestId('challenge-done')).toHaveText('Done ✓');
	await page.goto('/en/');
	await expect(page.getByTestId(`challenges-${slug}`)).toHaveText('1 of 1 challenge done');
}

/** The surface's player: fastest speed, then Play, so a run of a few hundred steps plays out. */
async function playOut(box: Locator) {
	await box.getByLabel('Speed').selectOption('100');
	await box.getByRole('button', { name: /Play/ }).click();
}

test('lesson 5: the largest rate that converges on the valley', async ({ page }) => {
	const box = await open(page, '/en/learning-rate/', 'lr-valley-limit');
	const ball = box.getByTestId('surface3d-ball-1');
	await type(ball, 'Learning rate η', '0.11');
	await playOut(box);
	await notDone(box, 'η = 0.11 does not converge');
	await type(ball, 'Learning rate η', '0.097');
	await playOut(box);
	await done(page, box, 'Done! η = 0.097 converges', 'learning-rate');
});

test('lesson 4: a start that ends in the deeper valley', async ({ page }) => {
	const box = await open(page, '/en/gradient-descent/', 'gd-deeper-valley');
	await type(box, 'Start w₁', '1.5');
	await playOut(box);
	await notDone(box, 'shallower valley, a local minimum');
	await type(box, 'Start w₁', '-1.9');
	await playOut(box);
	await done(page, box, 'deeper valley, the global minimum', 'gradient-descent');
});

test('lesson 3: a loss that recovers within 5 epochs', async ({ page }) => {
	const box = await open(page, '/en/loss/', 'loss-recover');
	await type(box, 'Epochs', '5');
	await box.getByRole('button', { name: /Play/ }).click();
	await notDone(box, 'neither has reached 90%');
	// The player stays at the last epoch: the new run is judged there at once.
	await type(box, 'Learning rate η', '2');
	await done(page, box, /Done! Within 5 epochs cross-entropy reached/, 'loss');
});

test('lesson 2: a neuron output of at least 0.9', async ({ page }) => {
	const box = await open(page, '/en/neuron/', 'neuron-output');
	// The weight on the diagram is a slider: each arrow key adds 0.05, from 0.6.
	const w1 = box.getByRole('slider', { name: 'value of w₁' });
	for (let i = 0; i < 8; i++) await w1.press('ArrowRight');
	await notDone(box, 'ŷ = 0.87, still below 0.9');
	for (let i = 0; i < 4; i++) await w1.press('ArrowRight');
	await done(page, box, 'Done! ŷ = 0.909', 'neuron');
});

test('lesson 6: the loss below 0.02 in two updates', async ({ page }) => {
	const box = await open(page, '/en/backpropagation/', 'bp-two-updates');
	const update = async () => {
		await box.getByTestId('neuron-next-cycle').click();
		// The stepper starts the new cycle at its first step: End goes to the update again.
		await box.getByRole('slider', { name: /step/i }).first().press('End');
	};
	await update();
	await notDone(box, 'after 1 update the loss is 0.0559');
	await box.getByRole('button', { name: 'Start again' }).click();
	await type(box, 'Learning rate η', '2');
	await box.getByRole('slider', { name: /step/i }).first().press('End');
	await update();
	await update();
	await done(page, box, 'Done! 2 updates took the loss from 0.0723 to 0.0154', 'backpropagation');
});

test('lesson 7: pause just after the lowest validation loss', async ({ page }) => {
	const box = await open(page, '/en/training-loop/', 'loop-stop-best');
	const epoch = box.getByTestId('trainer-epoch-step');
	for (let i = 0; i < 5; i++) await epoch.click();
	await notDone(box, 'epoch 5 has the lowest validation loss so far');
	for (let i = 0; i < 7; i++) await epoch.click();
	await done(page, box, 'You stopped at epoch 12, 1 epoch after', 'training-loop');
});

test('lesson 8: every class at 90% in the lab, with pictures of two kinds', async ({ page }) => {
	test.setTimeout(90_000);
	const box = await open(page, '/en/lab/', 'lab-every-class', false);
	// Before training the lab has computed nothing, and nothing is marked.
	await expect(box.getByTestId('challenge-status')).not.toContainText('Done');
	await expect(box.getByTestId('challenge-done')).toHaveCount(0);
	for (const kind of [0, 1] as const) {
		const files = await labPictures(page, kind, 40, 1);
		await box.getByTestId(`lab-upload-${kind}`).setInputFiles(files);
		await expect(box.getByTestId(`lab-count-${kind}`)).toHaveText('40 pictures');
	}
	await box.getByTestId('lab-train').click();
	// 50 epochs, as Teachable Machine: longer than a surface's run on a busy machine.
	await expect(box.getByTestId('challenge-status')).toContainText('Done!', { timeout: 60_000 });
	await done(page, box, /Done! Every class is at 90% or more: cat 100%, dog 100%/, 'lab');
});
