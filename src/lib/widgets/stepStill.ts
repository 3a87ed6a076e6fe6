import type { Lang } from '$lib/i18n/lang';
import type { ScrollStep } from './types';

/**
 * Where a scroll step's print still lives: one picture of the widget in the state that step sets,
 * drawn by `npm run stills` (scripts/printStills.mjs) and committed, so the build needs no browser.
 * Steps with the same widget and the same settings share a picture; each language has its own,
 * since every widget's picture carries words (its title, axis names, readouts).
 */
export const stepStillRoot = '/stills/steps';

/**
 * The step as the picture depends on it: its settings and whether it plays (a played step is
 * drawn at the end of its run). The controls it names only change what folds away.
 */
export function stepStillKey(widget: string, step: ScrollStep): string {
	const picture = Object.entries(step)
		.filter(([key, value]) => key !== 'controls' && value !== undefined)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return `${widget}-${fnv1a(JSON.stringify([widget, picture]))}`;
}

/** The still's address under static/, as a page asks for it. */
export function stepStillPath(widget: string, step: ScrollStep, lang: Lang): string {
	return `${stepStillRoot}/${lang}/${stepStillKey(widget, step)}.webp`;
}

/**
 * FNV-1a, 32 bits, as 8 hex digits: a short name that changes when the settings do (a picture
 * drawn for old settings is then missing, not silently wrong).
 */
export function fnv1a(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}
