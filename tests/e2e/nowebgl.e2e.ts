import { expect, test } from './fixtures';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { failureGroups, loadWidgets, predictionsMade } from './helpers';
import { phoneStepsFit } from './sticky';

// No WebGL (old GPUs, blocked drivers, some privacy modes): every page with a widget still works.
// A 3D widget draws its 2D fallback; nothing may log an error.
test.use({
	launchOptions: {
		executablePath: chromiumPath,
		args: [...chromiumArgs, '--disable-webgl', '--disable-3d-apis']
	}
});
// One browser page visits each group in turn: a fresh page for each costs more than the visit.
for (const [group, paths] of Object.entries(failureGroups())) {
	test(`${group} still works, with no console errors`, async ({ page }) => {
		test.setTimeout(30_000 * paths.length);
		for (const path of paths) {
			await test.step(path, async () => {
				await page.goto(path);
				expect(
					await page.evaluate(() => !!document.createElement('canvas').getContext('webgl'))
				).toBe(false);
				expect(await loadWidgets(page)).toBeGreaterThan(0);
				await expect(page.locator('[data-widget] [role="alert"]:visible')).toHaveCount(0);
			});
		}
	});
}

// The map in the 3D view's place on a phone: it too keeps to 45% of the screen beside every step,
// in both lessons of the surface (one language each; phone.e2e walks them with WebGL).
for (const path of ['/en/gradient-descent/', '/zh-TW/learning-rate/'])
	test(`phone 360×740 ${path}: the contour map fits the sticky budget`, async ({ page }) => {
		await predictionsMade(page);
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(path);
		const scrollies = page.locator('.scrolly:has([data-widget="surface3d"])');
		expect(await scrollies.count()).toBeGreaterThan(0);
		for (const scrolly of await scrollies.all()) {
			await phoneStepsFit(page, scrolly, path);
			await expect(scrolly.getByTestId('surface3d-map')).toBeVisible();
		}
	});
