// `npm run stills`: the picture each scroll step prints beside it (src/lib/widgets/stepStill.ts).
// A build of the site itself draws them: each lesson is scrolled step by step in headless
// Chromium, as a reader would (a step's settings apply over the ones before it), each step's
// widget is left to finish (a step that plays, to the end of its run, as its status says) and its
// picture is saved as WebP at 1.25 times its size (some 230 dpi where paper prints it 7.5 cm
// wide; all the pictures together stay under 3 MiB), without the controls, which paper cannot
// use. The pictures are committed: the site's build and CI need no browser. Pictures no step
// names any more are removed. Every picture carries words (a title, axes, readouts), so each
// language has its own; steps with the same settings share one.
//
//   npm run stills                  build (letting the pictures be missing), draw every lesson
//   npm run stills -- --no-build    draw from the build already in build/
//   npm run stills -- loss bias     only these lessons (nothing is removed then)
//   PORT=4242 npm run stills        the preview's port (default 4242)
// Some 7 minutes on two cores (10 when they are shared), most of it the trainer's runs.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { lessonSlugs } from './coursePages.mjs';

const OUT = 'static';
const ROOT = 'stills/steps';
const port = Number(process.env.PORT ?? 4242);
const origin = `http://localhost:${port}`;
const langs = ['zh-TW', 'en'];
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

// The widget as paper shows it: its title, picture and numbers; nothing to press or drag. The
// trainer's steps read a trained run, so its still adds what the screen keeps behind "More
// settings": the data it trained on, accuracy per class and the confusion matrix, for the
// validation data (the matrix's cells are buttons on screen; on paper they are its numbers).
const noControls = `
.scrolly .sticky .widget-box :where(.play, .stepper, .run-bar, .controls, .buttons,
	.fold-toggle, .fold-front, .fold-bar, .more-settings, .note, .engine-notice, .slider,
	button:not(.confusion .cell), select, input[type='checkbox'], input[type='radio']) {
	display: none !important;
}
.scrolly .sticky .widget-box.trainer .more-settings {
	display: grid !important;
	gap: 0.6rem;
}
.scrolly .sticky .widget-box.trainer .more-settings :is(.settings, .settings-box, .csv, .scatter-box,
	.which, .confusion .hint, .data-bar .switch label:not(.on)) {
	display: none !important;
}
/* One line for the data (its name, then what it holds), then the two tables side by side. */
.scrolly .sticky .trainer .more-settings .data-bar legend { float: left; margin: 0 0.5rem 0 0; }
.scrolly .sticky .trainer .more-settings .data-bar .switch { display: inline; border: none; }
.scrolly .sticky .trainer .more-settings .data-bar .switch label.on {
	display: inline; padding: 0; min-height: 0; background: none;
}
.scrolly .sticky .trainer .more-settings .data-bar .hint { clear: both; }
.scrolly .sticky .trainer .more-settings .lower { display: block !important; }
.scrolly .sticky .trainer .more-settings .tables {
	grid-template-columns: auto auto;
	justify-content: space-between;
	gap: 0 1rem;
}
.scrolly .sticky .trainer .more-settings .per-class {
	grid-column: 1; grid-row: 1 / span 2; align-self: start; width: auto; margin: 0;
}
.scrolly .sticky .trainer .more-settings .per-class th { white-space: nowrap; }
/* The steps read the validation data's accuracies; the training data's overall one is in words. */
.scrolly .sticky .trainer .more-settings .per-class :is(thead tr:first-child th:nth-child(3),
	thead tr:nth-child(2) th:nth-child(n + 3), tbody td:nth-of-type(n + 3)) {
	display: none;
}
.scrolly .sticky .trainer .more-settings .matrix-title { grid-column: 2; grid-row: 1; margin: 0; font-size: 0.95rem; }
.scrolly .sticky .trainer .more-settings .confusion { grid-column: 2; grid-row: 2; }
.scrolly .sticky .trainer .more-settings .confusion .cell { min-height: 2rem; min-width: 3.2rem; }
/* A step whose picture is the classes: its hint asks for a press, which paper cannot give. */
.scrolly .sticky .trainer .classes .hint { display: none !important; }
.site-header { display: none !important; }`;

if (!process.argv.includes('--no-build')) {
	const built = spawnSync('npx', ['vite', 'build'], {
		stdio: 'inherit',
		env: { ...process.env, STILLS_DRAFT: '1' }
	});
	if (built.status !== 0) process.exit(built.status ?? 1);
}

// A preview left from an older build would serve pages whose scripts are gone.
if (
	await fetch(`${origin}/`).then(
		() => true,
		() => false
	)
) {
	console.error(`Something already serves ${origin}: stop it, or set PORT.`);
	process.exit(1);
}
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
	stdio: 'ignore',
	detached: true
});
const stopServer = () => {
	try {
		process.kill(-(/** @type {number} */ (server.pid)));
	} catch {
		/* already gone */
	}
};
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
	process.on(signal, () => {
		stopServer();
		process.exit(130);
	});

