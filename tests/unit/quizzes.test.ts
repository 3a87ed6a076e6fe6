/**
 * The self-check quizzes teach rather than give themselves away: every wrong option says why it
 * is wrong, the answer is not guessable from its position or its length, and both languages ask
 * the same question with the same options in the same order (progress is kept per quiz id).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langs, type Lang } from '$lib/i18n/lang';
import { lessonFolders } from '../../scripts/coursePages.mjs';
import {
	answerPositions,
	answerStandsOut,
	pairProblems,
	quizProblems,
	quizTags,
	stringArray,
	type QuizTag
} from './quizChecks';

const ROOT = 'content/lessons';
const folders = lessonFolders(ROOT);
const course = (lang: Lang): QuizTag[] =>
	folders.flatMap((folder) => quizTags(readFileSync(join(ROOT, folder, `${lang}.md`), 'utf8')));

// No position may hold more than this share of a course's answers, or "always pick B" pays.
const MAX_SHARE = 0.4;

describe('the course’s self-check quizzes', () => {
	it.each(langs)('%s: every wrong option has its own why, the answer has none', (lang) => {
		const quizzes = course(lang);
		expect(quizzes.length).toBeGreaterThanOrEqual(20);
		expect(quizzes.flatMap(quizProblems)).toEqual([]);
	});

	it('zh-TW and en ask each quiz with as many options and the same answer index', () => {
		const [a, b] = langs.map(course);
		expect(a.map((q) => q.id)).toEqual(b.map((q) => q.id));
		expect(pairProblems(a, b)).toEqual([]);
	});

	it.each(langs)('%s: no option position holds more than 40% of the answers', (lang) => {
		const quizzes = course(lang);
		const counts = answerPositions(quizzes);
		for (const n of counts) expect(n / quizzes.length).toBeLessThanOrEqual(MAX_SHARE);
	});

	it.each(langs)('%s: the answer is rarely the option that stands out as longest', (lang) => {
		const quizzes = course(lang);
		const standOut = quizzes.filter((q) => answerStandsOut(q)).map((q) => q.id);
		expect(standOut.length, standOut.join()).toBeLessThanOrEqual(quizzes.length / 3);
	});
});

describe('the quiz checks catch', () => {
	const tag = (attrs: string) => quizTags(`<Quiz id="x" question="q" ${attrs}>\n\nwhy\n</Quiz>`)[0];

	it('reads escaped and typographic quotes in an attribute array', () => {
		const quiz = tag(String.raw`options={['it\'s', 'the layer’s bias', 'a, b']} answer={1}`);
		expect(quiz.options).toEqual(["it's", 'the layer’s bias', 'a, b']);
		expect(stringArray('why={[]}', 'why')).toEqual([]);
		expect(stringArray('options={[1]}', 'why')).toBeNull();
	});

	it('a missing why, a why of the wrong length, an empty or a misplaced one', () => {
		const problems = (why: string) =>
			quizProblems(tag(`options={['a', 'b', 'c']} ${why} answer={1}`)).join();
		expect(problems("why={['no a', '', 'no c']}")).toBe('');
		expect(problems('')).toMatch(/no why/);
		expect(problems("why={['no a', '']}")).toMatch(/2 why entries for 3 options/);
		expect(problems("why={['no a', '', '']}")).toMatch(/wrong option 2 has no why/);
		expect(problems("why={['no a', 'b is right', 'no c']}")).toMatch(/explains the right/);
	});

	it('languages that disagree on the options or the answer', () => {
		const en = [tag("options={['a', 'b', 'c']} answer={1}")];
		expect(pairProblems(en, [tag("options={['a', 'b']} answer={1}")]).join()).toMatch(/3 vs 2/);
		expect(pairProblems(en, [tag("options={['a', 'b', 'c']} answer={2}")]).join()).toMatch(
			/answer 1 vs 2/
		);
	});

	it('answers piled on one position, and an answer longer than the rest by a third', () => {
		const at = (answer: number) => ({ id: 'x', options: ['a', 'b', 'c'], why: null, answer });
		expect(answerPositions([at(1), at(1), at(0), at(2), at(1)])).toEqual([1, 3, 1]);
		const long = { id: 'x', options: ['short', 'a much longer answer', 'brief'], why: null };
		expect(answerStandsOut({ ...long, answer: 1 })).toBe(true);
		expect(answerStandsOut({ ...long, answer: 0 })).toBe(false);
		expect(answerStandsOut({ id: 'x', options: ['abcd', 'abcde'], why: null, answer: 1 })).toBe(
			false
		);
	});
});
