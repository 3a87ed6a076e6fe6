import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCurve } from '$lib/math/curves';
import { curveIds, surfaceIds } from '$lib/math/ids';
import { norm, numericGradient } from '$lib/math/objective';
import { getSurface } from '$lib/math/surfaces';

const close = (analytic: number, numeric: number) =>
	Math.abs(analytic - numeric) <= 1e-5 * Math.max(1, Math.abs(analytic), Math.abs(numeric));

describe('surfaces', () => {
	for (const id of surfaceIds) {
		it(`${id}: analytic gradient matches central finite differences`, () => {
			const surface = getSurface(id, { a: 2.5 });
			const [[lo1, hi1], [lo2, hi2]] = surface.domain;
			fc.assert(
				fc.property(
					fc.double({ min: lo1, max: hi1, noNaN: true }),
					fc.double({ min: lo2, max: hi2, noNaN: true }),
					(x, y) => {
						const g = new Float64Array(2);
						surface.grad([x, y], g);
						const n = numericGradient(surface.f, [x, y], 1e-6);
						expect(close(g[0], n[0]) && close(g[1], n[1])).toBe(true);
					}
				),
				{ numRuns: 200 }
			);
		});

		it(`${id}: the listed minima are stationary and lowest nearby`, () => {
			const surface = getSurface(id);
			expect(surface.minima.length).toBeGreaterThan(0);
			for (const m of surface.minima) {
				const g = new Float64Array(2);
				surface.grad(m.w, g);
				expect(norm(g)).toBeLessThan(1e-4);
				expect(surface.f(m.w)).toBeCloseTo(m.f, 5);
				for (const [dx, dy] of [
					[0.01, 0],
					[-0.01, 0],
					[0, 0.01],
					[0, -0.01]
				]) {
					expect(surface.f([m.w[0] + dx, m.w[1] + dy])).toBeGreaterThan(m.f);
				}
			}
			const lowest = Math.min(...surface.minima.map((m) => m.f));
			for (const m of surface.minima) expect(m.global).toBe(m.f === lowest);
		});
	}

	it('twoWells has a strictly worse local minimum and a saddle between', () => {
		const s = getSurface('twoWells');
		const local = s.minima.find((m) => !m.global);
		const global = s.minima.find((m) => m.global);
		expect(local && global && local.f > global.f + 0.5).toBe(true);
		const g = new Float64Array(2);
		s.grad(s.saddles[0], g);
		expect(norm(g)).toBeLessThan(1e-6);
	});

	it('the saddle surface is flat at its saddle point, rising along w1 and falling along w2', () => {
		const s = getSurface('saddle');
		expect(s.f([0.1, 0])).toBeGreaterThan(s.f([0, 0]));
		expect(s.f([0, 0.1])).toBeLessThan(s.f([0, 0]));
	});
});

describe('curves', () => {
	for (const id of curveIds) {
		it(`${id}: L' matches central finite differences`, () => {
			const c = getCurve(id, { a: 3 });
			const [lo, hi] = c.domain[0];
			fc.assert(
				fc.property(fc.double({ min: lo, max: hi, noNaN: true }), (w) => {
					const g = new Float64Array(1);
					c.grad([w], g);
					expect(close(g[0], numericGradient(c.f, [w], 1e-6)[0])).toBe(true);
				}),
				{ numRuns: 200 }
			);
		});
	}

	it('wavy: minima found, exactly one global', () => {
		const c = getCurve('wavy');
		expect(c.minima.length).toBeGreaterThan(2);
		expect(c.minima.filter((m) => m.global)).toHaveLength(1);
	});
});
