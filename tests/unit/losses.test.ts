import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activations } from '$lib/math/activations';
import { activationIds, lossIds } from '$lib/math/ids';
import { crossEntropy, losses, meanSquaredError } from '$lib/math/losses';
import { numericGradient } from '$lib/math/objective';
import { createRng } from '$lib/math/rng';

describe('activations', () => {
	for (const id of activationIds) {
		it(`${id}: f' matches central finite differences`, () => {
			const { act, dAct } = activations[id];
			fc.assert(
				fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (z) => {
					// ReLU's kink: finite differences straddle it, so keep clear of 0.
					fc.pre(id !== 'relu' || Math.abs(z) > 1e-3);
					const n = numericGradient((w) => act(w[0]), [z], 1e-6)[0];
					expect(dAct(z)).toBeCloseTo(n, 6);
				})
			);
		});
	}

	it('sigmoid stays finite and in [0, 1] for huge inputs', () => {
		expect(activations.sigmoid.act(1000)).toBe(1);
		expect(activations.sigmoid.act(-1000)).toBe(0);
		expect(activations.sigmoid.act(0)).toBe(0.5);
	});
});

describe('losses', () => {
	for (const id of lossIds) {
		it(`${id}: dL/dŷ matches central finite differences`, () => {
			const { loss, dLoss } = losses[id];
			fc.assert(
				fc.property(
					fc.double({ min: 0.01, max: 0.99, noNaN: true }),
					fc.double({ min: 0, max: 1, noNaN: true }),
					(yHat, y) => {
						const n = numericGradient((w) => loss(w[0], y), [yHat], 1e-7)[0];
						expect(Math.abs(dLoss(yHat, y) - n)).toBeLessThan(1e-4 * Math.max(1, Math.abs(n)));
					}
				)
			);
		});
	}

	it('mean squared error is the mean of squared differences (worked example)', () => {
		// (1 − 0.5)² + (0 − 0.5)² + (2 − 1)² = 0.25 + 0.25 + 1 = 1.5; mean 0.5
		expect(meanSquaredError([0.5, 0.5, 1], [1, 0, 2])).toBeCloseTo(0.5, 12);
	});

	it('cross-entropy −Σ p log q: one-hot p picks −log q of the true class', () => {
		expect(crossEntropy([0, 1, 0], [0.2, 0.7, 0.1])).toBeCloseTo(-Math.log(0.7), 12);
		expect(losses.bce.loss(0.7, 1)).toBeCloseTo(crossEntropy([1, 0], [0.7, 0.3]), 12);
	});

	it('cross-entropy is smallest when q = p (Gibbs’ inequality)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.05, max: 0.95, noNaN: true }),
				fc.double({ min: 0.05, max: 0.95, noNaN: true }),
				(p, q) => {
					expect(crossEntropy([p, 1 - p], [q, 1 - q])).toBeGreaterThanOrEqual(
						crossEntropy([p, 1 - p], [p, 1 - p]) - 1e-12
					);
				}
			)
		);
	});
});

describe('rng', () => {
	it('the same seed gives the same sequence; another seed another', () => {
		const a = createRng(42);
		const b = createRng(42);
		const c = createRng(43);
		const xs = Array.from({ length: 5 }, () => a.next());
		expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
		expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
	});

	it('normal() has mean ≈ 0 and variance ≈ 1', () => {
		const r = createRng(7);
		const xs = Array.from({ length: 20000 }, () => r.normal());
		const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
		const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
		expect(Math.abs(mean)).toBeLessThan(0.03);
		expect(Math.abs(variance - 1)).toBeLessThan(0.05);
	});
});
