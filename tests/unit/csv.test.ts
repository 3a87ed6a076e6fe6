import { describe, expect, test } from 'vitest';
import { parseCsv, type CsvProblem } from '../../src/lib/math/csv';

const good = `ears,snout,label
0.8,0.3,cat
0.2,0.7,dog
0.9,0.4,cat

0.3,0.8,dog
`;

function problem(text: string): CsvProblem {
	const r = parseCsv(text);
	if (r.ok) throw new Error('expected a problem');
	return r.problem;
}

describe('CSV upload', () => {
	test('a good file becomes a data set with features scaled to [0, 1]', () => {
		const r = parseCsv(good);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const { data } = r;
		expect([data.n, data.d]).toEqual([4, 2]);
		expect(data.featureNames).toEqual(['ears', 'snout']);
		expect(data.classNames).toEqual(['cat', 'dog']);
		expect([...data.y]).toEqual([0, 1, 0, 1]);
		expect(data.ranges[0][0]).toBeCloseTo(0.2, 12);
		expect(data.ranges[0][1]).toBeCloseTo(0.9, 12);
		expect(data.x[0]).toBeCloseTo((0.8 - 0.2) / 0.7, 12);
		expect(data.x[2]).toBe(0);
		expect(data.look).toBeNull();
	});

	test('label column by name, semicolons, quotes, CRLF, comments and an odd label pair', () => {
		const text =
			'# my data\r\n"class";"weight";"height";"age"\r\nB;1;2;3\r\nA;2;3;1\r\nB;3;5;2\r\nA;4;4;4\r\n';
		const r = parseCsv(text);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.data.featureNames).toEqual(['weight', 'height', 'age']);
		expect(r.data.classNames).toEqual(['A', 'B']);
		expect([...r.data.y]).toEqual([1, 0, 1, 0]);
		expect(r.data.d).toBe(3);
	});

	test('dog before cat in the file still makes cat class 0, as in the built-in data', () => {
		const r = parseCsv('a,b,label\n1,2,dog\n2,1,cat\n3,3,dog\n1,1,cat\n');
		expect(r.ok && r.data.classNames).toEqual(['cat', 'dog']);
		expect(r.ok && [...r.data.y]).toEqual([1, 0, 1, 0]);
	});

	test.each([
		['', { code: 'empty' }],
		['x,label\n1,cat\n', { code: 'tooFewColumns', line: 1, columns: 2 }],
		['a,a,label\n', { code: 'duplicateHeader', line: 1, name: 'a' }],
		['a,b,label\n1,2,cat\n1,2\n', { code: 'columnCount', line: 3, expected: 3, got: 2 }],
		[
			'a,b,label\n1,2,cat\n\n1,zwei,dog\n',
			{ code: 'notANumber', line: 4, column: 'b', value: 'zwei' }
		],
		['a,b,label\n1,,cat\n', { code: 'notANumber', line: 2, column: 'b', value: '' }],
		['a,b,label\n1,2,cat\n1,2,\n', { code: 'missingLabel', line: 3 }],
		[
			'a,b,label\n1,2,cat\n1,2,dog\n3,4,fox\n',
			{ code: 'tooManyClasses', line: 4, value: 'fox', classes: ['cat', 'dog'] }
		],
		['a,b,label\n1,2,cat\n1,3,dog\n', { code: 'tooFewRows', rows: 2, min: 4 }],
		['a,b,label\n1,2,cat\n1,3,cat\n2,2,cat\n4,4,cat\n', { code: 'oneClass', value: 'cat' }],
		['a,b,c,d,e,f,g,h,i,label\n', { code: 'tooManyColumns', line: 1, columns: 10, max: 9 }],
		[
			'a,b,label\n1,2,cat\n1e308,3,dog\n',
			{ code: 'tooLarge', line: 3, column: 'a', value: '1e308', max: 1e15 }
		],
		[
			'a,b,label\n1,2,cat\n1,-1e309,dog\n',
			{ code: 'tooLarge', line: 3, column: 'b', value: '-1e309', max: 1e15 }
		]
	])('a bad file is refused with its line and problem: %j', (text, expected) => {
		expect(problem(text)).toEqual(expected);
	});

	test('features up to ±1e15 (millisecond timestamps) are taken, scaled and finite', () => {
		const r = parseCsv('t,b,label\n1e15,2,cat\n-1e15,3,dog\n1.7e12,2,cat\n0,1,dog\n');
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect([...r.data.x].every((v) => v >= 0 && v <= 1)).toBe(true);
		expect(r.data.ranges[0]).toEqual([-1e15, 1e15]);
	});

	test('a file of extreme values never yields a feature that is not finite', () => {
		const rows = ['1e308,-1e308,cat', '-1e308,1e308,dog', '1,2,cat', '3,4,dog'];
		const r = parseCsv(['a,b,label', ...rows].join('\n'));
		expect(r.ok).toBe(false);
	});

	test('too many rows names the first row past the limit', () => {
		const rows = Array.from({ length: 5001 }, (_, i) => `${i},${i % 7},${i % 2 ? 'dog' : 'cat'}`);
		expect(problem(['a,b,label', ...rows].join('\n'))).toEqual({
			code: 'tooManyRows',
			line: 5002,
			max: 5000
		});
	});
});
