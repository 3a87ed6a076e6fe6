import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLang, langs, type Lang } from '$lib/i18n/lang';
import { parseFrontMatter } from './frontMatter';
import { tableOfContents, type TocEntry } from './toc';

/** A lesson's front matter plus where it lives. */
export interface LessonMeta {
	/** Folder name without its number, e.g. "gradient-descent". */
	slug: string;
	lang: Lang;
	title: string;
	summary: string;
	order: number;
}

const ROOT = 'content/lessons';

// Read at build time only (prerendering): pages receive the few fields they show, never the
// Markdown source.
type Entry = LessonMeta & { toc: TocEntry[]; quizIds: string[] };

function readCatalog(): Entry[] {
	const found: Entry[] = [];
	for (const folder of readdirSync(ROOT)) {
		const m = /^\d+-([a-z0-9-]+)$/.exec(folder);
		if (!m) continue;
		for (const file of readdirSync(join(ROOT, folder))) {
			const lang = file.replace(/\.md$/, '');
			if (!file.endsWith('.md') || !isLang(lang)) continue;
			const markdown = readFileSync(join(ROOT, folder, file), 'utf8');
			const fm = parseFrontMatter(markdown) ?? {};
			found.push({
				slug: m[1],
				lang,
				title: fm.title ?? m[1],
				summary: fm.summary ?? '',
				order: Number(fm.order ?? 0),
				toc: tableOfContents(markdown),
				quizIds: [...markdown.matchAll(/<Quiz\b[^>]*?\bid="([^"]+)"/g)].map((q) => q[1])
			});
		}
	}
	return found.sort((a, b) => a.order - b.order);
}

const catalog = readCatalog();

export function lessonsIn(lang: Lang): LessonMeta[] {
	return catalog
		.filter((l) => l.lang === lang)
		.map(({ slug, lang, title, summary, order }) => ({ slug, lang, title, summary, order }));
}

/**
 * Every self-check's id in the course, so the reader's stored answers can be checked against
 * the questions that exist without loading every lesson.
 */
export function quizIdsIn(lang: Lang): string[] {
	return catalog.filter((l) => l.lang === lang).flatMap((l) => l.quizIds);
}

export function lessonToc(lang: Lang, slug: string): TocEntry[] | null {
	return catalog.find((l) => l.lang === lang && l.slug === slug)?.toc ?? null;
}

/** Every (lang, lesson) pair, for prerendering. */
export function lessonEntries(): { lang: Lang; lesson: string }[] {
	const slugs = [...new Set(catalog.map((l) => l.slug))];
	return langs.flatMap((lang) => slugs.map((lesson) => ({ lang, lesson })));
}
