import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { api } from '$lib/engine/api';
import { criticalRates, factorTrend, stepFactors, weightAfter } from '$lib/math/axisFactors';
import { surfaceIds } from '$lib/math/ids';
import { getSurface } from '$lib/math/surfaces';

const valley = getSurface('valley');

describe('axisFactors: one factor 1 − η·aᵢ per axis', () => {
	it('gives the valley’s factors, limits and verdicts', () => {
		expect(valley.curvatures).toEqual([1, 20]);
		expect(criticalRates([1, 20])).toEqual([2, 0.1]);
		const [r1, r2] = stepFactors([1, 20], 0.11);
		expect(r1).toBeCloseTo(0.89, 12);
		expect(r2).toBeCloseTo(-1.2, 12);
		expect([factorTrend(r1), factorTrend(r2)]).toEqual(['shrinks', 'grows']);
		// At η = 2/a₂ typed as 0.1 the steep axis swings in place.
		expect(factorTrend(stepFactors([20], 0.1)[0])).toBe('holds');
		expect(factorTrend(0)).toBe('shrinks');
		expect(factorTrend(-1.0000001)).toBe('grows');
		expect(weightAfter(-0.5, 2, 3)).toBe(-0.25);
	});

	it('shrinks exactly while η < 2/a (property)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.01, max: 50, noNaN: true }),
				fc.double({ min: 1e-4, max: 10, noNaN: true }),
				(a, lr) => {
					const trend = factorTrend(stepFactors([a], lr)[0]);
					const limit = criticalRates([a])[0];
					// Away from the limit itself, where rounding decides.
					if (Math.abs(lr - limit) < 1e-6 * limit) return;
					expect(trend).toBe(lr < limit ? 'shrinks' : 'grows');
				}
			)
		);
	});

	it.each(surfaceIds)('%s: its curvatures, if any, are the whole surface', (id) => {
		const s = getSurface(id, { a: 2.5 });
		if (!s.curvatures) return expect(['bowl', 'valley']).not.toContain(id);
		const [a1, a2] = s.curvatures;
		fc.assert(
			fc.property(
				fc.double({ min: -3, max: 3, noNaN: true }),
				fc.double({ min: -3, max: 3, noNaN: true }),
				(w1, w2) => {
					const exact = (a1 * w1 * w1 + a2 * w2 * w2) / 2;
					expect(s.f([w1, w2])).toBeCloseTo(exact, 9);
				}
			)
		);
	});
});

describe('engine: the ball on the valley follows wᵢ(t) = (1 − η·aᵢ)^t · wᵢ(0)', () => {
	async function run(lr: number, start: [number, number], id: 'gd' | 'momentum' = 'gd') {
		const answer = await api.descendLandscape({
			surface: 'valley',
			optimizer: { id, lr },
			start,
			maxSteps: 200
		});
		if (!answer.ok) throw new Error(answer.error.message);
		return answer.value;
	}

	it('reports the factors the path obeys, step by step (property over η and start)', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.double({ min: 0.001, max: 1, noNaN: true }),
				fc.double({ min: -3, max: 3, noNaN: true }),
				fc.double({ min: -3, max: 3, noNaN: true }),
				async (lr, w1, w2) => {
					const r = await run(lr, [w1, w2]);
					expect(r.axes).not.toBeNull();
					const { factors, curvatures, trends } = r.axes!;
					expect(curvatures).toEqual([1, 20]);
					expect(factors[0]).toBeCloseTo(1 - lr, 12);
					expect(factors[1]).toBeCloseTo(1 - 20 * lr, 12);
					expect(trends).toEqual(factors.map(factorTrend));
					const start = [w1, w2];
					for (let t = 0; t <= r.steps; t++) {
						for (let i = 0; i < 2; i++) {
							const want = weightAfter(factors[i], start[i], t);
							// Relative to the size the weight reached: the path compounds rounding.
							const scale = Math.max(1, Math.abs(want));
							expect(Math.abs(r.path[2 * t + i] - want) / scale).toBeLessThan(1e-9);
						}
					}
				}
			),
			{ numRuns: 60 }
		);
	});

	it('between 2/a₂ and 2/a₁ the steep axis grows and the flat one shrinks, and the run diverges', async () => {
		const r = await run(0.12, [-2.7, 1.2]);
		expect(r.axes!.trends).toEqual(['shrinks', 'grows']);
		expect(r.status.kind).toBe('diverged');
		// w₂ left the box, w₁ only came closer to 0.
		expect(Math.abs(r.path[2 * r.steps + 1])).toBeGreaterThan(9);
		expect(Math.abs(r.path[2 * r.steps])).toBeLessThan(2.7);
	});

	it('has no factors for momentum, or on a surface that is not such a quadratic', async () => {
		expect((await run(0.02, [-2.7, 1.2], 'momentum')).axes).toBeNull();
		const wells = await api.descendLandscape({
			surface: 'twoWells',
			optimizer: { id: 'gd', lr: 0.02 },
			start: [1.9, 1.5],
			maxSteps: 10
		});
		if (!wells.ok) throw new Error(wells.error.message);
		expect(wells.value.axes).toBeNull();
	});
});
