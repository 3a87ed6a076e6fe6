import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sigmoid } from '../../src/lib/math/activations';
import { crossEntropy } from '../../src/lib/math/losses';
import { numericGradient } from '../../src/lib/math/objective';
import {
	logSumExp,
	oneHot,
	softmax,
	softmaxCrossEntropy,
	softmaxCrossEntropyGrad,
	softmaxReport
} from '../../src/lib/math/softmax';

const logitsArb = fc.array(fc.double({ min: -8, max: 8, noNaN: true }), {
	minLength: 2,
	maxLength: 6
});

describe('softmax', () => {
	it('gives a distribution: positive entries summing to 1, ordered as the logits', () => {
		fc.assert(
			fc.property(logitsArb, (z) => {
				const q = softmax(z);
				expect(Math.abs(q.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
				for (let i = 0; i < z.length; i++) {
					expect(q[i]).toBeGreaterThan(0);
					for (let j = 0; j < z.length; j++)
						if (z[i] > z[j]) expect(q[i]).toBeGreaterThanOrEqual(q[j]);
				}
			})
		);
	});

	it('matches exp(zᵢ)/Σ exp(zⱼ) and ignores a common shift', () => {
		fc.assert(
			fc.property(logitsArb, fc.double({ min: -50, max: 50, noNaN: true }), (z, c) => {
				const q = softmax(z);
				const e = z.map(Math.exp);
				const s = e.reduce((a, b) => a + b, 0);
				const shifted = softmax(z.map((v) => v + c));
				for (let i = 0; i < z.length; i++) {
					expect(Math.abs(q[i] - e[i] / s)).toBeLessThan(1e-12);
					expect(Math.abs(shifted[i] - q[i])).toBeLessThan(1e-9);
				}
				expect(Math.abs(logSumExp(z) - Math.log(s))).toBeLessThan(1e-12);
			})
		);
	});

	it('reduces to the sigmoid for two classes', () => {
		fc.assert(
			fc.property(fc.double({ min: -20, max: 20, noNaN: true }), (z) => {
				expect(Math.abs(softmax([0, z])[1] - sigmoid(z))).toBeLessThan(1e-12);
			})
		);
	});

	it('stays finite for huge logits', () => {
		const q = softmax([1000, 999, -1000]);
		expect(q[0]).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
		expect(q[2]).toBe(0);
		expect(softmaxCrossEntropy([1000, 0, 0], oneHot(1, 3))).toBeCloseTo(1000, 9);
	});
});

describe('cross-entropy of a softmax', () => {
	it('equals −Σ p ln q, which is −ln q_k for a one-hot p', () => {
		fc.assert(
			fc.property(logitsArb, fc.nat(), (z, n) => {
				const k = n % z.length;
				const q = softmax(z);
				const p = oneHot(k, z.length);
				expect(Math.abs(softmaxCrossEntropy(z, p) + Math.log(q[k]))).toBeLessThan(1e-9);
				expect(Math.abs(softmaxCrossEntropy(z, p) - crossEntropy(p, q))).toBeLessThan(1e-9);
			})
		);
	});

	it('has gradient q − p for a one-hot p', () => {
		fc.assert(
			fc.property(logitsArb, fc.nat(), (z, n) => {
				const r = softmaxReport(z, n % z.length);
				for (let i = 0; i < z.length; i++) {
					expect(Math.abs(r.grad[i] - (r.q[i] - r.p[i]))).toBeLessThan(1e-12);
				}
				expect(Math.abs(r.grad.reduce((a, b) => a + b, 0))).toBeLessThan(1e-12);
			})
		);
	});

	it('has a gradient equal to a central finite difference, for any p ≥ 0', () => {
		fc.assert(
			fc.property(
				logitsArb,
				fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
				(z, pAll) => {
					const p = pAll.slice(0, z.length);
					const g = softmaxCrossEntropyGrad(z, p);
					const fd = numericGradient((v) => softmaxCrossEntropy(v, p), z);
					for (let i = 0; i < z.length; i++) expect(Math.abs(g[i] - fd[i])).toBeLessThan(1e-7);
				}
			)
		);
	});
});
