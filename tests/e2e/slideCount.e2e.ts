import { expect, test } from './fixtures';

// The deck's slides do not depend on the window or on reduced motion: an instructor's slide
// numbers are the same on the laptop, on a 4:3 projector and with animations off. (Under reduced
// motion every transition lasts 0.01 ms, and the deck used to measure the page mid-transition.)
test('the deck counts the same slides with reduced motion, in any window', async ({ browser }) => {
	const splits = [];
	for (const [viewport, reducedMotion] of [
		[{ width: 1920, height: 1080 }, 'no-preference'],
		[{ width: 1024, height: 768 }, 'reduce']
	] as const) {
		const context = await browser.newContext({ viewport, reducedMotion });
		const page = await context.newPage();
		await page.goto('/en/gradient-descent/slides/');
		await expect(page.locator('.slides.live.ready')).toHaveCount(1, { timeout: 20_000 });
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
