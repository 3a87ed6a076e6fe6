/** The base slide page, in CSS pixels: 16:9, scaled to the screen as a whole. */
export const SLIDE_W = 1024;
export const SLIDE_H = 576;

/** Page enlargements tried, in order, when a slide's content does not fit the base page. */
export const FIT_STEPS = [1, 1.15, 1.3, 1.5, 1.75, 2, 2.4, 3];

/** The largest 16:9 frame inside a box. */
export function frameSize(boxW: number, boxH: number): { width: number; height: number } {
	const width = Math.max(0, Math.min(boxW, (boxH * SLIDE_W) / SLIDE_H));
	return { width, height: (width * SLIDE_H) / SLIDE_W };
}

/** A narrow portrait box (a phone held upright) reflows the slide instead of shrinking it. */
export function isReflow(boxW: number, boxH: number): boolean {
	return boxW > 0 && boxW < 640 && boxH > boxW;
}
