import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	clampPosition,
	lastPosition,
	nextPosition,
	positionQuery,
	previousPosition,
	readPosition
} from '../../src/lib/slides/navigation';

// The gradient-descent deck: title, text, a scrolly with three reveals, a think, a self-check.
const reveals = [0, 0, 3, 0, 0];

describe('moving through a deck', () => {
	test('forward walks every reveal, then the next slide', () => {
		const seen: string[] = [];
		let pos = { slide: 0, step: 0 };
		for (let i = 0; i < 10; i++) {
			seen.push(`${pos.slide}.${pos.step}`);
			pos = nextPosition(pos, reveals);
		}
		expect(seen).toEqual(['0.0', '1.0', '2.0', '2.1', '2.2', '2.3', '3.0', '4.0', '4.0', '4.0']);
	});

	test('back from a slide lands on the previous slide with all its reveals shown', () => {
		expect(previousPosition({ slide: 3, step: 0 }, reveals)).toEqual({ slide: 2, step: 3 });
		expect(previousPosition({ slide: 2, step: 2 }, reveals)).toEqual({ slide: 2, step: 1 });
		expect(previousPosition({ slide: 0, step: 0 }, reveals)).toEqual({ slide: 0, step: 0 });
	});

	test('forward then back returns to the same place, except at the very end', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 12 }),
				fc.nat(20),
				fc.nat(6),
				(counts, slide, step) => {
					const pos = clampPosition({ slide, step }, counts);
					const ahead = nextPosition(pos, counts);
					const atEnd = pos.slide === counts.length - 1 && pos.step === counts[pos.slide];
					if (atEnd) expect(ahead).toEqual(pos);
					else expect(previousPosition(ahead, counts)).toEqual(pos);
				}
			)
		);
	});

	test('clamping keeps slide and step inside the deck', () => {
		expect(clampPosition({ slide: 99, step: 99 }, reveals)).toEqual({ slide: 4, step: 0 });
		expect(clampPosition({ slide: 2, step: 99 }, reveals)).toEqual({ slide: 2, step: 3 });
		expect(clampPosition({ slide: -3, step: -1 }, reveals)).toEqual({ slide: 0, step: 0 });
		expect(clampPosition({ slide: NaN, step: 1.7 }, [2])).toEqual({ slide: 0, step: 1 });
		expect(lastPosition(reveals)).toEqual({ slide: 4, step: 0 });
	});
});

describe('the position in the address', () => {
	test('round-trips, counting slides from 1', () => {
		fc.assert(
			fc.property(fc.nat(500), fc.nat(50), (slide, step) => {
				expect(readPosition(positionQuery({ slide, step }))).toEqual({ slide, step });
			})
		);
		expect(positionQuery({ slide: 2, step: 0 })).toBe('?slide=3');
		expect(positionQuery({ slide: 2, step: 1 })).toBe('?slide=3&step=1');
	});

	test('unreadable values give the title slide', () => {
		for (const search of ['', '?slide=abc', '?slide=-2', '?slide=1e9', '?slide=0', '?step=x']) {
			expect(readPosition(search)).toEqual({ slide: 0, step: 0 });
		}
	});
});
