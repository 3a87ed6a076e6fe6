import { interpolateViridis } from 'd3-scale-chromatic';

/**
 * Pure geometry for the 3D surface: the engine's grid of L(w₁, w₂) becomes vertices, colours and
 * triangles in scene units, and weights become scene points. No three.js here, so it runs and is
 * tested in Node. Scene units: w₁ → x ∈ [−1, 1], w₂ → y ∈ [−1, 1], height z ∈ [0, HEIGHT]
 * (z up), whatever the surface's own units.
 */
export const HEIGHT = 1.1;

export type Domain = [[number, number], [number, number]];
export type HeightMode = 'linear' | 'log';

export interface Grid {
	n: number;
	values: Float32Array;
	min: number;
	max: number;
	domain: Domain;
}

/**
 * The height scale t(L) ∈ [0, 1] over [min, max]: linear, or log(1 + L − min) / log(1 + max − min)
 * for surfaces whose loss spans decades (their valleys would otherwise be flat). Values outside
 * [min, max], such as a ball that flew off, map outside [0, 1].
 */
export function heightScale(min: number, max: number, mode: HeightMode): (L: number) => number {
	const span = max - min || 1;
	if (mode === 'linear') return (L) => (L - min) / span;
	const top = Math.log1p(span);
	return (L) => (L >= min ? Math.log1p(L - min) / top : -Math.log1p(min - L) / top);
}

/** The inverse of heightScale: the loss at relative height t. */
export function lossAtHeight(min: number, max: number, mode: HeightMode, t: number): number {
	const span = max - min || 1;
	return mode === 'linear' ? min + t * span : min + Math.expm1(t * Math.log1p(span));
}

/** (w₁, w₂) → scene (x, y). */
export function toScene(domain: Domain, w1: number, w2: number): [number, number] {
	const [[lo1, hi1], [lo2, hi2]] = domain;
	return [((w1 - lo1) / (hi1 - lo1)) * 2 - 1, ((w2 - lo2) / (hi2 - lo2)) * 2 - 1];
}

/** Scene (x, y) → (w₁, w₂). */
export function fromScene(domain: Domain, x: number, y: number): [number, number] {
	const [[lo1, hi1], [lo2, hi2]] = domain;
	return [lo1 + ((x + 1) / 2) * (hi1 - lo1), lo2 + ((y + 1) / 2) * (hi2 - lo2)];
}

const viridisCache = new Map<number, [number, number, number]>();

/** Viridis at t ∈ [0, 1] as linear-ish [r, g, b] in 0 … 1, quantised to 256 steps. */
export function viridis(t: number): [number, number, number] {
	const key = Math.round(Math.min(1, Math.max(0, t)) * 255);
	let rgb = viridisCache.get(key);
	if (!rgb) {
		const hex = interpolateViridis(key / 255);
		rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
		viridisCache.set(key, rgb);
	}
	return rgb;
}

export interface SurfaceGeometry {
	/** x, y, z per vertex. */
	positions: Float32Array;
	/** r, g, b per vertex (viridis by height). */
	colors: Float32Array;
	/** Two triangles per grid cell, counter-clockwise seen from above. */
	indices: Uint32Array;
}

/**
 * The grid as a coloured triangle mesh in scene units, from every `stride`-th grid point in
 * each direction (edges included; a stride that does not fit the grid falls back to 1).
 */
export function surfaceGeometry(grid: Grid, mode: HeightMode, stride = 1): SurfaceGeometry {
	const { n, values, min, max } = grid;
	const s = (n - 1) % stride === 0 ? stride : 1;
	const m = (n - 1) / s + 1;
	const t = heightScale(min, max, mode);
	const positions = new Float32Array(m * m * 3);
	const colors = new Float32Array(m * m * 3);
	for (let j = 0; j < m; j++) {
		for (let i = 0; i < m; i++) {
			const k = j * m + i;
			const h = t(values[j * s * n + i * s]);
			positions[3 * k] = (i / (m - 1)) * 2 - 1;
			positions[3 * k + 1] = (j / (m - 1)) * 2 - 1;
			positions[3 * k + 2] = h * HEIGHT;
			colors.set(viridis(h), 3 * k);
		}
	}
	const indices = new Uint32Array((m - 1) * (m - 1) * 6);
	let p = 0;
	for (let j = 0; j < m - 1; j++) {
		for (let i = 0; i < m - 1; i++) {
			const a = j * m + i;
			const b = a + 1;
			const c = a + m;
			const d = c + 1;
			indices.set([a, b, d, a, d, c], p);
			p += 6;
		}
	}
	return { positions, colors, indices };
}

/**
 * Scene points of a ball's path for steps 0 … upTo, lifted `lift` above the surface. Heights
 * are clamped to a band around the box so a diverging ball stays drawable as it flies off.
 */
export function pathPoints(
	path: ArrayLike<number>,
	loss: ArrayLike<number>,
	upTo: number,
	grid: Pick<Grid, 'min' | 'max' | 'domain'>,
	mode: HeightMode,
	lift = 0
): Float32Array {
	const t = heightScale(grid.min, grid.max, mode);
	const out = new Float32Array((upTo + 1) * 3);
	for (let k = 0; k <= upTo; k++) {
		const [x, y] = toScene(grid.domain, path[2 * k], path[2 * k + 1]);
		const h = Number.isFinite(loss[k]) ? t(loss[k]) : 2;
		out[3 * k] = x;
		out[3 * k + 1] = y;
		out[3 * k + 2] = Math.min(2, Math.max(-0.3, h)) * HEIGHT + lift;
	}
	return out;
}

/** Where a ball sits between step k and k + 1, at fraction f of the way (for tweening). */
export function between(points: Float32Array, k: number, f: number): [number, number, number] {
	const last = points.length / 3 - 1;
	const a = Math.min(k, last);
	const b = Math.min(k + 1, last);
	const out: [number, number, number] = [0, 0, 0];
	for (let i = 0; i < 3; i++)
		out[i] = points[3 * a + i] + (points[3 * b + i] - points[3 * a + i]) * f;
	return out;
}
