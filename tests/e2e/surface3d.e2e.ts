import { type Page } from '@playwright/test';
import { engineRetryRecovers } from './checks';
import { expect, problemsExpected, test } from './fixtures';

const page3d = '/en/playground/surface3d/';
const readout = (page: Page, n = 1) => page.getByTestId(`surface3d-readout-${n}`);

type Frame = { at: number; detail: unknown };

// Every frame the view draws, from the page's first script on, with the time it came.
test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => {
		const w = window as unknown as { __frames: Frame[] };
		w.__frames = [];
		document.addEventListener('surface3d:frame', (e) =>
			w.__frames.push({ at: performance.now(), detail: (e as CustomEvent).detail })
		);
	});
});

/** The frames drawn so far, and the page's clock now. */
function framesSoFar(page: Page): Promise<{ now: number; list: Frame[] }> {
	return page.evaluate(() => ({
		now: performance.now(),
		list: (window as unknown as { __frames: Frame[] }).__frames
	}));
}

/**
 * Waits until the 3D view has mounted three.js and drawn at least one frame (three.js loads and
 * compiles its shaders on the CPU here, which can take seconds after the view says it is 3D).
 */
async function waitFor3d(page: Page) {
	await expect(page.getByTestId('surface3d-view')).toHaveAttribute('data-mode', '3d', {
		timeout: 20_000
	});
	await expect(readout(page)).toContainText('step 0');
	await expect
		.poll(async () => (await framesSoFar(page)).list.length, { timeout: 30_000 })
		.toBeGreaterThan(0);
}

/**
 * What the 3D view shows after its next frame: a screenshot of the canvas (drawn by a worker, so
 * the page cannot read its pixels), decoded in the page. Counts pixels that differ from the
 * background (the top-left corner) and their colours, and the picture's size.
 */
async function paintedPixels(page: Page) {
	const view = page.getByTestId('surface3d-view');
	// A WebGL frame: a 2D one only repaints the landscape's earlier copy. The listener is
	// in place before the key is pressed: a frame drawn before it would never be seen.
	await view.evaluate((host) => {
		(host as HTMLElement & { glFrame?: Promise<void> }).glFrame = new Promise<void>((resolve) => {
			const seen = (e: Event) => {
				if (!(e as CustomEvent<{ gl: boolean }>).detail.gl) return;
				host.removeEventListener('surface3d:frame', seen);
				resolve();
			};
			host.addEventListener('surface3d:frame', seen);
		});
	});
	// Turning the camera by keyboard asks for a frame.
	await view.focus();
	await page.keyboard.press('ArrowLeft');
	await view.evaluate((host) =>
		Promise.race([
			(host as HTMLElement & { glFrame?: Promise<void> }).glFrame,
			new Promise((_, fail) =>
				setTimeout(() => fail(new Error('no WebGL frame within 10 s of a camera turn')), 10_000)
			)
		])
	);
	await page.waitForTimeout(300);
	// The whole view: the landscape and the balls drawn over it.
	return pictureStats(page, await view.screenshot());
}

/**
 * A screenshot decoded in the page: pixels that differ from the background (the top-left corner),
 * their colours, the picture's size, and how many pixels are close to `near` (r, g, b).
 */
async function pictureStats(
	page: Page,
	png: Buffer,
	near: [number, number, number] = [0, 0, 0]
): Promise<{ painted: number; colours: number; size: number; near: number }> {
	return page.evaluate(
		async ({ b64, near }) => {
			const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
			const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
			const ctx = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
			ctx.drawImage(image, 0, 0);
			const data = ctx.getImageData(0, 0, image.width, image.height).data;
			const distance = (i: number, [r, g, b]: number[]) =>
				Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b);
			const background = [data[0], data[1], data[2]];
			let painted = 0;
			let close = 0;
			const colours = new Set<number>();
			for (let i = 0; i < data.length; i += 4) {
				if (distance(i, near) < 40) close++;
				if (distance(i, background) < 12) continue;
				painted++;
				colours.add(((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4));
			}
			return { painted, colours: colours.size, size: image.width * image.height, near: close };
		},
		{ b64: png.toString('base64'), near }
	);
}

test('the surface draws in WebGL: the canvas has many painted pixels in many colours', async ({
	page
}) => {
	// Each look takes a frame, a pause and a screenshot: seconds on a busy machine.
	test.setTimeout(60_000);
	await page.goto(page3d);
	await waitFor3d(page);
	// The first frames may come before the landscape has arrived in the renderer.
	// What each look saw is in the failure message: the share painted and the colours.
	await expect
		.poll(
			async () => {
				const { painted, colours, size } = await paintedPixels(page);
				const share = Math.round((100 * painted) / size);
				return { enough: share > 10 && colours > 30, share, colours };
			},
			{ timeout: 25_000 }
		)
		.toMatchObject({ enough: true });
});

