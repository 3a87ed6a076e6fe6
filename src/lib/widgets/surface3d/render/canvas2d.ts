/**
 * A 2D canvas for drawing textures (labels, the floor map): an OffscreenCanvas where there is one,
 * since the scene may be built inside a worker, which has no document.
 */
export type Canvas2D = OffscreenCanvas | HTMLCanvasElement;

export function canvas2d(
	width: number,
	height: number
): {
	canvas: Canvas2D;
	ctx: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;
} {
	if (typeof OffscreenCanvas !== 'undefined') {
		const canvas = new OffscreenCanvas(width, height);
		return { canvas, ctx: canvas.getContext('2d')! };
	}
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	return { canvas, ctx: canvas.getContext('2d')! };
}
