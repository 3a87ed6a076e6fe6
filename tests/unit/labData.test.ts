import { describe, expect, test } from 'vitest';
import { LAB_MIN_PER_CLASS, labSplit, labTooFew } from '$lib/math/labData';

const labelsOf = (perClass: number[]) =>
	Uint8Array.from(perClass.flatMap((n, c) => new Array<number>(n).fill(c)));

describe("the lab's split", () => {
	test('200 + 200 at 15 % gives 170 + 170 to train and 30 + 30 to validation', () => {
		const s = labSplit(labelsOf([200, 200]), 2, 0.15, 1);
		expect(s.perClass).toEqual({ train: [170, 170], val: [30, 30] });
		expect([s.train.length, s.val.length]).toEqual([340, 60]);
	});

	test('the same seed gives the same split, another seed another; the sides are sorted', () => {
		const y = labelsOf([40, 25, 31]);
		const a = labSplit(y, 3, 0.15, 7);
		expect(labSplit(y, 3, 0.15, 7)).toEqual(a);
		expect([...labSplit(y, 3, 0.15, 8).val]).not.toEqual([...a.val]);
		expect([...a.val]).toEqual([...a.val].sort((p, q) => p - q));
		expect(a.perClass.val).toEqual([6, 4, 5]); // round(6), round(3.75), round(4.65)
	});

	test(`${LAB_MIN_PER_CLASS} pictures a class is the fewest that give each side one, at any fraction`, () => {
		expect(LAB_MIN_PER_CLASS).toBe(2);
		for (const f of [0.05, 0.15, 0.5]) {
			const s = labSplit(labelsOf([2, 2, 3, 2, 9]), 5, f, 1);
			expect(s.perClass.train.every((n) => n >= 1)).toBe(true);
			expect(s.perClass.val.every((n) => n >= 1)).toBe(true);
			// One picture cannot be on both sides.
			expect(labSplit(labelsOf([1, 5]), 2, f, 1).perClass.val[0]).toBe(0);
		}
	});

	test('a class below the minimum is reported, the first one first', () => {
		expect(labTooFew(labelsOf([3, 2, 5]), 3)).toBeNull();
		expect(labTooFew(labelsOf([3, 1, 0]), 3)).toEqual({
			code: 'too-few',
			classIndex: 1,
			have: 1,
			need: 2
		});
		expect(labTooFew(labelsOf([3, 4]), 3)).toEqual({
			code: 'too-few',
			classIndex: 2,
			have: 0,
			need: 2
		});
	});
});
