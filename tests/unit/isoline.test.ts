import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { api } from '../../src/lib/engine/api';
import {
	isoPolylines,
	isoSegments,
	joinSegments,
	unpackPolylines
} from '../../src/lib/math/isoline';

/** The grid's bilinear interpolation at (u, v) in 0…1 (index j·n + i is at i/(n−1), j/(n−1)). */
function bilinear(grid: ArrayLike<number>, n: number, u: number, v: number): number {
	const fu = Math.min(Math.max(u, 0), 1) * (n - 1);
	const fv = Math.min(Math.max(v, 0), 1) * (n - 1);
	const i = Math.min(Math.floor(fu), n - 2);
	const j = Math.min(Math.floor(fv), n - 2);
	const s = fu - i;
	const t = fv - j;
	const at = (a: number, b: number) => grid[b * n + a];
	return (
		(1 - s) * (1 - t) * at(i, j) +
		s * (1 - t) * at(i + 1, j) +
		s * t * at(i + 1, j + 1) +
		(1 - s) * t * at(i, j + 1)
	);
}

/** Every point of packed polylines, NaN separators left out. */
function points(packed: Float32Array): [number, number][] {
	return unpackPolylines(packed).flat();
}

describe('marching squares', () => {
	// P = x₀ on a 5 × 5 grid: the boundary P = 0.5 is the vertical line x₀ = 0.5.
	const n = 5;
	const grid = Float32Array.from({ length: n * n }, (_, k) => (k % n) / (n - 1));

	test('finds the level line where the probability crosses 0.5', () => {
		const segs = isoSegments(grid, n);
		expect(segs.length).toBe(n - 1);
		for (const [u1, , u2] of segs) {
			expect(u1).toBeCloseTo(0.5, 6);
			expect(u2).toBeCloseTo(0.5, 6);
		}
	});

	test('joined segments make one unbroken line from bottom to top', () => {
		const lines = joinSegments(isoSegments(grid, n));
		expect(lines.length).toBe(1);
		const vs = lines[0].map(([, v]) => v).sort((a, b) => a - b);
		expect(vs[0]).toBeCloseTo(0, 6);
		expect(vs[vs.length - 1]).toBeCloseTo(1, 6);
	});

	test('packed polylines: NaN pairs between lines, nothing where P never crosses 0.5', () => {
		// Two separate bumps above 0.5 on a 9 × 9 grid: two closed loops.
		const m = 9;
		const bumps = Float32Array.from({ length: m * m }, (_, k) => {
			const [i, j] = [k % m, Math.floor(k / m)];
			return (i === 2 || i === 6) && j === 4 ? 0.9 : 0.1;
		});
		const packed = isoPolylines(bumps, m);
		const gaps = [...packed].filter((x) => Number.isNaN(x)).length;
		expect(gaps).toBe(2);
		const lines = unpackPolylines(packed);
		expect(lines.length).toBe(2);
		for (const line of lines) expect(line[0]).toEqual(line[line.length - 1]);
		expect(isoPolylines(new Float32Array(m * m).fill(0.2), m).length).toBe(0);
	});

	test('packing keeps the joined lines, and every point interpolates to P = 0.5', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 3, max: 12 }),
				fc.array(fc.float({ min: 0, max: 1, noNaN: true }), { minLength: 144, maxLength: 144 }),
				(size, values) => {
					const g = Float32Array.from(values.slice(0, size * size));
					const want = joinSegments(isoSegments(g, size));
					const got = unpackPolylines(isoPolylines(g, size));
					expect(got.length).toBe(want.length);
					got.forEach((line, l) => {
						expect(line.length).toBe(want[l].length);
						line.forEach(([u, v], k) => {
							expect(u).toBeCloseTo(want[l][k][0], 6);
							expect(v).toBeCloseTo(want[l][k][1], 6);
						});
					});
					for (const [u, v] of got.flat()) expect(bilinear(g, size, u, v)).toBeCloseTo(0.5, 4);
				}
			)
		);
	});
});

describe('the trainer snapshot carries its boundary', () => {
	test('it is marching squares on the snapshot’s own grid, at P = 0.5', async () => {
		const settings = {
			model: 'mlp' as const,
			hidden: 8,
			activation: 'tanh' as const,
			loss: 'bce' as const,
			optimizer: 'gd' as const,
			lr: 0.5,
			batchSize: 16,
			epochs: 100,
			seed: 3
		};
		const data = {
			source: 'builtin' as const,
			variant: 'fair' as const,
			valFraction: 0.15,
			seed: 3
		};
		const opened = await api.trainerOpen({ session: 'iso', data, settings, grid: 41 });
		expect(opened.ok && opened.value.kind).toBe('ready');
		const r = await api.trainerStep({
			session: 'iso',
			unit: 'epoch',
			count: 5,
			budgetMs: 2000,
			since: 0,
			detail: false
		});
		if (!r.ok || r.value.kind !== 'snapshot') throw new Error('step failed');
		const s = r.value.snapshot;
		expect(s.boundary).toBeInstanceOf(Float32Array);
		// Trained a little, the model already splits the plane: a line crosses the grid.
		expect(points(s.boundary).length).toBeGreaterThan(10);
		const want = joinSegments(isoSegments(s.grid, s.gridSize));
		const got = unpackPolylines(s.boundary);
		expect(got.map((l) => l.length)).toEqual(want.map((l) => l.length));
		got.forEach((line, l) =>
			line.forEach(([u, v], k) => {
				expect(u).toBeCloseTo(want[l][k][0], 6);
				expect(v).toBeCloseTo(want[l][k][1], 6);
			})
		);
		for (const [u, v] of points(s.boundary)) {
			expect(u).toBeGreaterThanOrEqual(0);
			expect(u).toBeLessThanOrEqual(1);
			expect(v).toBeGreaterThanOrEqual(0);
			expect(v).toBeLessThanOrEqual(1);
			expect(bilinear(s.grid, s.gridSize, u, v)).toBeCloseTo(0.5, 4);
		}
		await api.trainerClose({ session: 'iso' });
	});
});
