/**
 * The balls, their trails, their whole runs (faint) and their shadows on the floor, drawn in 2D
 * over a copy of the WebGL picture of the landscape (core.ts). These are all that a new
 * learning rate or a step of play changes, so a slider drag costs 2D draws, not WebGL frames.
 * No three.js here: the camera comes in as one matrix, so this is tested in Node.
 */

/** What the 2D calls need: a CanvasRenderingContext2D or an OffscreenCanvas one. */
export type Context2D = Pick<
	CanvasRenderingContext2D,
	| 'beginPath'
	| 'moveTo'
	| 'lineTo'
	| 'stroke'
	| 'fill'
	| 'arc'
	| 'closePath'
	| 'setTransform'
	| 'createRadialGradient'
	| 'globalAlpha'
	| 'lineWidth'
	| 'lineJoin'
	| 'lineCap'
	| 'strokeStyle'
	| 'fillStyle'
>;

/** Where the camera puts scene points: column-major projection × view, and the picture's size. */
export interface Projection {
	matrix: ArrayLike<number>;
	width: number;
	height: number;
	/** The projection's 1 / tan(fov / 2): scene units at depth w → pixels. */
	focal: number;
}

/** A scene point in CSS pixels from the picture's top left; `w` > 0 in front of the camera. */
export function project(p: Projection, x: number, y: number, z: number): [number, number, number] {
	const m = p.matrix;
	const cx = m[0] * x + m[4] * y + m[8] * z + m[12];
	const cy = m[1] * x + m[5] * y + m[9] * z + m[13];
	const w = m[3] * x + m[7] * y + m[11] * z + m[15];
	return [((cx / w + 1) / 2) * p.width, ((1 - cy / w) / 2) * p.height, w];
}

export interface OverlayBall {
	color: string;
	/** The whole run in scene units, lifted above the surface (x, y, z per step). */
	points: Float32Array;
	/** Steps of the trail drawn so far (points 0 … drawn − 1). */
	drawn: number;
	/** The ball itself, between two steps while it moves. */
	at: readonly [number, number, number];
}

/** Sizes in scene units, as the WebGL objects had them. */
const BALL = 0.055;
const SHADOW = 0.04;

/**
 * Draws the balls over the landscape already in the picture. `floorSeen(x, y)` says whether the
 * surface leaves the floor at (x, y) in sight (occlusion.ts's floorSight), for the trails and
 * shadows on the floor.
 */
export function drawOverlay(
	ctx: Context2D,
	p: Projection,
	ratio: number,
	floorSeen: (x: number, y: number) => boolean,
	floor: number,
	balls: readonly OverlayBall[]
) {
	ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
	ctx.lineJoin = 'round';
	ctx.lineCap = 'round';
	// Back to front, as the WebGL objects' render order had them.
	for (const b of balls) {
		ctx.globalAlpha = 0.95;
		ctx.strokeStyle = b.color;
		ctx.lineWidth = 1.5;
		const seen = (k: number) => floorSeen(b.points[3 * k], b.points[3 * k + 1]);
		polyline(ctx, p, b.points, b.drawn, floor, seen);
		const [x, y] = b.at;
		if (Math.abs(x) <= 1 && Math.abs(y) <= 1 && floorSeen(x, y)) {
			ctx.fillStyle = b.color;
			shadow(ctx, p, x, y, floor);
		}
	}
	for (const b of balls) {
		// The whole run, faint: dragging the learning rate reshapes it at once.
		ctx.globalAlpha = 0.3;
		ctx.strokeStyle = b.color;
		ctx.lineWidth = 1.5;
		polyline(ctx, p, b.points, b.points.length / 3);
	}
	for (const b of balls) {
		ctx.globalAlpha = 1;
		ctx.strokeStyle = b.color;
		ctx.lineWidth = 2.5;
		polyline(ctx, p, b.points, b.drawn);
	}
	ctx.globalAlpha = 1;
	for (const b of balls) ball(ctx, p, b);
}

/**
 * Points 0 … count − 1 as one path; with `floor`, each at that height instead of its own, and
 * broken where `visible` says the surface hides a point.
 */
function polyline(
	ctx: Context2D,
	p: Projection,
	points: Float32Array,
	count: number,
	floor?: number,
	visible?: (k: number) => boolean
) {
	if (count < 2) return;
	ctx.beginPath();
	let pen = false;
	for (let k = 0; k < count; k++) {
		if (visible && !visible(k)) {
			pen = false;
			continue;
		}
		const [sx, sy, w] = project(p, points[3 * k], points[3 * k + 1], floor ?? points[3 * k + 2]);
		if (w <= 0) {
			pen = false;
			continue;
		}
		if (pen) ctx.lineTo(sx, sy);
		else ctx.moveTo(sx, sy);
		pen = true;
	}
	ctx.stroke();
}

/** A disc lying on the floor: a polygon of its rim, projected. */
function shadow(ctx: Context2D, p: Projection, x: number, y: number, z: number) {
	ctx.beginPath();
	for (let i = 0; i < 16; i++) {
		const a = (i / 16) * 2 * Math.PI;
		const [sx, sy] = project(p, x + SHADOW * Math.cos(a), y + SHADOW * Math.sin(a), z);
		if (i) ctx.lineTo(sx, sy);
		else ctx.moveTo(sx, sy);
	}
	ctx.closePath();
	ctx.fill();
}

/** The ball: a disc of its projected size, lit from the upper left like the surface. */
function ball(ctx: Context2D, p: Projection, b: OverlayBall) {
	const [sx, sy, w] = project(p, b.at[0], b.at[1], b.at[2]);
	if (w <= 0) return;
	const r = Math.max(3, (BALL * p.focal * p.height) / (2 * w));
	const light = ctx.createRadialGradient(sx - r * 0.35, sy - r * 0.35, r * 0.1, sx, sy, r);
	light.addColorStop(0, '#ffffff');
	light.addColorStop(0.35, b.color);
	light.addColorStop(1, b.color);
	ctx.fillStyle = light;
	ctx.beginPath();
	ctx.arc(sx, sy, r, 0, 2 * Math.PI);
	ctx.fill();
	ctx.lineWidth = 1;
	ctx.strokeStyle = 'rgba(0, 0, 0, 0.6)';
	ctx.stroke();
}
