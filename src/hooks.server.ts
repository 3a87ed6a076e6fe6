import type { Handle } from '@sveltejs/kit';
import { defaultLang, isLang } from '$lib/i18n/lang';

/** Pages written as /404.html and /offline.html: shown at any address, so their links must be absolute. */
const standalone = new Set(['/404', '/offline']);

export const handle: Handle = async ({ event, resolve }) => {
	const first = event.url.pathname.split('/')[1];
	const lang = isLang(first) ? first : defaultLang;
	const anywhere = standalone.has(event.route.id ?? '');
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => {
			// Prerendered pages get the right <html lang>, so screen readers and CJK fonts pick correctly.
			const page = html.replace('%lang%', lang);
			// SvelteKit links assets relative to the page ("./favicon.ico"); 404.html is served for
			// any unknown address, where "./" would point somewhere that does not exist.
			return anywhere
				? page.replace(/(href|src)="\.\//g, '$1="/').replace(/url\(\.\//g, 'url(/')
				: page;
		}
	});
	// An unknown address while the server renders (`vite preview`) gets the same page a static
	// host serves, 404.html, with its status.
	if (
		response.status === 404 &&
		!anywhere &&
		event.request.headers.get('accept')?.includes('text/html')
	) {
		const page = await event.fetch('/404');
		// Its body comes decoded: none of its headers (content-encoding) may come along.
		if (page.ok) {
			const headers = { 'content-type': 'text/html; charset=utf-8' };
			return new Response(await page.text(), { status: 404, headers });
		}
	}
	return response;
};
