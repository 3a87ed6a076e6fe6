import { error } from '@sveltejs/kit';
import { glossaryIn } from '$lib/content/glossary';
import { isLang, langs } from '$lib/i18n/lang';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => langs.map((lang) => ({ lang }));

// Read at build time: the page receives its own language's terms, not both files.
export const load: PageServerLoad = ({ params }) => {
	if (!isLang(params.lang)) error(404, 'Not found');
	return { glossary: glossaryIn(params.lang) };
};
