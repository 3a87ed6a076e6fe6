import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--enable-unsafe-swiftshader'] });
const p = await b.newPage();
for (const path of ['/en/backpropagation/slides/', '/en/backpropagation/presenter/', '/en/playground/']) {
	await p.goto('http://localhost:4181' + path);
	await p.waitForTimeout(3000);
	await p.evaluate(axe);
	const n = await p.evaluate(() => document.querySelectorAll('*').length);
	const times = await p.evaluate(async () => {
		const r = {};
		for (const [k, o] of [
			['full', {}],
			['full2', {}],
			['cc', { runOnly: ['color-contrast', 'link-in-text-block'] }],
			['nocc', { rules: { 'color-contrast': { enabled: false } } }]
		]) {
			const t = performance.now();
			await window.axe.run({ resultTypes: ['violations'], ...o });
			r[k] = Math.round(performance.now() - t);
		}
		const res = await window.axe.run({ resultTypes: ['violations'], performanceTimer: false });
		return r;
	});
	console.log(path, 'nodes', n, times);
}
await b.close();
