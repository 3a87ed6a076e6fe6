import type { Objective } from './objective';
import { norm } from './objective';
import { createOptimizer, type OptimizerSettings } from './optimizers';

export type RunStatus =
	| { kind: 'converged'; step: number }
	| { kind: 'diverged'; step: number }
	| { kind: 'running'; step: number };

export interface Trajectory {
	/** Number of weights n. */
	dim: number;
	/** Weights after each step, flattened: entry k·n + i is wᵢ after k steps (k = 0 is the start). */
	path: Float64Array;
	/** L after each step (length steps + 1). */
	loss: Float64Array;
	/** ∇L after each step, flattened like `path`. */
	grad: Float64Array;
	/** ‖∇L‖ after each step (length steps + 1). */
	gradNorm: Float64Array;
	/** Steps actually taken; the arrays hold steps + 1 entries. */
	steps: number;
	status: RunStatus;
}

export interface DescendOptions {
	/** Converged once ‖∇L‖ falls below this (default 1e-6). */
	tolerance?: number;
	/**
	 * Diverged once a weight leaves the domain by more than this many domain widths
	 * (default 10), or once anything is not finite.
	 */
	escapeWidths?: number;
}

/**
 * Runs `optimizer` on `objective` from `start` for at most `maxSteps` steps and records the
 * path. Stops early at convergence (‖∇L‖ < tolerance at step k) or divergence (a non-finite
 * value, or a weight far outside the domain, at step k); otherwise the status is `running`.
 */
export function descend(
	objective: Objective,
	optimizer: OptimizerSettings,
	start: ArrayLike<number>,
	maxSteps: number,
	options: DescendOptions = {}
): Trajectory {
	const n = objective.dim;
	const tol = options.tolerance ?? 1e-6;
	const widths = options.escapeWidths ?? 10;
	const opt = createOptimizer(optimizer, n);
	const grad = objective.grad.bind(objective);
	const w = Float64Array.from(start);
	const g = new Float64Array(n);
	const path = new Float64Array((maxSteps + 1) * n);
	const loss = new Float64Array(maxSteps + 1);
	const grads = new Float64Array((maxSteps + 1) * n);
	const gradNorm = new Float64Array(maxSteps + 1);

	const escaped = (): boolean => {
		for (let i = 0; i < n; i++) {
			if (!Number.isFinite(w[i])) return true;
			const [lo, hi] = objective.domain[i];
			const span = (hi - lo) * widths;
			if (w[i] < lo - span || w[i] > hi + span) return true;
		}
		return false;
	};
	const record = (k: number): RunStatus | null => {
		path.set(w, k * n);
		grad(w, g);
		grads.set(g, k * n);
		loss[k] = objective.f(w);
		gradNorm[k] = norm(g);
		if (escaped() || !Number.isFinite(loss[k]) || !Number.isFinite(gradNorm[k])) {
			return { kind: 'diverged', step: k };
		}
		if (gradNorm[k] < tol) return { kind: 'converged', step: k };
		return null;
	};

	let status = record(0);
	let k = 0;
	while (!status && k < maxSteps) {
		opt.step(w, grad);
		k++;
		status = record(k);
	}
	const steps = k;
	return {
		dim: n,
		path: path.slice(0, (steps + 1) * n),
		loss: loss.slice(0, steps + 1),
		grad: grads.slice(0, (steps + 1) * n),
		gradNorm: gradNorm.slice(0, steps + 1),
		steps,
		status: status ?? { kind: 'running', step: steps }
	};
}
