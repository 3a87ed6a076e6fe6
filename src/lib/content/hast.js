/**
 * The lesson plugins' shared tree walk (rehype's syntax tree). Plain JS: svelte.config.js runs
 * the plugins at build time.
 * @typedef {{ type: string, tagName?: string, value?: string,
 *   properties?: Record<string, unknown>, children?: HastNode[] }} HastNode
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
