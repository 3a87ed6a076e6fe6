import { getContext, setContext } from 'svelte';

/** Which of a widget's controls a part of its Frame shows (see Frame.svelte and Control.svelte). */
export type FoldPart = 'all' | 'front' | 'more';

/**
 * A widget's fold: which controls sit up front beside the picture and which behind "More
 * settings", whether that is open, and where its toggle is drawn (in the player's row when the
 * widget has one, so that a phone's sticky widget spends no row on it).
 */
export class Fold {
	open = $state(false);
	/** Controls now behind "More settings": with none, the toggle is not shown. */
	folded = $state(0);
	/** A toolbar (the player's row) draws the toggle; the Frame then does not. */
	claimed = $state(false);

	constructor(
		/** Whether the control goes up front rather than behind "More settings". */
		readonly front: (name: string) => boolean,
		/** The id of the folded part, for the toggle's aria-controls. */
		readonly id: string,
		/** The playground's address for this widget with its settings; null where not offered. */
		readonly fullHref: () => string | null
	) {}
}

const foldKey = Symbol('fold');
const partKey = Symbol('fold-part');

export function setFold(fold: Fold): void {
	setContext(foldKey, fold);
}
export function getFold(): Fold | undefined {
	return getContext<Fold | undefined>(foldKey);
}
export function setFoldPart(part: FoldPart): void {
	setContext(partKey, part);
}
export function getFoldPart(): FoldPart {
	return getContext<FoldPart | undefined>(partKey) ?? 'all';
}

/**
 * Whether the control `name` shows in the part being rendered here: a function to read in
 * markup, since a step changes which controls are up front. Call while the component is set up.
 */
export function shownHere(): (name: string) => boolean {
	const fold = getFold();
	const part = getFoldPart();
	return (name) => part === 'all' || !fold || (part === 'front') === fold.front(name);
}
