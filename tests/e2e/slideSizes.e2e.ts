import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { lessonSlugs } from '../../scripts/coursePages.mjs';

// Every slide of every deck, as a projector shows it: the smallest text on it (HTML and SVG,
// as rendered: font size × zoom × the slide's scale) and anything that sticks out of the slide.
// One language a size keeps the walk short: English on a 1080p projector, Traditional Chinese
// on a 4:3 one.
const SIZES = [
	{ width: 1920, height: 1080, lang: 'en', smallest: 24 },
	{ width: 1024, height: 768, lang: 'zh-TW', smallest: 18 }
];

interface Measure {
	slide: string;
	smallest: number;
	what: string;
	out: string[];
	picture: number | null;
	live: boolean;
}

/** Measures the slide on screen, in the page. */
function measure(page: Page): Promise<Measure> {
	return page.evaluate(() => {
		const slide = document.querySelector<HTMLElement>('.slides.live')!;
		const box = slide.getBoundingClientRect();
		const scale = box.width / slide.offsetWidth;
		// Text a screen reader reads but nobody sees: not part of what the room must read.
		const unseen = (el: Element) =>
			!el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) ||
			!!el.closest('.visually-hidden, .katex-mathml, .speaker-notes');
		let smallest = Infinity;
		let what = '';
		const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const el = n.parentElement;
			if (!el || !n.textContent?.trim() || unseen(el)) continue;
			const range = document.createRange();
			range.selectNodeContents(n);
			const r = range.getBoundingClientRect();
			if (r.width === 0 || r.height === 0) continue;
			// An SVG's text is scaled again by its viewBox (and any transform inside it).
			const ctm = el instanceof SVGGraphicsElement ? el.getCTM() : null;
			const svg = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
			const size = parseFloat(getComputedStyle(el).fontSize) * el.currentCSSZoom * svg * scale;
			if (size < smallest) {
				smallest = size;
				what = `${el.tagName.toLowerCase()} “${n.textContent.trim().slice(0, 24)}”`;
			}
		}
		const out: string[] = [];
		for (const el of slide.querySelectorAll('*')) {
			if (unseen(el)) continue;
			const r = el.getBoundingClientRect();
			if (r.width === 0 || r.height === 0) continue;
			const sticks =
				r.left < box.left - 1 ||
				r.top < box.top - 1 ||
				r.right > box.right + 1 ||
				r.bottom > box.bottom + 1;
			if (sticks) out.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`);
		}
		const widget = slide.querySelector('.widget[data-on], [data-on] .widget');
		const picture = widget ? widget.getBoundingClientRect().width / box.width : null;
		return {
			slide: new URLSearchParams(location.search).get('slide') ?? '1',
			smallest: Math.round(smallest * 10) / 10,
			what,
			out: out.slice(0, 5),
			picture: picture && Math.round(picture * 100) / 100,
			live: !widget || !!widget.querySelector('.widget-box')
		};
	});
}

/** What is wrong with a measured slide, in words. */
function problemsOf(m: Measure, size: (typeof SIZES)[number]): string[] {
	const at = `slide ${m.slide}:`;
	const problems: string[] = [];
	if (!m.live) problems.push(`${at} the widget never went live`);
	if (m.out.length) problems.push(`${at} sticks out: ${m.out.join(', ')}`);
	if (m.smallest < size.smallest) problems.push(`${at} ${m.smallest} px, ${m.what}`);
	if (m.picture !== null && size.width / size.height > 1.5 && m.picture < 0.6)
		problems.push(`${at} the picture takes ${m.picture} of the width`);
	return problems;
}

const counter = (page: Page) => page.getByTestId('slide-counter').locator('[aria-hidden="true"]');

for (const size of SIZES) {
	test(`every slide reads at ${size.width}×${size.height}: text ≥ ${size.smallest} px, nothing cut off`, async ({
		browser
	}) => {
		test.setTimeout(240_000);
		const context = await browser.newContext({
			viewport: { width: size.width, height: size.height }
		});
		const page = await context.newPage();
		// Every slide is walked and every problem gathered, so one run names them all.
		const problems: string[] = [];
		for (const slug of lessonSlugs()) {
			await test.step(slug, async () => {
				await page.goto(`/${size.lang}/${slug}/slides/`);
				// The deck waits for fonts and pictures (at most 3 s) before it splits the lesson.
				await expect(page.locator('.slides.live.ready')).toHaveCount(1, { timeout: 15_000 });
				const total = Number((await counter(page).innerText()).split('/')[1]);
				for (let i = 1; i <= total; i++) {
					// A widget's slide settles once the widget has drawn and the deck has refitted it.
					let last: Measure | null = null;
					await expect
						.poll(async () => problemsOf((last = await measure(page)), size), { timeout: 3000 })
						.toEqual([])
						.catch(() => problems.push(...problemsOf(last!, size).map((p) => `${slug} ${p}`)));
					if (i === total) break;
					// Past the slide's reveals (a scrollytelling block may have a dozen) to the next slide. A
					// focused widget keeps the arrow keys (a slider's): the deck takes them once it is let go.
					const shown = await counter(page).innerText();
					await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
					for (let k = 0; k < 40 && (await counter(page).innerText()) === shown; k++)
						await page.keyboard.press('PageDown');
					await expect(counter(page)).not.toHaveText(shown);
				}
			});
		}
		expect(problems).toEqual([]);
		await context.close();
	});
}

test('the deck counts the same slides with reduced motion, in any window', async ({ browser }) => {
	const splits = [];
	for (const [viewport, reducedMotion] of [
		[{ width: 1920, height: 1080 }, 'no-preference'],
		[{ width: 1024, height: 768 }, 'reduce']
	] as const) {
		const context = await browser.newContext({ viewport, reducedMotion });
		const page = await context.newPage();
		await page.goto('/en/gradient-descent/slides/');
		await expect(page.locator('.slides.live.ready')).toHaveCount(1);
		splits.push(
			await page.evaluate(() =>
				[...document.querySelectorAll('.slides.live > *')].map((e) => e.getAttribute('data-slide'))
			)
		);
		await context.close();
	}
	expect(splits[0].length).toBeGreaterThan(10);
	expect(splits[1]).toEqual(splits[0]);
});
