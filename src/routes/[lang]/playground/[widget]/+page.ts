import { error } from '@sveltejs/kit';
import { langs } from '$lib/i18n/lang';
import { findWidget, widgets } from '$lib/widgets/registry';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () =>
	langs.flatMap((lang) => widgets.map((w) => ({ lang, widget: w.name })));

export const load: PageLoad = ({ params }) => {
	const descriptor = findWidget(params.widget);
	if (!descriptor) error(404, 'Not found');
	return { name: descriptor.name };
};
