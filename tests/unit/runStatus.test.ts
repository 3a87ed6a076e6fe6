import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { descend } from '../../src/lib/math/descend';
import type { LossSurfaceId } from '../../src/lib/math/ids';
import { getLossSurface } from '../../src/lib/math/lossSurfaces';
import type { OptimizerSettings } from '../../src/lib/math/optimizers';
import {
	classifyTrajectory,
	eigen2,
	hessian2,
	landscapeScale,
	type RunKind
} from '../../src/lib/math/runStatus';

/** The run and its state at every step. */
function run(
	id: LossSurfaceId,
	optimizer: OptimizerSettings,
	start: readonly number[],
	maxSteps = 3000,
	a?: number
) {
	const surface = getLossSurface(id, { a });
	const traj = descend(surface, optimizer, start, maxSteps, { escapeWidths: 1 });
	const states = classifyTrajectory(traj, surface);
	return { traj, states, last: states[traj.steps], kinds: new Set(states.map((s) => s.kind)) };
}

/** Kinds in the order they first appear, with repeats collapsed: e.g. converging → converged. */
function story(states: { kind: RunKind }[]): RunKind[] {
	return states.map((s) => s.kind).filter((k, i, all) => i === 0 || all[i - 1] !== k);
}

describe('hessian2 and eigen2', () => {
	it('give a·I on the bowl and diag(1, −1) at the saddle point', () => {
		const [a, b, c] = hessian2(getLossSurface('bowl', { a: 3 }), [0.4, -1.2]);
		expect([a, b, c].map((v) => +v.toFixed(6))).toEqual([3, 0, 3]);
		expect(eigen2(...hessian2(getLossSurface('saddle'), [0, 0])).map((v) => +v.toFixed(6))).toEqual(
			[-1, 1]
		);
	});

	it('eigen2 returns λ₁ ≤ λ₂ with λ₁ + λ₂ = trace and λ₁λ₂ = determinant', () => {
		const num = fc.double({ min: -100, max: 100, noNaN: true });
		fc.assert(
			fc.property(num, num, num, (a, b, c) => {
				const [l1, l2] = eigen2(a, b, c);
				expect(l1).toBeLessThanOrEqual(l2);
				expect(l1 + l2).toBeCloseTo(a + c, 8);
				expect(l1 * l2).toBeCloseTo(a * c - b * b, 6);
			})
		);
	});
});

