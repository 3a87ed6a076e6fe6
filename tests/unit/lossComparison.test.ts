import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sigmoid } from '../../src/lib/math/activations';
import {
	accuracy,
	logisticObjective,
	meanLoss,
	meanLossGrad,
	trainBothLosses,
	trainLogistic
} from '../../src/lib/math/lossComparison';
import { losses, meanSquaredError } from '../../src/lib/math/losses';
import { twoBlobs } from '../../src/lib/math/twoBlobs';
import { numericGradient } from '../../src/lib/math/objective';

const data = twoBlobs(7);
const weightArb = fc.tuple(
	fc.double({ min: -6, max: 6, noNaN: true }),
	fc.double({ min: -6, max: 6, noNaN: true }),
	fc.double({ min: -3, max: 3, noNaN: true })
);

describe('the two-blob data', () => {
	it('is reproducible from its seed and puts dogs up-right, cats down-left', () => {
		const again = twoBlobs(7);
		expect(again.x).toEqual(data.x);
		expect(twoBlobs(8).x).not.toEqual(data.x);
		expect(data.n).toBe(80);
		let dogs = 0;
		const mean = [0, 0, 0, 0];
		for (let i = 0; i < data.n; i++) {
			const c = data.y[i] === 1 ? 0 : 2;
			dogs += data.y[i];
			mean[c] += data.x[2 * i] / 40;
			mean[c + 1] += data.x[2 * i + 1] / 40;
		}
		expect(dogs).toBe(40);
		expect(mean[0]).toBeGreaterThan(0.6);
		expect(mean[1]).toBeGreaterThan(0.4);
		expect(mean[2]).toBeLessThan(-0.6);
		expect(mean[3]).toBeLessThan(-0.4);
	});
});

describe('the sigmoid classifier', () => {
	it('averages the per-sample losses of ŷ = σ(w₁x₁ + w₂x₂ + b)', () => {
		// Moderate weights: the reference ln(1 − σ(z)) loses digits as σ(z) rounds towards 1.
		const moderate = fc.tuple(...[3, 3, 2].map((m) => fc.double({ min: -m, max: m, noNaN: true })));
		fc.assert(
			fc.property(moderate, (w) => {
				const yHat = Array.from({ length: data.n }, (_, i) =>
					sigmoid(w[0] * data.x[2 * i] + w[1] * data.x[2 * i + 1] + w[2])
				);
				const bce = yHat.reduce((s, q, i) => s + losses.bce.loss(q, data.y[i]), 0) / data.n;
				expect(Math.abs(meanLoss('mse', data, w) - meanSquaredError(yHat, data.y))).toBeLessThan(
					1e-12
				);
				expect(Math.abs(meanLoss('bce', data, w) - bce)).toBeLessThan(1e-7);
			}),
			{ numRuns: 50 }
		);
	});

	it('has a gradient equal to a central finite difference, for both losses', () => {
		fc.assert(
			fc.property(weightArb, fc.constantFrom('mse' as const, 'bce' as const), (w, id) => {
				const obj = logisticObjective(id, data);
				const g = new Float64Array(3);
				obj.grad(w, g);
				const fd = numericGradient(obj.f, w);
				for (let j = 0; j < 3; j++) expect(Math.abs(g[j] - fd[j])).toBeLessThan(1e-7);
			}),
			{ numRuns: 60 }
		);
	});

	it('restricts loss and gradient to a mini-batch when given indices', () => {
		const idx = [0, 5, 41, 79];
		const sub = { n: 4, d: 2 as const, x: new Float64Array(8), y: new Float64Array(4) };
		idx.forEach((i, k) => {
			sub.x[2 * k] = data.x[2 * i];
			sub.x[2 * k + 1] = data.x[2 * i + 1];
			sub.y[k] = data.y[i];
		});
		const w = [0.7, -1.2, 0.3];
		const a = new Float64Array(3);
		const b = new Float64Array(3);
		meanLossGrad('mse', data, w, a, idx);
		meanLossGrad('mse', sub, w, b);
		expect(a).toEqual(b);
		expect(meanLoss('bce', data, w, idx)).toBe(meanLoss('bce', sub, w));
	});

	it('counts accuracy by the side of the boundary, flipping with the weights', () => {
		fc.assert(
			fc.property(weightArb, (w) => {
				// A sample exactly on the boundary (z = 0) counts as dog on both sides; skip those.
				for (let i = 0; i < data.n; i++) {
					fc.pre(Math.abs(w[0] * data.x[2 * i] + w[1] * data.x[2 * i + 1] + w[2]) > 1e-9);
				}
				const a = accuracy(data, w);
				// Negating every weight puts every sample (off the boundary) on the other side.
				expect(a + accuracy(data, [-w[0], -w[1], -w[2]])).toBeCloseTo(1, 12);
			}),
			{ numRuns: 50 }
		);
		expect(accuracy(data, [1, 1, 0])).toBeGreaterThan(0.9);
	});
});

describe('training with either loss', () => {
	it('starts both runs from the same weights and is reproducible', () => {
		const settings = { lr: 0.5, epochs: 10, start: [0.2, -0.4, 0.1], batchSize: 16, seed: 3 };
		const both = trainBothLosses(data, settings);
		expect(both.mse.weights.slice(0, 3)).toEqual(both.bce.weights.slice(0, 3));
		expect(both.mse.weights.slice(0, 3)).toEqual(Float64Array.from(settings.start));
		expect(trainLogistic('bce', data, settings).weights).toEqual(both.bce.weights);
		expect(both.mse.lossCurve.length).toBe(11);
	});

	it('lowers both losses from a small start', () => {
		const both = trainBothLosses(data, { lr: 1, epochs: 40, start: [0, 0, 0] });
		for (const run of [both.mse, both.bce]) {
			expect(run.lossCurve[40]).toBeLessThan(0.5 * run.lossCurve[0]);
			expect(run.accuracy[40]).toBeGreaterThan(0.9);
		}
	});

	it('stalls with squared error but recovers with cross-entropy from a confidently wrong start', () => {
		// Large weights on the wrong side: every dog gets ŷ ≈ 0 and every cat ŷ ≈ 1.
		const both = trainBothLosses(data, { lr: 1, epochs: 50, start: [-5, -5, 0] });
		expect(both.mse.accuracy[0]).toBeLessThan(0.1);
		// Squared error barely pushes: its gradient is a small fraction of cross-entropy's …
		expect(both.mse.gradNorm[0]).toBeLessThan(0.05 * both.bce.gradNorm[0]);
		// … so after 50 epochs it is still wrong almost everywhere and its loss has hardly moved,
		expect(both.mse.accuracy[50]).toBeLessThan(0.1);
		expect(both.mse.lossCurve[50]).toBeGreaterThan(0.95 * both.mse.lossCurve[0]);
		// while cross-entropy has turned the boundary round.
		expect(both.bce.accuracy[50]).toBeGreaterThan(0.95);
		expect(both.bce.lossCurve[50]).toBeLessThan(0.05 * both.bce.lossCurve[0]);
	});
});
