import { heightScale, HEIGHT, type Grid, type HeightMode } from './mesh';

/**
 * Whether the surface hides a point under it from the camera. The balls' floor trails and
 * shadows are drawn in 2D over a copy of the WebGL picture (overlay.ts), so there is no depth
 * buffer to hide them: this walks the line of sight over the height field instead. Pure, no
 * three.js, so it is tested in Node.
 */
export interface HeightField {
	/** The surface's height in scene units at scene (x, y) ∈ [−1, 1]², bilinear between grid points. */
	at(x: number, y: number): number;
}

export function heightField(grid: Grid, mode: HeightMode): HeightField {
	const { n, values, min, max } = grid;
	const t = heightScale(min, max, mode);
	const h = Float32Array.from(values, (v) => t(v) * HEIGHT);
	return {
		at(x, y) {
			const u = Math.min(n - 1, Math.max(0, ((x + 1) / 2) * (n - 1)));
			const v = Math.min(n - 1, Math.max(0, ((y + 1) / 2) * (n - 1)));
			const i = Math.min(n - 2, Math.floor(u));
			const j = Math.min(n - 2, Math.floor(v));
			const fu = u - i;
			const fv = v - j;
			const a = h[j * n + i];
			const b = h[j * n + i + 1];
			const c = h[(j + 1) * n + i];
			const d = h[(j + 1) * n + i + 1];
			return (a * (1 - fu) + b * fu) * (1 - fv) + (c * (1 - fu) + d * fu) * fv;
		}
	};
}

/** Steps along the line of sight per scene unit across: about the grid's spacing (81 points over 2). */
const STEPS_PER_UNIT = 40;

/**
 * True when the sheet of the surface lies between `point` (on or near the floor, below the
 * sheet) and `eye`. The sheet hides the point where the line of sight, still over the square,
 * rises through it; a line that leaves the square under the sheet (a camera low at the side)
 * or one that goes down (a camera under the floor) sees the point.
 */
export function hidden(
	field: HeightField,
	eye: readonly [number, number, number],
	point: readonly [number, number, number]
): boolean {
	const dx = eye[0] - point[0];
	const dy = eye[1] - point[1];
	const dz = eye[2] - point[2];
	if (dz <= 0) return false;
	// Only the part of the line below the sheet's top can meet it.
	const tTop = Math.min(1, (HEIGHT - point[2]) / dz);
	const steps = Math.max(2, Math.ceil(Math.hypot(dx, dy) * tTop * STEPS_PER_UNIT));
	for (let s = 1; s <= steps; s++) {
		const t = (s / steps) * tTop;
		const x = point[0] + dx * t;
		const y = point[1] + dy * t;
		if (Math.abs(x) > 1 || Math.abs(y) > 1) return false;
		if (point[2] + dz * t >= field.at(x, y)) return true;
	}
	return false;
}

/** Cells across the square in which floorSight remembers an answer. */
const CELLS = 128;

/**
 * Whether the floor at scene (x, y) is seen from `eye`, remembered per cell of a 128 × 128 grid
 * over the square (asked at the cell's centre). A run that settles repeats one point hundreds of
 * times, and four runs of 2,000 steps would otherwise walk 8,000 lines of sight in every frame of
 * a camera turn. Make a new one when the eye or the surface changes.
 */
export function floorSight(
	field: HeightField,
	eye: readonly [number, number, number],
	floor: number
): (x: number, y: number) => boolean {
	const memo = new Uint8Array(CELLS * CELLS);
	return (x, y) => {
		if (Math.abs(x) > 1 || Math.abs(y) > 1) return !hidden(field, eye, [x, y, floor]);
		const i = Math.min(CELLS - 1, Math.floor(((x + 1) / 2) * CELLS));
		const j = Math.min(CELLS - 1, Math.floor(((y + 1) / 2) * CELLS));
		const k = j * CELLS + i;
		if (!memo[k]) {
			const centre = (c: number) => ((c + 0.5) / CELLS) * 2 - 1;
			memo[k] = hidden(field, eye, [centre(i), centre(j), floor]) ? 2 : 1;
		}
		return memo[k] === 1;
	};
}
