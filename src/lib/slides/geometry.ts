/** The base slide page, in CSS pixels: 16:9, scaled to the screen as a whole. */
export const SLIDE_W = 1024;
export const SLIDE_H = 576;
/** The page on a 4:3 screen (a classroom projector): as tall as the 16:9 one, narrower. */
export const SLIDE_W_43 = 768;

/** Page enlargements tried, in order, when a slide's content does not fit the base page. */
export const FIT_STEPS = [1, 1.15, 1.3, 1.5, 1.75, 1.9, 2, 2.4, 3];

/**
 * Screens at least this wide for their height get the 16:9 page; narrower ones (4:3, 5:4) the
 * 4:3 page, which fills them instead of leaving bands above and below.
 */
const WIDE = (16 / 9 + 4 / 3) / 2;

export type Aspect = '16:9' | '4:3';

/** The page shape that fills a box best. */
export function aspectFor(boxW: number, boxH: number): Aspect {
	return boxH > 0 && boxW / boxH < WIDE ? '4:3' : '16:9';
}

/** The base page's width for a shape (its height is always SLIDE_H). */
export function pageWidth(aspect: Aspect): number {
	return aspect === '4:3' ? SLIDE_W_43 : SLIDE_W;
}

/** The largest frame of the page's shape inside a box. */
export function frameSize(
	boxW: number,
	boxH: number,
	aspect: Aspect = '16:9'
): { width: number; height: number } {
	const pageW = pageWidth(aspect);
	const width = Math.max(0, Math.min(boxW, (boxH * pageW) / SLIDE_H));
	return { width, height: (width * SLIDE_H) / pageW };
}

/** A narrow portrait box (a phone held upright) reflows the slide instead of shrinking it. */
export function isReflow(boxW: number, boxH: number): boolean {
	return boxW > 0 && boxW < 640 && boxH > boxW;
}
