import { error } from '@sveltejs/kit';
import { lessonEntries, lessonsIn, lessonToc } from '$lib/content/catalog.server';
import { isLang } from '$lib/i18n/lang';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => lessonEntries();

export const load: PageServerLoad = ({ params }) => {
	if (!isLang(params.lang)) error(404, 'Not found');
	const list = lessonsIn(params.lang);
	const index = list.findIndex((l) => l.slug === params.lesson);
	if (index < 0) error(404, 'Not found');
	return {
		meta: list[index],
		number: index + 1,
		toc: lessonToc(params.lang, params.lesson) ?? [],
		prev: list[index - 1] ?? null,
		next: list[index + 1] ?? null
	};
};
