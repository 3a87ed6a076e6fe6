import { getContext, setContext } from 'svelte';

/**
 * Slides mode: the deck (src/lib/slides) sets this context around a lesson body, and the lesson
 * components read it. A <Scrolly> then shows one step at a time, each further step being a
 * reveal; a <Widget> joins the presenter sync. Outside a deck the context is absent and every
 * component behaves as in the lesson.
 */
export type ControlAction = 'play' | 'pause' | 'step' | 'reset';

/** Serialized widget state, as a widget's `onchange` reports it. */
export type WidgetParams = Record<string, string>;

export interface WidgetLinkHandlers {
	/** Applies state that came from the other window. */
	apply(params: WidgetParams): void;
	/** Presses a play/pause/step/reset button that was pressed in the other window. */
	control(action: ControlAction): void;
}

export interface WidgetLink {
	/**
	 * The widget's state changed. `driven` when the change follows new settings (a reveal or a
	 * remote update), which every window applies by itself, so only the reader's own changes
	 * travel. Returns true when the change was sent to another window.
	 */
	report(params: WidgetParams, driven: boolean): boolean;
	/** The reader pressed one of the widget's play/pause/step/reset buttons. */
	control(action: ControlAction): void;
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

/** How a widget's <Controls> talk to the <Widget> around it in slides mode. */
export interface ControlsLink {
	register(handlers: Record<ControlAction, () => void>): void;
	pressed(action: ControlAction): void;
}

const controlsKey = Symbol('controls-link');

export function setControlsLink(link: ControlsLink): void {
	setContext(controlsKey, link);
}

export function getControlsLink(): ControlsLink | undefined {
	return getContext<ControlsLink | undefined>(controlsKey);
}
