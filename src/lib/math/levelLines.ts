import { contours } from 'd3-contour';

/**
 * Level lines of a function sampled on a square lattice, such as the decision boundary P = 0.5
 * of the trainer's probability grid. Grid value (i, j) (index j·n + i) is the value at
 * u = i/(n−1), v = j/(n−1); every point below is in those units (0…1).
 *
 * d3-contour traces the regions above the level as closed rings, with sample (i, j) at
 * (i + ½, j + ½) of an n × n box and each ring closed along the box's frame where the region
 * touches it. The level line is what is left of the rings once the frame is taken off: the
 * crossings between samples, linearly interpolated, which all lie inside [0, 1]².
 */

/** A point more than this outside [0, 1] (in grid units) lies on d3-contour's frame. */
const FRAME = 0.25;

/** The level line f = level as polylines of [u, v], closed loops ending where they start. */
export function levelLines(grid: ArrayLike<number>, n: number, level = 0.5): [number, number][][] {
	const rings = contours().size([n, n]).thresholds([level])(Array.from(grid))[0].coordinates.flat();
	const scale = 1 / (n - 1);
	const inside = ([x, y]: number[]) =>
		x - 0.5 > -FRAME && x - 0.5 < n - 1 + FRAME && y - 0.5 > -FRAME && y - 0.5 < n - 1 + FRAME;
	const lines: [number, number][][] = [];
	for (const ring of rings) {
		const toUv = ([x, y]: number[]): [number, number] => [(x - 0.5) * scale, (y - 0.5) * scale];
		const start = ring.findIndex((p) => !inside(p));
		if (start < 0) {
			lines.push(ring.map(toUv));
			continue;
		}
		// Start on the frame so that no run of inside points wraps round the ring's end.
		let run: [number, number][] = [];
		for (let k = 0; k < ring.length; k++) {
			const p = ring[(start + k) % ring.length];
			if (inside(p)) run.push(toUv(p));
			else if (run.length) {
				if (run.length > 1) lines.push(run);
				run = [];
			}
		}
		if (run.length > 1) lines.push(run);
	}
	return lines;
}

/**
 * The level line f = level as polylines packed for the trip to the page: flat [u, v, u, v, …],
 * one NaN pair between consecutive polylines. Empty when f never crosses the level.
 */
export function isoPolylines(grid: ArrayLike<number>, n: number, level = 0.5): Float32Array {
	const lines = levelLines(grid, n, level);
	let length = 0;
	for (const line of lines) length += line.length * 2;
	const out = new Float32Array(length + Math.max(0, lines.length - 1) * 2);
	let k = 0;
	lines.forEach((line, l) => {
		if (l > 0) {
			out[k++] = NaN;
			out[k++] = NaN;
		}
		for (const [u, v] of line) {
			out[k++] = u;
			out[k++] = v;
		}
	});
	return out;
}