try {
	await waitForServer();
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	const context = await browser.newContext({
		// Tall enough for the trainer to stay in view: it draws its charts only where they are seen.
		viewport: { width: 1280, height: 1400 },
		deviceScaleFactor: 1.25,
		colorScheme: 'light',
		reducedMotion: 'no-preference',
		serviceWorkers: 'block'
	});
	await context.addInitScript(watchTrainerRuns);
	/** @type {Set<string>} */
	const drawn = new Set();
	const started = Date.now();
	const slugs = lessonSlugs().filter((s) => only.length === 0 || only.includes(s));
	for (const lang of langs)
		for (const slug of slugs) await drawLesson(context, `/${lang}/${slug}/`, drawn);
	await browser.close();
	const kept = only.length ? 0 : prune(drawn);
	console.log(
		`${drawn.size} stills, ${(kept / 1024).toFixed(0)} KB in ${OUT}/${ROOT}, ` +
			`${((Date.now() - started) / 1000).toFixed(0)} s`
	);
} finally {
	stopServer();
}

async function waitForServer() {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${origin}/`)).ok) return;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`no preview on ${origin}`);
}

/**
 * Every step of every scroll block of one lesson page, in order.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} path
 * @param {Set<string>} drawn
 */
async function drawLesson(context, path, drawn) {
	const page = await context.newPage();
	page.on('pageerror', (e) => console.error(`${path}: ${e.message}`));
	await page.goto(origin + path);
	await page.addStyleTag({ content: noControls });
	const blocks = page.locator('.scrolly:not(.in-slides)');
	const count = await blocks.count();
	for (let b = 0; b < count; b++) {
		const block = blocks.nth(b);
		const steps = block.locator('.step');
		const n = await steps.count();
		for (let i = 0; i < n; i++) {
			const step = steps.nth(i);
			const figure = step.locator('.step-still');
			const src = /** @type {string} */ (await figure.locator('img').getAttribute('src'));
			const plays = (await figure.getAttribute('data-plays')) !== null;
			// A prediction holds the widget back until answered: "just show me" lets it go.
			for (const show of await block.locator('.just-show:visible').all()) await show.click();
			// The run this step starts is the one to wait for, not the one before it.
			if (i > 0)
				await block.evaluate((el) => {
					const w = /** @type {{ __trainerRan?: WeakSet<Element> }} */ (
						/** @type {unknown} */ (window)
					);
					w.__trainerRan?.delete(el);
				});
			await step.evaluate((el) => el.scrollIntoView({ block: 'center' }));
			const active = block.locator(`:scope[data-step="${i}"]`);
			// A short last step near the page's end may not reach the middle: its top then.
			if (!(await active.isVisible()))
				await active.waitFor({ timeout: 4_000 }).catch(async () => {
					await step.evaluate((el) => el.scrollIntoView({ block: 'start' }));
					await active.waitFor({ timeout: 10_000 });
				});
			if (drawn.has(src)) continue;
			await settle(page, block, plays);
			const box = block.locator('.sticky .widget-box');
			// A picture still blank is a widget that never drew: say so, and fail the run.
			if (await box.locator('.placeholder').count()) {
				console.error(`${path} step ${b + 1}.${i + 1}: the picture is blank (${src})`);
				process.exitCode = 1;
			}
			const png = await box.screenshot({ animations: 'disabled' });
			writeStill(src, await toWebp(page, png));
			drawn.add(src);
			console.log(`${path} step ${b + 1}.${i + 1} → ${src}`);
		}
	}
	await page.close();
}

/**
 * Waits until the widget shows its answer: nothing computing, its numbers in words no longer
 * changing, and a step that plays at the end of its run, as the widget says it.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} block
 * @param {boolean} plays
 */
async function settle(page, block, plays) {
	const sticky = block.locator('.sticky');
	const computing = sticky.locator('[aria-busy="true"], .placeholder');
	await sticky.locator('.widget-box').waitFor({ timeout: 30_000 });
	await computing
		.first()
		.waitFor({ state: 'detached', timeout: 30_000 })
		.catch(() => {});
	// The step's settings reach the widget in an update of their own.
	await page.waitForTimeout(400);
	if (plays && (await sticky.locator('.trainer').count())) await trainerEnded(page, block);
	else if (plays) {
		await skipToEnd(sticky);
		await (
			await sticky.elementHandle()
		)?.waitForSelector(
			// The play button: "▶ Play", not "▶| Step" nor "▶▶| Epoch".
			'xpath=.//button[starts-with(normalize-space(.), "▶") and not(starts-with(normalize-space(.), "▶|")) and not(starts-with(normalize-space(.), "▶▶")) and @disabled]',
			{ state: 'attached', timeout: 300_000 }
		);
	}
	await sticky
		.locator('[aria-busy="true"]')
		.first()
		.waitFor({ state: 'detached', timeout: 30_000 });
	await statusSettled(sticky);
	// A transition (~300 ms) or a WebGL frame still to be drawn.
	await page.waitForTimeout(600);
}

/**
 * In every page, before its scripts: notes each scroll block whose trainer has been training
 * (watchTrainerRuns runs in the page; a run of one epoch trains for a tenth of a second, too
 * short to be caught by looking now and then).
 */
function watchTrainerRuns() {
	/** @type {WeakSet<Element>} */
	const ran = new WeakSet();
	Object.assign(window, { __trainerRan: ran });
	new MutationObserver(() => {
		for (const state of document.querySelectorAll('.run-bar .state[data-state="training"]')) {
			const block = state.closest('.scrolly');
			if (block) ran.add(block);
		}
	}).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/**
 * A trainer's step has trained to the end of its own run: it has been training since the step
 * came, and its status says the run is over (finished, stopped early or diverged), in the
 * numbers it reads out too (its live region speaks at most every two seconds while training).
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} block
 */
async function trainerEnded(page, block) {
	await page.waitForFunction(
		(el) => {
			const state = el.querySelector('.run-bar .state');
			const said = el.querySelector('[data-testid="trainer-status"]')?.textContent ?? '';
			const w = /** @type {{ __trainerRan?: WeakSet<Element> }} */ (
				/** @type {unknown} */ (window)
			);
			return (
				w.__trainerRan?.has(el) &&
				['done', 'stopped', 'diverged'].includes(state?.getAttribute('data-state') ?? '') &&
				said.includes(state?.textContent?.trim() ?? '\u0000')
			);
		},
		await block.elementHandle(),
		{ timeout: 300_000, polling: 100 }
	);
}

/**
 * The widget's numbers in words (its live regions) read the same twice, half a second apart:
 * whatever the picture draws from them has been drawn.
 * @param {import('playwright-core').Locator} sticky
 */
async function statusSettled(sticky) {
	const read = () =>
		sticky.evaluate((el) =>
			[...el.querySelectorAll('[role="status"]')].map((s) => s.textContent).join('\n')
		);
	let last = await read();
	for (let i = 0; i < 40; i++) {
		await new Promise((r) => setTimeout(r, 500));
		const now = await read();
		if (now === last) return;
		last = now;
	}
}

/**
 * A run that plays one step every half second takes minutes on busy cores; its end state is
 * the same reached by pressing "Step" to the end, so once it has started it is paused and stepped
 * through. (The trainer, whose runs are its engine's work, not a pace, plays on: see trainerEnded.)
 * @param {import('playwright-core').Locator} sticky
 */
async function skipToEnd(sticky) {
	const pause = sticky.locator('button', { hasText: '❚❚' });
	await pause
		.first()
		.waitFor({ state: 'attached', timeout: 60_000 })
		.catch(() => {});
	await sticky.evaluate(async (el) => {
		const buttons = () => [...el.querySelectorAll('button')];
		/** @param {HTMLButtonElement} b @param {string} text */
		const starts = (b, text) => (b.textContent ?? '').trim().startsWith(text);
		if (buttons().some((b) => starts(b, '▶▶|'))) return;
		buttons()
			.find((b) => starts(b, '❚❚'))
			?.click();
		for (let i = 0; i < 10_000; i++) {
			await new Promise((r) => setTimeout(r, 0));
			const step = buttons().find((b) => starts(b, '▶|'));
			if (!step || step.disabled) return;
			step.click();
		}
	});
}

/**
 * Encodes a screenshot as WebP in the page (Chromium's own encoder; no image library to install).
 * @param {import('playwright-core').Page} page
 * @param {Buffer} png
 * @returns {Promise<Buffer>}
 */
async function toWebp(page, png) {
	const b64 = await page.evaluate(async (data) => {
		const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
		const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		/** @type {OffscreenCanvasRenderingContext2D} */ (canvas.getContext('2d')).drawImage(
			bitmap,
			0,
			0
		);
		const out = new Uint8Array(
			await (await canvas.convertToBlob({ type: 'image/webp', quality: 0.7 })).arrayBuffer()
		);
		let text = '';
		for (let i = 0; i < out.length; i += 0x8000)
			text += String.fromCharCode(...out.subarray(i, i + 0x8000));
		return btoa(text);
	}, png.toString('base64'));
	return Buffer.from(b64, 'base64');
}

/**
 * @param {string} src
 * @param {Buffer} data
 */
function writeStill(src, data) {
	const file = join(OUT, src);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, data);
}

/**
 * Removes the pictures no step names; returns the bytes of those kept.
 * @param {Set<string>} drawn
 */
function prune(drawn) {
	let bytes = 0;
	for (const lang of langs) {
		const dir = join(OUT, ROOT, lang);
		for (const name of readdirSync(dir)) {
			const file = join(dir, name);
			if (drawn.has(`/${ROOT}/${lang}/${name}`)) bytes += statSync(file).size;
			else rmSync(file);
		}
	}
	return bytes;
}
