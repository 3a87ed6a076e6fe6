import { error } from '@sveltejs/kit';
import { loadLessonBody } from '$lib/content/lessons';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => {
	const body = await loadLessonBody(data.meta.lang, data.meta.slug);
	if (!body) error(404, 'Not found');
	return { ...data, body };
};
