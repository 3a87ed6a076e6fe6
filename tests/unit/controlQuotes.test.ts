import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langs } from '$lib/i18n/lang';
import { lessonFolders } from '../../scripts/coursePages.mjs';
import { body } from './lessonChecks';
import { controlQuoteProblems, quotedControls } from './quoteChecks';
import { stringsFiles } from './uiTexts';

// Every string the UI shows in one language: a quoted control must read as one of these.
const labels = Object.fromEntries(
	langs.map((lang) => [lang, new Set(stringsFiles.flatMap((f) => f.texts[lang]))])
) as Record<(typeof langs)[number], Set<string>>;

describe('a hint that quotes a control quotes its exact label', () => {
	it('finds the quotes a text asks the reader to act on, and only those', () => {
		expect(quotedControls('按「播放」或「下一步」，看球怎麼走。', 'zh-TW')).toEqual([
			'播放',
			'下一步'
		]);
		expect(quotedControls('模型說「70% 是狗」。', 'zh-TW')).toEqual([]);
		expect(quotedControls('Press “Play” or “Step” to watch.', 'en')).toEqual(['Play', 'Step']);
		expect(quotedControls('The model said “70% dog”.', 'en')).toEqual([]);
	});

	it('catches a hint whose quote is not the label (the trainer once said “Show the next picture”)', () => {
		const button = new Set(['Show the next picture and correct']);
		expect(
			controlQuoteProblems(
				['Press “Show the next picture”: the model guesses first.'],
				button,
				'en',
				'x'
			)
		).toHaveLength(1);
		expect(
			controlQuoteProblems(['Press “Show the next picture and correct”.'], button, 'en', 'x')
		).toEqual([]);
	});

	it('reads the strings files, including hints built by functions', () => {
		expect(stringsFiles.length).toBeGreaterThanOrEqual(6);
		const trainer = stringsFiles.find((f) => f.file.endsWith('widgets/trainer/strings.ts'));
		expect(trainer?.texts.en.some((t) => quotedControls(t, 'en').length > 0)).toBe(true);
		expect(trainer?.texts['zh-TW'].some((t) => quotedControls(t, 'zh-TW').length > 0)).toBe(true);
	});

	it.each(langs)('in every strings file (%s)', (lang) => {
		const problems = stringsFiles.flatMap((f) =>
			controlQuoteProblems(f.texts[lang], labels[lang], lang, f.file)
		);
		expect(problems).toEqual([]);
	});

	it.each(langs)('in every lesson (%s)', (lang) => {
		const problems = lessonFolders('content/lessons').flatMap((folder: string) => {
			const md = body(readFileSync(join('content/lessons', folder, `${lang}.md`), 'utf8'));
			return controlQuoteProblems(md.split('\n'), labels[lang], lang, folder);
		});
		expect(problems).toEqual([]);
	});
});
