/**
 * The lesson plugins' shared tree walk (rehype's syntax tree). Plain JS: svelte.config.js runs
 * the plugins at build time.
 * @typedef {{ type: string, tagName?: string, value?: string,
 *   properties?: Record<string, unknown>, children?: HastNode[] }} HastNode
 * @typedef {{ data: { fm?: Record<string, unknown> }, filename?: string, path?: string,
 *   history?: string[] }} LessonFile the file a plugin is given; mdsvex exports `data.fm` as the
 *   lesson's `metadata`, so a plugin adds to it what the site needs to know without the body
 */

/**
 * Calls `fn` on `node` and on every node below it, depth first. Where `fn` returns false, the
 * nodes below that one are skipped (it has replaced them).
 * @param {HastNode} node
 * @param {(node: HastNode) => boolean | void} fn
 */
export function visit(node, fn) {
	if (fn(node) === false) return;
	for (const child of node.children ?? []) visit(child, fn);
}

/**
 * The text a reader sees in `node`. Inline math is still its TeX here (the math plugin runs
 * later), which reads well enough in a list of contents.
 * @param {HastNode} node
 * @returns {string}
 */
export function textOf(node) {
	if (node.type === 'text') return node.value ?? '';
	return (node.children ?? []).map(textOf).join('');
}
