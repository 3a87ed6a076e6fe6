// Shared by the browser benchmarks (bench/*.browser.mjs): Chromium as the tests launch it, the
// built pages, and figures in the shape bench/stats.ts writes (Node cannot import the .ts file).
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The same flags as playwright.config.ts: SwiftShader gives headless Chromium its WebGL.
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--enable-unsafe-swiftshader'
];

export function launch(extraArgs = []) {
	return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...extraArgs] });
}

/** Every prerendered page of the build, as a path ("/en/gradient-descent/"). */
export function builtPages(root = 'build') {
	const pages = [];
	const walk = (dir) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) {
				if (name !== '_app') walk(full);
			} else if (name === 'index.html') {
				pages.push(dir === root ? '/' : `/${dir.slice(root.length + 1)}/`);
			}
		}
	};
	walk(root);
	return pages.sort();
}

/** Lesson pages, in course order, in the given language. */
export function lessonPages(lang) {
	return readdirSync('content/lessons')
		.filter((f) => /^\d+-[a-z0-9-]+$/.test(f))
		.sort()
		.map((f) => `/${lang}/${f.replace(/^\d+-/, '')}/`);
}

/** Brings every widget a reader can see to life (they load when scrolled near), then scrolls up. */
export async function loadWidgets(page) {
	const hosts = page.locator('[data-widget]');
	let live = 0;
	for (let i = 0; i < (await hosts.count()); i++) {
		const host = hosts.nth(i);
		if (!(await host.isVisible())) continue;
		await host.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await host.locator('figure.still').waitFor({ state: 'detached', timeout: 20_000 });
		live++;
	}
	await page.evaluate(() => window.scrollTo(0, 0));
	return live;
}

export function quantile(sorted, q) {
	if (sorted.length === 0) return NaN;
	const pos = (sorted.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function summarise(name, unit, values, target) {
	const sorted = [...values].sort((a, b) => a - b);
	return {
		name,
		unit,
		median: quantile(sorted, 0.5),
		p5: quantile(sorted, 0.05),
		p95: quantile(sorted, 0.95),
		samples: values.length,
		target
	};
}

/** Writes a bench file's figures where bench/run.mjs collects them. */
export function save(file, figures) {
	mkdirSync('bench/results', { recursive: true });
	writeFileSync(`bench/results/${file}.json`, JSON.stringify(figures, null, 2));
}
