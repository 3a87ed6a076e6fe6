// An open tab with nothing moving should draw nothing: on every page, with its widgets loaded
// and 2 s left alone, count the animation frames the page asks for (requestAnimationFrame
// callbacks) and the CSS animations still running over the next 2 s. Only animations that run
// on time count: a scroll-driven one (a lesson picture waiting in app.css) moves only on scroll.
import { builtPages, launch, loadWidgets } from './browser.mjs';
import { save, summarise } from './stats.mjs';

/** Counts requestAnimationFrame callbacks from the page's first script on. */
function countFrames() {
	const raf = window.requestAnimationFrame.bind(window);
	window.__frames = 0;
	window.requestAnimationFrame = (callback) =>
		raf((t) => {
			window.__frames++;
			callback(t);
		});
}

export async function run(baseUrl) {
	const browser = await launch();
	const figures = [];
	try {
		for (const path of builtPages().filter((p) => p !== '/')) {
			const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
			await page.addInitScript(countFrames);
			await page.goto(baseUrl + path);
			await loadWidgets(page);
			await page.waitForTimeout(2000);
			const before = await page.evaluate(() => window.__frames);
			await page.waitForTimeout(2000);
			const after = await page.evaluate(() => ({
				frames: window.__frames,
				running: document
					.getAnimations()
					.filter((a) => a.playState === 'running' && a.timeline === document.timeline).length
			}));
			figures.push(
				summarise(`frames drawn in 2 s at rest, ${path}`, 'frames', [after.frames - before], '0'),
				summarise(`CSS animations running at rest, ${path}`, '', [after.running], '0')
			);
			await page.close();
		}
	} finally {
		await browser.close();
	}
	save('idle', figures);
}
