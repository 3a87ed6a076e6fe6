import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Predict, then see, on lesson 2: the prediction in the "net" step holds back the sigmoid step,
 * and the neuron beside it stays on the sum, until the reader chooses or asks to be shown.
 */
const lesson = '/en/neuron/';
const guardedStep = (page: Page) => page.locator('.scrolly [data-step-index="4"]');

/**
 * Scrolls step `i` into Scrolly's band (the middle of a 1280-wide screen) until the scrolly
 * says `active`: a widget that loads above the step moves it after the scroll.
 */
async function toBand(page: Page, i: number, active = String(i)) {
	const scrolly = page.locator('.scrolly').first();
	const step = scrolly.locator(`[data-step-index="${i}"]`);
	await expect(async () => {
		await step.evaluate((el) =>
			window.scrollBy(0, el.getBoundingClientRect().top - innerHeight * 0.45)
		);
		await expect(scrolly).toHaveAttribute('data-step', active, { timeout: 1000 });
	}).toPass();
}

async function open(page: Page) {
	await page.goto(lesson);
	const predict = page.locator('[data-predict="neuron-sigmoid"]');
	// The buttons appear once the prediction's island is alive.
	await expect(predict.getByRole('button', { name: 'Just show me' })).toBeVisible();
	return predict;
}

test('the next step waits for a prediction, says right or wrong, and remembers', async ({
	page
}) => {
	const predict = await open(page);
	const scrolly = page.locator('.scrolly').first();
	// The scroll's neuron, not the challenge's further down (challenges.e2e.ts).
	const status = scrolly.getByTestId('neuron-status');
	await expect(guardedStep(page)).toBeHidden();
	// Scrolling past the question moves nothing on: the neuron stays at the sum.
	await toBand(page, 3);
	await page.mouse.wheel(0, 1500);
	await page.waitForTimeout(300);
	await expect(scrolly).toHaveAttribute('data-step', '3');
	await expect(status).toContainText('net = 1.1');
	await expect(status).not.toContainText('ŷ');

	await predict.getByLabel('1.1: the sum passes through unchanged').check();
	await predict.getByRole('button', { name: 'This is my prediction' }).click();
	await expect(predict.getByRole('status')).toContainText(
		'Not this time. You predicted “1.1: the sum passes through unchanged”; the answer is “A number between 0 and 1, about 0.75”'
	);
	await expect(guardedStep(page)).toBeVisible();
	await toBand(page, 4);
	await expect(status).toContainText('ŷ = 0.7503');

	// A returning reader finds the step open and their prediction marked.
	await page.reload();
	await expect(predict.getByRole('status')).toContainText('Not this time.');
	await expect(predict.getByLabel('1.1: the sum passes through unchanged')).toBeChecked();
	await expect(guardedStep(page)).toBeVisible();
});

test('“Just show me” opens the step, and the keyboard alone can predict', async ({ page }) => {
	let predict = await open(page);
	await predict.getByRole('button', { name: 'Just show me' }).click();
	await expect(predict.getByRole('status')).toContainText(
		'The answer is “A number between 0 and 1, about 0.75”'
	);
	await expect(guardedStep(page)).toBeVisible();

	await page.evaluate(() => localStorage.clear());
	predict = await open(page);
	await expect(guardedStep(page)).toBeHidden();
	// The focus in the choices (where Tab brings it); the arrows choose, Tab and Enter commit.
	await predict.getByRole('radio').first().focus();
	await page.keyboard.press('ArrowDown');
	await expect(predict.getByLabel('A number between 0 and 1, about 0.75')).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(predict.getByRole('button', { name: 'This is my prediction' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(predict.getByRole('status')).toContainText(
		'You predicted right: “A number between 0 and 1, about 0.75”'
	);
	await expect(predict.getByRole('status')).toBeFocused();
	await expect(guardedStep(page)).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the question and the step after it both read', async ({ page }) => {
		await page.goto(lesson);
		await expect(page.getByText('Next, net = 1.1 goes through the sigmoid.')).toBeVisible();
		await expect(guardedStep(page)).toBeVisible();
	});
});

// Every lesson's prediction in a scroll step holds the steps after it back until it is answered.
// (Lesson 8's is not in a scroll: it holds back its own explanation.)
test('in every lesson, the steps after a prediction stay hidden until it is answered', async ({
	page
}) => {
	test.slow();
	for (const lesson of [
		'neuron',
		'loss',
		'gradient-descent',
		'learning-rate',
		'backpropagation',
		'training-loop',
		'bias'
	]) {
		await page.goto(`/en/${lesson}/`);
		const predict = page.locator('.scrolly [data-predict]').first();
		const step = predict.locator('xpath=ancestor::*[@data-step-index][1]');
		const after = Number(await step.getAttribute('data-step-index')) + 1;
		const next = predict
			.locator('xpath=ancestor::*[contains(@class, "scrolly")][1]')
			.locator(`[data-step-index="${after}"]`);
		await expect(next, lesson).toBeHidden();
		await predict.getByRole('button', { name: 'Just show me' }).click();
		await expect(next, lesson).toBeVisible();
	}
});
