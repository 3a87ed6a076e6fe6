// Dragging the learning rate: 3 s of input at 60 events per second on each widget's slider
// (dispatched in the page; DRAG_INPUT=mouse sends real pointer moves through the browser).
// For every input event: the time until the widget's view (anything outside its controls)
// has changed and the frame showing it has been drawn. Plus main-thread long tasks (> 50 ms).
//
// Targets: the list below, plus every playground page with a slider named "learning rate" that
// the list does not name. A widget showing a 3D view (an element with data-mode="3d", as the
// surface's view sets it once WebGL draws) counts as 3D (target 33 ms), others as 2D.
import { builtPages, launch, loadWidgets } from './browser.mjs';
import { save, summarise } from './stats.mjs';

const LR = 'role=slider[name=/learning rate/i]';

/**
 * Widgets to drag. `slider` is a Playwright selector. `before` readies the widget so that the
 * rate shows in its view: 'play' starts its run (the drag lands while it trains), a number takes
 * that many steps. Helpers adding a widget may add a line here; unlisted ones get 'play'.
 */
export const targets = [
	// At step 0 the ball sits at its start whatever the rate; after a few steps the trail moves.
	{ page: '/en/playground/descent1d/', slider: LR, before: 4 },
	{ page: '/en/playground/surface3d/', slider: LR, before: 5 },
	{ page: '/en/playground/trainer/', slider: LR, before: 'play' },
	{ page: '/en/playground/losspanel/?view=train', slider: LR, before: 'play' },
	// The step where the update w ← w − η·∂L/∂w is shown: the rate changes its numbers.
	{ page: '/en/playground/neuron/?step=w0new', slider: LR, before: 0 }
];

const RUNS = Number(process.env.DRAG_RUNS ?? 3);
const SECONDS = 3;
const RATE = 60;
const INPUT = process.env.DRAG_INPUT ?? 'events';
/** DRAG_ONLY=trainer drags only the widgets whose page contains that text. */
const ONLY = process.env.DRAG_ONLY ?? '';

/** Counts long tasks, input events and view-changing frames from inside the page. */
function instrument(sliderSelectorResult) {
	const slider = sliderSelectorResult;
	const root = slider.closest('[data-widget]');
	// Controls do not count: the dragged slider, nor another slider or field mirroring its value.
	const control = (node) =>
		(node.nodeType === 1 ? node : node.parentElement)?.closest('.slider, input, select, button');
	const b = { events: [], changes: [], frames: [], long: [] };
	window.__drag = b;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) b.long.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask' });
	// Every change to the view, and every frame after one: a change made before a frame's
	// animation callbacks run is in that frame, whichever change asked for the frame.
	let framePending = false;
	new MutationObserver((records) => {
		if (records.every((r) => control(r.target))) return;
		b.changes.push(performance.now());
		if (framePending) return;
		framePending = true;
		requestAnimationFrame(() => {
			framePending = false;
			const raf = performance.now();
			// Its rAF runs before the frame is drawn, a message posted there after.
			const channel = new MessageChannel();
			channel.port1.onmessage = () => b.frames.push({ raf, drawn: performance.now() });
			channel.port2.postMessage(0);
		});
	}).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
	slider.addEventListener('input', (e) => b.events.push(e.timeStamp), true);
}

