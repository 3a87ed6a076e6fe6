import { describe, expect, test } from 'vitest';
import {
	accuracy,
	argmaxRows,
	accuracyPerClass,
	cellMembers,
	classCounts,
	classSizes,
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

describe('K-class confusion matrix and per-class counts', () => {
	// Three classes, 10 samples, counted by hand:
	// class 0: 0 → 0, 0 → 0, 0 → 2          row (2, 0, 1)
	// class 1: 1 → 1, 1 → 0, 1 → 1, 1 → 1   row (1, 3, 0)
	// class 2: 2 → 2, 2 → 1, 2 → 2          row (0, 1, 2)
	const yTrue = [0, 1, 2, 0, 1, 2, 0, 1, 1, 2];
	const yPred = [0, 1, 2, 0, 0, 1, 2, 1, 1, 2];

	test('rows are answers and columns guesses, for K = 3', () => {
		expect(confusionMatrix(yTrue, yPred, 3)).toEqual([
			[2, 0, 1],
			[1, 3, 0],
			[0, 1, 2]
		]);
	});

	test('per class: correct is the diagonal, total the row sum, with names when given', () => {
		expect(classCounts(yTrue, yPred, 3)).toEqual([
			{ correct: 2, total: 3 },
			{ correct: 3, total: 4 },
			{ correct: 2, total: 3 }
		]);
		expect(classCounts(yTrue, yPred, 4, ['a', 'b', 'c', 'd'])).toEqual([
			{ name: 'a', correct: 2, total: 3 },
			{ name: 'b', correct: 3, total: 4 },
			{ name: 'c', correct: 2, total: 3 },
			{ name: 'd', correct: 0, total: 0 }
		]);
	});

	test('class sizes count the labels, of all samples or of some', () => {
		expect(classSizes(yTrue, 3)).toEqual([3, 4, 3]);
		expect(classSizes(yTrue, 4, [0, 1, 2, 3])).toEqual([2, 1, 1, 0]);
	});

	test('turns probabilities into predictions and confidences, the first class on a tie', () => {
		const { predicted, confidence } = argmaxRows([0.2, 0.5, 0.3, 0.4, 0.4, 0.2, 0.1, 0.1, 0.8], 3);
		expect([...predicted]).toEqual([1, 0, 2]);
		expect([...confidence]).toEqual([0.5, 0.4, 0.8].map((v) => Math.fround(v)));
	});
});
