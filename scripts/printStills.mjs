// `npm run stills`: the picture each scroll step prints beside it (src/lib/widgets/stepStill.ts).
// A build of the site itself draws them: each lesson is scrolled step by step in headless
// Chromium, as a reader would (a step's settings apply over the ones before it), each step's
// widget is left to finish (a step that plays, to the end of its run) and its picture is saved as
// WebP at 1.5 times its size (some 250 dpi on paper), without the controls, which paper cannot
// use. The pictures are committed: the site's build and CI need no browser. Pictures no step
// names any more are removed. Every picture carries words (a title, axes, readouts), so each
// language has its own; steps with the same settings share one.
//
//   npm run stills                  build (letting the pictures be missing), draw every lesson
//   npm run stills -- --no-build    draw from the build already in build/
//   npm run stills -- loss bias     only these lessons (nothing is removed then)
//   PORT=4242 npm run stills        the preview's port (default 4242)
// Some 9 minutes on two cores, most of it the trainer's runs.
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

// The widget as paper shows it: its title, picture and numbers; nothing to press or drag.
const noControls = `
.scrolly .sticky .widget-box :is(.play, .stepper, .run-bar, .controls, .buttons, .fold-toggle,
	.fold-front, .fold-bar, .more-settings, .note, .engine-notice, .slider, button, select, input[type='checkbox']) {
	display: none !important;
}
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
		deviceScaleFactor: 1.5,
		colorScheme: 'light',
		reducedMotion: 'no-preference',
		serviceWorkers: 'block'
	});
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
			await step.evaluate((el) => el.scrollIntoView({ block: 'center' }));
			await block.locator(`:scope[data-step="${i}"]`).waitFor({ timeout: 10_000 });
			if (drawn.has(src)) continue;
			await settle(page, block, plays);
			const box = block.locator('.sticky .widget-box');
			const png = await box.screenshot({ animations: 'disabled' });
			writeStill(src, await toWebp(page, png));
			drawn.add(src);
			console.log(`${path} step ${b + 1}.${i + 1} → ${src}`);
		}
	}
	await page.close();
}

/**
 * Waits until the widget shows its answer: nothing computing, and a step that plays at the end
 * of its run (its play button is then disabled: a run that ends before it is looked at counts).
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
	await page.waitForTimeout(400);
	if (plays) await skipToEnd(sticky);
	if (plays)
		await (
			await sticky.elementHandle()
		)?.waitForSelector(
			// The play button: "▶ Play", not "▶| Step" nor "▶▶| Epoch".
			'xpath=.//button[starts-with(normalize-space(.), "▶") and not(starts-with(normalize-space(.), "▶|")) and not(starts-with(normalize-space(.), "▶▶")) and @disabled]',
			{ state: 'attached', timeout: 300_000 }
		);
	await sticky
		.locator('[aria-busy="true"]')
		.first()
		.waitFor({ state: 'detached', timeout: 30_000 });
	// A transition (~300 ms) or a WebGL frame still to be drawn.
	await page.waitForTimeout(600);
}

/**
 * A run that plays one step every half second takes minutes on busy cores; its end state is
 * the same reached by pressing "Step" to the end, so once it has started it is paused and stepped
 * through. The trainer (whose runs are its engine's work, not a pace) plays on.
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
