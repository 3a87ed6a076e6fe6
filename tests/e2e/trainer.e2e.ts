import { type Page } from '@playwright/test';
import { engineRetryRecovers } from './checks';
import { expect, problemsExpected, test } from './fixtures';

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
});

test('a confusion-matrix cell lists its samples with pictures and confidence', async ({ page }) => {
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
});

test('biased training data changes the accuracy per class on fair validation data', async ({
	page
}) => {
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
});

test('a CSV of extreme values is refused for its data, and no NaN or ∞ reaches the page', async ({
	page
}) => {
	await page.goto('/en/playground/trainer/?epochs=5&speed=100');
	await page.getByTestId('trainer-epoch-step').click();
	await expect(epoch(page)).toHaveText('1');
	const rows = ['0.8,0.3,cat', '1e308,-1e308,dog', '-1e308,1e308,cat', '0.2,0.7,dog'];
	await page.getByTestId('trainer-csv').setInputFiles({
		name: 'huge.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(['ears,snout,label', ...rows].join('\n'))
	});
	const problem = page.getByTestId('trainer-csv-problem');
	await expect(problem).toContainText(
		'Line 3, column “ears”: “1e308” is too large; features must lie within ±10¹⁵.'
	);
	await expect(problem).not.toContainText(/learning rate/i);
	// The run on the built-in data goes on where it was.
	await expect(epoch(page)).toHaveText('1');
	await page.getByTestId('trainer-play').click();
	await expect(status(page)).toContainText(/\(finished/, { timeout: 20_000 });
	const text = await page.locator('[data-widget]').innerText();
	expect(text).not.toMatch(/NaN|∞|Infinity/);
});

test('one example at a time: the answer corrects one guess (zh-TW)', async ({ page }) => {
	await page.goto('/zh-TW/playground/trainer/?mode=one');
	await page.getByTestId('trainer-next').click();
	await expect(page.getByTestId('trainer-one-before')).toContainText('P(狗) =');
	await expect(page.getByTestId('trainer-one-after')).toContainText('P(狗) =');
	await expect(status(page)).toContainText('第 1 張是');
	await page.getByTestId('trainer-next').click();
	await expect(status(page)).toContainText('第 2 張是');
});

test('a bad value in a link is reported and the default stays', async ({ page }) => {
	await page.goto('/en/playground/trainer/?batch=abc&lr=0.05');
	await expect(page.getByText(/Setting batch=“abc” is not valid/)).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Batch size' })).toHaveValue('16');
	await expect(page.getByRole('textbox', { name: 'Learning rate η' })).toHaveValue('0.05');
});

test(
	'a failed engine shows a message and a retry, and the retry recovers',
	problemsExpected('the engine worker is blocked'),
	async ({ page }) => {
		await engineRetryRecovers(page, '/en/playground/trainer/', async () => {
			await expect(status(page)).toContainText('Epoch 0 of 100', { timeout: 2000 });
		});
		await page.getByTestId('trainer-epoch-step').click();
		await expect(epoch(page)).toHaveText('1');
	}
);

const rateSlider = (page: Page) => page.getByRole('slider', { name: 'Learning rate η' });
const rateField = (page: Page) => page.getByRole('textbox', { name: 'Learning rate η' });

test('the learning rate changes mid-run without starting again', async ({ page }) => {
	await page.goto('/en/playground/trainer/?speed=4');
	await expect(status(page)).toContainText('Learning rate η = 0.2.');
	await page.getByTestId('trainer-play').click();
	await expect
		.poll(async () => Number(await epoch(page).textContent()), { timeout: 15_000 })
		.toBeGreaterThanOrEqual(2);
	const before = Number(await epoch(page).textContent());
	// Keyboard on the slider while it trains: every key press is an input event.
	await rateSlider(page).focus();
	for (let k = 0; k < 12; k++) await page.keyboard.press('ArrowRight');
	const lr = await rateField(page).inputValue();
	expect(Number(lr)).toBeGreaterThan(0.3);
	expect(Number(await epoch(page).textContent())).toBeGreaterThanOrEqual(before);
	// The readout names the new rate and the epoch from which it applies.
	const said = new RegExp(`Learning rate η = ${lr} from epoch (\\d+), iteration (\\d+) on \\(was `);
	await expect(status(page)).toContainText(said, { timeout: 10_000 });
	const from = Number(said.exec((await status(page).textContent()) ?? '')?.[1]);
	expect(from).toBeGreaterThanOrEqual(before);
	expect(Number(await epoch(page).textContent())).toBeGreaterThanOrEqual(from);
	// The run went on: the chart has every epoch since 0, and marks where the rate changed.
	const shown = Number(await epoch(page).textContent());
	expect(await points(page, 'trainer-loss-chart-train')).toBeGreaterThanOrEqual(shown + 1);
	await expect(page.getByTestId('trainer-loss-chart-rate').first()).toBeAttached();
	await expect(page.getByTestId('trainer-loss-chart').getByRole('img')).toHaveAttribute(
		'aria-label',
		new RegExp(`the learning rate changed .*η 0\\.2 → .*${lr}`)
	);
	await expect(page).toHaveURL(new RegExp(`lr=${lr}`));
	await page.getByTestId('trainer-pause').click();
	await expect(status(page)).toContainText(said);
});

test('a far too high rate mid-run makes the loss climb, the run still ends, and then a new rate starts a new run', async ({
	page
}) => {
	await page.goto('/en/playground/trainer/?epochs=12&speed=100');
	for (let k = 1; k <= 3; k++) {
		await page.getByTestId('trainer-epoch-step').click();
		await expect(epoch(page)).toHaveText(String(k));
	}
	const calm = await lossAfter(page, 'training');
	await rateSlider(page).focus();
	await page.keyboard.press('End');
	// The slider's top stop lands near 30 (its log scale moves in 200 steps).
	await expect.poll(async () => Number(await rateField(page).inputValue())).toBeGreaterThan(25);
	const lr = await rateField(page).inputValue();
	await expect(status(page)).toContainText(
		`Learning rate η = ${lr} from epoch 3, iteration 0 on (was 0.2).`
	);
	await expect(epoch(page)).toHaveText('3');
	await page.getByTestId('trainer-play').click();
	// The trainer's sigmoid output keeps its loss finite, so the run may end "finished" rather
	// than "diverged"; either way it ends, and the page answers afterwards.
	await expect(status(page)).toContainText(/\((finished|diverged)/, { timeout: 20_000 });
	expect(await lossAfter(page, 'training')).toBeGreaterThan(2 * calm);
	await expect(status(page)).toContainText('a new learning rate starts a new run');
	await rateSlider(page).focus();
	await page.keyboard.press('Home');
	await expect(epoch(page)).toHaveText('0');
	await expect(status(page)).toContainText('Learning rate η = 0.001.');
	await expect(page.getByTestId('trainer-loss-chart-rate')).toHaveCount(0);
});

test('the decision threshold recounts the confusion matrix and the accuracy per class, and a link carries it', async ({
	page
}) => {
	await page.goto('/en/playground/trainer/?epochs=10&speed=100');
	await page.getByTestId('trainer-play').click();
	await expect(status(page)).toContainText('(finished)', { timeout: 15_000 });
	const cells = async () => {
		const out: number[] = [];
		for (const [t, p] of [
			[0, 0],
			[0, 1],
			[1, 0],
			[1, 1]
		])
			out.push(Number(await page.getByTestId(`trainer-cell-${t}-${p}`).textContent()));
		return out;
	};
	const at05 = await cells();
	const field = page.getByRole('textbox', { name: 'Decision threshold' });
	await field.fill('0.95');
	await field.press('Enter');
	// A guess of dog needs 95 % now: fewer dogs guessed, more cats; 60 validation photos still.
	await expect
		.poll(async () => (await cells())[1] + (await cells())[3])
		.toBeLessThan(at05[1] + at05[3]);
	const at95 = await cells();
	expect(at95.reduce((a, b) => a + b, 0)).toBe(60);
	await expect(page.getByTestId('trainer-acc-1')).toHaveText((at95[3] / 30).toFixed(2));
	// Nothing trained meanwhile: the run is still finished at epoch 10.
	await expect(epoch(page)).toHaveText('10');
	await expect.poll(() => new URL(page.url()).searchParams.get('threshold')).toBe('0.95');
	await page.goto('/en/playground/trainer/?epochs=10&speed=100&threshold=0.95');
	await expect(page.getByRole('textbox', { name: 'Decision threshold' })).toHaveValue('0.95');
});

// Lesson 7's overfitting setting (its steps.ts): a small sample, a large network, seed 1.
const overfitting = 'data=small&hidden=32&optimizer=adam&lr=0.01&batch=1&epochs=100&speed=100';
/** The epoch and loss of "Lowest validation loss at epoch 11 (0.157)." in the status. */
async function lowestSaid(page: Page): Promise<{ epoch: number; loss: string }> {
	const text = (await status(page).textContent()) ?? '';
	const m = text.match(/Lowest validation loss at epoch (\d+) \(([\d.]+)\)/);
	if (!m) throw new Error(`no lowest epoch in: ${text}`);
	return { epoch: Number(m[1]), loss: m[2] };
}

test('overfitting: the lowest validation epoch comes well before the last, and early stopping goes back to it', async ({
	page
}) => {
	await page.goto(`/en/playground/trainer/?${overfitting}`);
	await page.getByTestId('trainer-play').click();
	await expect(status(page)).toContainText('(finished)', { timeout: 30_000 });
	await expect(status(page)).toContainText('Epoch 100 of 100');
	const lowest = await lowestSaid(page);
	expect(lowest.epoch).toBeLessThan(50);
	expect(await lossAfter(page, 'validation')).toBeGreaterThan(1.5 * Number(lowest.loss));
	await expect(page.getByTestId('trainer-loss-chart-lowest')).toHaveText(
		`lowest ${lowest.loss}, epoch ${lowest.epoch}`
	);
	// Early stopping restarts the run, stops it and brings back the weights of the lowest epoch.
	await page.getByTestId('trainer-early').check();
	await expect(page).toHaveURL(/early=1/);
	await expect(epoch(page)).toHaveText('0');
	await page.getByTestId('trainer-play').click();
	await expect(status(page)).toContainText('(stopped early)', { timeout: 30_000 });
	await expect(status(page)).toContainText(
		`Stopped at epoch ${lowest.epoch + 20} of 100: no lower validation loss for 20 epochs. The weights are back to those of epoch ${lowest.epoch}.`
	);
	expect(await lowestSaid(page)).toEqual(lowest);
	expect(await lossAfter(page, 'validation')).toBe(Number(lowest.loss));
});

test('each batch’s loss: a switch draws it, thinned, and the status gives its spread', async ({
	page
}) => {
	await page.goto('/en/playground/trainer/?batch=1&epochs=3&speed=100');
	await page.getByTestId('trainer-play').click();
	await expect(status(page)).toContainText('(finished)', { timeout: 20_000 });
	await expect(page.getByTestId('trainer-loss-chart-batches')).toHaveCount(0);
	await page.getByTestId('trainer-loss-chart-batches-switch').check();
	await expect(page).toHaveURL(/batches=1/);
	// 3 epochs of 340 updates, one drawn in 2: 510 points.
	expect(await points(page, 'trainer-loss-chart-batches')).toBe(510);
	await expect(status(page)).toContainText(
		/1 in 2 of 1020 updates drawn\); in the last epoch, batch losses ranged from [\d.e−-]+ to [\d.]+\./
	);
});
