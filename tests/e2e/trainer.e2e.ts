import { expect, test, type Page } from '@playwright/test';
import { watchProblems } from './helpers';

const epoch = (page: Page) => page.getByTestId('trainer-epoch');
const status = (page: Page) => page.getByTestId('trainer-status');
/** Number of points drawn in a chart's series path. */
const points = (page: Page, id: string) =>
	page.getByTestId(id).evaluate((p) => (p.getAttribute('d') ?? '').split(/[ML]/).length - 1);
/** The numbers in the status text after a label such as "training" or "validation". */
async function lossAfter(page: Page, label: string): Promise<number> {
	const text = (await status(page).textContent()) ?? '';
	const m = text.match(new RegExp(`Loss: training ([\\d.e+−-]+), validation ([\\d.e+−-]+)`));
	if (!m) throw new Error(`no loss in: ${text}`);
	return Number((label === 'training' ? m[1] : m[2]).replace('−', '-'));
}

test('training advances the counters and both curves, and pause stops them', async ({ page }) => {
	const problems = watchProblems(page);
	await page.goto('/en/playground/trainer/');
	await expect(epoch(page)).toHaveText('0');
	await expect(status(page)).toContainText('Epoch 0 of 100');
	await page.getByTestId('trainer-iteration-step').click();
	await expect(page.getByTestId('trainer-iteration')).toHaveText('1');
	await page.getByTestId('trainer-epoch-step').click();
	await expect(epoch(page)).toHaveText('1');
	await page.getByTestId('trainer-play').click();
	await expect
		.poll(async () => Number(await epoch(page).textContent()), { timeout: 15_000 })
		.toBeGreaterThanOrEqual(4);
	expect(await points(page, 'trainer-loss-chart-train')).toBeGreaterThanOrEqual(5);
	expect(await points(page, 'trainer-loss-chart-val')).toBeGreaterThanOrEqual(5);
	expect(await points(page, 'trainer-accuracy-chart-train')).toBeGreaterThanOrEqual(5);
	expect(await points(page, 'trainer-accuracy-chart-val')).toBeGreaterThanOrEqual(5);
	await page.getByTestId('trainer-pause').click();
	const stopped = await epoch(page).textContent();
	await page.waitForTimeout(600);
	await expect(epoch(page)).toHaveText(stopped ?? '');
	await expect(status(page)).toContainText('Lowest validation loss at epoch');
	await expect(page.getByTestId('trainer-boundary')).toHaveAttribute('d', /M/);
	expect(problems).toEqual([]);
});

test('a confusion-matrix cell lists its samples with pictures and confidence', async ({ page }) => {
	const problems = watchProblems(page);
	await page.goto('/en/playground/trainer/?epochs=10&speed=100');
	await page.getByTestId('trainer-play').click();
	await expect(status(page)).toContainText('(finished)', { timeout: 15_000 });
	const cell = page.getByTestId('trainer-cell-1-1');
	const count = Number(await cell.textContent());
	expect(count).toBeGreaterThan(20);
	await cell.click();
	await expect(cell).toHaveAttribute('aria-pressed', 'true');
	const list = page.getByTestId('trainer-cell-samples');
	await expect(list).toContainText(`The ${count} samples whose answer is dog`);
	await expect(list.getByRole('img')).toHaveCount(count);
	await expect(list.locator('li').first()).toContainText(/\d+% dog/);
	expect(problems).toEqual([]);
});

test('biased training data changes the accuracy per class on fair validation data', async ({
	page
}) => {
	const problems = watchProblems(page);
	await page.goto('/en/playground/trainer/?epochs=30&speed=100&model=logistic&lr=0.5');
	const catAcc = page.getByTestId('trainer-acc-0');
	await page.getByTestId('trainer-play').click();
	await expect(status(page)).toContainText('(finished)', { timeout: 20_000 });
	const fair = Number(await catAcc.textContent());
	await page.getByTestId('trainer-data-biased').check();
	await expect(epoch(page)).toHaveText('0');
	await expect(page).toHaveURL(/data=biased/);
	await page.getByTestId('trainer-play').click();
	await expect(status(page)).toContainText('(finished)', { timeout: 20_000 });
	const biased = Number(await catAcc.textContent());
	// Folded-ear cats never appear in the biased sample; the model calls them dogs.
	expect(biased).toBeLessThan(fair - 0.05);
	expect(problems).toEqual([]);
});

