import { error } from '@sveltejs/kit';
import { lessonEntries, lessonsIn } from '$lib/content/catalog.server';
import { isLang } from '$lib/i18n/lang';

/** Every lesson in both languages: the slides and the presenter view are prerendered for each. */
export const deckEntries = () => lessonEntries();

/** What the slides and the presenter view need from the catalog, at build time. */
export function deckData(params: { lang: string; lesson: string }) {
	if (!isLang(params.lang)) error(404, 'Not found');
	const list = lessonsIn(params.lang);
	const index = list.findIndex((l) => l.slug === params.lesson);
	if (index < 0) error(404, 'Not found');
	return { lang: params.lang, meta: list[index], number: index + 1 };
}
