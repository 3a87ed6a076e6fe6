import { error } from '@sveltejs/kit';
import { challengeIdsIn, lessonsIn, quizIdsIn } from '$lib/content/catalog.server';
import { isLang } from '$lib/i18n/lang';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params }) => {
	if (!isLang(params.lang)) error(404, 'Not found');
	return {
		lessons: lessonsIn(params.lang),
		quizIds: quizIdsIn(params.lang),
		challengeIds: challengeIdsIn(params.lang)
	};
};
