import { chromium } from '@playwright/test';
import { loadWidgets } from './scripts/loadWidgets.mjs';
import { readFileSync, readdirSync } from 'node:fs';
const extra = process.argv.slice(2);
let root = 0;
function tree() {
	const kids = new Map();
	for (const pid of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) { try { const pp = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]; if (!kids.has(pp)) kids.set(pp, []); kids.get(pp).push(pid); } catch {} }
	const all = []; const q = [String(root)]; while (q.length) { const x = q.pop(); all.push(x); q.push(...(kids.get(x) || [])); } return all;
}
function cpu() {
	const out = {};
	for (const pid of tree()) {
		try {
			const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
			if (!cmd.includes('chromium')) continue;
			const type = (cmd.match(/--type=([a-z-]+)/) || [, 'browser'])[1] + (cmd.includes('--utility-sub-type') ? ':' + cmd.match(/--utility-sub-type=([\w.]+)/)[1] : '');
			const st = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
			out[type] = (out[type] || 0) + (Number(st[11]) + Number(st[12])) * 10;
		} catch {}
	}
	return out;
}
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--enable-unsafe-swiftshader', ...extra] });
root = process.pid;
const ctx = await b.newContext({ serviceWorkers: 'block' });
const p = await ctx.newPage();
await p.goto('http://localhost:4181/en/');
let tot = {}; for (const path of ['/en/loss/', '/en/learning-rate/', '/en/backpropagation/', '/en/playground/surface3d/', '/en/loss/slides/', '/en/playground/trainer/']) {
	const c0 = cpu();
	const t = Date.now();
	await p.goto('http://localhost:4181' + path);
	const n = await loadWidgets(p);
	await p.waitForTimeout(500);
	const c1 = cpu();
	const d = Object.fromEntries(Object.keys(c1).map((k) => [k, c1[k] - (c0[k] || 0)]));
	for (const k in d) tot[k] = (tot[k] || 0) + d[k];
}
console.log(extra.join(' ') || '(default)', JSON.stringify(tot), Object.values(tot).reduce((a, b) => a + b, 0));
await b.close();
