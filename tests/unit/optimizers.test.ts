import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descend } from '$lib/math/descend';
import { getCurve } from '$lib/math/curves';
import { optimizerIds, type OptimizerId } from '$lib/math/ids';
import { createOptimizer } from '$lib/math/optimizers';
import { getSurface } from '$lib/math/surfaces';

describe('gradient descent on the bowl a·w²/2', () => {
	it('converges for η < 2/a and diverges for η > 2/a (property over a and η)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.2, max: 8, noNaN: true }),
				fc.double({ min: 0.02, max: 0.95, noNaN: true }),
				fc.double({ min: 1.05, max: 1.8, noNaN: true }),
				(a, below, above) => {
					const bowl = getSurface('bowl', { a });
					const slow = descend(bowl, { id: 'gd', lr: (2 / a) * below }, [2, -1.5], 5000);
					const fast = descend(bowl, { id: 'gd', lr: (2 / a) * above }, [2, -1.5], 5000);
					expect(slow.status.kind).toBe('converged');
					expect(fast.status.kind).toBe('diverged');
				}
			),
			{ numRuns: 100 }
		);
	});

	it('at exactly η = 2/a the weight flips sign forever: neither converges nor diverges', () => {
		const run = descend(getCurve('parabola', { a: 2 }), { id: 'gd', lr: 1 }, [1.5], 50);
		expect(run.status.kind).toBe('running');
		expect(run.path[1]).toBeCloseTo(-1.5, 12);
		expect(run.path[50]).toBeCloseTo(1.5, 12);
	});

	it('one step is w ← (1 − ηa)·w', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.1, max: 5, noNaN: true }),
				fc.double({ min: 0.001, max: 1, noNaN: true }),
				fc.double({ min: -3, max: 3, noNaN: true }),
				(a, lr, w0) => {
					const run = descend(getCurve('parabola', { a }), { id: 'gd', lr }, [w0], 1, {
						tolerance: 0
					});
					expect(run.path[1]).toBeCloseTo((1 - lr * a) * w0, 10);
				}
			)
		);
	});
});

/** Settings under which each optimizer reaches each minimum, and the steps it may take. */
const recipes: Record<OptimizerId, { bowl: number; rosenbrock: number; rosenbrockSteps: number }> =
	{
		gd: { bowl: 0.5, rosenbrock: 0.002, rosenbrockSteps: 30_000 },
		momentum: { bowl: 0.1, rosenbrock: 0.0005, rosenbrockSteps: 10_000 },
		nesterov: { bowl: 0.1, rosenbrock: 0.0005, rosenbrockSteps: 10_000 },
		rmsprop: { bowl: 0.01, rosenbrock: 0.001, rosenbrockSteps: 30_000 },
		adam: { bowl: 0.05, rosenbrock: 0.01, rosenbrockSteps: 20_000 }
	};

describe('every optimizer reaches the known minimum', () => {
	for (const id of optimizerIds) {
		it(`${id} reaches the bowl's minimum (0, 0) within 2,000 steps`, () => {
			const run = descend(
				getSurface('bowl', { a: 1 }),
				{ id, lr: recipes[id].bowl },
				[-2.5, 2],
				2000,
				{
					tolerance: 1e-4
				}
			);
			const k = run.steps;
			expect(Math.hypot(run.path[2 * k], run.path[2 * k + 1])).toBeLessThan(1e-2);
		});

		it(`${id} reaches Rosenbrock's minimum (1, 1) within ${recipes[id].rosenbrockSteps} steps`, () => {
			const run = descend(
				getSurface('rosenbrock'),
				{ id, lr: recipes[id].rosenbrock },
				[-1.2, 1],
				recipes[id].rosenbrockSteps,
				{ tolerance: 1e-4 }
			);
			const k = run.steps;
			expect(run.status.kind).not.toBe('diverged');
			expect(Math.hypot(run.path[2 * k] - 1, run.path[2 * k + 1] - 1)).toBeLessThan(2e-2);
		});
	}
});

describe('optimizer update rules', () => {
	it('momentum accumulates velocity: v₂ = β·v₁ − η·g on a constant gradient', () => {
		const opt = createOptimizer({ id: 'momentum', lr: 0.1, beta: 0.5 }, 1);
		const w = new Float64Array([0]);
		const constant = (_w: ArrayLike<number>, out: Float64Array) => (out[0] = 1);
		opt.step(w, constant);
		expect(w[0]).toBeCloseTo(-0.1, 12);
		opt.step(w, constant);
		expect(w[0]).toBeCloseTo(-0.1 + (0.5 * -0.1 - 0.1), 12);
	});

	it('adam’s first step moves each weight by about η, whatever the gradient’s scale', () => {
		fc.assert(
			fc.property(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (scale) => {
				const opt = createOptimizer({ id: 'adam', lr: 0.01 }, 1);
				const w = new Float64Array([1]);
				opt.step(w, (_w, out) => (out[0] = scale));
				expect(w[0]).toBeCloseTo(0.99, 6);
			})
		);
	});

	it('nesterov evaluates the gradient at the look-ahead point w + β·v', () => {
		const opt = createOptimizer({ id: 'nesterov', lr: 0.1, beta: 0.9 }, 1);
		const w = new Float64Array([1]);
		const seen: number[] = [];
		const grad = (x: ArrayLike<number>, out: Float64Array) => {
			seen.push(x[0]);
			out[0] = x[0];
		};
		opt.step(w, grad);
		opt.step(w, grad);
		// After step 1: v = −0.1, w = 0.9. Step 2 looks ahead to 0.9 + 0.9·(−0.1) = 0.81.
		expect(seen[0]).toBeCloseTo(1, 12);
		expect(seen[1]).toBeCloseTo(0.81, 12);
	});
});

describe('descend', () => {
	it('records the path, loss and gradient, and reports convergence at the step it happens', () => {
		const run = descend(getSurface('bowl', { a: 1 }), { id: 'gd', lr: 0.5 }, [1, 1], 200);
		expect(run.status.kind).toBe('converged');
		expect(run.status.step).toBe(run.steps);
		expect(run.path.length).toBe(2 * (run.steps + 1));
		expect(run.gradNorm[run.steps]).toBeLessThan(1e-6);
		for (let k = 1; k <= run.steps; k++) expect(run.loss[k]).toBeLessThan(run.loss[k - 1]);
	});

	it('reports divergence with the step, and stops there', () => {
		const run = descend(getSurface('bowl', { a: 1 }), { id: 'gd', lr: 3 }, [1, 1], 1000);
		expect(run.status.kind).toBe('diverged');
		expect(run.steps).toBe(run.status.step);
		expect(run.steps).toBeLessThan(20);
	});
});
