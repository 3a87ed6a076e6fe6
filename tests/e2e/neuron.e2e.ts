import { type Page } from '@playwright/test';
import { engineRetryRecovers } from './checks';
import { measureDiagram } from './diagramLabels';
import { expect, problemsExpected, test } from './fixtures';

// The fixed example, worked out here from the formulas alone (not from the widget's code).
const x = [0.5, -1];
const w = [0.8, 0.2];
const b = 0.1;
const y = 1;
const eta = 0.5;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const net = x[0] * w[0] + x[1] * w[1] + b;
const yHat = sigmoid(net);
const loss = (y - yHat) ** 2;
const dLdy = 2 * (yHat - y);
const dydnet = yHat * (1 - yHat);
const dLdw = x.map((xi) => dLdy * dydnet * xi);
const dLdb = dLdy * dydnet;
const wNew = w.map((wi, i) => wi - eta * dLdw[i]);
const bNew = b - eta * dLdb;
const lossAfter = (y - sigmoid(x[0] * wNew[0] + x[1] * wNew[1] + bNew)) ** 2;

/** As the status line writes numbers: 4 significant digits, a true minus sign. */
const fmt = (v: number) => Number(v.toPrecision(4)).toString().replace('-', '−');

/** What the status says at each step: [step name, symbol = value]. */
const expected: string[] = [
	`x = (0.5, −1), w = (0.8, 0.2), b = 0.1`,
	`x₁w₁ = ${fmt(x[0] * w[0])}`,
	`x₂w₂ = ${fmt(x[1] * w[1])}`,
	`net = ${fmt(net)}`,
	`ŷ = ${fmt(yHat)}`,
	`L = ${fmt(loss)}`,
	`∂L/∂ŷ = ${fmt(dLdy)}`,
	`∂ŷ/∂net = ${fmt(dydnet)}`,
	`∂net/∂w₁ = ${fmt(x[0])}`,
	`∂L/∂w₁ = ${fmt(dLdw[0])}`,
	`∂net/∂w₂ = ${fmt(x[1])}`,
	`∂L/∂w₂ = ${fmt(dLdw[1])}`,
	`∂net/∂b = 1`,
	`∂L/∂b = ${fmt(dLdb)}`,
	`w₁′ = ${fmt(wNew[0])}`,
	`w₂′ = ${fmt(wNew[1])}`,
	`b′ = ${fmt(bNew)}`,
	`L′ = ${fmt(lossAfter)}`
];

const example = `mode=full&n=2&x1=${x[0]}&x2=${x[1]}&w1=${w[0]}&w2=${w[1]}&b=${b}&y=${y}&act=sigmoid&loss=mse&lr=${eta}`;

async function open(page: Page, query: string, lang = 'en') {
	await page.goto(`/${lang}/playground/neuron/?${query}`);
	const status = page.getByTestId('neuron-status');
	await expect(status).toContainText(lang === 'en' ? 'Step' : '步');
	return status;
}

test('stepping forward and back shows each number of the cycle, worked out independently', async ({
	page
}) => {
	const status = await open(page, example);
	await expect(status).toContainText('Step 0 of 17');
	await expect(status).toContainText(expected[0]);
	const next = page.getByTestId('neuron-next');
	for (let k = 1; k < expected.length; k++) {
		await next.click();
		await expect(status).toContainText(`Step ${k} of 17`);
		await expect(status).toContainText(expected[k]);
	}
	// The loss after the update is smaller, and the status says what it was before.
	expect(lossAfter).toBeLessThan(loss);
	await expect(status).toContainText(`L = ${fmt(loss)}`);
	await expect(next).toBeDisabled();
	await expect(page.getByTestId('neuron-next-cycle')).toBeVisible();
	// The formula is typeset, with the numbers in.
	await expect(page.getByTestId('neuron-formula').locator('.katex')).toBeVisible();
	await expect(page.getByTestId('neuron-formula')).toContainText(
		Number(lossAfter.toPrecision(3)).toString()
	);

	const previous = page.getByRole('button', { name: 'Previous' });
	for (let k = expected.length - 2; k >= 12; k--) {
		await previous.click();
		await expect(status).toContainText(`Step ${k} of 17`);
		await expect(status).toContainText(expected[k]);
	}
	// The scrubber works from the keyboard.
	const scrubber = page.getByRole('slider', { name: 'Step' });
	await scrubber.focus();
	await page.keyboard.press('ArrowLeft');
	await expect(status).toContainText(expected[11]);
	await page.keyboard.press('Home');
	await expect(status).toContainText('Step 0 of 17');
	await expect(page).toHaveURL(/step=0/);
});

