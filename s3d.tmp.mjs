import { chromium } from '@playwright/test';
import { loadWidgets } from './scripts/loadWidgets.mjs';
import { readFileSync, readdirSync } from 'node:fs';
function tree() { const kids = new Map(); for (const pid of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) { try { const pp = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]; if (!kids.has(pp)) kids.set(pp, []); kids.get(pp).push(pid); } catch {} } const all = []; const q = [String(process.pid)]; while (q.length) { const x = q.pop(); all.push(x); q.push(...(kids.get(x) || [])); } return all; }
function cpu() { let t = 0; for (const pid of tree()) { try { const st = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); t += (Number(st[11]) + Number(st[12])) * 10; } catch {} } return t; }
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--enable-unsafe-swiftshader'] });
for (const nogl of [false, true, false, true]) {
	const ctx = await b.newContext({ serviceWorkers: 'block' });
	const p = await ctx.newPage();
	if (nogl) await p.addInitScript(() => { const g = HTMLCanvasElement.prototype.getContext; HTMLCanvasElement.prototype.getContext = function (t, ...r) { return t.startsWith('webgl') ? null : g.call(this, t, ...r); }; });
	await p.goto('http://localhost:4181/en/');
	const c0 = cpu(); const t0 = Date.now();
	for (let i = 0; i < 5; i++) { await p.goto('http://localhost:4181/en/playground/surface3d/?surface=valley&lr=0.5'); await loadWidgets(p); }
	console.log(nogl ? 'no webgl' : 'webgl', 'cpu ms/load', (cpu() - c0) / 5, 'wall', (Date.now() - t0) / 5, await p.getByTestId('surface3d-view').getAttribute('data-mode'));
	await ctx.close();
}
await b.close();
