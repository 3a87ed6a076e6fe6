import type { OptimizerId } from './ids';

/**
 * Optimizers with one interface. Each keeps its own state (velocity, running averages) and
 * updates the weights in place, one step per call. Update rules, with g = ∇L(w):
 * - gd:        w ← w − η g
 * - momentum:  v ← β v − η g;             w ← w + v
 * - nesterov:  v ← β v − η ∇L(w + β v);   w ← w + v
 * - rmsprop:   s ← ρ s + (1 − ρ) g²;       w ← w − η g / (√s + ε)
 * - adam:      m ← β₁ m + (1 − β₁) g; s ← β₂ s + (1 − β₂) g²;
 *              w ← w − η m̂ / (√ŝ + ε), with m̂ = m / (1 − β₁ᵗ), ŝ = s / (1 − β₂ᵗ)
 */

export interface OptimizerSettings {
	id: OptimizerId;
	/** Learning rate η > 0. */
	lr: number;
	/** Momentum β for momentum and nesterov (default 0.9). */
	beta?: number;
	/** Decay ρ of rmsprop's running mean of g² (default 0.9). */
	rho?: number;
	/** Adam's β₁ and β₂ (defaults 0.9 and 0.999). */
	beta1?: number;
	beta2?: number;
	/** Added to √s to keep the division finite (default 1e-8). */
	eps?: number;
}

export const optimizerDefaults = {
	beta: 0.9,
	rho: 0.9,
	beta1: 0.9,
	beta2: 0.999,
	eps: 1e-8
} as const;

/** Writes ∇L(w) into out. */
export type GradientFn = (w: ArrayLike<number>, out: Float64Array) => void;

export interface Optimizer {
	/** The settings it was made with; `lr` follows `setRate`. */
	readonly settings: Readonly<OptimizerSettings>;
	/** Moves `w` (in place) one step; `grad` evaluates the gradient where the rule needs it. */
	step(w: Float64Array, grad: GradientFn): void;
	/**
	 * Uses η = `lr` from the next step on. Everything else the optimizer remembers (velocity,
	 * running averages, Adam's step count t) carries over, so a run can change its rate mid-way
	 * as a scheduler would. Throws a RangeError unless `lr` is finite and > 0.
	 */
	setRate(lr: number): void;
	/** A copy of what it remembers between steps, to carry a run over to another optimizer. */
	memory(): OptimizerMemory;
	/** Takes up `memory` from another optimizer of the same kind and size (throws otherwise). */
	restore(memory: OptimizerMemory): void;
}

/** An optimizer's memory: velocity or first moment `v`, running mean of g² `s`, Adam's step t. */
export interface OptimizerMemory {
	v: Float64Array;
	s: Float64Array;
	t: number;
}

/** A fresh optimizer for `dim` weights, with zeroed state. */
export function createOptimizer(settings: OptimizerSettings, dim: number): Optimizer {
	let eta = settings.lr;
	const beta = settings.beta ?? optimizerDefaults.beta;
	const rho = settings.rho ?? optimizerDefaults.rho;
	const beta1 = settings.beta1 ?? optimizerDefaults.beta1;
	const beta2 = settings.beta2 ?? optimizerDefaults.beta2;
	const eps = settings.eps ?? optimizerDefaults.eps;
	const g = new Float64Array(dim);
	const v = new Float64Array(dim);
	const s = new Float64Array(dim);
	const ahead = new Float64Array(dim);
	let t = 0;

	const rules: Record<OptimizerId, (w: Float64Array, grad: GradientFn) => void> = {
		gd(w, grad) {
			grad(w, g);
			for (let i = 0; i < dim; i++) w[i] -= eta * g[i];
		},
		momentum(w, grad) {
			grad(w, g);
			for (let i = 0; i < dim; i++) {
				v[i] = beta * v[i] - eta * g[i];
				w[i] += v[i];
			}
		},
		nesterov(w, grad) {
			for (let i = 0; i < dim; i++) ahead[i] = w[i] + beta * v[i];
			grad(ahead, g);
			for (let i = 0; i < dim; i++) {
				v[i] = beta * v[i] - eta * g[i];
				w[i] += v[i];
			}
		},
		rmsprop(w, grad) {
			grad(w, g);
			for (let i = 0; i < dim; i++) {
				s[i] = rho * s[i] + (1 - rho) * g[i] * g[i];
				w[i] -= (eta * g[i]) / (Math.sqrt(s[i]) + eps);
			}
		},
		adam(w, grad) {
			grad(w, g);
			t++;
			const c1 = 1 - beta1 ** t;
			const c2 = 1 - beta2 ** t;
			for (let i = 0; i < dim; i++) {
				v[i] = beta1 * v[i] + (1 - beta1) * g[i];
				s[i] = beta2 * s[i] + (1 - beta2) * g[i] * g[i];
				w[i] -= (eta * (v[i] / c1)) / (Math.sqrt(s[i] / c2) + eps);
			}
		}
	};
	const current = { ...settings };
	return {
		settings: current,
		step: rules[settings.id],
		setRate(lr: number) {
			checkRate(lr);
			eta = lr;
			current.lr = lr;
		},
		memory: () => ({ v: v.slice(), s: s.slice(), t }),
		restore(memory) {
			if (memory.v.length !== dim || memory.s.length !== dim) {
				throw new RangeError(`An optimizer's memory for ${dim} weights was expected.`);
			}
			if (!(Number.isInteger(memory.t) && memory.t >= 0)) {
				throw new RangeError(`Adam's step count must be a whole number ≥ 0, not ${memory.t}.`);
			}
			v.set(memory.v);
			s.set(memory.s);
			t = memory.t;
		}
	};
}

/** A learning rate must be a finite number above 0. */
function checkRate(lr: number): void {
	if (!(Number.isFinite(lr) && lr > 0)) {
		throw new RangeError(`The learning rate must be a finite number > 0, not ${lr}.`);
	}
}
