import { describe, expect, test } from 'vitest';
import { LOOK_SIZE, generateAnimals, trainerData } from '../../src/lib/math/dataset';
import { animalKinds } from '../../src/lib/math/ids';

/** Mean and variance of feature j over the samples of class c. */
function stats(data: ReturnType<typeof generateAnimals>, c: number, j: number) {
	const v: number[] = [];
	for (let i = 0; i < data.n; i++) if (data.y[i] === c) v.push(data.x[i * data.d + j]);
	const mean = v.reduce((s, a) => s + a, 0) / v.length;
	return { mean, variance: v.reduce((s, a) => s + (a - mean) ** 2, 0) / v.length };
}

describe('the cats-and-dogs data', () => {
	const data = generateAnimals(1, 200, 200);

	test('200 of each by default shape, two features in [0, 1], a picture per sample', () => {
		expect(data.n).toBe(400);
		expect(data.d).toBe(2);
		expect(data.y.filter((v) => v === 0).length).toBe(200);
		expect(data.featureNames).toEqual(['ears', 'snout']);
		expect(data.classNames).toEqual(['cat', 'dog']);
		expect(data.x.every((v) => v >= 0 && v <= 1)).toBe(true);
		expect(data.look!.length).toBe(400 * LOOK_SIZE);
		expect(data.look!.every((v) => v >= 0 && v <= 1)).toBe(true);
	});

	test('the picture shows the features the model sees', () => {
		for (let i = 0; i < data.n; i++) {
			expect(data.look![i * LOOK_SIZE]).toBeCloseTo(data.x[i * 2], 6);
			expect(data.look![i * LOOK_SIZE + 1]).toBeCloseTo(data.x[i * 2 + 1], 6);
		}
	});

	test('cats vary more than dogs in both features taken together', () => {
		const spread = (c: number) => stats(data, c, 0).variance + stats(data, c, 1).variance;
		expect(spread(0)).toBeGreaterThan(1.3 * spread(1));
		// And snouts tell them apart on average: dogs have the longer ones.
		expect(stats(data, 1, 1).mean - stats(data, 0, 1).mean).toBeGreaterThan(0.25);
	});

	test('kinds belong to their class', () => {
		for (let i = 0; i < data.n; i++) {
			const kind = animalKinds[data.kind![i]];
			const isCat = ['shorthair', 'fold', 'oriental'].includes(kind);
			expect(data.y[i]).toBe(isCat ? 0 : 1);
		}
	});

	test('the same seed gives the same data; another seed other data', () => {
		expect([...generateAnimals(1, 200, 200).x]).toEqual([...data.x]);
		expect([...generateAnimals(2, 200, 200).x]).not.toEqual([...data.x]);
	});

	test('the biased training sample lacks folded-ear cats; validation stays the fair one', () => {
		const fair = trainerData({ seed: 4, variant: 'fair' });
		const biased = trainerData({ seed: 4, variant: 'biased' });
		expect([...biased.val.x]).toEqual([...fair.val.x]);
		const fold = animalKinds.indexOf('fold');
		const folds = (k: Uint8Array) => k.filter((v) => v === fold).length;
		expect(folds(fair.train.kind!)).toBeGreaterThan(20);
		expect(folds(biased.train.kind!)).toBe(0);
		expect(folds(biased.val.kind!)).toBeGreaterThan(0);
		// In the biased sample pointy ears separate cats from dogs far more than in the fair one.
		const earGap = (d: typeof fair.train) => {
			const ears = (c: number) => stats(d as ReturnType<typeof generateAnimals>, c, 0).mean;
			return ears(0) - ears(1);
		};
		expect(earGap(biased.train)).toBeGreaterThan(earGap(fair.train) + 0.3);
	});
});
