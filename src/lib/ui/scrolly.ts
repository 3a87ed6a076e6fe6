import { getContext, setContext } from 'svelte';

export interface ScrollyContext {
	/** Gives each <Step> its index, in document order. */
	register(): number;
	readonly active: number;
	/** Slides mode: step `index` (from the second on) is shown as the reveal `key`. */
	reveal(index: number, key: string): void;
	/**
	 * A prediction in step `index` holds back the steps after it: they stay hidden and the widget
	 * stays at most at step `index`, until the returned function lets them go.
	 */
	guard(index: number): () => void;
	/** Whether step `index` waits for a prediction in an earlier step. */
	guarded(index: number): boolean;
	/**
	 * The picture step `index` prints beside it (none in slides, which print their own), and
	 * whether it shows the end of a run the step plays (for scripts/printStills.mjs).
	 */
	still(index: number): { src: string; alt: string; plays: boolean } | undefined;
}

const key = Symbol('scrolly');
const stepKey = Symbol('scrolly-step');

export function setScrollyContext(ctx: ScrollyContext): void {
	setContext(key, ctx);
}

export function getScrollyContext(): ScrollyContext | undefined {
	return getContext<ScrollyContext | undefined>(key);
}

/** A <Step> tells what it holds (a <Predict>) which step it is. */
export function setStepIndex(index: number): void {
	setContext(stepKey, index);
}

export function getStepIndex(): number | undefined {
	return getContext<number | undefined>(stepKey);
}
