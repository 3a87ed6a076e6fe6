import { getContext, setContext, untrack } from 'svelte';
import { getSlideMode } from '$lib/ui/slideMode';

/**
 * Where a widget is shown. In a lesson's scroll and on a slide the picture comes first and the
 * controls no step names fold away; in the playground (and inline in a lesson, where nothing is
 * sticky) every control shows.
 */
export type Place = 'scroll' | 'slide' | 'playground' | 'inline';

export interface WidgetPlace {
	readonly place: Place;
	/** The controls the current step names (none named: the widget's main ones). */
	readonly controls?: readonly string[];
	/** The current step's index: a new step is a new chance to start the player. */
	readonly step: number;
	/** The current step describes motion: the player starts when it comes into view. */
	readonly autoplay: boolean;
	/** Which of the widget's pictures the current step reads (none: the widget's first). */
	readonly picture?: string;
}

const key = Symbol('widget-place');

/**
 * A place where the widget is a picture beside text (a lesson's scroll, a slide): it draws its
 * compact picture and folds away the settings no step names.
 */
export function besideText(place: Place | undefined): boolean {
	return place === 'scroll' || place === 'slide';
}

/** Set by whatever shows widgets (Scrolly, the playground page) around them. */
export function setWidgetPlace(place: WidgetPlace): void {
	setContext(key, place);
}

export function getWidgetPlace(): WidgetPlace | undefined {
	return getContext<WidgetPlace | undefined>(key);
}

/**
 * Where the widget being set up is shown: the place its Scrolly or page gave it, else a slide's
 * (a widget standing alone on a slide) or inline in a lesson. Call while the component is set up.
 */
export function widgetPlace(): Place {
	return getWidgetPlace()?.place ?? (getSlideMode() ? 'slide' : 'inline');
}

function reducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Starts `play` once each time a step that asks for motion comes into view, as soon as `ready`
 * (the run is computed). Under reduced motion nothing starts: the play button stays for the
 * reader. Call while the component is set up.
 */
export function autoplayOnStep(ready: () => boolean, play: () => void): void {
	const place = getWidgetPlace();
	if (!place) return;
	let startedFor = -1;
	$effect(() => {
		const step = place.step;
		if (!place.autoplay || !ready() || startedFor === step) return;
		startedFor = step;
		if (reducedMotion()) return;
		// The step's settings reach the widget in an update of their own, and applying them resets
		// the player: start once that is done, if the step is still the one shown.
		setTimeout(() => {
			if (place.step === step) untrack(play);
		}, 0);
	});
}

/** Height of a phone's sticky picture: with the readout and one control, under 45% of a 740 px screen. */
const PHONE_PICTURE_PX = 120;

/**
 * A chart's height where it is shown: its own, except as a lesson's sticky picture on a narrow
 * screen, where the picture shares at most 45% of the height with the step's controls, and on a
 * slide, where the picture with its controls fits the page at a size the back row reads
 * (`onSlide`, if the chart gives one). Call while the component is set up; the returned function
 * takes the chart's current width.
 */
export function pictureHeight(full: number, onSlide = full): (width: number) => number {
	const place = widgetPlace();
	return (width) =>
		place === 'slide'
			? onSlide
			: place === 'scroll' && width < 600
				? Math.min(full, PHONE_PICTURE_PX)
				: full;
}
