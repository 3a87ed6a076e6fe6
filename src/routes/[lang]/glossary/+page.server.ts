import { error } from '@sveltejs/kit';
import { lessonsIn } from '$lib/content/catalog.server';
import { isLang } from '$lib/i18n/lang';
import type { PageServerLoad } from './$types';

// The lessons' titles and order, to group the terms under links to their lessons. Loaded here
// rather than taken from the [lang] layout, whose universal load passes on only `lang`.
export const load: PageServerLoad = ({ params }) => {
	if (!isLang(params.lang)) error(404, 'Not found');
	return { lessons: lessonsIn(params.lang) };
};
