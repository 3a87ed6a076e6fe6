// Samples the CPU demand (running + waiting to run) of a command's process tree, in cores.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
const child = spawn(process.argv[2], process.argv.slice(3), { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env } });
const seen = new Map(); // tid -> [run, wait]
function sample() {
	const kids = new Map();
	for (const pid of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
		try { const pp = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]; if (!kids.has(pp)) kids.set(pp, []); kids.get(pp).push(pid); } catch {}
	}
	const q = [String(child.pid)]; const all = [];
	while (q.length) { const x = q.pop(); all.push(x); q.push(...(kids.get(x) || [])); }
	for (const pid of all) {
		let tids = []; try { tids = readdirSync(`/proc/${pid}/task`); } catch {}
		for (const tid of tids) {
			try { const [r, w] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ').map(Number); seen.set(pid + ':' + tid, [r, w]); } catch {}
		}
	}
}
const t0 = Date.now();
const timer = setInterval(sample, 500);
child.on('exit', () => {
	clearInterval(timer);
	const wall = (Date.now() - t0) / 1000;
	let run = 0, wait = 0;
	for (const [r, w] of seen.values()) { run += r; wait += w; }
	console.log(`DEMAND wall ${wall.toFixed(0)} s, cpu ${(run / 1e9).toFixed(0)} s, runqueue wait ${(wait / 1e9).toFixed(0)} s, cores used ${(run / 1e9 / wall).toFixed(2)}, demand ${((run + wait) / 1e9 / wall).toFixed(2)}`);
});
