import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { pageStarts, type Box } from '../../src/lib/slides/paginate';

/** Boxes stacked one after another with the given heights. */
function stack(heights: number[], headingAt: number[] = []): Box[] {
	let top = 0;
	return heights.map((h, i) => {
		const box = { top, bottom: top + h, heading: headingAt.includes(i) };
		top += h;
		return box;
	});
}

describe('breaking a long section into pages', () => {
	test('a section that fits stays on one page', () => {
		expect(pageStarts(stack([60, 100, 100]), 300)).toEqual([0]);
	});

	test('a new page starts at the element that would cross the budget', () => {
		expect(pageStarts(stack([60, 100, 100, 100, 100]), 300)).toEqual([0, 3]);
	});

	test('a heading is never left alone at the bottom of a page', () => {
		expect(pageStarts(stack([60, 500, 100], [0]), 300)).toEqual([0, 2]);
	});

	test('notes and markers (no height) stay with the page before them', () => {
		const boxes = stack([200, 90, 0, 100]);
		expect(pageStarts(boxes, 300)).toEqual([0, 3]);
	});

	test('every page fits, unless it is a single element too tall for any page', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 30 }),
				fc.integer({ min: 100, max: 800 }),
				(heights, budget) => {
					const boxes = stack(heights);
					const starts = pageStarts(boxes, budget);
					expect(starts[0]).toBe(0);
					starts.forEach((start, p) => {
						const end = (starts[p + 1] ?? boxes.length) - 1;
						const height = boxes[end].bottom - boxes[start].top;
						const visible = boxes.slice(start, end + 1).filter((b) => b.bottom > b.top);
						if (visible.length > 1) expect(height).toBeLessThanOrEqual(budget);
						if (p > 0) expect(boxes[start].bottom).toBeGreaterThan(boxes[start].top);
					});
				}
			)
		);
	});
});
