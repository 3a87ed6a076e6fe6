import { getContext, setContext } from 'svelte';

/**
 * Slides mode: the deck (src/lib/slides) sets this context around a lesson body, and the lesson
 * components read it. A <Scrolly> then shows one step at a time, each further step being a
 * reveal; a <Widget> and its players join the presenter sync. Outside a deck the context is absent and every
 * component behaves as in the lesson.
 */
/** Serialized widget state, as a widget's `onchange` reports it. */
export type WidgetParams = Record<string, string>;

/** Where a widget's player is: on step k of its run, and whether it is playing. */
export interface PlayerState {
	k: number;
	playing: boolean;
	/** Steps a second, where the player offers a choice (the 3D surface's menu). */
	speed?: number;
	/**
	 * A run whose course changed while it ran (the trainer's learning rate, dragged mid-run): the
	 * rate from update `at` on, the first at 0. With it, another window reaches the same numbers
	 * at step k by training the same way, not by replaying the drag.
	 */
	rates?: RateFrom[];
	/**
	 * What the run trains on, where that is the reader's own (the lab's pictures): a fingerprint,
	 * so another window can tell whether it holds the same data, and say so if it does not.
	 */
	data?: string;
}

export interface RateFrom {
	at: number;
	lr: number;
}

/** Whether two player states show the same thing (the deck moves a player only if not). */
export function samePlayerState(a: PlayerState, b: PlayerState): boolean {
	const ra = a.rates ?? [];
	const rb = b.rates ?? [];
	return (
		a.k === b.k &&
		a.playing === b.playing &&
		a.speed === b.speed &&
		a.data === b.data &&
		ra.length === rb.length &&
		ra.every((r, i) => r.at === rb[i].at && r.lr === rb[i].lr)
	);
}

/** A player (see widgets/kit/player.svelte.ts) as the deck sees it. */
export interface LinkedPlayer {
	readonly state: PlayerState;
	/** Shows another window's player state, whatever this one was doing. */
	follow(state: PlayerState): void;
}

export interface WidgetLinkHandlers {
	/** Applies settings that came from the other window. */
	apply(params: WidgetParams): void;
}

export interface WidgetLink {
	/** The widget's settings are now these (a reader's change, a reveal, another window's). */
	report(params: WidgetParams): void;
	/** A player of the widget was made (joined) or went away (left); the deck reads its state. */
	join(player: LinkedPlayer): void;
	leave(player: LinkedPlayer): void;
	/** A player's state changed. */
	moved(): void;
}

export interface SlideMode {
	/** A new reveal key; the deck orders reveals by their place in the page. */
	fragment(): string;
	/** Whether the reveal with this key is shown at the deck's current position. */
	shown(key: string): boolean;
	/** Settles once the deck has measured its slides; live widgets wait for it. */
	readonly laidOut: Promise<void>;
	/** Joins a widget to the sync; widgets are numbered in the order they are created. */
	linkWidget(handlers: WidgetLinkHandlers): WidgetLink;
}

const key = Symbol('slide-mode');

export function setSlideMode(mode: SlideMode): void {
	setContext(key, mode);
}

export function getSlideMode(): SlideMode | undefined {
	return getContext<SlideMode | undefined>(key);
}

/** How a widget's players join the <Widget> around them in slides mode. */
const playersKey = Symbol('players-link');

export function setPlayersLink(link: WidgetLink): void {
	setContext(playersKey, link);
}

export function getPlayersLink(): WidgetLink | undefined {
	return getContext<WidgetLink | undefined>(playersKey);
}
