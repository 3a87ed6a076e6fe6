// Which pages the course has, read from disk: the lesson folders in content/lessons and the
// prerendered build. Shared by the tests (tests/unit, tests/e2e) and the browser benchmarks
// (bench/browser.mjs); plain JavaScript with JSDoc types so plain Node can import it too.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const LESSONS = 'content/lessons';
/** "04-gradient-descent": the lesson's number in course order, then its slug (as the site reads it). */
const LESSON_FOLDER = /^\d+-([a-z0-9-]+)$/;

/**
 * The lesson folders ("04-gradient-descent"), in course order.
 * @returns {string[]}
 */
export function lessonFolders(root = LESSONS) {
	return readdirSync(root)
		.filter((f) => LESSON_FOLDER.test(f))
		.sort();
}

/**
 * The lessons' slugs ("gradient-descent"), in course order: the path of each lesson page.
 * @returns {string[]}
 */
export function lessonSlugs(root = LESSONS) {
	return lessonFolders(root).map((f) => f.replace(LESSON_FOLDER, '$1'));
}

/**
 * Every prerendered page of the build, as a path ("/en/gradient-descent/"), sorted. With
 * `standalone`, also the pages written as files of their own at the root ("/404.html",
 * "/offline.html"), which a host or the service worker shows at another address.
 * @param {string} [root]
 * @param {{ standalone?: boolean }} [options]
 * @returns {string[]}
 */
export function builtPages(root = 'build', { standalone = false } = {}) {
	/** @type {string[]} */
	const pages = [];
	/** @param {string} dir */
	const walk = (dir) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) {
				if (name !== '_app') walk(full);
			} else if (name === 'index.html') {
				const path = relative(root, dir).split(sep).join('/');
				pages.push(path ? `/${path}/` : '/');
			}
		}
	};
	walk(root);
	if (standalone)
		for (const name of readdirSync(root))
			if (name.endsWith('.html') && name !== 'index.html') pages.push(`/${name}`);
	return pages.sort();
}
