// Dragging the learning rate: 3 s of a drag on each widget's slider, one input event per frame
// as a browser delivers a drag (DRAG_INPUT=timer fires 60 a second from a timer instead;
// DRAG_INPUT=mouse sends real pointer moves through the browser). For every input event: the
// time until the widget's view (anything outside its controls) has changed and the frame showing
// it has been drawn. Plus main-thread long tasks (> 50 ms), and the same figures for a control
// page that only writes the slider's value, the floor of the method.
//
// Why one input per frame, at the frame's start: a browser does not hand a drag's pointer moves
// to the page when they arrive. It holds them and dispatches them, merged into one, at the start
// of the next frame, before its animation callbacks; the slider's `input` event fires there. An
// input fired from a timer lands anywhere in the frame instead, and waits for the next one: on
// the control page (no work at all) that wait alone gave p95 from 9 to 18 ms, run to run,
// depending only on where the timer fell against the display's refresh.
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

/** The control: a slider whose every input writes its value into a line of text, nothing more. */
const CONTROL = `<main data-widget><label>learning rate <input type="range" min="0" max="1"
	step="0.001" value="0.5"></label><p class="view">0.5</p></main><script>
	const el = document.querySelector('input');
	el.addEventListener('input', () => (document.querySelector('.view').textContent = el.value));
</script>`;

const RUNS = Number(process.env.DRAG_RUNS ?? 3);
const SECONDS = 3;
const RATE = 60;
const INPUT = process.env.DRAG_INPUT ?? 'frames';
/** DRAG_ONLY=trainer drags only the widgets whose page contains that text. */
const ONLY = process.env.DRAG_ONLY ?? '';

/**
 * Counts long tasks, input events, changes to the view and frames from inside the page. Every
 * frame is recorded by an animation callback that runs first in its frame (it is asked for before
 * the drag's), with the time a message posted there arrives: just after the frame is drawn.
 */
function instrument(sliderSelectorResult) {
	const slider = sliderSelectorResult;
	const root = slider.closest('[data-widget]');
	// Controls do not count: the dragged slider, nor another slider or field mirroring its value.
	const control = (node) =>
		(node.nodeType === 1 ? node : node.parentElement)?.closest('.slider, input, select, button');
	const b = { events: [], changes: [], frames: [], long: [], stop: false };
	window.__drag = b;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) b.long.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask' });
	new MutationObserver((records) => {
		if (records.every((r) => control(r.target))) return;
		b.changes.push(performance.now());
	}).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
	const frame = () => {
		if (b.stop) return;
		const f = { raf: performance.now(), drawn: Infinity };
		b.frames.push(f);
		const channel = new MessageChannel();
		channel.port1.onmessage = () => (f.drawn = performance.now());
		channel.port2.postMessage(0);
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
	// The frame each input was fired in (-1: outside any animation callback).
	slider.addEventListener(
		'input',
		(e) => b.events.push({ t: e.timeStamp, frame: b.inFrame ?? -1 }),
		true
	);
}

/**
 * The drag, from inside the page: the thumb sweeps there and back at a steady speed (each second
 * across 84% of the track), and where it is is sent as an input event. 'frames': at the start of
 * each frame, as a browser dispatches a drag; 'timer': 60 times a second from a timer, wherever
 * that falls in the frame. Only moves are sent: a browser fires `input` only when the value
 * changes.
 */
function sweep(el, { seconds, rate, mode }) {
	const b = window.__drag;
	const lo = Number(el.min);
	const hi = Number(el.max);
	const start = performance.now();
	const move = (s, frame) => {
		const u = s % 2;
		const before = el.value;
		el.value = String(lo + (hi - lo) * (0.08 + 0.84 * (u <= 1 ? u : 2 - u)));
		if (el.value === before) return;
		b.inFrame = frame;
		el.dispatchEvent(new Event('input', { bubbles: true }));
		b.inFrame = undefined;
	};
	if (mode === 'timer') {
		return (async () => {
			for (let i = 1; i <= seconds * rate; i++) {
				const wait = start + (i * 1000) / rate - performance.now();
				if (wait > 0) await new Promise((r) => setTimeout(r, wait));
				move(i / rate);
			}
		})();
	}
	return new Promise((done) => {
		const tick = () => {
			const s = (performance.now() - start) / 1000;
			if (s > seconds) return done();
			move(s, b.frames.length - 1);
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
}

/**
 * Input → repaint for each input: until the frame drawn after the first change to the view since
 * it. A change made before the input's own frame is drawn is in that frame.
 */
function latencies(b) {
	const out = [];
	for (const { t, frame } of b.events) {
		const change = b.changes.find((c) => c >= t);
		if (change === undefined) continue;
		const own = b.frames[frame];
		const shown =
			own && change < own.drawn ? own : b.frames.find((f) => f.raf >= change && f.drawn < Infinity);
		if (shown) out.push(shown.drawn - t);
	}
	return out;
}

/** Opens a target's page (or the control) and makes it ready to show the rate. */
async function open(browser, baseUrl, target) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	if (target.control) {
		await page.setContent(CONTROL);
		return page;
	}
	await page.goto(baseUrl + target.page);
	await loadWidgets(page);
	const widget = page.locator('[data-widget]');
	// Clicks wait for their button to be enabled, i.e. for the widget's first answer.
	if (target.before === 'play') {
		const play = widget.getByRole('button', { name: /Play|播放|Train|訓練/ }).first();
		if ((await play.count()) > 0) await play.click({ timeout: 20_000 });
	} else {
		const step = widget.getByRole('button', { name: /Step|下一步/ }).first();
		for (let i = 0; i < target.before; i++) await step.click({ timeout: 20_000 });
	}
	return page;
}

async function dragOnce(browser, baseUrl, target) {
	const page = await open(browser, baseUrl, target);
	const is3d = (await page.locator('[data-widget] [data-mode="3d"]').count()) > 0;
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
		await slider.evaluate(sweep, { seconds: SECONDS, rate: RATE, mode: INPUT });
	}
	await page.waitForTimeout(600);
	const b = await page.evaluate(() => {
		window.__drag.stop = true;
		return window.__drag;
	});
	await page.close();
	const times = b.events.map((e) => e.t);
	const first = times[0] ?? 0;
	const last = times.at(-1) ?? 0;
	const answered = latencies(b);
	return {
		is3d,
		latencies: answered,
		events: times.length,
		unanswered: times.length - answered.length,
		longTasks: b.long.filter((l) => l.start >= first - 50 && l.start <= last + 600),
		rate: times.length / Math.max(1e-3, (last - first) / 1000)
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
		const all = [
			{ page: 'control', control: true, slider: LR },
			...(await discover(browser, baseUrl)).filter((t) => t.page.includes(ONLY))
		];
		for (const target of all) {
			const runs = [];
			for (let r = 0; r < RUNS; r++) runs.push(await dragOnce(browser, baseUrl, target));
			const kind = runs[0].is3d ? '3D' : '2D';
			const name = target.control
				? 'control page (it only writes the value)'
				: target.page.split('?')[0].split('/').filter(Boolean).at(-1);
			// The control has no target: it shows what the method itself adds.
			const goal = target.control ? undefined : kind === '3D' ? 'p95 ≤ 33 ms' : 'p95 ≤ 16.7 ms';
			figures.push(
				summarise(
					`input → repaint, ${name} (${kind})`,
					'ms',
					runs.flatMap((x) => x.latencies),
					goal
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
