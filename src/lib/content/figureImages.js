import { existsSync, readFileSync } from 'node:fs';
import { visit } from './hast.js';

const STATIC = new URL('../../../static', import.meta.url);

/**
 * A rehype plugin for a lesson's pictures (`![…](/figures/x.svg)`). Each goes into a frame that
 * keeps its room from the start (its width and height, read from the SVG file), so nothing
 * moves when it arrives. The picture loads lazily, and app.css holds it back until the frame is
 * half a screen from view: an SVG's text costs the main thread its layout and paint, which a
 * picture below the first screen should not add to a page that is starting. That is CSS, not script, so it works with
 * JavaScript off too. (The slides show them all at once.) Plain JS: svelte.config.js runs it at
 * build time.
 */
export function figureImages() {
	/** @param {import('./hast.js').HastNode} tree */
	return (tree) =>
		visit(tree, (node) => {
			const src = node.properties?.src;
			if (node.type !== 'element' || node.tagName !== 'img' || typeof src !== 'string') return;
			const size = svgSize(src);
			node.properties = { ...node.properties, ...size, loading: 'lazy', decoding: 'async' };
			if (!size.width || !size.height) return;
			// This node becomes the frame, and the picture moves inside it.
			const img = { ...node };
			node.tagName = 'span';
			node.properties = {
				className: ['figure-frame'],
				style: `aspect-ratio: ${size.width} / ${size.height}; max-width: ${size.width}px`
			};
			node.children = [img];
			return false;
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
