/**
 * Structural checks on lesson sources, shared by tests/unit/content.test.ts. Pure functions over
 * strings, so the test can feed them both the real lessons and deliberately broken ones.
 */
import { langs, type Lang } from '$lib/i18n/lang';

export const REQUIRED_FIELDS = ['title', 'summary', 'order'] as const;

/** One lesson folder as read from disk: its Markdown per language and its steps module, if any. */
export interface LessonSource {
	folder: string;
	markdown: Partial<Record<Lang, string>>;
	/** Each language's `metadata` as mdsvex exports it (the front matter, parsed by mdsvex). */
	meta: Partial<Record<Lang, Record<string, unknown>>>;
	/** The exports of steps.ts (arrays of step settings), or null when the lesson has none. */
	steps: Record<string, unknown> | null;
}

/** The text with front matter and fenced code removed: tags shown as code are not components. */
export function body(markdown: string): string {
	return markdown.replace(/^---[\s\S]*?\n---/, '').replace(/```[\s\S]*?```/g, '');
}

/** Number of `##` sections (the slides and the table of contents split here). */
export function sectionCount(markdown: string): number {
	return body(markdown)
		.split('\n')
		.filter((line) => /^##\s/.test(line)).length;
}

/** Widget names in document order, whether embedded directly or driven by a Scrolly. */
export function widgetNames(markdown: string): string[] {
	const names: string[] = [];
	for (const m of body(markdown).matchAll(/<(Widget|Scrolly)\b[^>]*?\b(name|widget)="([^"]+)"/g)) {
		names.push(m[3]);
	}
	return names;
}

/** Quiz ids in document order. */
export function quizIds(markdown: string): string[] {
	return [...body(markdown).matchAll(/<Quiz\b[^>]*?\bid="([^"]+)"/g)].map((m) => m[1]);
}

/** Each <Scrolly> block: its widget, the name of its steps export and how many <Step> blocks it holds. */
export function scrollyBlocks(
	markdown: string
): { widget: string; stepsName: string; stepCount: number; texts: string[] }[] {
	const blocks: { widget: string; stepsName: string; stepCount: number; texts: string[] }[] = [];
	for (const m of body(markdown).matchAll(/<Scrolly\b([^>]*)>([\s\S]*?)<\/Scrolly>/g)) {
		const attrs = m[1];
		const named = /\bsteps=\{\s*(\w+)\s*\}/.exec(attrs);
		const stepsName = named ? named[1] : /\{\s*steps\s*\}/.test(attrs) ? 'steps' : '?';
		const widget = /\bwidget="([^"]+)"/.exec(attrs)?.[1] ?? '?';
		const texts = [...m[2].matchAll(/<Step>([\s\S]*?)<\/Step>/g)].map((t) => t[1].trim());
		blocks.push({ widget, stepsName, stepCount: (m[2].match(/<Step>/g) ?? []).length, texts });
	}
	return blocks;
}

/** <Step> blocks anywhere in the lesson (inside or, wrongly, outside a Scrolly). */
export function stepCount(markdown: string): number {
	return (body(markdown).match(/<Step>/g) ?? []).length;
}

/** Number of <Think> questions. */
export function thinkCount(markdown: string): number {
	return (body(markdown).match(/<Think\b/g) ?? []).length;
}

function same<T>(a: T[], b: T[]): boolean {
	return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Every problem found in one lesson, as sentences naming the file and the difference. */
export function lessonProblems(lesson: LessonSource): string[] {
	const problems: string[] = [];
	const where = (lang: Lang) => `${lesson.folder}/${lang}.md`;
	const present = langs.filter((lang) => lesson.markdown[lang] !== undefined);
	for (const lang of langs) {
		if (lesson.markdown[lang] === undefined) problems.push(`${where(lang)} is missing`);
	}
	for (const lang of present) {
		const fm = lesson.meta[lang] ?? {};
		for (const field of REQUIRED_FIELDS) {
			if (String(fm[field] ?? '').trim() === '')
				problems.push(`${where(lang)} has no front-matter ${field}`);
		}
		if (fm.order !== undefined && typeof fm.order !== 'number') {
			problems.push(`${where(lang)} has a non-numeric order "${fm.order}"`);
		} else if (fm.order !== undefined && fm.order !== Number(lesson.folder.slice(0, 2))) {
			problems.push(`${where(lang)} has order ${fm.order}, not its folder's number`);
		}
		// A short self-check ends each lesson (CONTENT.md): two to four questions.
		const quizzes = quizIds(lesson.markdown[lang]!).length;
		if (quizzes < 2 || quizzes > 4) {
			problems.push(`${where(lang)} has ${quizzes} Quiz questions, not 2 to 4`);
		}
	}
	// Compare every language with the first one present.
	const [first, ...others] = present;
	if (first) {
		const a = lesson.markdown[first]!;
		for (const lang of others) {
			const b = lesson.markdown[lang]!;
			const pair = `${first} and ${lang}`;
			if (sectionCount(a) !== sectionCount(b)) {
				problems.push(
					`${lesson.folder}: ${pair} differ in ## sections (${sectionCount(a)} vs ${sectionCount(b)})`
				);
			}
			if (!same(widgetNames(a), widgetNames(b))) {
				problems.push(
					`${lesson.folder}: ${pair} differ in widgets (${widgetNames(a)} vs ${widgetNames(b)})`
				);
			}
			if (!same(quizIds(a), quizIds(b))) {
				problems.push(
					`${lesson.folder}: ${pair} differ in Quiz ids (${quizIds(a)} vs ${quizIds(b)})`
				);
			}
			if (thinkCount(a) !== thinkCount(b)) {
				problems.push(
					`${lesson.folder}: ${pair} differ in Think questions (${thinkCount(a)} vs ${thinkCount(b)})`
				);
			}
			const orderA = lesson.meta[first]?.order;
			const orderB = lesson.meta[lang]?.order;
			if (orderA !== orderB) {
				problems.push(`${lesson.folder}: ${pair} differ in order (${orderA} vs ${orderB})`);
			}
		}
	}
	// Scroll steps: each Scrolly's <Step> count must equal the length of the array it is given.
	for (const lang of present) {
		const md = lesson.markdown[lang]!;
		const blocks = scrollyBlocks(md);
		const inside = blocks.reduce((n, b) => n + b.stepCount, 0);
		if (stepCount(md) !== inside)
			problems.push(`${where(lang)} has a <Step> outside any <Scrolly>`);
		if (blocks.length > 0 && !lesson.steps) {
			problems.push(`${where(lang)} scrolls but ${lesson.folder}/steps.ts is missing`);
			continue;
		}
		for (const block of blocks) {
			const arr = lesson.steps?.[block.stepsName];
			if (!Array.isArray(arr)) {
				problems.push(`${where(lang)}: steps.ts exports no array "${block.stepsName}"`);
			} else if (arr.length !== block.stepCount) {
				problems.push(
					`${where(lang)}: ${block.stepCount} <Step> blocks but steps.ts "${block.stepsName}" has ${arr.length} entries`
				);
			}
		}
	}
	// And the steps module as a whole: no array left over that no Scrolly uses.
	if (lesson.steps) {
		const total = Object.values(lesson.steps)
			.filter(Array.isArray)
			.reduce((n, arr) => n + arr.length, 0);
		for (const lang of present) {
			const count = stepCount(lesson.markdown[lang]!);
			if (count !== total) {
				problems.push(
					`${where(lang)}: ${count} <Step> blocks but steps.ts has ${total} entries in all`
				);
			}
		}
	}
	return problems;
}
