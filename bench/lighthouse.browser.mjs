// Lighthouse 12 with its default (mobile) settings: a mid-range phone, simulated slow 4G and a
// 4× slower CPU. The home page and two lesson pages, LH_RUNS times each (default 5: one run's
// blocking time swings by 100 ms on a busy machine): each category's score as median and
// spread. Debian's Chromium, not a downloaded one.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath, lessonPages } from './browser.mjs';
import { save, summarise } from './stats.mjs';

const RUNS = Number(process.env.LH_RUNS ?? 5);
const categories = [
	['performance', 98],
	['accessibility', 100],
	['best-practices', 100],
	['seo', 100]
];
const metrics = [
	'first-contentful-paint',
	'largest-contentful-paint',
	'total-blocking-time',
	'cumulative-layout-shift'
];

/** The home page and the first two lessons (or the first in both languages, while only one). */
function pagesToAudit() {
	const en = lessonPages('en');
	return ['/', ...(en.length >= 2 ? en.slice(0, 2) : [en[0], ...lessonPages('zh-TW').slice(0, 1)])];
}

export async function run(baseUrl) {
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run']
	});
	const figures = [];
	const failing = new Map();
	try {
		for (const path of pagesToAudit()) {
			const scores = Object.fromEntries(categories.map(([c]) => [c, []]));
			for (let r = 0; r < RUNS; r++) {
				const result = await lighthouse(baseUrl + path, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: categories.map(([c]) => c)
				});
				const lhr = result.lhr;
				for (const [c] of categories)
					scores[c].push(Math.round((lhr.categories[c].score ?? 0) * 100));
				// What cost points, so a low score says why.
				for (const audit of Object.values(lhr.audits)) {
					if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative')
						failing.set(
							`${path} ${audit.id}`,
							`${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`
						);
				}
				for (const id of metrics) (scores[id] ??= []).push(lhr.audits[id].numericValue);
			}
			for (const [c, target] of categories)
				figures.push(summarise(`${c}, ${path}`, 'score', scores[c], `≥ ${target}`));
			figures.push(
				summarise(`first contentful paint, ${path}`, 'ms', scores['first-contentful-paint']),
				summarise(`largest contentful paint, ${path}`, 'ms', scores['largest-contentful-paint']),
				summarise(`total blocking time, ${path}`, 'ms', scores['total-blocking-time']),
				summarise(`cumulative layout shift, ${path}`, '', scores['cumulative-layout-shift'])
			);
		}
	} finally {
		await chrome.kill();
	}
	for (const [where, what] of failing) console.log(`lighthouse: ${where}: ${what}`);
	save('lighthouse', figures);
}
