// npm run bench: runs every bench/*.bench.ts (Node, through Vitest) and every
// bench/*.browser.mjs (headless Chromium against a fresh build), then prints each figure with
// its median and spread. Benchmarks print; they never pass or fail.
import { execSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

rmSync('bench/results', { recursive: true, force: true });
const loadBefore = loadavg()[0];
const only = process.argv[2];
const pick = (f) => !only || f.includes(only);

const nodeBenches = readdirSync('bench').filter((f) => f.endsWith('.bench.ts') && pick(f));
if (nodeBenches.length) {
	execSync(
		`npx vitest run --config bench/vitest.config.ts ${nodeBenches.map((f) => 'bench/' + f).join(' ')}`,
		{
			stdio: ['ignore', 'ignore', 'inherit']
		}
	);
}

const browserBenches = readdirSync('bench').filter((f) => f.endsWith('.browser.mjs') && pick(f));
if (browserBenches.length) {
	const port = Number(process.env.PORT ?? 4173);
	execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });
	const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
		stdio: 'ignore',
		detached: true
	});
	try {
		await waitFor(`http://localhost:${port}/`);
		for (const file of browserBenches) {
			const { run } = await import(`./${file}`);
			await run(`http://localhost:${port}`);
		}
	} finally {
		process.kill(-server.pid);
	}
}

const fmt = (x) =>
	Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toFixed(3);
if (existsSync('bench/results')) {
	for (const file of readdirSync('bench/results').sort()) {
		const figures = JSON.parse(readFileSync(`bench/results/${file}`, 'utf8'));
		console.log(`\n${file.replace('.json', '')}`);
		for (const f of figures) {
			const spread = f.samples > 1 ? `  (p5 ${fmt(f.p5)} – p95 ${fmt(f.p95)}, n=${f.samples})` : '';
			const target = f.target ? `  target ${f.target}` : '';
			console.log(`  ${f.name}: median ${fmt(f.median)} ${f.unit}${spread}${target}`);
		}
	}
}

// Timings depend on what else the machine runs: say how busy it was.
console.log(
	`\nmachine: ${availableParallelism()} cores, load average ${loadBefore.toFixed(1)} before and ${loadavg()[0].toFixed(1)} after`
);

async function waitFor(url) {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`${url} did not start`);
}