async function dragOnce(browser, baseUrl, target) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await page.goto(baseUrl + target.page);
	await loadWidgets(page);
	const is3d = (await page.locator('[data-widget] [data-mode="3d"]').count()) > 0;
	const widget = page.locator('[data-widget]');
	// Clicks wait for their button to be enabled, i.e. for the widget's first answer.
	if (target.before === 'play') {
		const play = widget.getByRole('button', { name: /Play|播放|Train|訓練/ }).first();
		if ((await play.count()) > 0) await play.click({ timeout: 20_000 });
	} else {
		const step = widget.getByRole('button', { name: /Step|下一步/ }).first();
		for (let i = 0; i < target.before; i++) await step.click({ timeout: 20_000 });
	}
	// Found after that: a widget may move its slider once its run is ready (the trainer does).
	const slider = page.locator(target.slider).first();
	await slider.scrollIntoViewIfNeeded();
	await slider.evaluate(instrument);
	if (INPUT === 'mouse') {
		// Real pointer events through the browser. On a busy machine Chromium delivers them only
		// as fast as it draws frames, so the rate printed below can fall short of 60.
		const box = await slider.boundingBox();
		const y = box.y + box.height / 2;
		const xAt = (i) =>
			box.x + box.width * (0.5 + 0.42 * Math.sin((2 * Math.PI * i) / (RATE * 1.5)));
		await page.mouse.move(xAt(0), y);
		await page.mouse.down();
		const start = performance.now();
		const pending = [];
		for (let i = 1; i <= SECONDS * RATE; i++) {
			const wait = start + (i * 1000) / RATE - performance.now();
			if (wait > 0) await new Promise((r) => setTimeout(r, wait));
			pending.push(page.mouse.move(xAt(i), y));
		}
		await Promise.all(pending);
		await page.mouse.up();
	} else {
		// Input events dispatched on the slider from inside the page on a 60 Hz schedule, as a
		// dragged thumb fires them: exactly 60 per second, whatever else the machine is doing.
		// The thumb sweeps there and back at a steady speed (each second across 84% of the
		// track), so every event moves it. A browser fires `input` only when the value changes;
		// the slow turns of the sine this used before repeated values in 36 of 540 events, and
		// no widget can answer an input that changes nothing.
		await slider.evaluate(
			async (el, { seconds, rate }) => {
				const lo = Number(el.min);
				const hi = Number(el.max);
				const start = performance.now();
				for (let i = 1; i <= seconds * rate; i++) {
					const wait = start + (i * 1000) / rate - performance.now();
					if (wait > 0) await new Promise((r) => setTimeout(r, wait));
					const u = (i / rate) % 2;
					const before = el.value;
					el.value = String(lo + (hi - lo) * (0.08 + 0.84 * (u <= 1 ? u : 2 - u)));
					if (el.value !== before) el.dispatchEvent(new Event('input', { bubbles: true }));
				}
			},
			{ seconds: SECONDS, rate: RATE }
		);
	}
	await page.waitForTimeout(600);
	const b = await page.evaluate(() => window.__drag);
	await page.close();
	// An input is answered by the first frame drawn after the first change to the view since it.
	const latencies = [];
	for (const t of b.events) {
		const change = b.changes.find((c) => c >= t);
		const frame = change === undefined ? undefined : b.frames.find((f) => f.raf >= change);
		if (frame) latencies.push(frame.drawn - t);
	}
	const first = b.events[0] ?? 0;
	const last = b.events.at(-1) ?? 0;
	return {
		is3d,
		latencies,
		events: b.events.length,
		unanswered: b.events.length - latencies.length,
		longTasks: b.long.filter((l) => l.start >= first - 50 && l.start <= last + 600),
		rate: b.events.length / Math.max(1e-3, (last - first) / 1000)
	};
}

/** The listed targets, plus each widget page with a learning-rate slider the list leaves out. */
async function discover(browser, baseUrl) {
	const all = [...targets];
	const page = await browser.newPage();
	for (const path of builtPages().filter((p) => /^\/en\/playground\/[^/]+\/$/.test(p))) {
		if (all.some((t) => t.page.split('?')[0] === path)) continue;
		await page.goto(baseUrl + path);
		await loadWidgets(page);
		if ((await page.locator(LR).count()) > 0) all.push({ page: path, slider: LR, before: 'play' });
	}
	await page.close();
	return all;
}

export async function run(baseUrl) {
	const browser = await launch();
	const figures = [];
	try {
		const all = await discover(browser, baseUrl);
		for (const target of all.filter((t) => t.page.includes(ONLY))) {
			const runs = [];
			for (let r = 0; r < RUNS; r++) runs.push(await dragOnce(browser, baseUrl, target));
			const kind = runs[0].is3d ? '3D' : '2D';
			const name = target.page.split('?')[0].split('/').filter(Boolean).at(-1);
			figures.push(
				summarise(
					`input → repaint, ${name} (${kind})`,
					'ms',
					runs.flatMap((x) => x.latencies),
					kind === '3D' ? 'p95 ≤ 33 ms' : 'p95 ≤ 16.7 ms'
				),
				summarise(
					`long tasks > 50 ms during the drag, ${name}`,
					'per drag',
					runs.map((x) => x.longTasks.length),
					'0'
				),
				summarise(
					`longest main-thread task during the drag, ${name}`,
					'ms',
					runs.map((x) => Math.max(0, ...x.longTasks.map((l) => l.duration)))
				),
				summarise(
					`input events delivered, ${name}`,
					'per s',
					runs.map((x) => x.rate),
					'60'
				),
				summarise(
					`inputs never followed by a repaint, ${name}`,
					'per drag',
					runs.map((x) => x.unanswered),
					'0'
				)
			);
		}
	} finally {
		await browser.close();
	}
	save('drag', figures);
}
