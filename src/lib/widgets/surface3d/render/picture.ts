import { canvas2d, type Canvas2D } from './canvas2d';

type PictureContext = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * The picture on the page: one opaque 2D canvas. WebGL's landscape is copied into a backdrop
 * (over the paper) only when WebGL drew; every frame starts from that copy, and the balls are
 * drawn over it.
 */
export interface Picture {
	readonly ctx: PictureContext;
	/** Device pixels of the picture from CSS pixels times `ratio`; the picture is then blank. */
	resize(width: number, height: number, ratio: number): void;
	/** Paper alone: what the picture shows until the landscape is drawn. */
	blank(paper: string): void;
	/** Keeps a copy of what WebGL drew on `gl`, over `paper`. */
	keep(gl: Canvas2D, paper: string): void;
	/** Starts a frame from the kept landscape. */
	restore(): void;
}

export function picture(canvas: Canvas2D): Picture {
	const context = canvas.getContext('2d', { alpha: false }) as PictureContext | null;
	if (!context) throw new Error('No 2D canvas for the picture.');
	const ctx: PictureContext = context;
	let backdrop = canvas2d(1, 1);
	return {
		ctx,
		resize(width, height, ratio) {
			canvas.width = Math.round(width * ratio);
			canvas.height = Math.round(height * ratio);
			backdrop = canvas2d(canvas.width, canvas.height);
		},
		blank(paper) {
			ctx.setTransform(1, 0, 0, 1, 0, 0);
			ctx.fillStyle = paper;
			ctx.fillRect(0, 0, canvas.width, canvas.height);
		},
		keep(gl, paper) {
			const { canvas: c, ctx: b } = backdrop;
			b.fillStyle = paper;
			b.fillRect(0, 0, c.width, c.height);
			b.drawImage(gl, 0, 0, c.width, c.height);
		},
		restore() {
			ctx.setTransform(1, 0, 0, 1, 0, 0);
			ctx.drawImage(backdrop.canvas, 0, 0);
		}
	};
}
