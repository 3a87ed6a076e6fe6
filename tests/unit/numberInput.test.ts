import { describe, expect, it } from 'vitest';
import { readNumber, refusedNumberText } from '$lib/ui/numberInput';

describe('readNumber', () => {
	const read = (text: string, opts?: { integer?: boolean }) => readNumber(text, -20, 20, opts);

	it('reads plain, signed and e-notation numbers, blanks around them too', () => {
		expect(read('0.5')).toEqual({ ok: true, value: 0.5 });
		expect(read('  -1.25 \t')).toEqual({ ok: true, value: -1.25 });
		expect(read('+.5')).toEqual({ ok: true, value: 0.5 });
		expect(read('1e1')).toEqual({ ok: true, value: 10 });
		expect(read('2.5E-1')).toEqual({ ok: true, value: 0.25 });
	});

	it('reads a decimal comma, full-width digits and the real minus sign', () => {
		expect(read('0,5')).toEqual({ ok: true, value: 0.5 });
		expect(read('０.５')).toEqual({ ok: true, value: 0.5 });
		expect(read('０，５')).toEqual({ ok: true, value: 0.5 });
		expect(read('−0.4')).toEqual({ ok: true, value: -0.4 });
		expect(read('－３')).toEqual({ ok: true, value: -3 });
		// What a Slider shows for a small value: exponent with a real minus sign.
		expect(read('1.230e−5')).toEqual({ ok: true, value: 1.23e-5 });
	});

	it('reads commas that group thousands as a thousand, not as a decimal point', () => {
		const wide = (text: string) => readNumber(text, 0, 1e9);
		expect(wide('1,000')).toEqual({ ok: true, value: 1000 });
		expect(wide('１，０００')).toEqual({ ok: true, value: 1000 });
		expect(wide('12,345,678')).toEqual({ ok: true, value: 12345678 });
		expect(wide('1,234.5')).toEqual({ ok: true, value: 1234.5 });
		// Not groups of three, or a leading zero: a decimal comma.
		expect(wide('1,00')).toEqual({ ok: true, value: 1 });
		expect(wide('0,500')).toEqual({ ok: true, value: 0.5 });
		expect(wide('12,5')).toEqual({ ok: true, value: 12.5 });
		for (const text of ['1,000,0', '1,000,00.5', '1,0000,000'])
			expect(wide(text), text).toEqual({ ok: false, reason: 'nan' });
	});

	it('refuses text that is not one number', () => {
		for (const text of ['', '   ', 'abc', '0.5abc', '1,2,3', '--1', '1e', 'e3', '0x10', 'NaN'])
			expect(read(text), text).toEqual({ ok: false, reason: 'nan' });
	});

	it('refuses a number outside the range, the ends themselves allowed', () => {
		expect(read('1e3')).toEqual({ ok: false, reason: 'range' });
		expect(read('-20.01')).toEqual({ ok: false, reason: 'range' });
		expect(read('20')).toEqual({ ok: true, value: 20 });
		expect(read('−20')).toEqual({ ok: true, value: -20 });
	});

	it('refuses a fraction where a whole number is asked', () => {
		expect(read('2,5', { integer: true })).toEqual({ ok: false, reason: 'integer' });
		expect(read('３', { integer: true })).toEqual({ ok: true, value: 3 });
	});
});

describe('refusedNumberText', () => {
	it('names what was typed, the range and the value kept, in each language', () => {
		expect(refusedNumberText('en', 'abc', { min: -20, max: 20 }, 0.8)).toBe(
			'“abc” is not allowed. Range: −20 – 20; keeping 0.8.'
		);
		expect(refusedNumberText('zh-TW', '2,5', { min: 1, max: 1000, integer: true }, 3)).toBe(
			'「2,5」不是允許的數值。範圍：整數 1 – 1000；保留 3。'
		);
	});
});
