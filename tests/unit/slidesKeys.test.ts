import { describe, expect, test } from 'vitest';
import { deckAction } from '../../src/lib/slides/keys';

describe('keys in a deck', () => {
	test('the keys clickers and keyboards send', () => {
		const cases: [string, string | null][] = [
			['ArrowRight', 'next'],
			['ArrowLeft', 'previous'],
			[' ', 'next'],
			['PageDown', 'next'],
			['PageUp', 'previous'],
			['Home', 'first'],
			['End', 'last'],
			['f', 'fullscreen'],
			['F', 'fullscreen'],
			['b', 'black'],
			['.', 'black'],
			['o', 'overview'],
			['Escape', 'escape'],
			['x', null]
		];
		for (const [key, action] of cases) expect(deckAction({ key }, 'none'), key).toBe(action);
		expect(deckAction({ key: ' ', shiftKey: true }, 'none')).toBe('previous');
	});

	test('keys with a modifier belong to the browser', () => {
		expect(deckAction({ key: 'ArrowRight', altKey: true }, 'none')).toBeNull();
		expect(deckAction({ key: 'f', ctrlKey: true }, 'none')).toBeNull();
		expect(deckAction({ key: 'PageDown', metaKey: true }, 'none')).toBeNull();
	});

	test('a focused control keeps its own keys; clicker keys still work', () => {
		expect(deckAction({ key: 'ArrowRight' }, 'range')).toBeNull();
		expect(deckAction({ key: 'Home' }, 'range')).toBeNull();
		expect(deckAction({ key: ' ' }, 'button')).toBeNull();
		expect(deckAction({ key: 'ArrowRight' }, 'button')).toBe('next');
		expect(deckAction({ key: 'b' }, 'text')).toBeNull();
		expect(deckAction({ key: 'ArrowLeft' }, 'text')).toBeNull();
		expect(deckAction({ key: 'PageDown' }, 'range')).toBe('next');
		expect(deckAction({ key: 'PageUp' }, 'text')).toBe('previous');
	});
});
