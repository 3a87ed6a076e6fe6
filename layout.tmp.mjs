import { chromium } from '@playwright/test';
import { loadWidgets } from './scripts/loadWidgets.mjs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--enable-unsafe-swiftshader'] });
const ctx = await b.newContext({ serviceWorkers: 'block' });
const p = await ctx.newPage();
await p.goto('http://localhost:4181/en/');
const path = process.argv[2];
const noload = process.argv[3] === 'noload';
await b.startTracing(p, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack'] });
await p.goto('http://localhost:4181' + path);
if (!noload) await loadWidgets(p); else await p.waitForTimeout(4000);
await p.waitForTimeout(300);
const ev = JSON.parse((await b.stopTracing()).toString()).traceEvents;
const lay = ev.filter((e) => e.name === 'Layout' && e.ph === 'X');
console.log('layouts', lay.length, 'total', (lay.reduce((a, e) => a + e.dur, 0) / 1000).toFixed(0));
const by = {};
for (const e of lay) {
	const st = e.args?.beginData?.stackTrace;
	const k = st ? st.slice(0, 3).map((f) => `${f.functionName}@${f.url.split('/').pop()}:${f.lineNumber}`).join(' < ') : '(not forced)';
	(by[k] ||= [0, 0]); by[k][0]++; by[k][1] += e.dur / 1000;
}
for (const [k, [n, d]] of Object.entries(by).sort((a, b) => b[1][1] - a[1][1]).slice(0, 12)) console.log(n.toString().padStart(4), d.toFixed(0).padStart(6), k);
const big = lay.sort((a, b) => b.dur - a.dur).slice(0, 5).map((e) => [(e.dur / 1000).toFixed(0), e.args?.beginData?.dirtyObjects, e.args?.beginData?.totalObjects, e.args?.endData?.layoutRoots?.length]);
console.log(big);
await b.close();
