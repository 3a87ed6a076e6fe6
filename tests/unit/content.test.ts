import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langs, type Lang } from '$lib/i18n/lang';
import { terms } from '$lib/content/glossary';
import { lessonFolders, lessonSlugs } from '../../scripts/coursePages.mjs';
import { body, lessonProblems, quizIds, type LessonSource } from './lessonChecks';

const ROOT = 'content/lessons';
// As the site reads them (src/lib/content/catalog.server.ts): any numbered folder is a lesson.
const folders = lessonFolders(ROOT);
// steps.ts modules, loaded through Vite so their `$lib` type import resolves like in the app.
// Each lesson's metadata as the site reads it (src/lib/content/catalog.server.ts).
const metadata = import.meta.glob<Record<string, unknown>>('/content/lessons/*/*.md', {
	eager: true,
	import: 'metadata'
});
const stepModules = import.meta.glob<Record<string, unknown>>('/content/lessons/*/steps.ts', {
	eager: true
});

function readLesson(folder: string): LessonSource {
	const markdown: Partial<Record<Lang, string>> = {};
	const meta: LessonSource['meta'] = {};
	for (const lang of langs) {
		const file = join(ROOT, folder, `${lang}.md`);
		if (existsSync(file)) markdown[lang] = readFileSync(file, 'utf8');
		meta[lang] = metadata[`/content/lessons/${folder}/${lang}.md`];
	}
	return {
		folder,
		markdown,
		meta,
		steps: stepModules[`/content/lessons/${folder}/steps.ts`] ?? null
	};
}

