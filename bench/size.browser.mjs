// The JavaScript each page loads before any lazy chunk: the scripts its prerendered HTML names
// (modulepreload links and the entry imports of the start-up script) and everything they import
// statically, gzipped. Lazy chunks (dynamic import(): widgets, lesson bodies, three.js) are
// fetched later, only where needed. Reads build/; the running site is not needed.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages } from './browser.mjs';
import { save, summarise } from './stats.mjs';

const ROOT = 'build';
const kb = (bytes) => bytes / 1024;

/** build-relative file paths of the scripts a page's HTML starts with. */
function entryScripts(page) {
	const html = readFileSync(join(ROOT, page, 'index.html'), 'utf8');
	const urls = [
		...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*>/g)].map(
			(m) => /href="([^"]+)"/.exec(m[0])?.[1]
		),
		...[...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1]),
		...[...html.matchAll(/\bimport\(\s*["']([^"']+\.js)["']\s*\)/g)].map((m) => m[1])
	].filter(Boolean);
	return urls.map((u) => posix.normalize(posix.join(page, u)).replace(/^\//, ''));
}

/** Static imports of one built chunk (not `import()`), as build-relative paths. */
function staticImports(file) {
	const code = readFileSync(join(ROOT, file), 'utf8');
	const found = [];
	for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g)) {
		found.push(posix.normalize(posix.join(dirname(file), m[1])));
	}
	return found;
}

/** The page's eager closure: entry scripts and all they import statically. */
function eagerClosure(page) {
	const seen = new Set();
	const queue = entryScripts(page);
	while (queue.length) {
		const file = queue.pop();
		if (seen.has(file) || !existsSync(join(ROOT, file))) continue;
		seen.add(file);
		queue.push(...staticImports(file));
	}
	return seen;
}

const gz = new Map();
function gzipSize(file) {
	if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(ROOT, file)), { level: 9 }).length);
	return gz.get(file);
}

// three.js announces itself in its renderer; a chunk holding it holds these names.
const isThree = (file) =>
	/WebGLRenderer|WebGLRenderTarget/.test(readFileSync(join(ROOT, file), 'utf8'));

function allScripts(dir = join(ROOT, '_app')) {
	const out = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...allScripts(full));
		else if (entry.name.endsWith('.js')) out.push(full.slice(ROOT.length + 1));
	}
	return out;
}

export async function run() {
	const figures = [];
	const eagerEverywhere = new Set();
	for (const page of builtPages(ROOT)) {
		const files = eagerClosure(page);
		files.forEach((f) => eagerEverywhere.add(f));
		const total = [...files].reduce((sum, f) => sum + gzipSize(f), 0);
		figures.push(
			summarise(`eager JS, ${page} (${files.size} files)`, 'KB gzip', [kb(total)], '≤ 80 KB')
		);
	}
	const scripts = allScripts();
	const threeChunks = scripts.filter(isThree);
	const threeEager = threeChunks.filter((f) => eagerEverywhere.has(f));
	figures.push(summarise('pages whose eager JS holds three.js', 'pages', [threeEager.length], '0'));
	figures.push(
		summarise(
			`three.js in lazy chunks (${threeChunks.map((f) => posix.basename(f)).join(', ') || 'none built yet'})`,
			'KB gzip',
			[kb(threeChunks.reduce((s, f) => s + gzipSize(f), 0))]
		)
	);
	const lazy = scripts.filter((f) => !eagerEverywhere.has(f) && !f.includes('/workers/'));
	const largest = lazy.map((f) => [f, gzipSize(f)]).sort((a, b) => b[1] - a[1])[0];
	if (largest)
		figures.push(
			summarise(`largest lazy chunk (${posix.basename(largest[0])})`, 'KB gzip', [kb(largest[1])])
		);
	// The 3D renderer worker holds three.js and is counted above; the engine's is the math.
	for (const f of scripts.filter((f) => f.includes('/workers/') && !isThree(f))) {
		figures.push(summarise(`worker ${posix.basename(f)}`, 'KB gzip', [kb(gzipSize(f))]));
	}
	save('size', figures);
}
