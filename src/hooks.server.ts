import type { Handle } from '@sveltejs/kit';
import { defaultLang, isLang } from '$lib/i18n/lang';

// Prerendered pages get the right <html lang>, so screen readers and CJK fonts pick correctly.
export const handle: Handle = async ({ event, resolve }) => {
	const first = event.url.pathname.split('/')[1];
	const lang = isLang(first) ? first : defaultLang;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
