import { plotScales, type Margin, type PlotScales } from '$lib/widgets/kit/chart/scales';

/**
 * Scales and path geometry for the loss panel's charts: nothing heavier than turning the
 * engine's numbers into pixels.
 */
export interface Plot extends PlotScales {
	width: number;
	height: number;
	margin: Margin;
}

/** Linear scales from data to pixels inside the margins, with the size they were made for. */
export function makePlot(
	width: number,
	height: number,
	margin: Margin,
	xDomain: [number, number],
	yDomain: [number, number]
): Plot {
	return { width, height, margin, ...plotScales(width, height, margin, xDomain, yDomain) };
}

/** [0, top] with `top` the largest finite value of the series (at least `floor`), padded 8 %. */
export function upperExtent(series: ArrayLike<number>[], floor = 1e-6, cap = Infinity): number {
	let top = floor;
	for (const s of series) {
		for (let i = 0; i < s.length; i++) if (Number.isFinite(s[i]) && s[i] > top) top = s[i];
	}
	return Math.min(cap, top) * 1.08;
}

/**
 * [lo, hi] covering every finite value of the series and 0, each end capped at ±cap and padded
 * 8 % of the span: gradients that run off to ±∞ at the ends of (0, 1) stop at the cap.
 */
export function signedExtent(series: ArrayLike<number>[], cap: number): [number, number] {
	let lo = 0;
	let hi = 0;
	for (const s of series) {
		for (let i = 0; i < s.length; i++) {
			if (!Number.isFinite(s[i])) continue;
			if (s[i] < lo) lo = s[i];
			if (s[i] > hi) hi = s[i];
		}
	}
	lo = Math.max(-cap, lo);
	hi = Math.min(cap, hi);
	if (hi - lo < 1e-9) return [-1, 1];
	const pad = (hi - lo) * 0.08;
	return [lo - pad, hi + pad];
}

export type Box = [[number, number], [number, number]];
export type Point = [number, number];

/**
 * The part of the box [x0, x1] × [y0, y1] where w₁x + w₂y + b ≥ 0 (the "dog" side of the
 * decision boundary), as a polygon: the box clipped against one half-plane
 * (one pass of Sutherland–Hodgman).
 */
export function halfPlane(w: ArrayLike<number>, box: Box): Point[] {
	const [[x0, x1], [y0, y1]] = box;
	const corners: Point[] = [
		[x0, y0],
		[x1, y0],
		[x1, y1],
		[x0, y1]
	];
	const side = (p: Point) => w[0] * p[0] + w[1] * p[1] + w[2];
	const out: Point[] = [];
	for (let i = 0; i < 4; i++) {
		const a = corners[i];
		const c = corners[(i + 1) % 4];
		const sa = side(a);
		const sc = side(c);
		if (sa >= 0) out.push(a);
		if (sa >= 0 !== sc >= 0) {
			const t = sa / (sa - sc);
			out.push([a[0] + t * (c[0] - a[0]), a[1] + t * (c[1] - a[1])]);
		}
	}
	return out;
}

/**
 * The decision boundary w₁x + w₂y + b = 0 inside the box, as a segment, or null when it misses
 * the box (or all weights are zero, when there is no line at all).
 */
export function boundarySegment(w: ArrayLike<number>, box: Box): [Point, Point] | null {
	if (w[0] === 0 && w[1] === 0) return null;
	const [[x0, x1], [y0, y1]] = box;
	const hits: Point[] = [];
	const push = (p: Point) => {
		if (!hits.some((h) => Math.abs(h[0] - p[0]) < 1e-9 && Math.abs(h[1] - p[1]) < 1e-9)) {
			hits.push(p);
		}
	};
	const eps = 1e-12;
	if (w[1] !== 0) {
		for (const x of [x0, x1]) {
			const y = -(w[0] * x + w[2]) / w[1];
			if (y >= y0 - eps && y <= y1 + eps) push([x, y]);
		}
	}
	if (w[0] !== 0) {
		for (const y of [y0, y1]) {
			const x = -(w[1] * y + w[2]) / w[0];
			if (x >= x0 - eps && x <= x1 + eps) push([x, y]);
		}
	}
	return hits.length >= 2 ? [hits[0], hits[1]] : null;
}

/** A polygon's "x,y x,y …" points attribute in pixels. */
export function polygonPoints(plot: Plot, polygon: Point[]): string {
	return polygon.map(([x, y]) => `${plot.x(x).toFixed(1)},${plot.y(y).toFixed(1)}`).join(' ');
}

/** The ŷ a pointer at pixel x points to, kept inside [lo, hi] and rounded to 0.001. */
export function yHatFromPixel(plot: Plot, px: number, lo: number, hi: number): number {
	const v = plot.x.invert(px);
	return Math.round(Math.min(hi, Math.max(lo, v)) * 1000) / 1000;
}