test('too high a learning rate makes the loss climb', async ({ page }) => {
	await page.goto('/en/playground/trainer/?lr=20&epochs=15&speed=100');
	await expect(status(page)).toContainText('Epoch 0 of 15');
	const before = await lossAfter(page, 'training');
	await page.getByTestId('trainer-play').click();
	await expect(status(page)).toContainText(/\((finished|diverged)/, { timeout: 20_000 });
	expect(await lossAfter(page, 'training')).toBeGreaterThan(2 * before);
});

test('a bad CSV names its line and keeps the data; a good one replaces it', async ({ page }) => {
	const problems = watchProblems(page);
	await page.goto('/en/playground/trainer/');
	await page.getByTestId('trainer-epoch-step').click();
	await expect(epoch(page)).toHaveText('1');
	await page.getByTestId('trainer-csv').setInputFiles({
		name: 'pets.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('ears,snout,label\n0.8,0.3,cat\n0.2,oops,dog\n')
	});
	await expect(page.getByTestId('trainer-csv-problem')).toContainText(
		'Line 3, column “snout”: “oops” is not a number.'
	);
	await expect(epoch(page)).toHaveText('1');
	const rows = Array.from(
		{ length: 40 },
		(_, i) => `${i % 9},${(i * 7) % 11},${i % 2 ? 'b' : 'a'}`
	);
	await page.getByTestId('trainer-csv').setInputFiles({
		name: 'mine.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(['width,height,label', ...rows].join('\n'))
	});
	await expect(page.getByText('Using the 40 rows of “mine.csv”.')).toBeVisible();
	await expect(page.getByTestId('trainer-csv-problem')).toHaveCount(0);
	await expect(epoch(page)).toHaveText('0');
	await expect(page.getByTestId('trainer-per-class')).toContainText('a');
	expect(problems).toEqual([]);
});

test('one example at a time: the answer corrects one guess (zh-TW)', async ({ page }) => {
	const problems = watchProblems(page);
	await page.goto('/zh-TW/playground/trainer/?mode=one');
	await page.getByTestId('trainer-next').click();
	await expect(page.getByTestId('trainer-one-before')).toContainText('P(狗) =');
	await expect(page.getByTestId('trainer-one-after')).toContainText('P(狗) =');
	await expect(status(page)).toContainText('第 1 張是');
	await page.getByTestId('trainer-next').click();
	await expect(status(page)).toContainText('第 2 張是');
	expect(problems).toEqual([]);
});

test('a bad value in a link is reported and the default stays', async ({ page }) => {
	await page.goto('/en/playground/trainer/?batch=abc&lr=0.05');
	await expect(page.getByText(/Setting batch=“abc” is not valid/)).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Batch size' })).toHaveValue('16');
	await expect(page.getByRole('textbox', { name: 'Learning rate η' })).toHaveValue('0.05');
});

test('a failed engine shows a message and a retry, and the retry recovers', async ({ page }) => {
	let block = true;
	await page.route('**/workers/**', (route) => (block ? route.abort() : route.continue()));
	await page.goto('/en/playground/trainer/');
	await expect(page.getByRole('alert').filter({ hasText: 'engine' })).toBeVisible();
	block = false;
	await page.getByRole('button', { name: 'Retry' }).click();
	await expect(status(page)).toContainText('Epoch 0 of 100');
	await page.getByTestId('trainer-epoch-step').click();
	await expect(epoch(page)).toHaveText('1');
});
