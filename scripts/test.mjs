// `npm test`: the unit tests, then the browser tests, and how long each half took, so a slower
// suite is noticed when it happens (the whole must stay under ten minutes on two cores).
import { spawnSync } from 'node:child_process';

const halves = [
	['unit', 'test:unit'],
	['e2e', 'test:e2e']
];
const times = [];
let status = 0;
for (const [name, script] of halves) {
	const start = performance.now();
	const run = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
	times.push(`${name} ${((performance.now() - start) / 1000).toFixed(1)} s`);
	status = run.status ?? 1;
	if (status !== 0) break;
}
console.log(`\nnpm test wall time: ${times.join(', ')}`);
process.exit(status);