describe('classifyTrajectory', () => {
	it('calls a calm descent converging, then converged at the global minimum', () => {
		// Bowl, ηa = 0.5: every step halves w, never overshooting.
		const { states, last } = run('bowl', { id: 'gd', lr: 0.5 }, [-2.5, 2]);
		expect(story(states)).toEqual(['converging', 'converged']);
		expect(last).toMatchObject({ kind: 'converged', minimum: 'global' });
	});

	it('calls a run that lands exactly on the minimum converged (bowl a = 10, η = 0.1)', () => {
		// ηa = 1: the first step goes straight to w = 0, where L = 0 and ‖∇L‖ = 0.
		const { traj, last } = run('bowl', { id: 'gd', lr: 0.1 }, [-2.5, 2], 3000, 10);
		expect([traj.steps, traj.loss[1], traj.gradNorm[1]]).toEqual([1, 0, 0]);
		expect(last).toEqual({ kind: 'converged', step: 1, minimum: 'global' });
	});

	it('calls overshooting steps oscillating (bowl, 1/a < η < 2/a)', () => {
		const { states, last } = run('bowl', { id: 'gd', lr: 1.5 }, [-2.5, 2]);
		expect(story(states)).toEqual(['converging', 'oscillating', 'converged']);
		expect(last.kind).toBe('converged');
	});

	it('calls a run that leaves the surface diverged, from the step it left', () => {
		const { traj, states, last } = run('bowl', { id: 'gd', lr: 2.5 }, [-2.5, 2]);
		expect(traj.status.kind).toBe('diverged');
		expect(last).toEqual({ kind: 'diverged', step: traj.steps });
		expect(states.slice(0, -1).some((s) => s.kind === 'diverged')).toBe(false);
	});

	it('calls a ball that comes to rest on the saddle point stuck at a saddle', () => {
		// From w₂ = 0 exactly, the gradient never points off the ridge, so gradient descent
		// walks straight into the saddle at (0, 0) and stops there (‖∇L‖ → 0).
		const { traj, last } = run('saddle', { id: 'gd', lr: 0.1 }, [1.8, 0]);
		expect(traj.status.kind).toBe('converged');
		expect(last.kind).toBe('saddle');
	});

	it('sees a ball stall near a saddle, then escape to a minimum', () => {
		// From w₂ = 10⁻⁴ the ball approaches the saddle as w₁ shrinks by (1 − η) a step, while
		// w₂ grows by only (1 + η) a step: it lingers, then rolls off to (0, 1).
		const { states, last } = run('saddle', { id: 'gd', lr: 0.05 }, [1.8, 1e-4]);
		expect(story(states)).toEqual(['converging', 'saddle', 'converging', 'converged']);
		expect(last).toMatchObject({ kind: 'converged', minimum: 'global' });
	});

	it('calls the resting place in the shallower well a local minimum', () => {
		const { last } = run('twoWells', { id: 'gd', lr: 0.01 }, [1.9, 1.5], 5000);
		expect(last).toMatchObject({ kind: 'converged', minimum: 'local' });
	});

	it('sees the neuron crawl over the MSE plateau before it converges', () => {
		const surface = getLossSurface('neuronMse');
		const { states, last } = run('neuronMse', { id: 'gd', lr: 2 }, surface.defaultStart);
		expect(story(states)).toEqual(['converging', 'plateau', 'converging', 'converged']);
		expect(last).toMatchObject({ kind: 'converged', minimum: 'global' });
		// While on the plateau the loss is high and barely moves.
		const plateau = states.flatMap((s, k) => (s.kind === 'plateau' ? [k] : []));
		expect(plateau.length).toBeGreaterThan(100);
	});

	it('calls a run that stops on a flat stretch, with no minimum near, stuck on a plateau', () => {
		// Momentum throws the neuron far to the right, where MSE flattens out towards 1/8 as w → ∞:
		// the gradient vanishes (descend stops), yet no minimum is there.
		const surface = getLossSurface('neuronMse');
		const { traj, last } = run(
			'neuronMse',
			{ id: 'momentum', lr: 3, beta: 0.9 },
			surface.defaultStart
		);
		expect(traj.status.kind).toBe('converged');
		expect(traj.path[2 * traj.steps]).toBeGreaterThan(6);
		expect(last.kind).toBe('plateau');
	});

	it('never calls a neuron run with cross-entropy a plateau from the same start', () => {
		// Cross-entropy has no flat region: its gradient is (ŷ − y)·(x, 1), large when wrong.
		const surface = getLossSurface('neuronBce');
		const { kinds, last } = run(
			'neuronBce',
			{ id: 'gd', lr: 2 },
			getLossSurface('neuronMse').defaultStart
		);
		expect(kinds.has('plateau')).toBe(false);
		expect(last.kind).toBe('converged');
		expect(surface.minima).toHaveLength(1);
	});

	it('keeps a converged ball converged while momentum lets it jitter', () => {
		const { states } = run('bowl', { id: 'momentum', lr: 0.1, beta: 0.9 }, [-2.5, 2]);
		const first = states.findIndex((s) => s.kind === 'converged');
		expect(first).toBeGreaterThan(0);
		expect(states.slice(first).every((s) => s.kind === 'converged')).toBe(true);
		expect(story(states)).toContain('oscillating');
	});

	it('gives every state the step at which it began', () => {
		const cases: [LossSurfaceId, OptimizerSettings, number[]][] = [
			['bowl', { id: 'gd', lr: 1.5 }, [-2.5, 2]],
			['valley', { id: 'gd', lr: 0.09 }, [-2.7, 1.2]],
			['rosenbrock', { id: 'adam', lr: 0.05 }, [-1.2, 1]],
			['saddle', { id: 'gd', lr: 0.05 }, [1.8, 1e-4]]
		];
		for (const [id, opt, start] of cases) {
			const { states } = run(id, opt, start, 1500);
			states.forEach((s, k) => {
				const began = k === 0 || states[k - 1].kind !== s.kind ? k : states[k - 1].step;
				expect(s.step).toBe(began);
			});
		}
	});
});

describe('landscapeScale', () => {
	it('puts the lowest loss at the global minimum and scales with the surface', () => {
		const one = landscapeScale(getLossSurface('bowl', { a: 1 }));
		const four = landscapeScale(getLossSurface('bowl', { a: 4 }));
		expect(one.low).toBe(0);
		expect(four.grad / one.grad).toBeCloseTo(4, 6);
		expect(four.median / one.median).toBeCloseTo(4, 6);
		expect(landscapeScale(getLossSurface('twoWells')).low).toBeCloseTo(-0.409544295, 8);
	});
});
