import { existsSync, readFileSync } from 'node:fs';
import { visit } from './hast.js';

const STATIC = new URL('../../../static', import.meta.url);

/**
 * A rehype plugin for a lesson's pictures (`![…](/figures/x.svg)`): each gets its own width and
 * height, read from the SVG file, so the page keeps their room before they arrive, and loads
 * lazily, so the pictures further down a long lesson neither compete with the first screen for
 * the network nor cost the main thread their layout at load. (The slides turn them eager.)
 * Plain JS: svelte.config.js runs it at build time.
 */
export function figureImages() {
	/** @param {import('./hast.js').HastNode} tree */
	return (tree) =>
		visit(tree, (node) => {
			const src = node.properties?.src;
			if (node.type === 'element' && node.tagName === 'img' && typeof src === 'string') {
				node.properties = {
					...node.properties,
					...svgSize(src),
					loading: 'lazy',
					decoding: 'async'
				};
			}
		});
}

/**
 * The intrinsic size of a site SVG (`/figures/x.svg`): its width and height attributes, or its
 * viewBox. Nothing for other pictures or a file that is not there.
 * @param {string} src
 * @returns {{ width?: number, height?: number }}
 */
export function svgSize(src) {
	if (!src.startsWith('/') || !src.endsWith('.svg')) return {};
	const file = new URL(STATIC.href + src);
	if (!existsSync(file)) return {};
	const root = /<svg\b[^>]*>/.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
	/** @param {string} name */
	const attr = (name) =>
		/** @type {string | undefined} */ (new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1]);
	const box = /viewBox="[\d.-]+[\s,]+[\d.-]+[\s,]+([\d.]+)[\s,]+([\d.]+)"/.exec(root);
	const width = Number(attr('width') ?? box?.[1]);
	const height = Number(attr('height') ?? box?.[2]);
	return width > 0 && height > 0 ? { width, height } : {};
}
