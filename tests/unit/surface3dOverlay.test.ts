import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Matrix4, PerspectiveCamera, Vector3 } from 'three';
import { HEIGHT, heightScale, type Grid } from '../../src/lib/widgets/surface3d/render/mesh';
import { floorSight, heightField, hidden } from '../../src/lib/widgets/surface3d/render/occlusion';
import {
	drawOverlay,
	project,
	type Context2D,
	type OverlayBall,
	type Projection
} from '../../src/lib/widgets/surface3d/render/overlay';
import { cameraPosition, TARGET, type Orbit } from '../../src/lib/widgets/surface3d/render/orbit';

const FLOOR = -0.2;

/** A grid whose surface is flat at relative height `t` (min 0, max 1, linear). */
function flat(t: number, n = 5): Grid {
	const values = new Float32Array(n * n).fill(t);
	values[0] = 0;
	values[n * n - 1] = 1;
	return {
		n,
		values,
		min: 0,
		max: 1,
		domain: [
			[-1, 1],
			[-1, 1]
		]
	};
}

function camera(o: Orbit, width = 400, height = 300) {
	const cam = new PerspectiveCamera(38, width / height, 0.05, 50);
	cam.up.set(0, 0, 1);
	cam.position.set(...cameraPosition(o));
	cam.lookAt(...TARGET);
	cam.updateMatrixWorld();
	const m = new Matrix4().multiplyMatrices(cam.projectionMatrix, cam.matrixWorldInverse);
	const { x, y, z } = cam.position;
	const p: Projection = {
		matrix: m.elements,
		width,
		height,
		focal: cam.projectionMatrix.elements[5]
	};
	return { cam, p, eye: [x, y, z] as const };
}

const orbits = fc.record({
	theta: fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
	phi: fc.double({ min: 0.05, max: 1.4, noNaN: true }),
	radius: fc.double({ min: 2, max: 9, noNaN: true })
});

describe('overlay: scene points to pixels', () => {
	it('puts a point where three.js’s camera puts it', () => {
		const inBox = fc.double({ min: -1, max: 1, noNaN: true });
		fc.assert(
			fc.property(
				orbits,
				inBox,
				inBox,
				fc.double({ min: 0, max: HEIGHT, noNaN: true }),
				(o, x, y, z) => {
					const { cam, p } = camera(o);
					const ndc = new Vector3(x, y, z).project(cam);
					const [sx, sy, w] = project(p, x, y, z);
					expect(w).toBeGreaterThan(0);
					expect(sx).toBeCloseTo(((ndc.x + 1) / 2) * p.width, 6);
					expect(sy).toBeCloseTo(((1 - ndc.y) / 2) * p.height, 6);
				}
			)
		);
	});
});

describe('occlusion: what the surface hides on the floor', () => {
	it('reads the surface’s height between grid points bilinearly', () => {
		const g = flat(0.5);
		g.values[12] = 1; // the centre of a 5 × 5 grid
		const field = heightField(g, 'linear');
		const t = heightScale(0, 1, 'linear');
		expect(field.at(0, 0)).toBeCloseTo(t(1) * HEIGHT, 6);
		expect(field.at(0.5, 0)).toBeCloseTo(t(0.5) * HEIGHT, 6);
		expect(field.at(0.25, 0)).toBeCloseTo(((t(1) + t(0.5)) / 2) * HEIGHT, 6);
	});

	it('a flat sheet hides exactly the floor points whose line of sight meets it over the square', () => {
		const c = 0.5;
		const field = heightField(flat(c, 41), 'linear');
		const sheet = c * HEIGHT;
		const coord = fc.double({ min: -0.95, max: 0.95, noNaN: true });
		fc.assert(
			fc.property(orbits, coord, coord, (o, x, y) => {
				const eye = cameraPosition(o);
				// Where the line from the floor point to the eye rises through the sheet's height.
				const t = (sheet - FLOOR) / (eye[2] - FLOOR);
				const cx = x + (eye[0] - x) * t;
				const cy = y + (eye[1] - y) * t;
				const edge = Math.max(Math.abs(cx), Math.abs(cy));
				fc.pre(Math.abs(edge - 1) > 0.05);
				expect(hidden(field, eye, [x, y, FLOOR])).toBe(edge < 1);
			})
		);
	});

	it('floorSight answers as hidden() does at the centre of the point’s cell', () => {
		const g = flat(0.4, 41);
		g.values[20 * 41 + 20] = 1;
		const field = heightField(g, 'linear');
		const coord = fc.double({ min: -1, max: 1, noNaN: true });
		fc.assert(
			fc.property(orbits, coord, coord, (o, x, y) => {
				const eye = cameraPosition(o);
				const centre = (v: number) =>
					((Math.min(127, Math.floor(((v + 1) / 2) * 128)) + 0.5) / 128) * 2 - 1;
				const sees = floorSight(field, eye, FLOOR);
				expect(sees(x, y)).toBe(!hidden(field, eye, [centre(x), centre(y), FLOOR]));
				// Asked again (remembered), the same answer.
				expect(sees(x, y)).toBe(!hidden(field, eye, [centre(x), centre(y), FLOOR]));
			})
		);
	});

	it('a camera under the floor sees the floor, and one low at the side sees under the sheet', () => {
		const field = heightField(flat(0.8), 'linear');
		expect(hidden(field, [0, 0, 5], [0, 0, FLOOR])).toBe(true);
		expect(hidden(field, [0.3, -0.2, -3], [0, 0, FLOOR])).toBe(false);
		expect(hidden(field, [4, 0, 0.2], [0.8, 0, FLOOR])).toBe(false);
	});
});

