import { expect, test } from './fixtures';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { builtPages, lessonPages, loadWidgets, pagesWithWidgets, widgetPages } from './helpers';

// No WebGL (old GPUs, blocked drivers, some privacy modes): every page with a widget still works.
// A 3D widget draws its 2D fallback; nothing may log an error.
test.use({
	launchOptions: {
		executablePath: chromiumPath,
		args: [...chromiumArgs, '--disable-webgl', '--disable-3d-apis']
	}
});
const pages = builtPages();
const withWidgets = pagesWithWidgets(pages);
// Every widget alone in both languages, and every lesson with a widget in English.
const tried = [
	...widgetPages(pages),
	...lessonPages(pages).filter((p) => p.startsWith('/en/') && withWidgets.includes(p))
];
for (const path of tried) {
	test(`${path} still works, with no console errors`, async ({ page }) => {
		await page.goto(path);
		expect(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl'))).toBe(
			false
		);
		expect(await loadWidgets(page)).toBeGreaterThan(0);
		await expect(page.locator('[data-widget] [role="alert"]:visible')).toHaveCount(0);
	});
}
