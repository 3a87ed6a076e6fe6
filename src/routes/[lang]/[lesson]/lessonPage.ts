import { error } from '@sveltejs/kit';
import { loadLessonBody } from '$lib/content/lessons';
import type { LessonPageData } from './lessonPage.server';

/** Adds the lesson's body (its own chunk) to what lessonPage.server.ts found; shared like it. */
export async function load({ data }: { data: LessonPageData }) {
	const body = await loadLessonBody(data.meta.lang, data.meta.slug);
	if (!body) error(404, 'Not found');
	return { ...data, body };
}