/** A 2D context that records the calls drawOverlay makes. */
function recorder() {
	const calls: { name: string; args: unknown[]; style?: unknown; alpha?: number }[] = [];
	const ctx = {
		globalAlpha: 1,
		lineWidth: 1,
		lineJoin: 'miter',
		lineCap: 'butt',
		strokeStyle: '',
		fillStyle: '' as unknown,
		createRadialGradient: () => ({ addColorStop: () => {} }),
		setTransform: () => {}
	} as unknown as Context2D & Record<string, unknown>;
	for (const name of ['beginPath', 'moveTo', 'lineTo', 'stroke', 'fill', 'arc', 'closePath']) {
		(ctx as Record<string, unknown>)[name] = (...args: unknown[]) =>
			calls.push({ name, args, style: ctx.strokeStyle, alpha: ctx.globalAlpha });
	}
	return { ctx, calls };
}

describe('overlay: what a frame draws', () => {
	const steps = 9;
	// A straight run across the square, from x = −0.8 to 0.8 at y = 0, on a sheet at height 0.5.
	const points = new Float32Array((steps + 1) * 3);
	for (let k = 0; k <= steps; k++) points.set([-0.8 + (1.6 * k) / steps, 0, 0.6], 3 * k);
	const ball = (drawn: number): OverlayBall => ({
		color: '#0072b2',
		points,
		drawn,
		at: [points[3 * (drawn - 1)], 0, 0.6]
	});
	const sight = (eye: readonly [number, number, number], height: number) =>
		floorSight(heightField(flat(height), 'linear'), eye, FLOOR);

	it('draws the whole run, the trail so far and the ball where the camera shows them', () => {
		const { ctx, calls } = recorder();
		const { p, eye } = camera({ theta: -2.3, phi: 0.9, radius: 5 });
		const b = ball(4);
		drawOverlay(ctx, p, 1, sight(eye, 0.5), FLOOR, [b]);
		const moves = calls.filter((c) => c.name === 'moveTo' || c.name === 'lineTo');
		const at = (k: number, z: number) => project(p, points[3 * k], points[3 * k + 1], z);
		// The faint whole run: 10 points; the trail: 4.
		const faint = moves.filter((c) => c.alpha === 0.3);
		const trail = moves.filter((c) => c.alpha === 1);
		expect(faint).toHaveLength(steps + 1);
		expect(trail).toHaveLength(4);
		expect(trail[3].args[0]).toBeCloseTo(at(3, 0.6)[0], 6);
		const disc = calls.find((c) => c.name === 'arc')!;
		expect(disc.args[0]).toBeCloseTo(at(3, 0.6)[0], 6);
		expect(disc.args[1]).toBeCloseTo(at(3, 0.6)[1], 6);
	});

	it('leaves out the floor trail where the surface hides it, and breaks the line there', () => {
		const { ctx, calls } = recorder();
		// From straight above, the sheet hides the whole floor under the square.
		const above = camera({ theta: 0, phi: 0.05, radius: 6 });
		drawOverlay(ctx, above.p, 1, sight(above.eye, 0.5), FLOOR, [ball(steps + 1)]);
		const floorLine = calls.filter((c) => c.alpha === 0.95 && /moveTo|lineTo/.test(c.name));
		expect(floorLine).toHaveLength(0);

		// From low at the side (under the sheet's height), the floor is seen.
		const { ctx: ctx2, calls: calls2 } = recorder();
		const side = camera({ theta: Math.PI, phi: 1.45, radius: 6 });
		drawOverlay(ctx2, side.p, 1, sight(side.eye, 0.9), FLOOR, [ball(steps + 1)]);
		const seen = calls2.filter((c) => c.alpha === 0.95 && /moveTo|lineTo/.test(c.name));
		expect(seen.length).toBeGreaterThan(0);
		expect(seen.filter((c) => c.name === 'moveTo').length).toBeGreaterThanOrEqual(1);
	});
});
