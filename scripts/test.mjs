// `npm test`: the unit tests, one build of the site, then the browser tests against that build,
// and how long each took, so a slower suite is noticed when it happens (the whole must stay under
// ten minutes on two cores).
import { spawnSync } from 'node:child_process';

/** @type {[string, string[]][]} */
const steps = [
	['unit', ['run', '--silent', 'test:unit']],
	['build', ['run', '--silent', 'build']],
	['e2e', ['run', '--silent', 'test:e2e']]
];
// One after the other: the unit tests and the build both run SvelteKit's Vite plugin, which writes
// the generated client files in .svelte-kit; side by side, one of them rewrote them during the
// other's build, and the site built that way did not start (every widget test failed).
const times = [];
let status = 0;
for (const [name, args] of steps) {
	const start = performance.now();
	// The browser tests' server serves the build just made instead of building again
	// (playwright.config.ts).
	const env = { ...process.env, E2E_BUILT: '1' };
	const run = spawnSync('npm', args, { stdio: 'inherit', env });
	times.push(`${name} ${((performance.now() - start) / 1000).toFixed(1)} s`);
	status = run.status ?? 1;
	if (status !== 0) break;
}
console.log(`\nnpm test wall time: ${times.join(', ')}`);
process.exit(status);
