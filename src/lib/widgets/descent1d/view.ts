import { plotScales, type Margin, type PlotScales } from '$lib/widgets/kit/chart/scales';

export interface Frame {
	width: number;
	height: number;
	margin: Margin;
}

export type Scales = PlotScales;

/** Scales from (w, L) to pixels; the loss axis spans the sampled curve with a little headroom. */
export function makeScales(
	frame: Frame,
	domain: [number, number],
	loss: ArrayLike<number>
): Scales {
	let lo = Infinity;
	let hi = -Infinity;
	for (let i = 0; i < loss.length; i++) {
		if (loss[i] < lo) lo = loss[i];
		if (loss[i] > hi) hi = loss[i];
	}
	if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo === hi) {
		lo = 0;
		hi = 1;
	}
	const pad = (hi - lo) * 0.08;
	const { width, height, margin } = frame;
	return plotScales(width, height, margin, domain, [lo - pad, hi + pad]);
}

/**
 * The tangent at (w, L) with slope s, as a segment about `length` pixels long on screen
 * whatever the slope, so steep and flat tangents read alike.
 */
export function tangentSegment(
	scales: Scales,
	w: number,
	loss: number,
	slope: number,
	length = 140
): { x1: number; y1: number; x2: number; y2: number } {
	const px = scales.x(w);
	const py = scales.y(loss);
	// Pixel slope: dy_px/dx_px = slope · (dy_px/dL) / (dx_px/dw)
	const kx = scales.x(w + 1) - px;
	const ky = scales.y(loss + 1) - py;
	const pixelSlope = (slope * ky) / kx;
	const dx = length / 2 / Math.sqrt(1 + pixelSlope * pixelSlope);
	return { x1: px - dx, y1: py - pixelSlope * dx, x2: px + dx, y2: py + pixelSlope * dx };
}

/** Keeps a point inside the plot, so a ball that flew off still shows where it left. */
export function clampToFrame(
	frame: Frame,
	x: number,
	y: number
): { x: number; y: number; inside: boolean } {
	const { width, height, margin } = frame;
	const cx = Math.min(width - margin.right, Math.max(margin.left, x));
	const cy = Math.min(height - margin.bottom, Math.max(margin.top, y));
	const inside = Number.isFinite(x) && Number.isFinite(y) && cx === x && cy === y;
	return {
		x: Number.isFinite(cx) ? cx : margin.left,
		y: Number.isFinite(cy) ? cy : margin.top,
		inside
	};
}
