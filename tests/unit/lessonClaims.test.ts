import { describe, expect, it } from 'vitest';
import { activations } from '$lib/math/activations';
import { getCurve } from '$lib/math/curves';
import { descend } from '$lib/math/descend';
import type { OptimizerId } from '$lib/math/ids';
import { getSurface } from '$lib/math/surfaces';

// Numbers the lessons quote (lessons 2, 4 and 5 and their scroll steps), recomputed from the
// math core so that a change in either shows up here.
const run = (
	surface: Parameters<typeof getSurface>[0],
	id: OptimizerId,
	lr: number,
	start: [number, number],
	steps = 3000
) => descend(getSurface(surface), { id, lr }, start, steps);
const last = (t: ReturnType<typeof run>) => [t.path[t.steps * 2], t.path[t.steps * 2 + 1]];

describe('lesson 2: the worked neuron', () => {
	it('net = 1.1, sigmoid ≈ 0.750, tanh ≈ 0.800, ReLU = 1.1', () => {
		const net = 0.6 * 2 + -0.4 * 1 + 0.3;
		expect(net).toBeCloseTo(1.1, 12);
		expect(activations.sigmoid.act(net)).toBeCloseTo(0.7503, 4);
		expect(activations.tanh.act(net)).toBeCloseTo(0.8005, 4);
		expect(activations.relu.act(net)).toBeCloseTo(1.1, 12);
	});
});

describe('lesson 4: descent on a curve and on two wells', () => {
	it('the wavy curve from w = 3.5 stops in a dip that is not the lowest', () => {
		const curve = getCurve('wavy');
		const t = descend(curve, { id: 'gd', lr: 0.1 }, [3.5], 3000);
		const w = t.path[t.steps];
		const lowest = curve.minima.find((m) => m.global)!;
		expect(t.status.kind).toBe('converged');
		expect(Math.abs(w - lowest.w)).toBeGreaterThan(1);
		expect(curve.f([w])).toBeGreaterThan(lowest.f + 0.3);
	});

	it('two wells at η = 0.05: the right start stays right (L ≈ 0.39), the left start goes left (L ≈ −0.41)', () => {
		const right = run('twoWells', 'gd', 0.05, [1.9, 1.5]);
		const left = run('twoWells', 'gd', 0.05, [-1.9, 1.5]);
		expect(last(right)[0]).toBeCloseTo(0.9456, 3);
		expect(right.loss[right.steps]).toBeCloseTo(0.39, 2);
		expect(last(left)[0]).toBeCloseTo(-1.0467, 3);
		expect(left.loss[left.steps]).toBeCloseTo(-0.41, 2);
	});
});

describe('lesson 5: the learning rate', () => {
	it('bowl a = 1: η = 0.1 takes over 100 steps, η = 1 one step, η = 1.5 converges, η = 2 bounces, η = 2.1 diverges', () => {
		const slow = run('bowl', 'gd', 0.1, [1.5, 2]);
		expect(slow.status.kind).toBe('converged');
		expect(slow.steps).toBeGreaterThan(100);
		expect(run('bowl', 'gd', 1, [1.5, 2]).status).toEqual({ kind: 'converged', step: 1 });
		expect(run('bowl', 'gd', 1.5, [1.5, 2]).status.kind).toBe('converged');
		const bounce = run('bowl', 'gd', 2, [1.5, 2], 50);
		expect(bounce.status.kind).toBe('running');
		expect(last(bounce)).toEqual([1.5, 2]);
		expect(run('bowl', 'gd', 2.1, [1.5, 2]).status.kind).toBe('diverged');
	});

	it('narrow valley: η = 0.09 converges, η = 0.11 diverges (limit 2/20)', () => {
		expect(run('valley', 'gd', 0.09, [-2.7, 1.2]).status.kind).toBe('converged');
		expect(run('valley', 'gd', 0.11, [-2.7, 1.2]).status.kind).toBe('diverged');
	});

	it('two wells from (1.9, 1.5): 0.02 and 0.05 trapped, 0.1 over the ridge, 0.2 diverges; momentum 0.02 escapes', () => {
		for (const lr of [0.02, 0.05])
			expect(last(run('twoWells', 'gd', lr, [1.9, 1.5]))[0]).toBeGreaterThan(0.9);
		expect(last(run('twoWells', 'gd', 0.1, [1.9, 1.5]))[0]).toBeLessThan(-1);
		expect(run('twoWells', 'gd', 0.2, [1.9, 1.5]).status.kind).toBe('diverged');
		expect(last(run('twoWells', 'momentum', 0.02, [1.9, 1.5]))[0]).toBeLessThan(-1);
	});

	it('saddle from (1.8, 0.01) at η = 0.1: the loss waits near 0 for a while, then reaches −1/4', () => {
		const t = run('saddle', 'gd', 0.1, [1.8, 0.01]);
		for (let k = 18; k <= 38; k++) expect(Math.abs(t.loss[k])).toBeLessThan(0.1);
		expect(t.status.kind).toBe('converged');
		expect(t.loss[t.steps]).toBeCloseTo(-0.25, 6);
	});

	it('valley after 100 steps: gd (0.02) ≈ 0.06, momentum (0.02) and Adam (0.1) below 0.001', () => {
		const at100 = (id: OptimizerId, lr: number) =>
			run('valley', id, lr, [-2.7, 1.2], 100).loss[100];
		expect(at100('gd', 0.02)).toBeCloseTo(0.064, 2);
		expect(at100('momentum', 0.02)).toBeLessThan(0.001);
		expect(at100('adam', 0.1)).toBeLessThan(0.001);
	});
});
