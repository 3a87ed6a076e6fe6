import { describe, expect, test } from 'vitest';
import {
	accuracy,
	accuracyPerClass,
	cellMembers,
	confusionMatrix,
	predictedClasses
} from '../../src/lib/math/metrics';

describe('confusion matrix and accuracy per class', () => {
	// Worked case: 5 cats (0) and 4 dogs (1).
	// Cats: 3 right, 2 called dogs. Dogs: 3 right, 1 called a cat.
	const yTrue = [0, 0, 0, 0, 0, 1, 1, 1, 1];
	const yPred = [0, 1, 0, 0, 1, 1, 0, 1, 1];

	test('rows are answers, columns are guesses', () => {
		expect(confusionMatrix(yTrue, yPred)).toEqual([
			[3, 2],
			[1, 3]
		]);
	});

	test('accuracy per class is the diagonal over the row sum, with n', () => {
		const rows = accuracyPerClass(yTrue, yPred, ['cat', 'dog']);
		expect(rows).toEqual([
			{ class: 'cat', accuracy: 3 / 5, n: 5 },
			{ class: 'dog', accuracy: 3 / 4, n: 4 }
		]);
		expect(accuracy(yTrue, yPred)).toBeCloseTo(6 / 9, 12);
	});

	test("the seed's example: cat 27 of 30, dog 29 of 30", () => {
		const t = [...new Array(30).fill(0), ...new Array(30).fill(1)];
		const p = t.map((c, i) => (c === 0 ? (i < 3 ? 1 : 0) : i === 59 ? 0 : 1));
		const rows = accuracyPerClass(t, p, ['cat', 'dog']);
		expect(rows[0].accuracy).toBeCloseTo(0.9, 12);
		expect(rows[1].accuracy).toBeCloseTo(29 / 30, 12);
		expect(rows.map((r) => r.n)).toEqual([30, 30]);
		expect(confusionMatrix(t, p)).toEqual([
			[27, 3],
			[1, 29]
		]);
	});

	test('cell members list exactly the samples of a cell', () => {
		expect(cellMembers(yTrue, yPred, 0, 1)).toEqual([1, 4]);
		expect(cellMembers(yTrue, yPred, 1, 0)).toEqual([6]);
		expect(cellMembers(yTrue, yPred, 1, 1)).toEqual([5, 7, 8]);
	});

	test('a class with no samples has accuracy NaN and n 0', () => {
		const rows = accuracyPerClass([0, 0], [0, 1], ['cat', 'dog']);
		expect(rows[0]).toEqual({ class: 'cat', accuracy: 0.5, n: 2 });
		expect(rows[1].n).toBe(0);
		expect(rows[1].accuracy).toBeNaN();
	});

	test('probabilities become classes at 0.5', () => {
		expect([...predictedClasses([0.1, 0.5, 0.49, 0.9])]).toEqual([0, 1, 0, 1]);
	});
});
