/**
 * Level lines of a function sampled on a square lattice: the decision boundary P = 0.5 of the
 * trainer's probability grid. Grid value (i, j) (index j·n + i) is the value at
 * u = i/(n−1), v = j/(n−1); every point below is in those units (0…1).
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

/**
 * The level line P = level as polylines packed for the trip to the page: flat [u, v, u, v, …]
 * (feature units), one NaN pair between consecutive polylines. Empty when P never crosses it.
 */
export function isoPolylines(grid: ArrayLike<number>, n: number, level = 0.5): Float32Array {
	const lines = joinSegments(isoSegments(grid, n, level));
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

/** Splits packed polylines (as from isoPolylines) back into lists of [u, v]. */
export function unpackPolylines(packed: ArrayLike<number>): [number, number][][] {
	const lines: [number, number][][] = [];
	let line: [number, number][] = [];
	for (let k = 0; k + 1 < packed.length; k += 2) {
		const u = packed[k];
		const v = packed[k + 1];
		if (Number.isNaN(u) || Number.isNaN(v)) {
			if (line.length) lines.push(line);
			line = [];
		} else line.push([u, v]);
	}
	if (line.length) lines.push(line);
	return lines;
}
