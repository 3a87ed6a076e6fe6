// Browser tests run in Debian's Chromium. Install it when missing and we are root; otherwise
// say exactly how.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath as path } from './chromium.mjs';

if (!existsSync(path)) {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot) {
		console.error(
			`Chromium is missing at ${path}. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium\n(or set CHROMIUM_PATH to another Chromium).`
		);
		process.exit(1);
	}
	console.log('Chromium is missing: installing Debian’s chromium (apt-get)…');
	execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit' });
}
