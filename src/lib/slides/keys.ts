/**
 * What a key press does in a deck. Clickers send PageDown/PageUp (some also "b" or "." for a
 * black screen), so those always work; other keys leave form controls alone (arrows move a
 * focused slider, Space presses a focused button).
 */
export type DeckAction =
	'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'black' | 'overview' | 'goto' | 'escape';

/** What kind of element has the focus, as far as keys are concerned. */
export type FocusKind = 'text' | 'range' | 'button' | 'select' | 'none';

export interface KeyPress {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
}

export function focusKind(el: Element | null): FocusKind {
	if (!el) return 'none';
	const tag = el.tagName;
	if (tag === 'TEXTAREA' || (el as HTMLElement).isContentEditable) return 'text';
	if (tag === 'SELECT') return 'select';
	if (tag === 'BUTTON' || tag === 'SUMMARY' || tag === 'A') return 'button';
	if (tag === 'INPUT') {
		const type = (el as HTMLInputElement).type;
		if (type === 'range') return 'range';
		if (['button', 'submit', 'reset', 'checkbox', 'radio'].includes(type)) return 'button';
		return 'text';
	}
	return 'none';
}

export function deckAction(press: KeyPress, focus: FocusKind): DeckAction | null {
	if (press.ctrlKey || press.metaKey || press.altKey) return null;
	const { key } = press;
	if (key === 'PageDown') return 'next';
	if (key === 'PageUp') return 'previous';
	if (key === 'Escape') return 'escape';
	if (focus === 'text') return null;
	const arrowsTaken = focus === 'range' || focus === 'select';
	switch (key) {
		case 'ArrowRight':
			return arrowsTaken ? null : 'next';
		case 'ArrowLeft':
			return arrowsTaken ? null : 'previous';
		case ' ':
		case 'Spacebar':
			if (focus === 'button' || focus === 'select') return null;
			return press.shiftKey ? 'previous' : 'next';
		case 'Home':
			return arrowsTaken ? null : 'first';
		case 'End':
			return arrowsTaken ? null : 'last';
		case 'f':
		case 'F':
			return 'fullscreen';
		case 'b':
		case 'B':
		case '.':
			return 'black';
		case 'o':
		case 'O':
			return 'overview';
		case 'g':
		case 'G':
			return 'goto';
		default:
			return null;
	}
}

/** A key that types a slide's number: a digit, or Enter and Backspace while one is typed. */
export type NumberKey = { digit: string } | 'enter' | 'backspace';

/**
 * Digits typed outside a form field make up a slide's number, and Enter goes there (as in
 * PowerPoint and Keynote). While a number is typed, Enter is the deck's even on a focused button.
 */
export function numberKey(press: KeyPress, focus: FocusKind, typing: boolean): NumberKey | null {
	if (press.ctrlKey || press.metaKey || press.altKey) return null;
	if (focus === 'text' || focus === 'range' || focus === 'select') return null;
	if (/^[0-9]$/.test(press.key)) return { digit: press.key };
	if (!typing) return null;
	if (press.key === 'Enter') return 'enter';
	if (press.key === 'Backspace') return 'backspace';
	return null;
}
