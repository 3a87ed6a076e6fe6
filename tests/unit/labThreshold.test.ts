import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { api } from '$lib/engine/api';
import { LAB_THRESHOLD_OFF, countAtThreshold } from '$lib/math/labThreshold';
import { argmaxRows, classCounts, confusionMatrix } from '$lib/math/metrics';
import { labPictures } from './labPictures';

describe('countAtThreshold', () => {
	test('counts by hand: below the threshold is "not sure" and never correct', () => {
		// Three classes; top probabilities 0.9, 0.5, 0.4, 0.8, 0.34, 0.7.
		const probs = [
			[0.9, 0.05, 0.05],
			[0.5, 0.3, 0.2],
			[0.3, 0.4, 0.3],
			[0.1, 0.8, 0.1],
			[0.33, 0.33, 0.34],
			[0.1, 0.2, 0.7]
		];
		const labels = [0, 0, 1, 1, 2, 2];
		const { predicted, confidence } = argmaxRows(probs.flat(), 3);
		expect([...predicted]).toEqual([0, 0, 1, 1, 2, 2]);
		const at = countAtThreshold(labels, predicted, confidence, 3, 0.6);
		expect(at.confusion).toEqual([
			[1, 0, 0],
			[0, 1, 0],
			[0, 0, 1]
		]);
		expect(at.unsure).toEqual([1, 1, 1]);
		expect(at.perClass).toEqual([
			{ correct: 1, total: 2 },
			{ correct: 1, total: 2 },
			{ correct: 1, total: 2 }
		]);
		const wrong = countAtThreshold([1, 0], [0, 0], [0.7, 0.2], 2, 0.5);
		expect(wrong.confusion).toEqual([
			[0, 0],
			[1, 0]
		]);
		expect(wrong.unsure).toEqual([1, 0]);
		expect(wrong.perClass).toEqual([
			{ correct: 0, total: 1 },
			{ correct: 0, total: 1 }
		]);
	});

	const sample = fc.integer({ min: 2, max: 5 }).chain((k) =>
		fc.tuple(
			fc.constant(k),
			fc.array(
				fc.tuple(
					fc.integer({ min: 0, max: k - 1 }),
					fc.array(fc.float({ min: Math.fround(0.001), max: 1, noNaN: true }), {
						minLength: k,
						maxLength: k
					})
				),
				{ minLength: 1, maxLength: 40 }
			)
		)
	);
	const of = (k: number, rows: [number, number[]][]) => {
		const labels = rows.map(([y]) => y);
		const probs = rows.flatMap(([, w]) => {
			const sum = w.reduce((a, b) => a + b, 0);
			return w.map((x) => x / sum);
		});
		return { labels, ...argmaxRows(probs, k) };
	};

	test('off (threshold 0) is the plain argmax matrix and per-class counts', () => {
		fc.assert(
			fc.property(sample, ([k, rows]) => {
				const { labels, predicted, confidence } = of(k, rows);
				const off = countAtThreshold(labels, predicted, confidence, k, LAB_THRESHOLD_OFF);
				expect(off.confusion).toEqual(confusionMatrix(labels, predicted, k));
				expect(off.perClass).toEqual(classCounts(labels, predicted, k));
				expect(off.unsure.every((n) => n === 0)).toBe(true);
			})
		);
	});

	test('a higher threshold only moves pictures to "not sure" and never raises a class accuracy', () => {
		fc.assert(
			fc.property(
				sample,
				fc.double({ min: 0, max: 0.99, noNaN: true }),
				fc.double({ min: 0, max: 0.99, noNaN: true }),
				([k, rows], a, b) => {
					const [lo, hi] = a < b ? [a, b] : [b, a];
					const { labels, predicted, confidence } = of(k, rows);
					const low = countAtThreshold(labels, predicted, confidence, k, lo);
					const high = countAtThreshold(labels, predicted, confidence, k, hi);
					for (let t = 0; t < k; t++) {
						expect(high.unsure[t]).toBeGreaterThanOrEqual(low.unsure[t]);
						expect(high.perClass[t].total).toBe(low.perClass[t].total);
						expect(high.perClass[t].correct).toBeLessThanOrEqual(low.perClass[t].correct);
						for (let p = 0; p < k; p++)
							expect(high.confusion[t][p]).toBeLessThanOrEqual(low.confusion[t][p]);
					}
				}
			)
		);
	});
});

describe('labRecount in the worker', () => {
	test('recounts the trained run at a new threshold without training, and keeps it', async () => {
		const { pixels, labels } = labPictures([14, 14, 14], 2, 20);
		const settings = { epochs: 3, batchSize: 16, lr: 0.001, hidden: 8, valFraction: 0.3, seed: 3 };
		const session = 'thr1';
		const open = await api.labOpen({ session, pixels, labels, classes: 3, settings });
		expect(open.ok && open.value.kind === 'ready' && open.value.snapshot.unsure).toEqual([0, 0, 0]);
		const trained = await api.labTrain({ session, epochs: 3, budgetMs: 2000, since: 0 });
		if (!trained.ok) throw new Error(trained.error.message);
		const before = trained.value;
		expect(before.threshold).toBe(0);
		const r = await api.labRecount({ session, threshold: 0.99, since: 3 });
		if (!r.ok) throw new Error(r.error.message);
		const at = r.value;
		expect([at.epoch, at.history]).toEqual([before.epoch, []]);
		expect(at.valConfidence).toEqual(before.valConfidence);
		const valLabels = [...(open.ok && open.value.kind === 'ready' ? open.value.valIndex : [])].map(
			(i) => labels[i]
		);
		const hand = countAtThreshold(valLabels, at.valPred, at.valConfidence, 3, 0.99);
		expect([at.confusion.val, at.unsure, at.perClass.val]).toEqual([
			hand.confusion,
			hand.unsure,
			hand.perClass
		]);
		// Three epochs leave the model far from 99% sure of anything.
		expect(at.unsure.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
		const back = await api.labRecount({ session, threshold: 0, since: 3 });
		expect(back.ok && back.value.confusion.val).toEqual(before.confusion.val);
		expect((await api.labRecount({ session: 'nobody', threshold: 0.5, since: 0 })).ok).toBe(false);
		expect((await api.labRecount({ session, threshold: 1.5, since: 0 })).ok).toBe(false);
	});
});
