import { chromium } from '@playwright/test';
import { loadWidgets } from './scripts/loadWidgets.mjs';
import { writeFileSync } from 'node:fs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--enable-unsafe-swiftshader'] });
const ctx = await b.newContext({ serviceWorkers: 'block' });
const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p);
await cdp.send('Performance.enable');
await cdp.send('Profiler.enable');
for (const path of ['/en/loss/', '/en/learning-rate/', '/en/backpropagation/']) {
	const m0 = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
	await cdp.send('Profiler.start');
	const t = Date.now();
	await p.goto('http://localhost:4181' + path);
	const t1 = Date.now();
	const n = await loadWidgets(p);
	const t2 = Date.now();
	const prof = (await cdp.send('Profiler.stop')).profile;
	const m1 = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
	const d = (k) => (m1[k] - m0[k]).toFixed(2);
	console.log(path, 'goto', t1 - t, 'widgets', n, t2 - t1, 'task', d('TaskDuration'), 'script', d('ScriptDuration'), 'layout', d('LayoutDuration'), 'style', d('RecalcStyleDuration'), 'nodes', m1.Nodes);
	// self time per function
	const self = new Map();
	const byId = new Map(prof.nodes.map((n) => [n.id, n]));
	const dt = prof.timeDeltas; const s = prof.samples;
	for (let i = 0; i < s.length; i++) { const n = byId.get(s[i]); const k = n.callFrame.functionName + ' ' + n.callFrame.url.split('/').pop() + ':' + n.callFrame.lineNumber; self.set(k, (self.get(k) || 0) + (dt[i] || 0) / 1000); }
	console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `  ${v.toFixed(0)} ms ${k}`).join('\n'));
}
await b.close();
