import katex from 'katex';
import { visit } from './hast.js';

/**
 * A rehype plugin that typesets a lesson's formulas (remark-math's `.math-inline` and
 * `.math-display`) with KaTeX at build time, as plain markup in the page.
 * Plain markup is static HTML that hydration skips; a formula inside `{@html …}` would be a block
 * the page's script sets up when it starts. Braces are written as character references, so
 * that Svelte does not read the TeX in KaTeX's MathML as expressions.
 * Plain JS: svelte.config.js runs it at build time.
 * @param {import('katex').KatexOptions} [options]
 */
export function staticMath(options = {}) {
	/** @param {HastNode} tree */
	return (tree) =>
		visit(tree, (node) => {
			const classes = node.properties?.className;
			const kind = Array.isArray(classes)
				? classes.find((c) => c === 'math-inline' || c === 'math-display')
				: undefined;
			if (node.type !== 'element' || !kind) return;
			const html = katex.renderToString(textOf(node), {
				...options,
				displayMode: kind === 'math-display'
			});
			node.children = [{ type: 'raw', value: escapeBraces(html) }];
			return false;
		});
}

/**
 * `{` and `}` as character references: the same text in HTML, and no expression to Svelte.
 * @param {string} html
 */
export function escapeBraces(html) {
	return html.replaceAll('{', '&#123;').replaceAll('}', '&#125;');
}

/** @param {HastNode} node @returns {string} */
function textOf(node) {
	if (node.type === 'text') return node.value ?? '';
	return (node.children ?? []).map(textOf).join('');
}

/** @typedef {import('./hast.js').HastNode} HastNode */
