/**
 * Where a deck is: a slide (0 is the title slide) and how many of its reveals are shown.
 * Pure functions over the number of reveals on each slide, so they are tested in Node.
 */
export interface Position {
	slide: number;
	step: number;
}

/** Keeps a position inside a deck whose slide i has reveals[i] reveals. */
export function clampPosition(pos: Position, reveals: readonly number[]): Position {
	if (reveals.length === 0) return { slide: 0, step: 0 };
	const slide = Math.min(Math.max(0, Math.trunc(pos.slide) || 0), reveals.length - 1);
	const step = Math.min(Math.max(0, Math.trunc(pos.step) || 0), reveals[slide]);
	return { slide, step };
}

/** The next reveal on this slide, else the next slide with nothing revealed. */
export function nextPosition(pos: Position, reveals: readonly number[]): Position {
	const { slide, step } = clampPosition(pos, reveals);
	if (step < reveals[slide]) return { slide, step: step + 1 };
	if (slide < reveals.length - 1) return { slide: slide + 1, step: 0 };
	return { slide, step };
}

/** One reveal back, else the previous slide with all its reveals shown. */
export function previousPosition(pos: Position, reveals: readonly number[]): Position {
	const { slide, step } = clampPosition(pos, reveals);
	if (step > 0) return { slide, step: step - 1 };
	if (slide > 0) return { slide: slide - 1, step: reveals[slide - 1] };
	return { slide, step };
}

export function firstPosition(): Position {
	return { slide: 0, step: 0 };
}

export function lastPosition(reveals: readonly number[]): Position {
	return { slide: Math.max(0, reveals.length - 1), step: 0 };
}

export function samePosition(a: Position, b: Position): boolean {
	return a.slide === b.slide && a.step === b.step;
}

/**
 * Reads `?slide=3&step=1` (slides counted from 1, as the audience sees them). Missing or
 * unreadable values give the title slide; the deck clamps the result once it knows its slides.
 */
export function readPosition(search: string): Position {
	const params = new URLSearchParams(search);
	const number = (key: string, min: number) => {
		const raw = params.get(key);
		if (raw === null || !/^\d{1,4}$/.test(raw.trim())) return min;
		return Math.max(min, Number(raw));
	};
	return { slide: number('slide', 1) - 1, step: number('step', 0) };
}

/** The query string for a position: `?slide=3`, or `?slide=3&step=1` with reveals shown. */
export function positionQuery(pos: Position): string {
	return pos.step > 0 ? `?slide=${pos.slide + 1}&step=${pos.step}` : `?slide=${pos.slide + 1}`;
}
