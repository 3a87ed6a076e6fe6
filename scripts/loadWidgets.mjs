// Brings a page's widgets to life in Playwright, for the end-to-end tests (tests/e2e/helpers.ts)
// and the browser benchmarks (bench/browser.mjs); plain JavaScript with JSDoc types so plain Node
// can import it too.

/**
 * Brings every widget a reader can see to life: scrolls each into view (they load when near) and
 * waits until none shows its still picture any more and, with `status`, each has said something
 * in its status. Widgets on hidden slides are left alone. Returns how many came to life.
 * With `status: false` the status may stay empty (an engine that cannot answer; a benchmark,
 * which times what comes after). `timeout`: milliseconds the wait may take, and as much again
 * for each widget after the first.
 * @param {import('@playwright/test').Page} page
 * @param {{ status?: boolean, timeout?: number }} [options]
 * @returns {Promise<number>}
 */
export async function loadWidgets(page, { status = true, timeout = 15_000 } = {}) {
	// The page walks and waits itself, in one call: a round trip per widget and per wait (five
	// each) cost a second a page on a busy machine, over a hundred pages a run.
	const { count, left } = await page.evaluate(
		async ({ status, timeout }) => {
			// Resolves once the page's observers have seen `el` near the screen: the widget's own
			// observer (the same margin) has then seen it too and begun to load it. A lesson's
			// blocks far from the screen skip rendering (content-visibility: auto), and an element
			// in one is seen by no observer, so a widget scrolled past before that never loads.
			const seen = (/** @type {Element} */ el) =>
				new Promise((done) => {
					const observer = new IntersectionObserver(
						(entries) => {
							if (!entries.some((e) => e.isIntersecting)) return;
							observer.disconnect();
							done(undefined);
						},
						{ rootMargin: '600px 0px' }
					);
					observer.observe(el);
					setTimeout(() => (observer.disconnect(), done(undefined)), 2000);
				});
			const bringNear = async (/** @type {Element} */ el) => {
				el.scrollIntoView({ block: 'center' });
				await seen(el);
			};
			// Found afresh each time: hydration may put new elements in the prerendered ones' place.
			const visible = () =>
				[...document.querySelectorAll('[data-widget]')].filter((el) => {
					const box = el.getBoundingClientRect();
					return (
						box.width > 0 && box.height > 0 && el.checkVisibility({ visibilityProperty: true })
					);
				});
			const hosts = visible();
			for (const host of hosts) await bringNear(host);
			const still = (/** @type {Element} */ host) => host.querySelector('figure.still') !== null;
			// Attached, not visible: a status region may be for screen readers only. "Computing…"
			// (ui/Pending.svelte) says only that the answer is still to come.
			const silent = (/** @type {Element} */ host) => {
				const said = host.querySelector('[role="status"]');
				return (
					!said ||
					!/\S/.test(said.textContent ?? '') ||
					said.querySelector('[data-testid="computing"]') !== null
				);
			};
			const pending = () => visible().filter((h) => still(h) || (status && silent(h)));
			const end = performance.now() + timeout * Math.max(1, hosts.length);
			let nudged = performance.now();
			for (let left = pending(); left.length > 0; left = pending()) {
				if (performance.now() > end) break;
				// A page not yet hydrated when it was walked gave its widgets no observer yet: walk
				// to one still asleep again.
				const asleep = left.find(still);
				if (asleep && performance.now() - nudged > 500) {
					await bringNear(asleep);
					nudged = performance.now();
				}
				await new Promise((done) => setTimeout(done, 50));
			}
			window.scrollTo(0, 0);
			return {
				count: hosts.length,
				left: pending().map((h) => h.getAttribute('data-widget'))
			};
		},
		{ status, timeout }
	);
	if (left.length > 0) throw new Error(`widgets not alive after ${timeout} ms: ${left.join(', ')}`);
	return count;
}
