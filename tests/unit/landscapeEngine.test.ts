import { describe, expect, it } from 'vitest';
import { api } from '../../src/lib/engine/api';
import { lossSurfaceIds, runKinds } from '../../src/lib/math/ids';

describe('engine: sampleLandscape', () => {
	it.each(lossSurfaceIds)('samples %s on a grid with its stationary points', async (surface) => {
		const answer = await api.sampleLandscape({ surface, n: 21 });
		if (!answer.ok) throw new Error(answer.error.message);
		const { values, n, min, max, minima, defaultStart, domain } = answer.value;
		expect(n).toBe(21);
		expect(values).toBeInstanceOf(Float32Array);
		expect(values).toHaveLength(21 * 21);
		expect(Math.min(...values)).toBeCloseTo(min, 4);
		expect(Math.max(...values)).toBeCloseTo(max, 2);
		expect(minima.some((m) => m.global)).toBe(true);
		// The default start lies inside the plotted box.
		for (let i = 0; i < 2; i++) {
			expect(defaultStart[i]).toBeGreaterThanOrEqual(domain[i][0]);
			expect(defaultStart[i]).toBeLessThanOrEqual(domain[i][1]);
		}
	});

	it('scales the bowl with its curvature a', async () => {
		const one = await api.sampleLandscape({ surface: 'bowl', a: 1, n: 11 });
		const three = await api.sampleLandscape({ surface: 'bowl', a: 3, n: 11 });
		if (!one.ok || !three.ok) throw new Error('failed');
		expect(three.value.max).toBeCloseTo(3 * one.value.max, 4);
	});

	it('answers bad input with a typed error', async () => {
		for (const req of [
			{ surface: 'moon', n: 11 },
			{ surface: 'bowl', n: 1 },
			{ surface: 'bowl', n: 11, a: -1 },
			null
		]) {
			const answer = await api.sampleLandscape(req as never);
			expect(answer.ok).toBe(false);
			if (!answer.ok) expect(answer.error.code).toBe('invalid-input');
		}
	});
});

describe('engine: descendLandscape', () => {
	it('returns the run with a verdict per step', async () => {
		const answer = await api.descendLandscape({
			surface: 'bowl',
			a: 1,
			optimizer: { id: 'gd', lr: 1.5 },
			start: [-2.5, 2],
			maxSteps: 500
		});
		if (!answer.ok) throw new Error(answer.error.message);
		const { states, steps, status } = answer.value;
		expect(status.kind).toBe('converged');
		expect(states.kinds).toHaveLength(steps + 1);
		expect(states.since).toHaveLength(steps + 1);
		const names = Array.from(states.kinds, (k) => runKinds[k]);
		expect(names[0]).toBe('converging');
		expect(names).toContain('oscillating');
		expect(names[steps]).toBe('converged');
		expect(states.local[steps]).toBe(0);
	});

	it('says diverged, with the step, once the ball leaves the box by a width', async () => {
		const answer = await api.descendLandscape({
			surface: 'bowl',
			a: 1,
			optimizer: { id: 'gd', lr: 2.5 },
			start: [-2.5, 2],
			maxSteps: 500
		});
		if (!answer.ok) throw new Error(answer.error.message);
		const { states, steps, status, path } = answer.value;
		expect(status).toEqual({ kind: 'diverged', step: steps });
		expect(runKinds[states.kinds[steps]]).toBe('diverged');
		expect(states.since[steps]).toBe(steps);
		// One domain width (6) beyond the box edge (3): |w| > 9 for some coordinate.
		expect(Math.max(Math.abs(path[2 * steps]), Math.abs(path[2 * steps + 1]))).toBeGreaterThan(9);
	});

	it('runs the neuron surfaces and marks a local minimum as local', async () => {
		const neuron = await api.descendLandscape({
			surface: 'neuronBce',
			optimizer: { id: 'adam', lr: 0.1 },
			start: [-5, 4],
			maxSteps: 2000
		});
		expect(neuron.ok).toBe(true);
		const trapped = await api.descendLandscape({
			surface: 'twoWells',
			optimizer: { id: 'gd', lr: 0.05 },
			start: [1.9, 1.5],
			maxSteps: 2000
		});
		if (!trapped.ok) throw new Error(trapped.error.message);
		expect(trapped.value.states.local[trapped.value.steps]).toBe(1);
	});

	it('answers bad input with a typed error', async () => {
		const good = {
			surface: 'bowl',
			optimizer: { id: 'gd', lr: 0.1 },
			start: [1, 1],
			maxSteps: 10
		};
		for (const req of [
			{ ...good, surface: 'neuron' },
			{ ...good, optimizer: { id: 'gd', lr: 0 } },
			{ ...good, optimizer: { id: 'sgd', lr: 0.1 } },
			{ ...good, start: [1, Number.NaN] },
			{ ...good, start: [1] },
			{ ...good, maxSteps: 1e9 }
		]) {
			const answer = await api.descendLandscape(req as never);
			expect(answer.ok).toBe(false);
		}
	});
});
