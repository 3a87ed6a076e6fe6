import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { languageTurn } from './helpers';
import { measureFigures, measureSlide } from './slideText';

// Every slide of every deck, as projected: the back row reads every word and number on it, and
// nothing is cut off. A 1080p projector shows 24 px at least, a 4:3 one at 1024×768 18 px.
const SCREENS = [
	{ width: 1920, height: 1080, floor: 24 },
	{ width: 1024, height: 768, floor: 18 }
];
/**
 * Every deck is walked on the 4:3 screen, where the text's column is tightest, and on the 16:9 one
 * in one language, the languages taking turns (languageTurn): there the figures and the widgets'
 * labels are what come near the floor, and they are the same in both languages. A walk of every
 * deck on both screens in both languages would take three minutes of the suite.
 */
const screensFor = (lang: string, lesson: string) =>
	languageTurn(`/${lang}/${lesson}/slides/`) ? SCREENS : SCREENS.slice(1);
const LESSONS = readdirSync('content/lessons').map((dir) => dir.replace(/^\d+-/, ''));

/**
 * Waits until the slide stops changing size (a step's settings reach its widget, the widget
 * redraws, and the deck fits the page again a frame later): unchanged for 8 frames in a row.
 * Whether it did within 3 s: a deck that flips between two fits never settles.
 */
async function settled(page: Page): Promise<boolean> {
	return page.evaluate(async () => {
		const live = document.querySelector<HTMLElement>('.slides.live')!;
		const frame = () => new Promise((done) => requestAnimationFrame(done));
		const shape = () => `${live.style.width} ${live.scrollHeight}`;
		const end = performance.now() + 3000;
		for (let last = shape(), same = 0; performance.now() < end;) {
			await frame();
			const now = shape();
			same = now === last ? same + 1 : 0;
			last = now;
			if (same >= 8) return true;
		}
		return false;
	});
}

for (const lang of ['en', 'zh-TW']) {
	for (const lesson of LESSONS) {
		const screens = screensFor(lang, lesson);
		test(`${lang} ${lesson}: every slide reads from the back of the room, at ${screens.length > 1 ? '16:9 and 4:3' : '4:3'}`, async ({
			page
		}) => {
			test.slow();
			const small: string[] = [];
			for (const { width, height, floor } of screens) {
				await page.setViewportSize({ width, height });
				await page.goto(`/${lang}/${lesson}/slides/`);
				await expect(page.locator('.slides.live.ready')).toHaveCount(1, { timeout: 20_000 });
				for (let seen = new Set<string>(); ;) {
					const still = await settled(page);
					const at = new URL(page.url()).searchParams;
					const slide = await page.evaluate(measureSlide);
					const where = `${lang} ${lesson} ${width}×${height} ${slide.section} (${at.toString() || 'slide=1'})`;
					const misses = slide.cut.map((cut) => `${where}: cut off ${cut}`);
					if (!still) misses.push(`${where}: its size still changes after 3 s`);
					if (slide.smallest < floor - 0.05)
						misses.push(`${where}: ${slide.smallest.toFixed(1)} px ${slide.smallestText}`);
					// A figure stands in the picture's column, which on a 4:3 page is about as wide
					// as the figure in a lesson: its labels are drawn large enough for both.
					const figures = await page.evaluate(measureFigures);
					if (figures.smallest < floor - 0.05)
						misses.push(`${where}: ${figures.smallest.toFixed(1)} px in ${figures.figure}`);
					small.push(...misses);
					seen.add(page.url());
					await page.keyboard.press('PageDown');
					await page.waitForTimeout(30);
					if (seen.has(page.url())) break;
				}
			}
			expect(small).toEqual([]);
		});
	}
}