test('a new learning rate costs no WebGL frame, only a 2D one, and the ball shows there', async ({
	page
}) => {
	await page.goto(page3d);
	await waitFor3d(page);
	for (let i = 0; i < 3; i++) await page.getByRole('button', { name: /Step/ }).click();
	await expect(readout(page)).toContainText('step 3');
	const view = page.getByTestId('surface3d-view');
	await view.scrollIntoViewIfNeeded();
	await page.waitForTimeout(500);
	type Seen = HTMLElement & { seen?: { gl: boolean }[] };
	// Listening before the first rate is typed, and until the last one shows.
	await view.evaluate((host: Seen) => {
		const seen: { gl: boolean }[] = (host.seen = []);
		host.addEventListener('surface3d:frame', (e) => seen.push((e as CustomEvent).detail));
	});
	const field = page
		.getByTestId('surface3d-ball-1')
		.getByRole('textbox', { name: 'Learning rate η' });
	for (const lr of ['0.05', '0.1', '0.2']) {
		await field.fill(lr);
		await field.press('Enter');
		await expect(readout(page)).toContainText(`η = ${lr}`);
	}
	await page.waitForTimeout(500);
	const seen = await view.evaluate((host: Seen) => host.seen ?? []);
	expect(seen.length).toBeGreaterThanOrEqual(3);
	expect(seen.every((f) => f.gl === false)).toBe(true);
	// Ball 1 is blue (#0072b2): its disc and trail are on the picture.
	const png = await page.getByTestId('surface3d-view').screenshot();
	const blue = (await pictureStats(page, png, [0, 0x72, 0xb2])).near;
	expect(blue).toBeGreaterThan(50);
});

test('dragging the learning-rate slider changes the readout at once', async ({ page }) => {
	await page.goto(page3d);
	await waitFor3d(page);
	for (let i = 0; i < 3; i++) await page.getByRole('button', { name: /Step/ }).click();
	const first = readout(page);
	await expect(first).toContainText('step 3');
	const before = await first.textContent();
	const slider = page.getByTestId('surface3d-ball-1').getByRole('slider');
	// The mouse only drags what is on screen: below the 3D view the slider may start out of sight.
	await slider.scrollIntoViewIfNeeded();
	const box = (await slider.boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2, { steps: 8 });
	await page.mouse.up();
	// Same step, another rate: another place on the surface.
	await expect(first).toContainText('step 3');
	await expect(first).not.toHaveText(before!);
	await expect(
		page.getByTestId('surface3d-ball-1').getByRole('textbox', { name: 'Learning rate η' })
	).not.toHaveValue('0.3');
});

test('a link with settings reproduces them, and the address follows changes', async ({ page }) => {
	await page.goto(
		`${page3d}?surface=himmelblau&optimizer=momentum&lr=0.005&start=1,-1&beta=0.8&race=adam:0.05`
	);
	await expect(page.getByTestId('surface3d-surface')).toHaveValue('himmelblau');
	await expect(readout(page)).toContainText('Momentum, η = 0.005');
	await expect(readout(page)).toContainText('(w₁, w₂) = (1.000, −1.000)');
	await expect(readout(page, 2)).toContainText('Adam, η = 0.05');
	await expect(page.getByRole('textbox', { name: 'Momentum β' })).toHaveValue('0.8');
	await page.getByLabel('Speed').selectOption('100');
	await page.getByRole('button', { name: /Play/ }).click();
	// Momentum from (1, −1) on Himmelblau settles in the minimum near (3.58, −1.85).
	await expect(readout(page)).toContainText(/converged at step \d+ \(the global minimum\)/, {
		timeout: 20_000
	});
	await expect(readout(page)).toContainText(/\(w₁, w₂\) = \(3\.5[78]\d, −1\.8[45]\d\)/);
	await page
		.getByTestId('surface3d-ball-2')
		.getByRole('button', { name: /Remove/ })
		.click();
	await expect(readout(page, 2)).toHaveCount(0);
	await expect(page).not.toHaveURL(/race=/);
	await expect(page).toHaveURL(/surface=himmelblau/);
});

test('lr=abc shows a note and keeps the default rate', async ({ page }) => {
	await page.goto(`${page3d}?lr=abc`);
	await expect(
		page.getByRole('alert').filter({ hasText: 'Setting lr=“abc” is not valid' })
	).toBeVisible();
	await expect(
		page.getByTestId('surface3d-ball-1').getByRole('textbox', { name: 'Learning rate η' })
	).toHaveValue('0.3');
	await expect(readout(page)).toContainText('η = 0.3');
});

