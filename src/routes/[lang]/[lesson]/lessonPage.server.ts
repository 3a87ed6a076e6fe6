import { error } from '@sveltejs/kit';
import { lessonEntries, lessonsIn, lessonToc } from '$lib/content/catalog.server';
import { isLang } from '$lib/i18n/lang';

/**
 * The lesson, its slides and its presenter view are prerendered for every lesson in both
 * languages, from the same catalog entry; each page's +page.server.ts re-exports these.
 */
export const entries = () => lessonEntries();

export function load({ params }: { params: { lang: string; lesson: string } }) {
	if (!isLang(params.lang)) error(404, 'Not found');
	const list = lessonsIn(params.lang);
	const index = list.findIndex((l) => l.slug === params.lesson);
	if (index < 0) error(404, 'Not found');
	return {
		lang: params.lang,
		meta: list[index],
		number: index + 1,
		toc: lessonToc(params.lang, params.lesson) ?? [],
		prev: list[index - 1] ?? null,
		next: list[index + 1] ?? null
	};
}

export type LessonPageData = ReturnType<typeof load>;
