import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MIN_FILL, pageStarts, type Box } from '../../src/lib/slides/paginate';

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
		expect(pageStarts(stack([60, 200, 100, 500, 100], [2]), 300)).toEqual([0, 2, 4]);
	});

	test('a heading and a line stay with a big element rather than make a slide of their own', () => {
		expect(pageStarts(stack([50, 30, 280, 100]), 300)).toEqual([0, 3]);
	});

	test('the pages after the first hold less: their section title stands on top', () => {
		expect(pageStarts(stack([60, 100, 100, 100, 100]), 300, 250)).toEqual([0, 3]);
		expect(pageStarts(stack([60, 100, 100, 100, 100]), 300, 150)).toEqual([0, 3, 4]);
	});

	test('a page holds one picture: a second starts the next page, with its heading', () => {
		// A picture beside the text: no height in the text's column, placed at the page's top.
		const picture = (at: number): Box => ({ top: at, bottom: at, picture: true });
		const text = stack([60, 100, 100]);
		expect(pageStarts([...text, picture(0), picture(0)], 300)).toEqual([0, 4]);
		const heading = { top: 260, bottom: 290, heading: true };
		expect(pageStarts([...text, picture(0), heading, picture(0)], 300)).toEqual([0, 4]);
		// A page that opens with its picture is measured from its first text.
		const after = stack([40, 100, 100, 50]).map((b) => ({
			top: b.top + 500,
			bottom: b.bottom + 500
		}));
		expect(pageStarts([picture(0), ...after], 300)).toEqual([0]);
	});

	test('notes and markers (no height) stay with the page before them', () => {
		const boxes = stack([200, 90, 0, 100]);
		expect(pageStarts(boxes, 300)).toEqual([0, 3]);
	});

	test('a page overflows only where breaking would leave it nearly empty', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 30 }),
				fc.integer({ min: 100, max: 800 }),
				(heights, budget) => {
					const boxes = stack(heights);
					const starts = pageStarts(boxes, budget);
					expect(starts[0]).toBe(0);
					starts.forEach((start, p) => {
						const end = starts[p + 1] ?? boxes.length;
						const top = boxes[start].top;
						for (let j = start + 1; j < end; j++) {
							const b = boxes[j];
							if (b.bottom > b.top && b.bottom - top > budget)
								expect(b.top - top).toBeLessThanOrEqual(MIN_FILL * budget);
						}
						if (p > 0) expect(boxes[start].bottom).toBeGreaterThan(boxes[start].top);
					});
				}
			)
		);
	});
});
