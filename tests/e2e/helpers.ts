import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

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

/** Pages that hold one widget alone, with its settings in the address. */
export function widgetPages(pages = builtPages()): string[] {
	return pages.filter((p) => /^\/[^/]+\/playground\/[^/]+\/$/.test(p));
}

/** Every lesson page in both languages, from the lesson folders (what the course index lists). */
export function lessonPages(pages = builtPages()): string[] {
	const slugs = readdirSync('content/lessons')
		.map((f) => /^\d+-([a-z0-9-]+)$/.exec(f)?.[1])
		.filter((s): s is string => !!s);
	return pages.filter((p) => slugs.some((s) => p.endsWith(`/${s}/`) && p.split('/').length === 4));
}

/**
 * Brings every widget a reader can see to life: scrolls each into view (they load when near) and
 * waits until none shows its still picture any more and each has said something in its status.
 * Widgets on hidden slides are left alone. Returns how many came to life. With `status: false`
 * (an engine that cannot answer) the status may stay empty.
 */
export async function loadWidgets(page: Page, { status = true } = {}): Promise<number> {
	const hosts = page.locator('[data-widget]');
	let live = 0;
	for (let i = 0; i < (await hosts.count()); i++) {
		const host = hosts.nth(i);
		if (!(await host.isVisible())) continue;
		await host.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await host.locator('figure.still').waitFor({ state: 'detached', timeout: 15_000 });
		if (status)
			await expect
				.poll(() => host.locator('[role="status"]').first().textContent(), { timeout: 15_000 })
				.toMatch(/\S/);
		live++;
	}
	await page.evaluate(() => window.scrollTo(0, 0));
	return live;
}

/** Records Content-Security-Policy violations from the first script on (window.__csp). */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const w = window as unknown as { __csp: string[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.__csp.push(
				`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`
			)
		);
	});
	return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []);
}

/** Built pages whose HTML places at least one widget. */
export function pagesWithWidgets(pages = builtPages(), root = 'build'): string[] {
	return pages.filter((p) =>
		readFileSync(join(root, p, 'index.html'), 'utf8').includes('data-widget=')
	);
}
