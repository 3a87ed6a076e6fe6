import { chromium } from '@playwright/test';
import { loadWidgets } from './scripts/loadWidgets.mjs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--enable-unsafe-swiftshader'] });
const ctx = await b.newContext({ serviceWorkers: 'block' });
const p = await ctx.newPage();
await p.goto('http://localhost:4181/en/');
for (const path of process.argv.slice(2)) {
	await b.startTracing(p, { categories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'] });
	await p.goto('http://localhost:4181' + path);
	await loadWidgets(p);
	await p.waitForTimeout(300);
	const buf = await b.stopTracing();
	const ev = JSON.parse(buf.toString()).traceEvents;
	const threads = {};
	for (const e of ev) if (e.name === 'thread_name') threads[e.pid + ':' + e.tid] = e.args.name;
	const agg = {};
	// self time approx: top-level X events per thread (only those not nested): use simple stack per thread
	const byThread = {};
	for (const e of ev) if (e.ph === 'X' && e.dur) (byThread[e.pid + ':' + e.tid] ||= []).push(e);
	for (const [th, list] of Object.entries(byThread)) {
		list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
		const stack = [];
		for (const e of list) {
			while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
			const parent = stack[stack.length - 1];
			const k = (threads[th] || th) + ' ' + e.name;
			agg[k] = (agg[k] || 0) + e.dur / 1000;
			if (parent) { const pk = (threads[th] || th) + ' ' + parent.name; agg[pk] -= e.dur / 1000; }
			stack.push({ name: e.name, end: e.ts + e.dur });
		}
	}
	console.log(path);
	console.log(Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, 22).map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ${k}`).join('\n'));
}
await b.close();
