import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	cameraPosition,
	dolly,
	dragBy,
	MAX_RADIUS,
	MIN_RADIUS,
	orbitFrom,
	orbitKey,
	rotate,
	START,
	TARGET
} from '../../src/lib/widgets/surface3d/render/orbit';

const orbit = fc.record({
	theta: fc.double({ min: -10, max: 10, noNaN: true }),
	phi: fc.double({ min: 0.01, max: Math.PI * 0.95, noNaN: true }),
	radius: fc.double({ min: MIN_RADIUS, max: MAX_RADIUS, noNaN: true })
});

describe('orbit camera', () => {
	it('starts where the first view put the camera', () => {
		const [x, y, z] = cameraPosition(START);
		expect(x).toBeCloseTo(-2.9, 12);
		expect(y).toBeCloseTo(-3.2, 12);
		expect(z).toBeCloseTo(2.6, 12);
	});

	it('orbitFrom and cameraPosition undo each other', () => {
		fc.assert(
			fc.property(orbit, (o) => {
				const back = orbitFrom(...cameraPosition(o));
				expect(back.radius).toBeCloseTo(o.radius, 9);
				expect(back.phi).toBeCloseTo(o.phi, 9);
				expect(Math.cos(back.theta - o.theta)).toBeCloseTo(1, 9);
			})
		);
	});

	it('turning keeps the distance to the target', () => {
		fc.assert(
			fc.property(orbit, fc.double({ min: -7, max: 7, noNaN: true }), (o, a) => {
				const [x, y, z] = cameraPosition(rotate(o, a, a / 3));
				expect(Math.hypot(x - TARGET[0], y - TARGET[1], z - TARGET[2])).toBeCloseTo(o.radius, 9);
			})
		);
	});

	it('never tips over the top or below the floor', () => {
		fc.assert(
			fc.property(orbit, fc.double({ min: -50, max: 50, noNaN: true }), (o, up) => {
				const phi = rotate(o, 0, up).phi;
				expect(phi).toBeGreaterThan(0);
				expect(phi).toBeLessThan(Math.PI);
			})
		);
	});

	it('zoom stays between the nearest and furthest distances, and ignores nonsense factors', () => {
		fc.assert(
			fc.property(orbit, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (o, f) => {
				const r = dolly(o, f).radius;
				expect(r).toBeGreaterThanOrEqual(MIN_RADIUS);
				expect(r).toBeLessThanOrEqual(MAX_RADIUS);
			})
		);
		expect(dolly(START, NaN)).toBe(START);
		expect(dolly(START, -1)).toBe(START);
		expect(dolly(START, 1.15).radius).toBeCloseTo(START.radius / 1.15, 12);
	});

	it('a drag of one view height turns the camera once round', () => {
		const turned = dragBy(START, 300, 0, 300);
		expect(turned.theta).toBeCloseTo(START.theta - 2 * Math.PI, 12);
		expect(dragBy(START, 0, 30, 300).phi).toBeLessThan(START.phi);
	});

	it('arrow keys turn, + and − zoom, other keys do nothing', () => {
		expect(orbitKey(START, 'ArrowLeft')!.theta).toBeLessThan(START.theta);
		expect(orbitKey(START, 'ArrowRight')!.theta).toBeGreaterThan(START.theta);
		expect(orbitKey(START, 'ArrowUp')!.phi).toBeLessThan(START.phi);
		expect(orbitKey(START, 'ArrowDown')!.phi).toBeGreaterThan(START.phi);
		expect(orbitKey(START, '+')!.radius).toBeLessThan(START.radius);
		expect(orbitKey(START, '-')!.radius).toBeGreaterThan(START.radius);
		expect(orbitKey(START, 'a')).toBeNull();
	});
});
