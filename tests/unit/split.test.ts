import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { generateAnimals, trainerData } from '../../src/lib/math/dataset';
import { createRng } from '../../src/lib/math/rng';
import { stratifiedSplit, subset } from '../../src/lib/math/split';

const countClass = (y: ArrayLike<number>, idx: ArrayLike<number>, c: number) =>
	Array.from(idx).filter((i) => y[i] === c).length;

describe('stratified split', () => {
	const data = generateAnimals(5, 200, 200);

	test.each([
		[0.15, 170, 30],
		[0.1, 180, 20],
		[0.2, 160, 40],
		[0.25, 150, 50],
		[0.5, 100, 100]
	])('ratio %f gives %i + %i train and the rest validation, per class', (ratio, nTrain, nVal) => {
		const { train, val } = stratifiedSplit(data.y, ratio, createRng(1));
		for (const c of [0, 1]) {
			expect(countClass(data.y, train, c)).toBe(nTrain);
			expect(countClass(data.y, val, c)).toBe(nVal);
		}
	});

	test('train and validation are disjoint and cover every sample, for any ratio', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 0.95, noNaN: true }),
				fc.integer({ min: 0, max: 1000 }),
				fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 2, maxLength: 120 }),
				(ratio, seed, y) => {
					const { train, val } = stratifiedSplit(y, ratio, createRng(seed));
					const all = [...train, ...val].sort((a, b) => a - b);
					expect(all).toEqual(y.map((_, i) => i));
					for (const c of [0, 1]) {
						const nc = y.filter((v) => v === c).length;
						if (nc === 0) continue;
						// Stratified: each class gives its own rounded share, and keeps one to train on.
						expect(countClass(y, val, c)).toBe(Math.min(nc - 1, Math.round(nc * ratio)));
					}
				}
			)
		);
	});

	test('the same seed gives the same split, another seed another one', () => {
		const a = stratifiedSplit(data.y, 0.15, createRng(3));
		const b = stratifiedSplit(data.y, 0.15, createRng(3));
		const c = stratifiedSplit(data.y, 0.15, createRng(4));
		expect([...a.val]).toEqual([...b.val]);
		expect([...a.val]).not.toEqual([...c.val]);
	});

	test('a ratio outside [0, 1) is refused', () => {
		expect(() => stratifiedSplit([0, 1], 1, createRng(1))).toThrow(RangeError);
		expect(() => stratifiedSplit([0, 1], -0.1, createRng(1))).toThrow(RangeError);
	});

	test('subset copies features, labels, kinds and pictures of the chosen samples', () => {
		const s = subset(data, [3, 0]);
		expect(s.n).toBe(2);
		expect([...s.x]).toEqual([data.x[6], data.x[7], data.x[0], data.x[1]]);
		expect([...s.y]).toEqual([data.y[3], data.y[0]]);
		expect(s.kind![0]).toBe(data.kind![3]);
		expect([...s.look!.subarray(0, 4)]).toEqual([...data.look!.subarray(12, 16)]);
	});

	test('the trainer data at the default split is 170 + 170 and 30 + 30', () => {
		for (const variant of ['fair', 'biased'] as const) {
			const { train, val } = trainerData({ seed: 9, variant });
			const all = (d: { y: Uint8Array }, c: number) => d.y.filter((v) => v === c).length;
			expect([all(train, 0), all(train, 1), all(val, 0), all(val, 1)]).toEqual([170, 170, 30, 30]);
		}
	});
});

describe('stratified split with a validation sample for every class (the lab)', () => {
	test('K classes: each gives ⌊n f⌋ or ⌈n f⌉ (at least 1) to validation, disjoint and covering', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.05, max: 0.5, noNaN: true }),
				fc.integer({ min: 0, max: 1000 }),
				fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 2, maxLength: 200 }),
				(ratio, seed, y) => {
					const { train, val } = stratifiedSplit(y, ratio, createRng(seed), 1);
					expect([...train, ...val].sort((a, b) => a - b)).toEqual(y.map((_, i) => i));
					for (let c = 0; c < 5; c++) {
						const nc = y.filter((v) => v === c).length;
						if (nc === 0) continue;
						const nVal = countClass(y, val, c);
						expect(countClass(y, train, c)).toBe(nc - nVal);
						if (nc === 1) expect(nVal).toBe(0);
						else {
							expect(nVal).toBeGreaterThanOrEqual(1);
							expect([Math.floor(nc * ratio), Math.ceil(nc * ratio)]).toContain(nVal);
							expect(nVal).toBe(Math.max(1, Math.round(nc * ratio)));
						}
					}
				}
			)
		);
	});

	test('two samples of a class give one to each side; the default keeps the old rule', () => {
		const y = [0, 0, 1, 1, 1, 1, 2, 2, 2];
		const { val } = stratifiedSplit(y, 0.15, createRng(1), 1);
		expect([0, 1, 2].map((c) => countClass(y, val, c))).toEqual([1, 1, 1]);
		const old = stratifiedSplit(y, 0.15, createRng(1)).val;
		expect([0, 1, 2].map((c) => countClass(y, old, c))).toEqual([0, 1, 0]);
	});
});
