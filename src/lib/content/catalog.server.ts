import { langs, type Lang } from '$lib/i18n/lang';
import type { LessonMeta, LessonMetadata, TocEntry } from './lessons';

// Eager, and only on the server (prerendering): in a page's own script these imports would bring
// every lesson's component along with its metadata. Pages receive the few fields they show.
const modules = import.meta.glob<LessonMetadata>('/content/lessons/*/*.md', {
	eager: true,
	import: 'metadata'
});

type Entry = LessonMeta & Pick<LessonMetadata, 'toc' | 'quizIds' | 'challengeIds'>;

const catalog: Entry[] = Object.entries(modules)
	.flatMap(([path, m]): Entry[] => {
		const [, slug, lang] = /\/\d+-([a-z0-9-]+)\/([^/]+)\.md$/.exec(path) ?? [];
		const known = langs.find((l) => l === lang);
		if (!slug || !known) return [];
		const { title, summary, order, toc, quizIds, challengeIds = [] } = m;
		return [{ slug, lang: known, title, summary, order, toc, quizIds, challengeIds }];
	})
	.sort((a, b) => a.order - b.order);

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

/** Each lesson's challenge ids (<Challenge id="…">), by slug, for the course home's counts. */
export function challengeIdsIn(lang: Lang): Record<string, string[]> {
	return Object.fromEntries(
		catalog.filter((l) => l.lang === lang).map((l) => [l.slug, l.challengeIds])
	);
}

export function lessonToc(lang: Lang, slug: string): TocEntry[] | null {
	return catalog.find((l) => l.lang === lang && l.slug === slug)?.toc ?? null;
}

/** Every (lang, lesson) pair, for prerendering. */
export function lessonEntries(): { lang: Lang; lesson: string }[] {
	const slugs = [...new Set(catalog.map((l) => l.slug))];
	return langs.flatMap((lang) => slugs.map((lesson) => ({ lang, lesson })));
}
