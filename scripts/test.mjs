// `npm test`: the unit tests and one build of the site, side by side, then the browser tests
// against that build, and how long each took, so a slower suite is noticed when it happens (the
// whole must stay under ten minutes on two cores).
import { spawn } from 'node:child_process';

/**
 * Runs `npm <args>`; with `quiet`, its output is kept and shown only if it fails, so two steps
 * that run at once do not interleave their lines. Resolves to its exit status and its time.
 * @param {string[]} args
 * @param {boolean} quiet
 * @returns {Promise<{ status: number, seconds: number }>}
 */
function run(args, quiet) {
	const start = performance.now();
	// The browser tests' server serves the build just made instead of building again
	// (playwright.config.ts).
	const env = { ...process.env, E2E_BUILT: '1' };
	const child = spawn('npm', args, { stdio: quiet ? 'pipe' : 'inherit', env });
	/** @type {Buffer[]} */
	const kept = [];
	child.stdout?.on('data', (b) => kept.push(b));
	child.stderr?.on('data', (b) => kept.push(b));
	return new Promise((done) =>
		child.on('close', (code) => {
			if (quiet && code !== 0) process.stdout.write(Buffer.concat(kept));
			done({ status: code ?? 1, seconds: (performance.now() - start) / 1000 });
		})
	);
}

const times = [];
// Much of the build runs on one core (Svelte's compiler, the prerender), and the unit tests fill
// the other.
const [unit, build] = await Promise.all([
	run(['run', '--silent', 'test:unit'], false),
	run(['run', '--silent', 'build'], true)
]);
times.push(`unit ${unit.seconds.toFixed(1)} s`, `build ${build.seconds.toFixed(1)} s`);
let status = unit.status || build.status;
if (status === 0) {
	const e2e = await run(['run', '--silent', 'test:e2e'], false);
	times.push(`e2e ${e2e.seconds.toFixed(1)} s`);
	status = e2e.status;
}
console.log(`\nnpm test wall time: ${times.join(', ')}`);
process.exit(status);
