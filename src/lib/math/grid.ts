import type { Objective } from './objective';

export interface SurfaceGrid {
	/** Samples per side. */
	n: number;
	/** L at (w₁ = lo₁ + i·Δ₁, w₂ = lo₂ + j·Δ₂), row-major: index j·n + i. */
	values: Float32Array;
	min: number;
	max: number;
	domain: [[number, number], [number, number]];
}

/** Samples a two-weight objective on an n × n grid over its domain (n ≥ 2). */
export function sampleGrid(objective: Objective, n: number): SurfaceGrid {
	const [[lo1, hi1], [lo2, hi2]] = objective.domain;
	const values = new Float32Array(n * n);
	const w = new Float64Array(2);
	let min = Infinity;
	let max = -Infinity;
	for (let j = 0; j < n; j++) {
		w[1] = lo2 + ((hi2 - lo2) * j) / (n - 1);
		for (let i = 0; i < n; i++) {
			w[0] = lo1 + ((hi1 - lo1) * i) / (n - 1);
			const v = objective.f(w);
			values[j * n + i] = v;
			if (v < min) min = v;
			if (v > max) max = v;
		}
	}
	return {
		n,
		values,
		min,
		max,
		domain: [
			[lo1, hi1],
			[lo2, hi2]
		]
	};
}
