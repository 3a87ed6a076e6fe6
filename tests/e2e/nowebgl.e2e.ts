import { expect, test } from './fixtures';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { failureGroups, loadWidgets } from './helpers';

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
