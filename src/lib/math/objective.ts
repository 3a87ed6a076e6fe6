/**
 * A differentiable function of n weights: the common shape of every curve and surface the
 * course descends. The gradient travels beside the function, as every pair in the math core.
 */
export interface Objective {
	/** Number of weights n. */
	readonly dim: number;
	/** L(w), w of length n. */
	f(w: ArrayLike<number>): number;
	/** Writes ∇L(w) into `out` (length n). */
	grad(w: ArrayLike<number>, out: Float64Array): void;
	/** Plotting box, one [lo, hi] per weight. */
	readonly domain: readonly (readonly [number, number])[];
}

/** Euclidean norm ‖v‖₂. */
export function norm(v: ArrayLike<number>): number {
	let s = 0;
	for (let i = 0; i < v.length; i++) s += v[i] * v[i];
	return Math.sqrt(s);
}

/**
 * Central finite difference (f(w + h·eᵢ) − f(w − h·eᵢ)) / 2h for every i: the reference that
 * every analytic gradient is tested against.
 */
export function numericGradient(
	f: (w: ArrayLike<number>) => number,
	w: ArrayLike<number>,
	h = 1e-5
): Float64Array {
	const x = Float64Array.from(w);
	const out = new Float64Array(x.length);
	for (let i = 0; i < x.length; i++) {
		const keep = x[i];
		x[i] = keep + h;
		const up = f(x);
		x[i] = keep - h;
		const down = f(x);
		x[i] = keep;
		out[i] = (up - down) / (2 * h);
	}
	return out;
}
