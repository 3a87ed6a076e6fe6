import { getContext, setContext } from 'svelte';

export interface ScrollyContext {
	/** Gives each <Step> its index, in document order. */
	register(): number;
	readonly active: number;
	/** Slides mode: step `index` (from the second on) is shown as the reveal `key`. */
	reveal(index: number, key: string): void;
}

const key = Symbol('scrolly');

export function setScrollyContext(ctx: ScrollyContext): void {
	setContext(key, ctx);
}

export function getScrollyContext(): ScrollyContext | undefined {
	return getContext<ScrollyContext | undefined>(key);
}
