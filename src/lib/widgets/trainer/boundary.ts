/**
 * Geometry of the decision boundary from the engine's probability grid: grid value
 * (i, j) (index j·n + i) is P(class 1) at feature 0 = i/(n−1), feature 1 = j/(n−1).
 */

/**
 * Segments of the level set P = level, by marching squares with linear interpolation along
 * cell edges. Each segment is [u₁, v₁, u₂, v₂] in feature units (0…1).
 */
export function isoSegments(grid: ArrayLike<number>, n: number, level = 0.5): number[][] {
	const out: number[][] = [];
	const at = (i: number, j: number) => grid[j * n + i] - level;
	const step = 1 / (n - 1);
	// Where along the edge from value a to value b the level is crossed (0…1).
	const cross = (a: number, b: number) => (a === b ? 0.5 : a / (a - b));
	for (let j = 0; j < n - 1; j++) {
		for (let i = 0; i < n - 1; i++) {
			const a = at(i, j); // corner (i, j)
			const b = at(i + 1, j);
			const c = at(i + 1, j + 1);
			const d = at(i, j + 1);
			const u = i * step;
			const v = j * step;
			const points: [number, number][] = [];
			if (a >= 0 !== b >= 0) points.push([u + cross(a, b) * step, v]);
			if (b >= 0 !== c >= 0) points.push([u + step, v + cross(b, c) * step]);
			if (c >= 0 !== d >= 0) points.push([u + (1 - cross(c, d)) * step, v + step]);
			if (d >= 0 !== a >= 0) points.push([u, v + (1 - cross(d, a)) * step]);
			// Two crossings: one segment. Four (a saddle): pair them in edge order.
			for (let k = 0; k + 1 < points.length; k += 2) {
				out.push([points[k][0], points[k][1], points[k + 1][0], points[k + 1][1]]);
			}
		}
	}
	return out;
}

/**
 * Joins segments that share end points into polylines (lists of [u, v]), so that a dashed
 * line keeps its rhythm along the whole boundary instead of restarting in every grid cell.
 */
export function joinSegments(segments: number[][]): [number, number][][] {
	const key = (u: number, v: number) => `${u.toFixed(6)},${v.toFixed(6)}`;
	const ends = new Map<string, number[]>();
	segments.forEach(([u1, v1, u2, v2], s) => {
		for (const k of [key(u1, v1), key(u2, v2)]) ends.set(k, [...(ends.get(k) ?? []), s]);
	});
	const used = new Uint8Array(segments.length);
	const lines: [number, number][][] = [];
	// From point p, keep taking an unused segment that starts or ends there.
	const extend = (line: [number, number][]) => {
		for (;;) {
			const [u, v] = line[line.length - 1];
			const next = (ends.get(key(u, v)) ?? []).find((s) => !used[s]);
			if (next === undefined) return;
			used[next] = 1;
			const [u1, v1, u2, v2] = segments[next];
			line.push(key(u1, v1) === key(u, v) ? [u2, v2] : [u1, v1]);
		}
	};
	for (let s = 0; s < segments.length; s++) {
		if (used[s]) continue;
		used[s] = 1;
		const [u1, v1, u2, v2] = segments[s];
		const forward: [number, number][] = [
			[u1, v1],
			[u2, v2]
		];
		extend(forward);
		const backward: [number, number][] = [[u1, v1]];
		extend(backward);
		lines.push([...backward.slice(1).reverse(), ...forward]);
	}
	return lines;
}

/** The boundary as one SVG path, with `x` and `y` mapping feature units to pixels. */
export function segmentsPath(
	segments: number[][],
	x: (u: number) => number,
	y: (v: number) => number
): string {
	let d = '';
	for (const line of joinSegments(segments)) {
		line.forEach(([u, v], k) => {
			d += `${k === 0 ? 'M' : 'L'}${x(u).toFixed(1)},${y(v).toFixed(1)}`;
		});
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
): Uint8ClampedArray {
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