test('above 2/a on the bowl the ball flies off, and the readout says when', async ({ page }) => {
	await page.goto(`${page3d}?surface=bowl&a=1&lr=2.5`);
	await waitFor3d(page);
	await page.getByRole('button', { name: /Play/ }).click();
	await expect(readout(page)).toContainText(/diverged at step \d+/, { timeout: 20_000 });
});

test('a race: added balls get their own readout, and the chart draws a line for each', async ({
	page
}) => {
	await page.goto(page3d);
	await waitFor3d(page);
	await page.getByRole('button', { name: /Add a ball/ }).click();
	await page.getByRole('button', { name: /Add a ball/ }).click();
	await expect(readout(page, 3)).toContainText('Ball 3 (orange, Adam');
	await page.getByRole('button', { name: /Step/ }).click();
	await expect(page.locator('.surface3d svg[aria-label*="loss L against"] path.loss')).toHaveCount(
		3
	);
	await expect(page).toHaveURL(/race=momentum%3A0\.3%2Cadam%3A0\.1/);
});

test('idle: no frames are drawn while nothing moves', async ({ page }) => {
	await page.goto(page3d);
	await waitFor3d(page);
	await expect(page.getByTestId('computing')).toHaveCount(0);
	// Settled: no frame for a second and a half.
	await expect
		.poll(
			async () => {
				const { now, list } = await framesSoFar(page);
				return now - list.at(-1)!.at > 1500;
			},
			{ timeout: 30_000 }
		)
		.toBe(true);
	const before = (await framesSoFar(page)).list.length;
	await page.waitForTimeout(2000);
	// Each frame's number, tag and whether WebGL drew: a failure says what drew.
	const drawn = (await framesSoFar(page)).list.slice(before).map((f) => JSON.stringify(f.detail));
	expect(drawn).toEqual([]);
});

test('three.js is not in the page’s initial JavaScript', async ({ page, request }) => {
	// Every script the prerendered page names up front (modulepreload and entry imports).
	const html = await (await request.get(page3d)).text();
	const urls = [...html.matchAll(/(?:href|import\()\s*=?\s*["']([^"']+\.js)["']/g)].map(
		(m) => m[1]
	);
	expect(urls.length).toBeGreaterThan(2);
	for (const url of urls) {
		const body = await (await request.get(new URL(url, `http://x${page3d}`).pathname)).text();
		expect(body.includes('WebGLRenderer'), url).toBe(false);
	}
	await page.goto(page3d);
	await waitFor3d(page);
});

test(
	'a blocked engine shows a message and a retry, and the retry recovers',
	problemsExpected('the engine worker is blocked'),
	async ({ page }) => {
		await engineRetryRecovers(page, page3d, async () => {
			await expect(readout(page)).toContainText('step 0', { timeout: 2000 });
		});
	}
);

test('the view takes keyboard focus and orbits with the keyboard', async ({ page }) => {
	await page.goto(page3d);
	await waitFor3d(page);
	const view = page.getByTestId('surface3d-view');
	await view.focus();
	await expect(view).toBeFocused();
	const before = (await framesSoFar(page)).list.length;
	for (const key of ['ArrowRight', 'ArrowUp', '+', '-']) await page.keyboard.press(key);
	await expect.poll(async () => (await framesSoFar(page)).list.length).toBeGreaterThan(before);
});

test('on the valley, a rate between 2/a₂ and 2/a₁ set by keyboard: w₂’s factor is past 1, w₁’s is not', async ({
	page
}) => {
	await page.goto(`${page3d}?surface=valley&lr=0.09`);
	const steep = page.getByTestId('surface3d-factor-2');
	const flat = page.getByTestId('surface3d-factor-1');
	await expect(steep).toContainText('|−0.8| < 1: shrinks');
	await expect(steep).not.toHaveClass(/grows/);
	const slider = page.getByTestId('surface3d-ball-1').getByRole('slider');
	await slider.focus();
	// Each arrow moves the log slider by 1/200 of its three decades: eight take 0.09 to about 0.12.
	for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
	const lr = Number(
		await page
			.getByTestId('surface3d-ball-1')
			.getByRole('textbox', { name: 'Learning rate η' })
			.inputValue()
	);
	expect(lr).toBeGreaterThan(2 / 20);
	expect(lr).toBeLessThan(2 / 1);
	await expect(steep).toContainText(/1 − η·a₂ = −1\.\d+, \|−1\.\d+\| > 1: grows/);
	await expect(steep).toHaveClass(/grows/);
	await expect(flat).toContainText(/1 − η·a₁ = 0\.8\d+, \|0\.8\d+\| < 1: shrinks/);
	await expect(flat).not.toHaveClass(/grows/);
	// Two charts, one line each: the ball's own path along each axis.
	await expect(page.locator('[data-testid="surface3d-axes"] path.weight')).toHaveCount(2);
});