test('a link or a scroll step chooses the step, by index or by id', async ({ page }) => {
	const status = await open(page, `${example}&step=9`);
	await expect(status).toContainText(expected[9]);
	await open(page, `${example}&step=dLdw1`);
	await expect(status).toContainText(expected[11]);
	await open(page, `${example}&step=nowhere&lr=abc`);
	await expect(page.getByText('There is no step “nowhere”')).toBeVisible();
	await expect(page.getByText(/Setting lr=“abc” is not valid/)).toBeVisible();
});

test('editing a number on the diagram or in a field recomputes the cycle', async ({ page }) => {
	const status = await open(page, `${example}&step=1`);
	await expect(status).toContainText('x₁w₁ = 0.4');
	// The weight on the diagram is a slider: one arrow press adds 0.05.
	await page.getByRole('slider', { name: 'value of w₁' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(status).toContainText(`x₁w₁ = ${fmt(0.5 * 0.85)}`);
	// Dragging it sideways: 40 px to the right adds 0.5 (0.05 every 4 px).
	const chip = await page.getByRole('slider', { name: 'value of w₁' }).boundingBox();
	if (!chip) throw new Error('no chip');
	await page.mouse.move(chip.x + chip.width / 2, chip.y + chip.height / 2);
	await page.mouse.down();
	await page.mouse.move(chip.x + chip.width / 2 + 20, chip.y + chip.height / 2, { steps: 4 });
	await page.mouse.move(chip.x + chip.width / 2 + 40, chip.y + chip.height / 2, { steps: 4 });
	await page.mouse.up();
	await expect(status).toContainText(`x₁w₁ = ${fmt(0.5 * 1.35)}`);
	await page.getByRole('slider', { name: 'value of w₁' }).focus();
	for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
	await expect(status).toContainText(`x₁w₁ = ${fmt(0.5 * 0.85)}`);
	// A typed value, and a refused one that keeps the last good value.
	await page.getByText('All numbers').click();
	const field = page.getByRole('textbox', { name: 'x₁', exact: true });
	await field.fill('2');
	await field.press('Enter');
	await expect(status).toContainText(`x₁w₁ = ${fmt(2 * 0.85)}`);
	await field.fill('99');
	await field.press('Enter');
	await expect(page.getByRole('alert').filter({ hasText: '−20 – 20' })).toBeVisible();
	await expect(field).toHaveValue('2');
	await expect(page).toHaveURL(/x1=2/);
});

test('new numbers for the same step update in place, without the value travelling again', async ({
	page
}) => {
	const status = await open(page, `${example}&step=net`);
	const written = page.locator('[data-slot="net"]');
	await expect(written).toContainText(`net = ${fmt(net)}`);
	await page.getByRole('slider', { name: 'value of w₁' }).focus();
	for (let i = 1; i <= 4; i++) {
		await page.keyboard.press('ArrowRight');
		const next = fmt(x[0] * (w[0] + 0.05 * i) + x[1] * w[1] + b);
		await expect(status).toContainText(`net = ${next}`);
		// Read at once, without waiting: a restarted travel would hide the value for 0.7 s.
		expect(await page.locator('.pill').count()).toBe(0);
		expect(await written.textContent()).toBe(`net = ${next}`);
	}
});

test('training repeats whole cycles, plots the loss, and the loss falls', async ({ page }) => {
	const status = await open(page, `${example}&step=loss&cycles=20`);
	await expect(status).toContainText(expected[5]);
	await page.getByTestId('neuron-train').click();
	const chart = page.getByRole('img', { name: /Loss per cycle: 20 cycles/ });
	await expect(chart).toBeVisible();
	// The trained weights are the widget's weights now: step to the loss and read it.
	await page.getByRole('slider', { name: 'Step' }).fill('5');
	await expect(status).toContainText('Step 5 of 17');
	const text = (await status.textContent()) ?? '';
	const after = Number(/L = (−?[\d.e−]+)/.exec(text)?.[1].replace('−', '-'));
	expect(after).toBeLessThan(loss);
	await expect(page).not.toHaveURL(/w1=0\.8&/);
});

test('two layers: the error travels back from the output to the hidden layer', async ({ page }) => {
	const xs = [0.5, -1];
	const W = [
		[0.4, -0.6],
		[0.7, 0.3]
	];
	const bh = [0, 0.1];
	const v = [0.9, -0.5];
	const c = 0.2;
	const h = W.map((row, j) => Math.tanh(row[0] * xs[0] + row[1] * xs[1] + bh[j]));
	const o = sigmoid(v[0] * h[0] + v[1] * h[1] + c);
	const deltaO = 2 * (o - 1) * o * (1 - o);
	const dLdh2 = deltaO * v[1];
	const delta2 = dLdh2 * (1 - h[1] ** 2);
	const query =
		'mode=twolayer&x1=0.5&x2=-1&w11=0.4&w12=-0.6&w21=0.7&w22=0.3&b1=0&b2=0.1' +
		'&v1=0.9&v2=-0.5&c=0.2&y=1&act=sigmoid&hact=tanh&loss=mse&lr=0.5';
	const status = await open(page, `${query}&step=deltao`);
	await expect(status).toContainText(`δₒ = ${fmt(deltaO)}`);
	// δₒ, then the output layer's own gradients (v₁, v₂, c), then what reaches h₁.
	const next = page.getByTestId('neuron-next');
	for (let i = 0; i < 4; i++) await next.click();
	await expect(status).toContainText(`∂L/∂h₁ = ${fmt(deltaO * v[0])}`);
	await page.getByRole('slider', { name: 'Step' }).fill('0');
	await open(page, `${query}&step=delta1`);
	await expect(status).toContainText(`δ₂ = ${fmt(delta2)}`);
	await page.getByRole('button', { name: 'Previous' }).click();
	await page.getByRole('button', { name: 'Previous' }).click();
	await expect(status).toContainText(`∂L/∂h₂ = ${fmt(dLdh2)}`);
});

test('the widget speaks Traditional Chinese on the zh-TW page', async ({ page }) => {
	const status = await open(page, `${example}&step=9`, 'zh-TW');
	await expect(status).toContainText('第 9 / 17 步');
	await expect(status).toContainText('連鎖律');
	await expect(status).toContainText(expected[9]);
});

test(
	'a failed engine shows a message and a retry, and the retry recovers',
	problemsExpected('the engine worker is blocked'),
	async ({ page }) => {
		await engineRetryRecovers(page, `/en/playground/neuron/?${example}&step=3`, async () => {
			await expect(page.getByTestId('neuron-status')).toContainText(expected[3], { timeout: 2000 });
		});
	}
);

for (const [width, height] of [
	[1920, 1080],
	[1024, 768]
])
	test(`the two-layer slide at ${width}×${height}: no label of the diagram covers another, at any step`, async ({
		page
	}) => {
		await twoLayerSlideLabels(page, width, height);
	});

/** Walks the two-layer network's slide, step by step: no two labels of its diagram meet. */
async function twoLayerSlideLabels(page: Page, width: number, height: number) {
	await page.setViewportSize({ width, height });
	await page.goto('/en/backpropagation/slides/');
	await expect(page.locator('.slides.live.ready')).toHaveCount(1, { timeout: 20_000 });
	const section = () =>
		page.evaluate(() => {
			const live = document.querySelector<HTMLElement>('.slides.live')!;
			return live.dataset.continues ?? live.querySelector(':scope > h2[data-on]')?.textContent;
		});
	const title = 'Two layers: the error reaches the hidden layer';
	const diagram = page.locator('.slides.live [data-on] .neuron .diagram');
	const onIt = async () => (await section())?.trim() === title && (await diagram.count()) > 0;
	// Its slide is found by its title, not its number, which moves as the lesson grows.
	for (let i = 0; i < 40 && !(await onIt()); i++) await page.keyboard.press('PageDown');
	const seen: string[] = [];
	while ((await onIt()) && !seen.includes(page.url())) {
		seen.push(page.url());
		const where = new URL(page.url()).search;
		// Once the step's value has arrived and its number is written.
		await expect.poll(async () => (await diagram.evaluate(measureDiagram)).moving).toBe(false);
		expect((await diagram.evaluate(measureDiagram)).overlaps, where).toEqual([]);
		await page.keyboard.press('PageDown');
		await page.waitForTimeout(30);
	}
	expect(seen.length).toBeGreaterThanOrEqual(4);
}
