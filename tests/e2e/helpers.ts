import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** Every prerendered page of the build, as a path ("/en/gradient-descent/"). */
export function builtPages(root = 'build'): string[] {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) {
				if (name !== '_app') walk(full);
			} else if (name === 'index.html') {
				pages.push(
					'/' + dir.slice(root.length + 1).replace(/\\/g, '/') + (dir === root ? '' : '/')
				);
			}
		}
	};
	walk(root);
	return pages.map((p) => p.replace(/^\/\//, '/')).sort();
}

/** Collects console errors, page errors and failed requests while a test runs. */
export function watchProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
	page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
	page.on('response', (r) => {
		if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
	});
	return problems;
}
