import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { api } from '../../src/lib/engine/api';
import { isoPolylines, levelLines } from '../../src/lib/math/levelLines';

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

/** Packed polylines split back at their NaN pairs, as the page reads them. */
function unpack(packed: Float32Array): [number, number][][] {
	const lines: [number, number][][] = [[]];
	for (let k = 0; k + 1 < packed.length; k += 2) {
		if (Number.isNaN(packed[k])) lines.push([]);
		else lines[lines.length - 1].push([packed[k], packed[k + 1]]);
	}
	return lines.filter((l) => l.length > 0);
}

/** Lattice edges (between neighbouring samples) where the grid crosses `level`. */
function crossings(grid: ArrayLike<number>, n: number, level: number): number {
	let count = 0;
	const above = (i: number, j: number) => grid[j * n + i] > level;
	for (let j = 0; j < n; j++)
		for (let i = 0; i < n; i++) {
			if (i + 1 < n && above(i, j) !== above(i + 1, j)) count++;
			if (j + 1 < n && above(i, j) !== above(i, j + 1)) count++;
		}
	return count;
}

const key = ([u, v]: [number, number]) => `${u.toFixed(5)},${v.toFixed(5)}`;

describe('level lines from d3-contour', () => {
	test('finds the level line where the probability crosses 0.5, from edge to edge', () => {
		// P = x₀ on a 5 × 5 grid: the boundary P = 0.5 is the vertical line x₀ = 0.5.
		const n = 5;
		const grid = Float32Array.from({ length: n * n }, (_, k) => (k % n) / (n - 1));
		const lines = levelLines(grid, n);
		expect(lines.length).toBe(1);
		for (const [u] of lines[0]) expect(u).toBeCloseTo(0.5, 6);
		const vs = lines[0].map(([, v]) => v).sort((a, b) => a - b);
		expect(vs[0]).toBeCloseTo(0, 6);
		expect(vs[vs.length - 1]).toBeCloseTo(1, 6);
		expect(vs.length).toBe(n);
	});

	test('packed polylines: NaN pairs between lines, nothing where P never crosses 0.5', () => {
		// Two separate bumps above 0.5 on a 9 × 9 grid: two closed loops.
		const m = 9;
		const bumps = Float32Array.from({ length: m * m }, (_, k) => {
			const [i, j] = [k % m, Math.floor(k / m)];
			return (i === 2 || i === 6) && j === 4 ? 0.9 : 0.1;
		});
		const packed = isoPolylines(bumps, m);
		expect([...packed].filter((x) => Number.isNaN(x)).length).toBe(2);
		const lines = unpack(packed);
		expect(lines.length).toBe(2);
		for (const line of lines) expect(line[0]).toEqual(line[line.length - 1]);
		expect(isoPolylines(new Float32Array(m * m).fill(0.2), m).length).toBe(0);
		expect(isoPolylines(new Float32Array(m * m).fill(0.8), m).length).toBe(0);
	});

	test('passes through every crossing between neighbouring samples, each where P = 0.5', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 3, max: 12 }),
				fc.array(fc.float({ min: 0, max: 1, noNaN: true }), { minLength: 144, maxLength: 144 }),
				(size, values) => {
					const g = Float32Array.from(values.slice(0, size * size));
					fc.pre(g.every((x) => Math.abs(x - 0.5) > 1e-4));
					const points = unpack(isoPolylines(g, size)).flat();
					for (const [u, v] of points) {
						expect(u).toBeGreaterThanOrEqual(-1e-6);
						expect(u).toBeLessThanOrEqual(1 + 1e-6);
						expect(v).toBeGreaterThanOrEqual(-1e-6);
						expect(v).toBeLessThanOrEqual(1 + 1e-6);
						expect(bilinear(g, size, u, v)).toBeCloseTo(0.5, 4);
					}
					expect(new Set(points.map(key)).size).toBe(crossings(g, size, 0.5));
				}
			)
		);
	});
});

describe('the trainer snapshot carries its boundary', () => {
	test('it is the level line P = 0.5 of the snapshot’s own grid', async () => {
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
		expect(s.boundary).toEqual(isoPolylines(s.grid, s.gridSize));
		// Trained a little, the model already splits the plane: a line crosses the grid.
		const points = unpack(s.boundary).flat();
		expect(points.length).toBeGreaterThan(10);
		for (const [u, v] of points) {
			expect(u).toBeGreaterThanOrEqual(0);
			expect(u).toBeLessThanOrEqual(1);
			expect(v).toBeGreaterThanOrEqual(0);
			expect(v).toBeLessThanOrEqual(1);
			expect(bilinear(s.grid, s.gridSize, u, v)).toBeCloseTo(0.5, 4);
		}
		await api.trainerClose({ session: 'iso' });
	});
});
