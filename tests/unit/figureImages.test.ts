import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureImages, svgSize } from '../../src/lib/content/figureImages.js';

type Node = {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	children?: Node[];
};

describe('figureImages (lesson pictures: framed, sized, lazy)', () => {
	it('reads the size of every figure a lesson can show', () => {
		for (const file of readdirSync('static/figures').filter((f) => f.endsWith('.svg'))) {
			const { width, height } = svgSize(`/figures/${file}`);
			expect(width, file).toBeGreaterThan(0);
			expect(height, file).toBeGreaterThan(0);
		}
	});

	// A 4:3 projector draws a figure about 505 px wide at 1024×768 (slides.css), and its labels
	// must reach 18 px there (issue 24): every font size in the drawing, the root's and a
	// subscript's included, is at least 3.65 % of its width (18.4 px at 505 px).
	it('sets every label large enough for its width to read on a 4:3 projector', () => {
		for (const file of readdirSync('static/figures').filter((f) => f.endsWith('.svg'))) {
			const svg = readFileSync(`static/figures/${file}`, 'utf8');
			const width = Number(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+)/.exec(svg)?.[1]);
			const sizes = [...svg.matchAll(/font-size(?:="|:\s*)([\d.]+)/g)].map((m) => Number(m[1]));
			expect(sizes.length, file).toBeGreaterThan(0);
			expect(Math.min(...sizes) / width, file).toBeGreaterThanOrEqual(0.0365);
		}
	});

	it('gives nothing for pictures it cannot measure', () => {
		expect(svgSize('/figures/not-there.svg')).toEqual({});
		expect(svgSize('/figures/photo.png')).toEqual({});
		expect(svgSize('https://example.com/a.svg')).toEqual({});
	});

	it('puts each picture it can measure in a frame of its size, lazy, and leaves the rest alone', () => {
		const img: Node = {
			type: 'element',
			tagName: 'img',
			properties: { src: '/figures/02-neuron.svg', alt: 'One neuron' }
		};
		const photo: Node = { type: 'element', tagName: 'img', properties: { src: '/photo.png' } };
		const link: Node = { type: 'element', tagName: 'a', properties: { href: '/en/' } };
		const tree: Node = {
			type: 'root',
			children: [{ type: 'element', tagName: 'p', children: [img, photo, link] }]
		};
		figureImages()(tree);
		const [frame, unmeasured, a] = tree.children![0].children!;
		expect(frame).toMatchObject({
			tagName: 'span',
			properties: {
				className: ['figure-frame'],
				style: 'aspect-ratio: 510 / 250; max-width: 510px'
			}
		});
		expect(frame.children).toHaveLength(1);
		expect(frame.children![0]).toMatchObject({
			tagName: 'img',
			properties: {
				src: '/figures/02-neuron.svg',
				alt: 'One neuron',
				width: 510,
				height: 250,
				loading: 'lazy',
				decoding: 'async'
			}
		});
		expect(unmeasured).toMatchObject({
			tagName: 'img',
			properties: { src: '/photo.png', loading: 'lazy', decoding: 'async' }
		});
		expect(a.properties).toEqual({ href: '/en/' });
	});
});
