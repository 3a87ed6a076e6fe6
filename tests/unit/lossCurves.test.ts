import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sigmoid } from '../../src/lib/math/activations';
import { logit, lossPoint, sampleLossCurves } from '../../src/lib/math/lossCurves';
import { dLossDz, lossOfZ, softplus } from '../../src/lib/math/losses';
import { numericGradient } from '../../src/lib/math/objective';

// Predictions away from the ends, where finite differences of ln ŷ stay accurate.
const yHatArb = fc.double({ min: 0.01, max: 0.99, noNaN: true });
const targetArb = fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true }));
const close = (a: number, b: number, tol = 1e-6) =>
	expect(Math.abs(a - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));

describe('loss against prediction', () => {
	it('matches the closed forms of squared error and binary cross-entropy', () => {
		fc.assert(
			fc.property(yHatArb, targetArb, (yHat, y) => {
				const p = lossPoint(yHat, y);
				close(p.mse.loss, (y - yHat) ** 2, 1e-12);
				close(p.bce.loss, -(y * Math.log(yHat) + (1 - y) * Math.log(1 - yHat)), 1e-9);
				close(p.z, Math.log(yHat / (1 - yHat)), 1e-12);
			})
		);
	});

	it('has ∂L/∂ŷ equal to a central finite difference', () => {
		fc.assert(
			fc.property(yHatArb, targetArb, (yHat, y) => {
				const p = lossPoint(yHat, y);
				const dMse = numericGradient((v) => (y - v[0]) ** 2, [yHat])[0];
				const dBce = numericGradient(
					(v) => -(y * Math.log(v[0]) + (1 - y) * Math.log(1 - v[0])),
					[yHat],
					1e-7
				)[0];
				close(p.mse.dYHat, dMse, 1e-6);
				close(p.bce.dYHat, dBce, 1e-5);
			})
		);
	});

	it('has ∂L/∂z equal to a finite difference of L(σ(z), y)', () => {
		fc.assert(
			fc.property(fc.double({ min: -12, max: 12, noNaN: true }), targetArb, (z, y) => {
				const yHat = sigmoid(z);
				for (const id of ['mse', 'bce'] as const) {
					const fd = numericGradient((v) => lossOfZ(id, v[0], y), [z])[0];
					expect(Math.abs(dLossDz(id, yHat, y) - fd)).toBeLessThan(1e-7);
				}
			})
		);
	});

	it('gives ŷ − y for cross-entropy and 2(ŷ − y)·ŷ(1 − ŷ) for squared error', () => {
		fc.assert(
			fc.property(yHatArb, targetArb, (yHat, y) => {
				const p = lossPoint(yHat, y);
				close(p.bce.dZ, yHat - y, 1e-12);
				close(p.mse.dZ, 2 * (yHat - y) * yHat * (1 - yHat), 1e-12);
				// Chain rule: ∂L/∂z = ∂L/∂ŷ · σ'(z), σ'(z) = ŷ(1 − ŷ).
				close(p.bce.dZ, p.bce.dYHat * yHat * (1 - yHat), 1e-9);
				close(p.mse.dZ, p.mse.dYHat * yHat * (1 - yHat), 1e-12);
			})
		);
	});

	it("lets squared error's z-gradient vanish when confidently wrong, but not cross-entropy's", () => {
		// A dog (y = 1) predicted with ŷ = σ(−8) ≈ 0.0003: about as wrong as it gets.
		const p = lossPoint(sigmoid(-8), 1);
		expect(Math.abs(p.mse.dZ)).toBeLessThan(1e-3);
		expect(Math.abs(p.bce.dZ)).toBeGreaterThan(0.99);
		expect(p.mse.loss).toBeGreaterThan(0.99);
	});

	it('keeps cross-entropy of a logit exact where ln σ(z) would round to ln 0', () => {
		expect(lossOfZ('bce', -800, 1)).toBeCloseTo(800, 9);
		expect(lossOfZ('bce', 800, 0)).toBeCloseTo(800, 9);
		expect(softplus(-800)).toBe(0);
		close(softplus(0.3), Math.log(1 + Math.exp(0.3)), 1e-14);
		close(logit(sigmoid(2.5)), 2.5, 1e-12);
	});
});

describe('sampled curves', () => {
	it('samples n evenly spaced predictions with matching values', () => {
		const c = sampleLossCurves(0.3, 11, 0.1, 0.9);
		expect(c.yHat.length).toBe(11);
		close(c.yHat[0], 0.1, 1e-15);
		close(c.yHat[10], 0.9, 1e-15);
		for (let i = 0; i < 11; i++) {
			const p = lossPoint(c.yHat[i], 0.3);
			expect([c.mse[i], c.bce[i], c.mseDZ[i], c.bceDZ[i]]).toEqual([
				p.mse.loss,
				p.bce.loss,
				p.mse.dZ,
				p.bce.dZ
			]);
			expect([c.mseDYHat[i], c.bceDYHat[i]]).toEqual([p.mse.dYHat, p.bce.dYHat]);
		}
	});

	it('puts the minimum of both losses at ŷ = y', () => {
		fc.assert(
			fc.property(fc.double({ min: 0.05, max: 0.95, noNaN: true }), (y) => {
				const c = sampleLossCurves(y, 901);
				const argmin = (a: Float64Array) => c.yHat[a.indexOf(Math.min(...a))];
				expect(Math.abs(argmin(c.mse) - y)).toBeLessThan(0.002);
				expect(Math.abs(argmin(c.bce) - y)).toBeLessThan(0.002);
			}),
			{ numRuns: 30 }
		);
	});
});
