// A reader's first visit stores the whole course for offline reading: the service worker is
// registered once the page has settled (src/routes/+layout.svelte) and installs by fetching every
// page and file. Timed here: from the page's load event to the registration, and from the
// registration to the worker being active, with how much it stored. The other browser benches
// wait for this to end before they time a widget.
import { launch } from './browser.mjs';
import { save, summarise } from './stats.mjs';

const RUNS = 3;
const PAGES = ['/en/', '/en/training/'];

export async function run(baseUrl) {
	const browser = await launch();
	const figures = [];
	try {
		for (const path of PAGES) {
			const runs = [];
			for (let r = 0; r < RUNS; r++) {
				const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
				await page.goto(baseUrl + path, { waitUntil: 'load' });
				runs.push(
					await page.evaluate(async () => {
						await navigator.serviceWorker.ready;
						const loaded = performance.getEntriesByType('navigation')[0].loadEventEnd;
						const registered = performance.getEntriesByName('descent:sw-register')[0]?.startTime;
						const wait = registered === undefined ? NaN : registered - loaded;
						const ms = performance.now() - (registered ?? loaded);
						const cache = await caches.open((await caches.keys())[0]);
						const requests = await cache.keys();
						let bytes = 0;
						for (const request of requests) {
							const response = await cache.match(request);
							bytes += response ? (await response.blob()).size : 0;
						}
						return { wait, ms, files: requests.length, bytes };
					})
				);
				await page.close();
			}
			figures.push(
				summarise(
					`load → service worker registered, ${path}`,
					'ms',
					runs.map((x) => x.wait)
				),
				summarise(
					`registered → whole course stored offline, ${path}`,
					'ms',
					runs.map((x) => x.ms)
				),
				summarise(
					`files stored, ${path}`,
					'files',
					runs.map((x) => x.files)
				),
				summarise(
					`bytes stored, ${path}`,
					'MB',
					runs.map((x) => x.bytes / 1e6)
				)
			);
		}
	} finally {
		await browser.close();
	}
	save('offline', figures);
}
