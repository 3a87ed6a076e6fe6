import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureImages, svgSize } from '../../src/lib/content/figureImages.js';

type Node = {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	children?: Node[];
};

describe('figureImages (lesson pictures: sized, lazy)', () => {
	it('reads the size of every figure a lesson can show', () => {
		for (const file of readdirSync('static/figures').filter((f) => f.endsWith('.svg'))) {
			const { width, height } = svgSize(`/figures/${file}`);
			expect(width, file).toBeGreaterThan(0);
			expect(height, file).toBeGreaterThan(0);
		}
	});

	it('gives nothing for pictures it cannot measure', () => {
		expect(svgSize('/figures/not-there.svg')).toEqual({});
		expect(svgSize('/figures/photo.png')).toEqual({});
		expect(svgSize('https://example.com/a.svg')).toEqual({});
	});

	it('marks each <img> lazy with its own size, and leaves other elements alone', () => {
		const img: Node = {
			type: 'element',
			tagName: 'img',
			properties: { src: '/figures/02-neuron.svg' }
		};
		const link: Node = { type: 'element', tagName: 'a', properties: { href: '/en/' } };
		const tree: Node = {
			type: 'root',
			children: [{ type: 'element', tagName: 'p', children: [img, link] }]
		};
		figureImages()(tree);
		const [p] = tree.children!;
		expect(p.children![0].properties).toMatchObject({
			src: '/figures/02-neuron.svg',
			width: 510,
			height: 250,
			loading: 'lazy',
			decoding: 'async'
		});
		expect(p.children![1].properties).toEqual({ href: '/en/' });
	});
});