describe('every lesson in content/lessons', () => {
	it('holds the ten lessons of CONTENT.md, numbered 01 to 10 in course order', () => {
		const numbers = folders.map((f) => f.split('-')[0]);
		expect(numbers).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10']);
	});

	it.each(folders)('%s: both languages, front matter, same structure, steps match', (folder) => {
		expect(lessonProblems(readLesson(folder))).toEqual([]);
	});

	it.each(folders)('%s: its metadata lists its ## headings and Quiz ids', (folder) => {
		const lesson = readLesson(folder);
		for (const lang of langs) {
			const md = lesson.markdown[lang]!;
			const headings = body(md)
				.split('\n')
				.flatMap((line) => /^##\s+(.+?)\s*$/.exec(line)?.[1] ?? []);
			const toc = lesson.meta[lang]?.toc as { id: string; text: string }[];
			expect(toc.map((e) => e.text)).toEqual(headings);
			expect(toc.map((e) => e.id)).toEqual(headings.map((_, i) => `s${i + 1}`));
			expect(lesson.meta[lang]?.quizIds).toEqual(quizIds(md));
		}
	});

	it('uses each Quiz id in one lesson only', () => {
		const owner = new Map<string, string>();
		const clashes: string[] = [];
		for (const folder of folders) {
			const md = readLesson(folder).markdown[langs[0]] ?? '';
			for (const id of quizIds(md)) {
				const before = owner.get(id);
				if (before && before !== folder) clashes.push(`${id} in ${before} and ${folder}`);
				owner.set(id, folder);
			}
		}
		expect(clashes).toEqual([]);
	});
});

describe('the glossary', () => {
	const slugs = new Set(lessonSlugs(ROOT));

	it('has unique, anchor-safe ids and every field filled in', () => {
		const ids = terms.map((t) => t.id);
		expect(new Set(ids).size).toBe(ids.length);
		const bad = terms.filter(
			(t) =>
				!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(t.id) ||
				![t.zh, t.en, t.defZh, t.defEn].every((s) => s.trim())
		);
		expect(bad.map((t) => t.id)).toEqual([]);
	});

	it('names an existing lesson for every term', () => {
		expect(terms.filter((t) => !slugs.has(t.lesson)).map((t) => `${t.id} → ${t.lesson}`)).toEqual(
			[]
		);
	});

	it('has a term for every ../glossary/#id link in the lessons', () => {
		const ids = new Set(terms.map((t) => t.id));
		const broken: string[] = [];
		for (const folder of folders) {
			for (const [lang, md] of Object.entries(readLesson(folder).markdown)) {
				for (const m of md.matchAll(/\]\(\.\.\/glossary\/#([^)\s]+)\)/g)) {
					if (!ids.has(m[1])) broken.push(`${folder}/${lang}.md → #${m[1]}`);
				}
			}
		}
		expect(broken).toEqual([]);
	});
});

// The checks must be able to fail: each broken lesson below trips exactly the rule it breaks.
describe('the lesson checks catch', () => {
	const zh = `## 一

<Widget name="descent1d" />

<Scrolly widget="neuron" {steps}>
<Step>

a

</Step>
<Step>

b

</Step>
</Scrolly>

## 二

<Think question="q">a</Think>

<Quiz id="x-1" question="q" options={['a', 'b']} answer={0}>

why

</Quiz>

<Quiz id="x-2" question="q" options={['a', 'b']} answer={1}>

why

</Quiz>
`;
	const en = zh;
	const good: LessonSource = {
		folder: '01-sample',
		markdown: { 'zh-TW': zh, en },
		meta: {
			'zh-TW': { title: '標題', summary: '摘要', order: 1 },
			en: { title: 'Title', summary: 'Summary', order: 1 }
		},
		steps: { steps: [{ step: 1 }, { step: 2 }] }
	};
	const problemsWith = (change: Partial<LessonSource>) => lessonProblems({ ...good, ...change });

	it('nothing in a well-formed lesson', () => {
		expect(lessonProblems(good)).toEqual([]);
	});
	it('a missing language', () => {
		expect(problemsWith({ markdown: { 'zh-TW': zh } })).toEqual(['01-sample/en.md is missing']);
	});
	it.each(['title', 'summary', 'order'])('a missing front-matter %s', (field) => {
		const broken = { ...good.meta.en, [field]: undefined };
		expect(problemsWith({ meta: { ...good.meta, en: broken } })).toContain(
			`01-sample/en.md has no front-matter ${field}`
		);
	});
	it('a different number of ## sections', () => {
		const broken = en.replace('## 二', '### 二');
		expect(problemsWith({ markdown: { 'zh-TW': zh, en: broken } }).join()).toMatch(/## sections/);
	});
	it('different widgets', () => {
		const broken = en.replace('name="descent1d"', 'name="surface3d"');
		expect(problemsWith({ markdown: { 'zh-TW': zh, en: broken } }).join()).toMatch(/widgets/);
	});
	it('different Quiz ids', () => {
		const broken = en.replace('id="x-1"', 'id="x-3"');
		expect(problemsWith({ markdown: { 'zh-TW': zh, en: broken } }).join()).toMatch(/Quiz ids/);
	});
	it('a different number of Think questions', () => {
		const broken = en.replace('<Think question="q">a</Think>', '');
		expect(problemsWith({ markdown: { 'zh-TW': zh, en: broken } }).join()).toMatch(/Think/);
	});
	it('an order that is not a number, or differs between languages', () => {
		const text = { ...good.meta.en, order: 'one' };
		expect(problemsWith({ meta: { ...good.meta, en: text } }).join()).toMatch(/non-numeric order/);
		const two = { ...good.meta.en, order: 2 };
		expect(problemsWith({ meta: { ...good.meta, en: two } }).join()).toMatch(/differ in order/);
	});
	it('an order other than the folder number', () => {
		expect(problemsWith({ folder: '02-sample' }).join()).toMatch(/order 1, not its folder/);
	});
	it('fewer than two self-check questions', () => {
		const one = (md: string) => md.replace(/<Quiz id="x-2"[\s\S]*?<\/Quiz>/, '');
		expect(problemsWith({ markdown: { 'zh-TW': one(zh), en: one(en) } }).join()).toMatch(
			/1 Quiz questions, not 2 to 4/
		);
	});
	it('a steps.ts whose length differs from the <Step> blocks', () => {
		expect(problemsWith({ steps: { steps: [{ step: 1 }] } }).join()).toMatch(/2 <Step> blocks/);
	});
	it('a <Step> added in one language only', () => {
		const broken = en.replace('</Scrolly>', '<Step>\n\nc\n\n</Step>\n</Scrolly>');
		expect(problemsWith({ markdown: { 'zh-TW': zh, en: broken } }).join()).toMatch(
			/en\.md: 3 <Step> blocks/
		);
	});
	it('a scrolling lesson without steps.ts', () => {
		expect(problemsWith({ steps: null }).join()).toMatch(/steps\.ts is missing/);
	});
	it('a Scrolly given an array that steps.ts does not export', () => {
		expect(problemsWith({ steps: { other: [{}, {}] } }).join()).toMatch(/exports no array "steps"/);
	});
});
