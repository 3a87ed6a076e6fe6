// The lab in the page: 170 + 30 pictures of each of two classes given through the file picker,
// 50 epochs trained with Teachable Machine's defaults, and what the page does meanwhile — its
// frames (a pointer drag is answered in the next frame when frames keep coming every 16.7 ms),
// its long tasks (> 50 ms) — then the page's heap with 500 pictures in each of five classes.
import { labPictures as pictures } from '../scripts/labPictures.mjs';
import { launch } from './browser.mjs';
import { save, summarise } from './stats.mjs';

async function addAll(page, cls, files) {
	await page.getByTestId(`lab-upload-${cls}`).setInputFiles(files);
	await page.waitForFunction(
		([cls, n]) =>
			document.querySelector(`[data-testid="lab-count-${cls}"]`)?.textContent?.startsWith(`${n} `),
		[cls, files.length],
		{ timeout: 120_000 }
	);
}

const RUNS = Number(process.env.LAB_RUNS ?? 3);

export async function run(base) {
	const browser = await launch(['--enable-precise-memory-info']);
	const figures = { add: [], train: [], epoch: [], frameP95: [], long: [], longMax: [] };
	const heap = [];
	try {
		for (let r = 0; r < RUNS; r++) {
			const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
			await page.goto(`${base}/en/playground/lab/`);
			await page.getByTestId('lab-train').waitFor();
			const sets = [await pictures(page, 0, 200, r + 1), await pictures(page, 1, 200, r + 1)];
			const t0 = Date.now();
			await addAll(page, 0, sets[0]);
			await addAll(page, 1, sets[1]);
			figures.add.push((Date.now() - t0) / 400);
			await page.evaluate(() => {
				const b = { frames: [], long: [], stop: false };
				window.__lab = b;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries()) b.long.push(e.duration);
				}).observe({ type: 'longtask' });
				const frame = (t) => {
					if (b.stop) return;
					b.frames.push(t);
					requestAnimationFrame(frame);
				};
				requestAnimationFrame(frame);
			});
			const start = Date.now();
			await page.getByTestId('lab-train').click();
			await page.waitForFunction(
				() =>
					/Training finished/.test(
						document.querySelector('[data-testid="lab-status"]')?.textContent ?? ''
					),
				null,
				{ timeout: 120_000 }
			);
			const ms = Date.now() - start;
			figures.train.push(ms);
			figures.epoch.push(ms / 50);
			const b = await page.evaluate(() => ((window.__lab.stop = true), window.__lab));
			const gaps = b.frames
				.slice(1)
				.map((t, i) => t - b.frames[i])
				.sort((a, c) => a - c);
			figures.frameP95.push(gaps[Math.floor(gaps.length * 0.95)] ?? NaN);
			figures.long.push(b.long.length);
			figures.longMax.push(b.long.length ? Math.max(...b.long) : 0);
			await page.close();
		}
		// 500 pictures in each of five classes: the page's heap (the worker's is in lab.bench.ts).
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${base}/en/playground/lab/`);
		await page.getByTestId('lab-train').waitFor();
		for (let k = 2; k < 5; k++) await page.getByRole('button', { name: '+ Add a class' }).click();
		const before = await page.evaluate(() => performance.memory.usedJSHeapSize);
		for (let k = 0; k < 5; k++) await addAll(page, k, await pictures(page, k, 500, 9));
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		const after = await page.evaluate(() => performance.memory.usedJSHeapSize);
		heap.push((after - before) / 1e6, after / 1e6);
		await page.close();
	} finally {
		await browser.close();
	}
	save('lab-page', [
		summarise(
			'adding a picture through the file picker (decode, reduce, thumbnail)',
			'ms',
			figures.add
		),
		summarise(
			'50 epochs, 340 + 60 pictures, as the reader waits for them',
			'ms',
			figures.train,
			'≤ 5000'
		),
		summarise('one epoch, seen from the page', 'ms', figures.epoch, '≤ 100'),
		summarise('frame interval while training, p95 of each run', 'ms', figures.frameP95, '≤ 16.7'),
		summarise('long tasks (> 50 ms) while training', 'count', figures.long, '0'),
		summarise('longest task while training', 'ms', figures.longMax),
		summarise('page heap added by 5 × 500 pictures', 'MB', [heap[0]]),
		summarise('page heap with 5 × 500 pictures', 'MB', [heap[1]])
	]);
}
