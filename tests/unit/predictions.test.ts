/**
 * Predict, then see: every lesson with a widget (2–9) asks the reader to commit to a prediction
 * at least once, in both languages alike, and each prediction guards a step that shows the answer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langs, type Lang } from '$lib/i18n/lang';
import { lessonFolders } from '../../scripts/coursePages.mjs';
import { predictPairProblems, predictProblems, predictTags } from './predictChecks';

const ROOT = 'content/lessons';
const read = (folder: string, lang: Lang) =>
	predictTags(readFileSync(join(ROOT, folder, `${lang}.md`), 'utf8'));
// Lessons 2–9: every lesson with a widget, from the neuron to biased data.
const withWidgets = lessonFolders(ROOT).filter((f) => {
	const n = Number(f.slice(0, 2));
	return n >= 2 && n <= 9;
});

describe('the lessons’ predictions', () => {
	it('cover lessons 2–9', () => {
		expect(withWidgets).toHaveLength(8);
	});

	it.each(withWidgets)('%s: at least one in each language, each well formed', (folder) => {
		for (const lang of langs) {
			const tags = read(folder, lang);
			expect(tags.length, lang).toBeGreaterThanOrEqual(1);
			expect(tags.flatMap(predictProblems), lang).toEqual([]);
		}
	});

	it.each(withWidgets)('%s: zh-TW and en ask the same, with the same answer', (folder) => {
		const [a, b] = langs.map((lang) => read(folder, lang));
		expect(predictPairProblems(a, b)).toEqual([]);
	});

	it('each id once in the course (the reader’s choice is kept under it)', () => {
		const ids = lessonFolders(ROOT).flatMap((f) => read(f, 'en').map((p) => p.id));
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('guard a step wherever they sit in a scroll', () => {
		const inSteps = withWidgets.flatMap((f) => read(f, 'en')).filter((p) => p.inStep);
		expect(inSteps.length).toBeGreaterThanOrEqual(7);
		expect(inSteps.every((p) => p.guardsAStep)).toBe(true);
	});
});

describe('the prediction checks catch', () => {
	const one = (attrs: string, around = (t: string) => t) =>
		predictTags(around(`<Predict id="x" question="q" ${attrs} />`))[0];
	const scroll = (t: string) => `<Scrolly><Step>\n\n${t}\n\n</Step>\n<Step>b</Step>\n</Scrolly>`;
	const last = (t: string) => `<Scrolly><Step>a</Step>\n<Step>\n\n${t}\n\n</Step>\n</Scrolly>`;

	it('a prediction in a scroll’s last step, which has nothing to guard', () => {
		const ok = one("options={['a', 'b']} answer={1}", scroll);
		expect(ok).toMatchObject({ inStep: true, guardsAStep: true });
		expect(predictProblems(ok)).toEqual([]);
		const bad = one("options={['a', 'b']} answer={1}", last);
		expect(predictProblems(bad).join()).toMatch(/guards nothing/);
		expect(predictProblems(one("options={['a', 'b']} answer={0}"))).toEqual([]);
	});

	it('too few or too many options, and an answer that is none of them', () => {
		expect(predictProblems(one("options={['a']} answer={0}")).join()).toMatch(/1 options/);
		const five = "options={['a', 'b', 'c', 'd', 'e']} answer={0}";
		expect(predictProblems(one(five)).join()).toMatch(/5 options/);
		expect(predictProblems(one("options={['a', 'b']} answer={2}")).join()).toMatch(/no option/);
	});

	it('languages that disagree on the id, the options, the answer or the place', () => {
		const en = [one("options={['a', 'b', 'c']} answer={1}", scroll)];
		const zh = (attrs: string, around = scroll) => [one(attrs, around)];
		expect(predictPairProblems(en, zh("options={['一', '二', '三']} answer={1}"))).toEqual([]);
		expect(predictPairProblems(en, zh("options={['a', 'b']} answer={1}")).join()).toMatch(/3 vs 2/);
		expect(predictPairProblems(en, zh("options={['a', 'b', 'c']} answer={2}")).join()).toMatch(
			/answer 1 vs 2/
		);
		expect(
			predictPairProblems(
				en,
				zh("options={['a', 'b', 'c']} answer={1}", (t) => t)
			).join()
		).toMatch(/another place/);
		expect(predictPairProblems(en, []).join()).toMatch(/1 vs 0/);
	});
});
