import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descend } from '$lib/math/descend';
import { getCurve } from '$lib/math/curves';
import { optimizerIds, type OptimizerId } from '$lib/math/ids';
import { createOptimizer, optimizerDefaults } from '$lib/math/optimizers';
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

/**
 * A hand-made copy of the update rules where η is given per step, for checking that an optimizer
 * whose rate changes mid-run behaves as one whose memory (v, s, t) simply carries on.
 */
function referenceRun(
	id: OptimizerId,
	w0: readonly number[],
	grad: (w: ArrayLike<number>, out: Float64Array) => void,
	rates: readonly number[]
): Float64Array[] {
	const { beta, rho, beta1, beta2, eps } = optimizerDefaults;
	const dim = w0.length;
	const w = Float64Array.from(w0);
	const v = new Float64Array(dim);
	const s = new Float64Array(dim);
	const g = new Float64Array(dim);
	const path = [w.slice()];
	rates.forEach((eta, k) => {
		const t = k + 1;
		if (id === 'nesterov') {
			grad(
				w.map((wi, i) => wi + beta * v[i]),
				g
			);
		} else grad(w, g);
		for (let i = 0; i < dim; i++) {
			if (id === 'gd') w[i] -= eta * g[i];
			else if (id === 'momentum' || id === 'nesterov') {
				v[i] = beta * v[i] - eta * g[i];
				w[i] += v[i];
			} else if (id === 'rmsprop') {
				s[i] = rho * s[i] + (1 - rho) * g[i] * g[i];
				w[i] -= (eta * g[i]) / (Math.sqrt(s[i]) + eps);
			} else {
				v[i] = beta1 * v[i] + (1 - beta1) * g[i];
				s[i] = beta2 * s[i] + (1 - beta2) * g[i] * g[i];
				w[i] -= (eta * (v[i] / (1 - beta1 ** t))) / (Math.sqrt(s[i] / (1 - beta2 ** t)) + eps);
			}
		}
		path.push(w.slice());
	});
	return path;
}

/** Runs `createOptimizer` for `rates.length` steps, calling setRate wherever the rate changes. */
function optimizerRun(
	id: OptimizerId,
	w0: readonly number[],
	grad: (w: ArrayLike<number>, out: Float64Array) => void,
	rates: readonly number[],
	alwaysSet = false
): Float64Array[] {
	const opt = createOptimizer({ id, lr: rates[0] }, w0.length);
	const w = Float64Array.from(w0);
	const path = [w.slice()];
	rates.forEach((eta, k) => {
		if (alwaysSet || (k > 0 && eta !== rates[k - 1])) opt.setRate(eta);
		opt.step(w, grad);
		path.push(w.slice());
	});
	return path;
}

// A curved, non-quadratic loss, so that every rule's state (v, s, t) matters.
const rosenbrockGrad = (w: ArrayLike<number>, out: Float64Array) => {
	out[0] = -2 * (1 - w[0]) - 400 * w[0] * (w[1] - w[0] * w[0]);
	out[1] = 200 * (w[1] - w[0] * w[0]);
};
const rate = fc.double({ min: 1e-4, max: 2e-3, noNaN: true });
const start = fc.tuple(
	fc.double({ min: -1.5, max: 1.5, noNaN: true }),
	fc.double({ min: -0.5, max: 1.5, noNaN: true })
);

describe('changing the learning rate mid-run', () => {
	for (const id of optimizerIds) {
		it(`${id}: k steps at η₁, setRate(η₂), n steps = the rules with η₁ then η₂ and the same memory`, () => {
			fc.assert(
				fc.property(
					start,
					rate,
					rate,
					fc.integer({ min: 1, max: 30 }),
					fc.integer({ min: 1, max: 30 }),
					(w0, eta1, eta2, k, n) => {
						const rates = [...Array(k).fill(eta1), ...Array(n).fill(eta2)];
						const got = optimizerRun(id, w0, rosenbrockGrad, rates);
						expect(got).toEqual(referenceRun(id, w0, rosenbrockGrad, rates));
						expect(createOptimizer({ id, lr: eta1 }, 2).settings.lr).toBe(eta1);
					}
				),
				{ numRuns: 60 }
			);
		});

		it(`${id}: setRate to the same η leaves the trajectory bitwise equal`, () => {
			fc.assert(
				fc.property(start, rate, fc.integer({ min: 2, max: 60 }), (w0, eta, steps) => {
					const rates = Array(steps).fill(eta);
					const plain = optimizerRun(id, w0, rosenbrockGrad, rates);
					const set = optimizerRun(id, w0, rosenbrockGrad, rates, true);
					for (let k = 0; k < plain.length; k++) {
						for (let i = 0; i < 2; i++) expect(Object.is(set[k][i], plain[k][i])).toBe(true);
					}
				}),
				{ numRuns: 40 }
			);
		});

		it(`${id}: the new rate takes effect, and the memory carries over (unlike a fresh start)`, () => {
			const w0 = [-1.2, 1];
			const rates = [...Array(10).fill(0.001), ...Array(10).fill(0.0005)];
			const changed = optimizerRun(id, w0, rosenbrockGrad, rates);
			const unchanged = optimizerRun(id, w0, rosenbrockGrad, Array(20).fill(0.001));
			expect(changed[10]).toEqual(unchanged[10]);
			expect(changed[11]).not.toEqual(unchanged[11]);
			// A fresh optimizer at η₂ from the same weights has no memory: for every rule but plain
			// gradient descent (which remembers nothing), its next step differs.
			const fresh = optimizerRun(id, [...changed[10]], rosenbrockGrad, [0.0005]);
			if (id === 'gd') expect(fresh[1]).toEqual(changed[11]);
			else expect(fresh[1]).not.toEqual(changed[11]);
		});
	}

	it('refuses a rate that is not a finite number above 0, and keeps the old one', () => {
		const opt = createOptimizer({ id: 'momentum', lr: 0.1 }, 1);
		for (const bad of [0, -0.1, NaN, Infinity, -Infinity]) {
			expect(() => opt.setRate(bad)).toThrow(RangeError);
		}
		expect(opt.settings.lr).toBe(0.1);
		opt.setRate(0.3);
		expect(opt.settings.lr).toBe(0.3);
	});

	it('gradient descent on a·x²/2: switching to η > 2/a diverges, to η < 2/a converges', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.2, max: 8, noNaN: true }),
				fc.double({ min: 0.1, max: 0.9, noNaN: true }),
				fc.double({ min: 0.05, max: 0.95, noNaN: true }),
				fc.double({ min: 1.1, max: 1.9, noNaN: true }),
				fc.integer({ min: 1, max: 20 }),
				(a, first, below, above, k) => {
					const grad = (w: ArrayLike<number>, out: Float64Array) => (out[0] = a * w[0]);
					const after = (factor: number) => {
						const opt = createOptimizer({ id: 'gd', lr: (2 / a) * first }, 1);
						const w = new Float64Array([1.5]);
						for (let i = 0; i < k; i++) opt.step(w, grad);
						const atSwitch = Math.abs(w[0]);
						opt.setRate((2 / a) * factor);
						for (let i = 0; i < 2000; i++) opt.step(w, grad);
						return { atSwitch, end: Math.abs(w[0]) };
					};
					const calm = after(below);
					const wild = after(above);
					expect(calm.end).toBeLessThan(1e-6 * Math.max(calm.atSwitch, 1e-300) + 1e-12);
					expect(wild.end > 1e6 * wild.atSwitch || !Number.isFinite(wild.end)).toBe(true);
				}
			),
			{ numRuns: 100 }
		);
	});
});
