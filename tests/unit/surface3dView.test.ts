import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getSurface } from '../../src/lib/math/surfaces';
import { sampleGrid } from '../../src/lib/math/grid';
import { descend } from '../../src/lib/math/descend';
import { classifyTrajectory, runKinds } from '../../src/lib/math/runStatus';
import type { LandscapeRunAnswer } from '../../src/lib/engine/landscapeProtocol';
import {
	between,
	fromScene,
	HEIGHT,
	heightScale,
	lossAtHeight,
	pathPoints,
	surfaceGeometry,
	toScene,
	viridis,
	type Grid
} from '../../src/lib/widgets/surface3d/render/mesh';
import { heightImage, isolines } from '../../src/lib/widgets/surface3d/contours';
import { ballLine, legendLines, stateAt, weight } from '../../src/lib/widgets/surface3d/readout';
import { pixelRatio } from '../../src/lib/widgets/surface3d/render/webgl';

const grid = (id: Parameters<typeof getSurface>[0], n = 21) =>
	sampleGrid(getSurface(id), n) as Grid;

describe('mesh: the grid as a coloured triangle mesh', () => {
	it('with a stride, keeps every stride-th grid point, edges included', () => {
		const g = grid('rosenbrock', 21);
		const full = surfaceGeometry(g, 'log');
		const half = surfaceGeometry(g, 'log', 2);
		expect(half.positions.length).toBe(11 * 11 * 3);
		expect(half.indices.length).toBe(10 * 10 * 6);
		// Vertex (i, j) of the coarse mesh is vertex (2i, 2j) of the full one, colour included.
		for (let j = 0; j < 11; j++) {
			for (let i = 0; i < 11; i++) {
				const a = 3 * (j * 11 + i);
				const b = 3 * (2 * j * 21 + 2 * i);
				expect([...half.positions.subarray(a, a + 3)]).toEqual([
					...full.positions.subarray(b, b + 3)
				]);
				expect([...half.colors.subarray(a, a + 3)]).toEqual([...full.colors.subarray(b, b + 3)]);
			}
		}
		// A stride that does not fit the grid (20 / 3) keeps every point.
		expect(surfaceGeometry(g, 'log', 3).positions).toEqual(full.positions);
	});

	it('puts the grid corners at the scene box corners and heights in [0, HEIGHT]', () => {
		const g = grid('twoWells');
		const { positions, colors, indices } = surfaceGeometry(g, 'linear');
		const n = g.n;
		expect(positions.length).toBe(n * n * 3);
		expect(colors.length).toBe(n * n * 3);
		expect(indices.length).toBe((n - 1) * (n - 1) * 6);
		expect([...positions.subarray(0, 2)]).toEqual([-1, -1]);
		expect([...positions.subarray(3 * (n * n - 1), 3 * (n * n - 1) + 2)]).toEqual([1, 1]);
		let lo = Infinity;
		let hi = -Infinity;
		for (let k = 2; k < positions.length; k += 3) {
			lo = Math.min(lo, positions[k]);
			hi = Math.max(hi, positions[k]);
		}
		expect(lo).toBeCloseTo(0, 6);
		expect(hi).toBeCloseTo(HEIGHT, 6);
		expect(Math.max(...indices)).toBe(n * n - 1);
	});

	it('colours low points dark purple and high points yellow (viridis)', () => {
		const [r0, g0, b0] = viridis(0);
		const [r1, g1, b1] = viridis(1);
		expect(b0).toBeGreaterThan(r0);
		expect(r1 + g1).toBeGreaterThan(1.5);
		expect(b1).toBeLessThan(0.3);
		expect(g0).toBeLessThan(0.1);
	});

	it('maps weights to the scene and back', () => {
		const domain: Grid['domain'] = [
			[-2, 2],
			[-1, 3]
		];
		fc.assert(
			fc.property(
				fc.double({ min: -5, max: 5, noNaN: true }),
				fc.double({ min: -5, max: 5, noNaN: true }),
				(a, b) => {
					const [x, y] = toScene(domain, a, b);
					const [a2, b2] = fromScene(domain, x, y);
					expect(a2).toBeCloseTo(a, 9);
					expect(b2).toBeCloseTo(b, 9);
				}
			)
		);
		expect(toScene(domain, -2, -1)).toEqual([-1, -1]);
		expect(toScene(domain, 2, 3)).toEqual([1, 1]);
	});

	it('has a log height scale that is monotone, spans [0, 1] and inverts', () => {
		const t = heightScale(0, 890, 'log');
		expect(t(0)).toBe(0);
		expect(t(890)).toBeCloseTo(1, 12);
		expect(t(1)).toBeGreaterThan(0.09);
		for (const L of [0.5, 3, 40, 600]) expect(lossAtHeight(0, 890, 'log', t(L))).toBeCloseTo(L, 9);
		expect(lossAtHeight(-1, 3, 'linear', heightScale(-1, 3, 'linear')(2))).toBeCloseTo(2, 12);
	});

	it('lifts a path above the surface, keeps a flown-off ball drawable, and tweens between steps', () => {
		const g = grid('bowl');
		const run = descend(getSurface('bowl'), { id: 'gd', lr: 2.5 }, [-2.5, 2], 50, {
			escapeWidths: 1
		});
		const pts = pathPoints(run.path, run.loss, run.steps, g, 'linear', 0.05);
		expect(pts.length).toBe((run.steps + 1) * 3);
		expect(pts.every(Number.isFinite)).toBe(true);
		// The start sits at its height plus the lift.
		expect(pts[2]).toBeCloseTo(heightScale(g.min, g.max, 'linear')(run.loss[0]) * HEIGHT + 0.05, 6);
		// The last point flew off: clamped to twice the box height (plus the lift).
		expect(pts[pts.length - 1]).toBeLessThanOrEqual(2 * HEIGHT + 0.05 + 1e-6);
		const mid = between(pts, 0, 0.5);
		for (let i = 0; i < 3; i++) expect(mid[i]).toBeCloseTo((pts[i] + pts[3 + i]) / 2, 6);
		expect(between(pts, run.steps + 5, 0.5)).toEqual([...pts.subarray(pts.length - 3)]);
	});
});

