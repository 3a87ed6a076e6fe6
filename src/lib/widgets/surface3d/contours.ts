import { contours } from 'd3-contour';
import { heightScale, viridis, type Grid, type HeightMode } from './render/mesh';

/**
 * The contour map drawn on the 3D scene's floor and as the 2D fallback: a viridis height image
 * and iso-loss lines, as SVG path strings (which a canvas draws too, through Path2D). Pure.
 * Map coordinates: u = w₁ axis and v = w₂ axis, both in [0, 1], v pointing up.
 */

export interface Isoline {
	/** Relative height t ∈ (0, 1) of the line, as heightScale gives it. */
	level: number;
	/** SVG path in map units scaled by `size` (v flipped so w₂ grows upward). */
	d: string;
}

/**
 * Iso-loss lines at `count` evenly spaced relative heights. d3-contour puts sample (i, j) at
 * (i + ½, j + ½) in an n × n pixel box; we map that back so sample 0 lands on the box's edge.
 */
export function isolines(grid: Grid, mode: HeightMode, count = 12, size = 1): Isoline[] {
	const { n, values, min, max } = grid;
	const t = heightScale(min, max, mode);
	const heights = Float64Array.from(values, t);
	const levels = Array.from({ length: count }, (_, i) => (i + 0.5) / count);
	const scale = size / (n - 1);
	const fmt = (x: number) => (Math.round(x * 10) / 10).toString();
	return contours()
		.size([n, n])
		.thresholds(levels)(Array.from(heights))
		.map((c) => {
			let d = '';
			for (const polygon of c.coordinates) {
				for (const ring of polygon) {
					ring.forEach(([x, y], i) => {
						const u = (x - 0.5) * scale;
						const v = size - (y - 0.5) * scale;
						d += `${i ? 'L' : 'M'}${fmt(u)},${fmt(v)}`;
					});
					d += 'Z';
				}
			}
			return { level: c.value, d };
		})
		.filter((line) => line.d !== '');
}

/**
 * The height image: n × n RGBA pixels coloured by viridis, row 0 at the top (largest w₂), ready
 * for ImageData. Stretched smoothly over the map, it reads as a continuous shaded surface.
 */
export function heightImage(grid: Grid, mode: HeightMode): Uint8ClampedArray<ArrayBuffer> {
	const { n, values, min, max } = grid;
	const t = heightScale(min, max, mode);
	const rgba = new Uint8ClampedArray(n * n * 4);
	for (let j = 0; j < n; j++) {
		const row = n - 1 - j;
		for (let i = 0; i < n; i++) {
			const [r, g, b] = viridis(t(values[j * n + i]));
			const p = (row * n + i) * 4;
			rgba[p] = r * 255;
			rgba[p + 1] = g * 255;
			rgba[p + 2] = b * 255;
			rgba[p + 3] = 255;
		}
	}
	return rgba;
}
