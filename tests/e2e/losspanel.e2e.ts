import { type Locator, type Page } from '@playwright/test';
import { engineRetryRecovers } from './checks';
import { expect, problemsExpected, test } from './fixtures';
import { watchProblems } from './helpers';

/** The readout's 3-significant-digit form of x, with a true minus sign. */
const fmt = (x: number) => Number(x.toPrecision(3)).toString().replace('-', '−');

/** ŷ as the status prints it: "prediction ŷ = 0.3". */
async function readYHat(status: Locator): Promise<number> {
	const text = (await status.textContent()) ?? '';
	const m = /prediction ŷ = ([\d.]+)/.exec(text);
	if (!m) throw new Error(`no ŷ in: ${text}`);
	return Number(m[1]);
}

/** Both lines name the closed forms for y = 1: (1 − ŷ)², −ln ŷ and their z-gradients. */
async function expectNumbersFor(page: Page, yHat: number) {
	const mse = page.getByTestId('losspanel-mse');
	const bce = page.getByTestId('losspanel-bce');
	await expect(mse).toContainText(`L = ${fmt((1 - yHat) ** 2)},`);
	await expect(mse).toContainText(`∂L/∂z = ${fmt(2 * (yHat - 1) * yHat * (1 - yHat))}.`);
	await expect(bce).toContainText(`L = ${fmt(-Math.log(yHat))},`);
	await expect(bce).toContainText(`∂L/∂z = ${fmt(yHat - 1)}.`);
}

/** Page x of prediction ŷ on a curve panel (plot margins 50 px left, 14 px right). */
async function xOf(chart: Locator, yHat: number) {
	const box = await chart.boundingBox();
	if (!box) throw new Error('chart not laid out');
	return { x: box.x + 50 + yHat * (box.width - 64), y: box.y + box.height / 2 };
}

test('moving ŷ by keyboard updates both losses and gradients, and the link', async ({ page }) => {
	await page.goto('/en/playground/losspanel/');
	const status = page.getByTestId('losspanel-status');
	await expect(status).toContainText('prediction ŷ = 0.2');
	await expectNumbersFor(page, 0.2);
	const marker = page.getByRole('slider', { name: 'Prediction ŷ marker (arrow keys move it)' });
	await marker.focus();
	for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
	await expect(status).toContainText('prediction ŷ = 0.3');
	await expectNumbersFor(page, 0.3);
	await expect(marker).toHaveAttribute('aria-valuenow', '0.3');
	await expect(page).toHaveURL(/yhat=0\.3/);
	await page.keyboard.press('End');
	await expect(status).toContainText('prediction ŷ = 0.99');
});

test('dragging the marker with a pointer updates both numbers', async ({ page }) => {
	await page.goto('/en/playground/losspanel/');
	const status = page.getByTestId('losspanel-status');
	await expect(status).toContainText('prediction ŷ = 0.2');
	const chart = page.locator('[data-widget="losspanel"] svg[role="group"]').first();
	const from = await xOf(chart, 0.2);
	const to = await xOf(chart, 0.8);
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	await page.mouse.move(to.x, to.y, { steps: 8 });
	await page.mouse.up();
	await expect(status).not.toContainText('prediction ŷ = 0.2');
	const yHat = await readYHat(status);
	expect(Math.abs(yHat - 0.8)).toBeLessThan(0.02);
	await expectNumbersFor(page, yHat);
});

test('a tap on a phone moves the marker too', async ({ browser }) => {
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		hasTouch: true,
		isMobile: true
	});
	const page = await context.newPage();
	const problems = watchProblems(page);
	await page.goto('/en/playground/losspanel/');
	const status = page.getByTestId('losspanel-status');
	await expect(status).toContainText('prediction ŷ = 0.2');
	const chart = page.locator('[data-widget="losspanel"] svg[role="group"]').first();
	await chart.scrollIntoViewIfNeeded();
	const at = await xOf(chart, 0.7);
	await page.touchscreen.tap(at.x, at.y);
	await expect(status).not.toContainText('prediction ŷ = 0.2');
	const yHat = await readYHat(status);
	expect(Math.abs(yHat - 0.7)).toBeLessThan(0.03);
	await expectNumbersFor(page, yHat);
	// Nothing spills sideways at 360 px.
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(overflow).toBeLessThanOrEqual(360);
	expect(problems).toEqual([]);
	await context.close();
});

test('training shows two curves: MSE stalls from the wrong side while cross-entropy recovers', async ({
	page
}) => {
	await page.goto('/en/playground/losspanel/?view=train');
	const status = page.getByTestId('losspanel-status');
	await expect(status).toContainText('Epoch 0 of 60.');
	await page.getByRole('button', { name: /Play/ }).click();
	await expect(status).toContainText('Epoch 60 of 60.', { timeout: 20_000 });
	for (const kind of ['mse', 'bce']) {
		const curves = page.getByTestId(`losspanel-curve-${kind}`);
		await expect(curves).toHaveCount(2);
		// The loss and accuracy curves, drawn through all 61 epochs.
		for (const d of await curves.evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? '')))
			expect(d.split(/[ML]/).length - 1).toBe(61);
	}
	await expect(status).toContainText('MSE stalled');
	await expect(status).toContainText(/Cross-entropy: loss [\d.]+, accuracy 100 %/);
});

test('the softmax view answers a new true class and a new logit', async ({ page }) => {
	await page.goto('/en/playground/losspanel/?view=softmax');
	const status = page.getByTestId('losspanel-status');
	await expect(status).toContainText('True class: dog.');
	const before = await status.textContent();
	await page.getByRole('radio', { name: 'cat' }).check();
	await expect(status).toContainText('True class: cat.');
	await expect(status).toContainText('−ln q(cat)');
	// z = (1, 2, 0.5): q(cat) = e / (e + e² + e^0.5).
	const e = Math.exp;
	const qCat = e(1) / (e(1) + e(2) + e(0.5));
	await expect(status).toContainText(`= ${fmt(-Math.log(qCat))}.`);
	const logit = page.getByRole('slider', { name: 'Logit z for cat' });
	await logit.focus();
	for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
	await expect(status).not.toContainText(`= ${fmt(-Math.log(qCat))}.`);
	expect(await status.textContent()).not.toBe(before);
});

test('views switch by tab keys, and the zh-TW panel speaks Chinese', async ({ page }) => {
	await page.goto('/zh-TW/playground/losspanel/');
	const status = page.getByTestId('losspanel-status');
	await expect(status).toContainText('預測 ŷ = 0.2');
	await page.getByRole('tab', { name: '損失與預測值' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('tab', { name: '各訓練一次' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await expect(status).toContainText('第 0 / 60 代');
	await expect(page).toHaveURL(/view=train/);
});

test('a bad value in a link is reported with its range, and the default kept', async ({ page }) => {
	await page.goto('/en/playground/losspanel/?view=train&lr=abc&epochs=30');
	await expect(
		page.getByText(/Setting lr=“abc” is not valid \(allowed: 0\.01 – 10\)/)
	).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Learning rate η' })).toHaveValue('1');
	await expect(page.getByTestId('losspanel-status')).toContainText('Epoch 0 of 30.');
});

test(
	'a crashed engine shows a message and a retry, and the retry recovers',
	problemsExpected('the engine worker is blocked'),
	async ({ page }) => {
		await engineRetryRecovers(page, '/en/playground/losspanel/', async () => {
			await expect(page.getByTestId('losspanel-status')).toContainText('prediction ŷ = 0.2', {
				timeout: 2000
			});
		});
	}
);
