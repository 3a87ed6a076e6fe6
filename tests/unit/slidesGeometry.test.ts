import { describe, expect, test } from 'vitest';
import { SLIDE_H, aspectFor, frameSize, pageWidth } from '../../src/lib/slides/geometry';

describe('the slide page fills the screen', () => {
	test('a 16:9 screen gets the 16:9 page, a 4:3 projector the 4:3 one', () => {
		expect(aspectFor(1920, 1080)).toBe('16:9');
		expect(aspectFor(1280, 800)).toBe('16:9');
		expect(aspectFor(1024, 768)).toBe('4:3');
		expect(aspectFor(1280, 1024)).toBe('4:3');
	});

	test('the frame of the chosen page fills a screen of its shape, with no bands', () => {
		for (const [w, h] of [
			[1920, 1080],
			[1024, 768]
		]) {
			const frame = frameSize(w, h, aspectFor(w, h));
			expect(frame.width).toBeCloseTo(w);
			expect(frame.height).toBeCloseTo(h);
		}
	});

	test('a 4:3 page keeps the 16:9 page’s height, so text is as large on both', () => {
		expect(pageWidth('4:3') / SLIDE_H).toBeCloseTo(4 / 3);
		expect(pageWidth('16:9') / SLIDE_H).toBeCloseTo(16 / 9);
	});
});
