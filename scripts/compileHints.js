/**
 * A Vite plugin that marks the JavaScript a page runs as it starts for eager compilation
 * (V8's explicit compile hints, Chrome 136+: a `//# allFunctionsCalledOnLoad` comment first in
 * the file). V8 otherwise compiles each function the first time it is called, on the main
 * thread: during hydration that was about half the JavaScript time (a trace of /en/: 40 of
 * 90 ms), in tasks long enough to block input. With the hint, V8 compiles these files while it
 * streams them in, on a background thread. Other browsers ignore the comment.
 *
 * Which files: SvelteKit's client entries, each route node, each lesson's body, and what those
 * import statically. Not the widgets or three.js, which load later and use a fraction of their
 * functions at first.
 */

export const HINT = '//# allFunctionsCalledOnLoad\n';

/** @typedef {{ type: 'chunk', fileName: string, code: string, isEntry: boolean, isDynamicEntry: boolean, facadeModuleId: string | null, imports: string[] }} Chunk */

/**
 * Whether a chunk is one a page starts with: an entry, a route node, or a lesson body.
 * @param {Chunk} chunk
 */
function startsPage(chunk) {
	if (chunk.isEntry) return true;
	const id = chunk.facadeModuleId ?? '';
	return chunk.isDynamicEntry && (/\/nodes\/\d+\.js$/.test(id) || /\/content\/.*\.md$/.test(id));
}

/**
 * The file names of the chunks a page runs at start: those that start a page, and all they
 * import statically.
 * @param {Record<string, Chunk | { type: 'asset' }>} bundle
 * @returns {Set<string>}
 */
export function startupChunks(bundle) {
	const chunks = /** @type {Chunk[]} */ (Object.values(bundle).filter((c) => c.type === 'chunk'));
	const byName = new Map(chunks.map((c) => [c.fileName, c]));
	const found = new Set();
	const visit = (/** @type {Chunk | undefined} */ chunk) => {
		if (!chunk || found.has(chunk.fileName)) return;
		found.add(chunk.fileName);
		for (const name of chunk.imports) visit(byName.get(name));
	};
	for (const chunk of chunks) if (startsPage(chunk)) visit(chunk);
	return found;
}

/** @returns {import('vite').Plugin} */
export function compileHints() {
	return {
		name: 'descent:compile-hints',
		apply: 'build',
		generateBundle: {
			// Last, so the comment is the file's first line: V8 compiles eagerly only the functions
			// after it, and Vite puts a function of its own at the top of files that import lazily.
			// The comment is the same for every build, so a file's hashed name still names one content.
			order: 'post',
			handler(_options, bundle) {
				// Only the browser's build: the server's code never reaches a page.
				if (this.environment?.config.consumer !== 'client') return;
				for (const name of startupChunks(/** @type {any} */ (bundle))) {
					const chunk = /** @type {Chunk} */ (bundle[name]);
					if (!chunk.code.startsWith(HINT)) chunk.code = HINT + chunk.code;
				}
			}
		}
	};
}