describe('contours: the floor map and the 2D fallback', () => {
	it('draws closed iso-loss lines at the asked relative heights, inside the map', () => {
		const lines = isolines(grid('bowl', 41), 'linear', 8, 400);
		expect(lines.length).toBeGreaterThan(4);
		for (const line of lines) {
			expect(line.level).toBeGreaterThan(0);
			expect(line.level).toBeLessThan(1);
			expect(line.d).toMatch(/^M[\d.-]+,[\d.-]+(L[\d.-]+,[\d.-]+)+Z/);
			for (const [, x, y] of line.d.matchAll(/([\d.-]+),([\d.-]+)/g)) {
				expect(Number(x)).toBeGreaterThanOrEqual(-10);
				expect(Number(x)).toBeLessThanOrEqual(410);
				expect(Number(y)).toBeGreaterThanOrEqual(-10);
				expect(Number(y)).toBeLessThanOrEqual(410);
			}
		}
	});

	it('paints the height image with the top row at the largest w₂', () => {
		// On the saddle surface L grows with w₂⁴: the top row (w₂ = 2) is brighter than the middle.
		const g = grid('saddle', 11);
		const rgba = heightImage(g, 'linear');
		expect(rgba.length).toBe(11 * 11 * 4);
		const brightness = (row: number) => rgba[(row * 11 + 5) * 4 + 1];
		expect(brightness(0)).toBeGreaterThan(brightness(5));
		expect(rgba[3]).toBe(255);
	});
});

describe('readout: what each ball says', () => {
	const surface = getSurface('bowl');
	const traj = descend(surface, { id: 'gd', lr: 2.5 }, [-2.5, 2], 100, { escapeWidths: 1 });
	const states = classifyTrajectory(traj, surface);
	const run: LandscapeRunAnswer = {
		...traj,
		states: {
			kinds: Uint8Array.from(states, (s) => runKinds.indexOf(s.kind)),
			since: Uint32Array.from(states, (s) => s.step),
			local: Uint8Array.from(states, () => 0)
		},
		axes: null
	};

	it('states step, weights to three decimals, loss, gradient norm and status', () => {
		// One step of w ← w − 2.5·w from (−2.5, 2): (3.75, −3), L = (3.75² + 3²)/2 ≈ 11.5.
		expect(ballLine('en', 0, { optimizer: 'gd', lr: 2.5 }, run, 1)).toBe(
			'Ball 1 (blue, Gradient descent, η = 2.5): step 1, (w₁, w₂) = (3.750, −3.000), ' +
				'L = 11.5, ‖∇L‖ = 4.8, converging'
		);
		expect(ballLine('zh-TW', 0, { optimizer: 'gd', lr: 2.5 }, run, 99)).toMatch(
			new RegExp(`第 ${traj.steps} 步發散`)
		);
	});

	it('in a phone’s legend: one ball’s numbers line by line, a race’s rate, loss and verdict', () => {
		const ball = { optimizer: 'gd', lr: 2.5 } as const;
		expect(legendLines('en', 0, ball, run, 1, null)).toEqual([
			['step 1'],
			['(w₁, w₂) =', '(3.750, −3.000)'],
			['L = 11.5,', '‖∇L‖ = 4.8'],
			['converging']
		]);
		expect(legendLines('en', 1, ball, run, 99, { named: false })).toEqual([
			['η = 2.5', expect.stringMatching(/^L = /), `diverged, step ${traj.steps}`]
		]);
		expect(legendLines('zh-TW', 1, ball, run, 99, { named: true })[0][0]).toBe('梯度下降 η = 2.5');
	});

	it('clamps the step to the run’s end', () => {
		expect(stateAt(run, 1e6)).toEqual({ kind: 'diverged', since: traj.steps, local: false });
		expect(weight(-0.0004)).toBe('−0.000');
		expect(weight(123456.7)).toBe('1.23e+5');
	});
});

describe('webgl: lighter frames on a software renderer', () => {
	it('keeps a software frame near 0.25 megapixels and a GPU frame sharp', () => {
		expect(pixelRatio(false, 900, 700, 3)).toBe(2);
		expect(pixelRatio(true, 300, 200, 2)).toBe(1);
		const r = pixelRatio(true, 934, 700, 1);
		expect(934 * 700 * r * r).toBeCloseTo(250_000, -2);
	});
});
