import { describe, expect, test } from 'vitest';
import { deckAction, numberKey } from '../../src/lib/slides/keys';

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
			['g', 'goto'],
			['G', 'goto'],
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

	test('digits type a slide number; Enter goes there, even from a focused button', () => {
		expect(numberKey({ key: '7' }, 'none', false)).toEqual({ digit: '7' });
		expect(numberKey({ key: '0' }, 'button', true)).toEqual({ digit: '0' });
		expect(numberKey({ key: 'Enter' }, 'button', true)).toBe('enter');
		expect(numberKey({ key: 'Backspace' }, 'none', true)).toBe('backspace');
		// Nothing typed: Enter presses the focused button, Backspace is the browser's.
		expect(numberKey({ key: 'Enter' }, 'button', false)).toBeNull();
		expect(numberKey({ key: 'Backspace' }, 'none', false)).toBeNull();
		// A field, a slider or a menu keeps its digits; a modifier is the browser's.
		for (const focus of ['text', 'range', 'select'] as const)
			expect(numberKey({ key: '3' }, focus, true), focus).toBeNull();
		expect(numberKey({ key: '3', ctrlKey: true }, 'none', false)).toBeNull();
		expect(numberKey({ key: 'x' }, 'none', true)).toBeNull();
	});
});
