// Brings a page's widgets to life in Playwright, for the end-to-end tests (tests/e2e/helpers.ts)
// and the browser benchmarks (bench/browser.mjs); plain JavaScript with JSDoc types so plain Node
// can import it too.

/**
 * Brings every widget a reader can see to life: scrolls each into view (they load when near) and
 * waits until none shows its still picture any more and, with `status`, each has said something
 * in its status. Widgets on hidden slides are left alone. Returns how many came to life.
 * With `status: false` the status may stay empty (an engine that cannot answer; a benchmark,
 * which times what comes after). `timeout`: milliseconds each wait may take.
 * @param {import('@playwright/test').Page} page
 * @param {{ status?: boolean, timeout?: number }} [options]
 * @returns {Promise<number>}
 */
export async function loadWidgets(page, { status = true, timeout = 15_000 } = {}) {
	const hosts = page.locator('[data-widget]');
	let live = 0;
	for (let i = 0; i < (await hosts.count()); i++) {
		const host = hosts.nth(i);
		if (!(await host.isVisible())) continue;
		await host.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await host.locator('figure.still').waitFor({ state: 'detached', timeout });
		if (status) {
			// Attached, not visible: a status region may be for screen readers only. "Computing…"
			// (ui/Pending.svelte) says only that the answer is still to come.
			const said = host
				.locator('[role="status"]')
				.first()
				.filter({ hasText: /\S/ })
				.filter({ hasNot: page.getByTestId('computing') });
			await said.waitFor({ state: 'attached', timeout });
		}
		live++;
	}
	await page.evaluate(() => window.scrollTo(0, 0));
	return live;
}
