import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryText, terms } from '$lib/content/glossary';
import { secondNameProblems, secondNames } from './termChecks';

/** Files under `dir` whose names end in one of `exts`, recursively. */
function files(dir: string, exts: string[]): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return files(path, exts);
		return exts.some((e) => name.endsWith(e)) ? [path] : [];
	});
}

const scanned = [
	...files('content/lessons', ['.md', '.ts']),
	// Every string the UI shows lives under src (strings.ts, widget descriptors, pages).
	...files('src', ['.ts', '.svelte']),
	...files('static/figures', ['.svg']),
	// The still pictures a widget shows with JavaScript off.
	...files('static/stills', ['.svg'])
];

describe('one zh-TW name for each thing', () => {
	it('catches a second name, and leaves alone the words that only look like one', () => {
		expect(secondNameProblems('第一題練習均方誤差的算法', 'x')).toEqual([
			'x:1: 算法 (say 計算方式)'
		]);
		expect(secondNameProblems('類神經網路和演算法不同', 'x')).toEqual([]);
		expect(secondNameProblems('把訊息\n往前傳給隱藏層', 'x')).toEqual([
			'x:2: 往前傳 (say 往回傳 / 傳回前面的層)'
		]);
		expect(secondNameProblems('用連鎖律往回傳', 'x')).toEqual([]);
	});

	it('reads the lessons, the strings and the figures', () => {
		expect(scanned.some((f) => f.endsWith('zh-TW.md'))).toBe(true);
		expect(scanned.some((f) => f.endsWith('trainer/strings.ts'))).toBe(true);
		expect(scanned.some((f) => f.endsWith('01-supervised.zh-TW.svg'))).toBe(true);
	});

	it('finds no second name in a lesson, a source file or a figure', () => {
		const problems = scanned.flatMap((f) => secondNameProblems(readFileSync(f, 'utf8'), f));
		expect(problems).toEqual([]);
	});

	it('finds none in the glossary outside its aliases', () => {
		const own = [
			...Object.values(glossaryText).flatMap((t) => Object.values(t)),
			...terms.flatMap((t) => [t.zh, t.en, t.defZh, t.defEn])
		].join('\n');
		expect(secondNameProblems(own, 'content/glossary')).toEqual([]);
	});

	it('lists as glossary aliases the second names a student in Taiwan is likely to meet', () => {
		const aliases = (id: string) => terms.find((t) => t.id === id)?.aliasesZh ?? [];
		expect(aliases('bias')).toContain('偏權值');
		expect(aliases('backpropagation')).toContain('倒傳遞');
		expect(aliases('overfitting')).toContain('過度擬合');
		expect(aliases('batch-size')).toContain('批次大小');
		// Each alias is one the course itself never uses, so the list above keeps it out.
		for (const alias of terms.flatMap((t) => t.aliasesZh ?? []))
			expect(
				secondNames.some((n) => new RegExp(n.banned.source).test(alias)),
				alias
			).toBe(true);
	});
});
