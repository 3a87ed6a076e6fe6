import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activations } from '../../src/lib/math/activations';
import { losses, meanSquaredError } from '../../src/lib/math/losses';
import { neuronSurfaceIds } from '../../src/lib/math/ids';
import { getNeuronSurface, neuronData, type NeuronSurface } from '../../src/lib/math/neuronSurface';
import { numericGradient } from '../../src/lib/math/objective';
import { eigen2, hessian2 } from '../../src/lib/math/runStatus';

const surfaces = neuronSurfaceIds.map(getNeuronSurface);
const inDomain = (s: NeuronSurface) =>
	fc.tuple(
		fc.double({ min: s.domain[0][0], max: s.domain[0][1], noNaN: true }),
		fc.double({ min: s.domain[1][0], max: s.domain[1][1], noNaN: true })
	);
const predictions = (w: number, b: number) =>
	Array.from(neuronData.x, (x) => activations.sigmoid.act(w * x + b));

describe.each(surfaces)('neuron surface $id', (surface) => {
	it('has an analytic gradient equal to central finite differences', () => {
		fc.assert(
			fc.property(inDomain(surface), (w) => {
				const g = new Float64Array(2);
				surface.grad(w, g);
				const num = numericGradient(surface.f, w, 1e-6);
				for (let i = 0; i < 2; i++) {
					expect(g[i]).toBeCloseTo(num[i], 6);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('has a vanishing gradient and a positive definite Hessian at each listed minimum', () => {
		for (const m of surface.minima) {
			const g = new Float64Array(2);
			surface.grad(m.w, g);
			expect(Math.hypot(g[0], g[1])).toBeLessThan(1e-8);
			expect(surface.f(m.w)).toBeCloseTo(m.f, 7);
			const [l1] = eigen2(...hessian2(surface, m.w));
			expect(l1).toBeGreaterThan(0);
		}
	});

	it('has no grid point below its global minimum', () => {
		const low = Math.min(...surface.minima.map((m) => m.f));
		const [[lo1, hi1], [lo2, hi2]] = surface.domain;
		for (let i = 0; i <= 40; i++) {
			for (let j = 0; j <= 40; j++) {
				const w = [lo1 + ((hi1 - lo1) * i) / 40, lo2 + ((hi2 - lo2) * j) / 40];
				expect(surface.f(w)).toBeGreaterThanOrEqual(low - 1e-12);
			}
		}
	});
});

describe('neuronMse', () => {
	const mse = getNeuronSurface('neuronMse');

	it('is the mean squared error of the sigmoid neuron on the dataset', () => {
		fc.assert(
			fc.property(inDomain(mse), ([w, b]) => {
				expect(mse.f([w, b])).toBeCloseTo(meanSquaredError(predictions(w, b), neuronData.y), 12);
			})
		);
	});

	it('has saddles where its gradient vanishes and its Hessian is indefinite', () => {
		expect(mse.saddles.length).toBeGreaterThan(0);
		for (const p of mse.saddles) {
			const g = new Float64Array(2);
			mse.grad(p, g);
			expect(Math.hypot(g[0], g[1])).toBeLessThan(1e-8);
			const [l1, l2] = eigen2(...hessian2(mse, p));
			expect(l1).toBeLessThan(0);
			expect(l2).toBeGreaterThan(0);
		}
	});

	it('is nearly flat where the neuron is confidently wrong, unlike cross-entropy', () => {
		// At w = 0, b = 6 the neuron says "dog" with 99.75 % for every point, so the four cats are
		// confidently wrong; σ'(6) ≈ 0.0025 multiplies MSE's gradient, and nothing multiplies BCE's.
		const flat = new Float64Array(2);
		mse.grad([0, 6], flat);
		const steep = new Float64Array(2);
		mse.grad([0, 0], steep);
		const bceThere = new Float64Array(2);
		getNeuronSurface('neuronBce').grad([0, 6], bceThere);
		const size = (g: Float64Array) => Math.hypot(g[0], g[1]);
		expect(size(flat)).toBeLessThan(0.05 * size(steep));
		expect(size(flat)).toBeLessThan(0.01 * size(bceThere));
	});
});

describe('neuronBce', () => {
	const bce = getNeuronSurface('neuronBce');

	it('is the mean binary cross-entropy of the sigmoid neuron, where nothing saturates', () => {
		fc.assert(
			fc.property(inDomain(bce), ([w, b]) => {
				const yHat = predictions(w, b);
				const mean =
					yHat.reduce((sum, p, i) => sum + losses.bce.loss(p, neuronData.y[i]), 0) / yHat.length;
				// losses.bce clamps ŷ to [1e-12, 1 − 1e-12] and loses digits in log(1 − ŷ) as ŷ → 1;
				// away from saturation the two agree.
				if (yHat.every((p) => p > 1e-6 && p < 1 - 1e-6)) expect(bce.f([w, b])).toBeCloseTo(mean, 7);
				else expect(Number.isFinite(bce.f([w, b]))).toBe(true);
			})
		);
	});

	it('is convex: its Hessian is positive definite everywhere in the domain', () => {
		fc.assert(
			fc.property(inDomain(bce), (w) => {
				const [l1] = eigen2(...hessian2(bce, w));
				expect(l1).toBeGreaterThan(0);
			})
		);
	});
});
