import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { measureSlide } from './slideText';

// Every slide of every deck, as projected: the back row reads every word and number on it, and
// nothing is cut off. A 1080p projector shows 24 px at least, a 4:3 one at 1024×768 18 px.
const SCREENS = [
	{ width: 1920, height: 1080, floor: 24 },
	{ width: 1024, height: 768, floor: 18 }
];
const LESSONS = readdirSync('content/lessons').map((dir) => dir.replace(/^\d+-/, ''));

/**
 * Waits until the slide stops changing size: a step's settings reach its widget, the widget
 * redraws, and the deck fits the page again a frame later.
 */
async function settled(page: Page) {
	await page.evaluate(async () => {
		const live = document.querySelector<HTMLElement>('.slides.live')!;
		const frame = () => new Promise((done) => requestAnimationFrame(done));
		const shape = () => `${live.style.width} ${live.scrollHeight}`;
		let last = '';
		for (let i = 0; i < 30 && shape() !== last; i++) {
			last = shape();
			await frame();
			await frame();
			await new Promise((done) => setTimeout(done, 60));
		}
	});
}

for (const lang of ['en', 'zh-TW']) {
	for (const lesson of LESSONS) {
		test(`${lang} ${lesson}: every slide reads from the back of the room, at 16:9 and 4:3`, async ({
			page
		}) => {
			test.slow();
			const small: string[] = [];
			for (const { width, height, floor } of SCREENS) {
				await page.setViewportSize({ width, height });
				await page.goto(`/${lang}/${lesson}/slides/`);
				await expect(page.locator('.slides.live.ready')).toHaveCount(1, { timeout: 20_000 });
				for (let seen = new Set<string>(); ; ) {
					await settled(page);
					const where = `${width}×${height} ${new URL(page.url()).search || '?slide=1'}`;
					const slide = await page.evaluate(measureSlide);
					if (slide.smallest < floor - 0.05)
						small.push(`${where}: ${slide.smallest.toFixed(1)} px ${slide.smallestText}`);
					for (const cut of slide.cut) small.push(`${where}: cut off ${cut}`);
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
