/**
 * Drawing the model's opinion from the engine's snapshot: the decision boundary the worker
 * traced (packed polylines in feature units, see TrainerSnapshot.boundary) and the tint from
 * the probability grid (grid value (i, j), index j·n + i, is P(class 1) at feature 0 = i/(n−1),
 * feature 1 = j/(n−1)).
 */

/**
 * The boundary as one SVG path from packed polylines [u, v, …] with NaN pairs between lines,
 * `x` and `y` mapping feature units to pixels.
 */
export function polylinesPath(
	packed: ArrayLike<number>,
	x: (u: number) => number,
	y: (v: number) => number
): string {
	let d = '';
	let move = true;
	for (let k = 0; k + 1 < packed.length; k += 2) {
		const u = packed[k];
		const v = packed[k + 1];
		if (Number.isNaN(u) || Number.isNaN(v)) {
			move = true;
			continue;
		}
		d += `${move ? 'M' : 'L'}${x(u).toFixed(1)},${y(v).toFixed(1)}`;
		move = false;
	}
	return d;
}

/**
 * RGBA pixels (n × n, top row first) tinting each grid point toward the class the model
 * favours: class 0 in `rgb0`, class 1 in `rgb1`, stronger the surer the model is.
 */
export function fieldPixels(
	grid: ArrayLike<number>,
	n: number,
	rgb0: [number, number, number],
	rgb1: [number, number, number],
	maxAlpha = 0.32
): Uint8ClampedArray<ArrayBuffer> {
	const px = new Uint8ClampedArray(n * n * 4);
	for (let j = 0; j < n; j++) {
		const row = n - 1 - j;
		for (let i = 0; i < n; i++) {
			const p = grid[j * n + i];
			const rgb = p >= 0.5 ? rgb1 : rgb0;
			const k = (row * n + i) * 4;
			px[k] = rgb[0];
			px[k + 1] = rgb[1];
			px[k + 2] = rgb[2];
			px[k + 3] = Math.round(255 * maxAlpha * Math.min(1, Math.abs(p - 0.5) * 2));
		}
	}
	return px;
}
