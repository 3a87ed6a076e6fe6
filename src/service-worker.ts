/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline after the first visit: on install the whole course (app code, static files and every
 * prerendered page) goes into one cache named after the build, so a reader who opened any page
 * once can read every lesson and use every widget with the network off.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `descent-${version}`;

// `build` lists the client's chunks, styles and the engine worker; `prerendered` every page and
// its __data.json. KaTeX ships each font as woff2, woff and ttf; every browser that runs a service worker reads
// woff2, so the two older formats would only fill the cache.
const wanted = (path: string) => !/\.(woff|ttf)$/.test(path);
const ASSETS = [...new Set([...build, ...files, ...prerendered])].filter(wanted);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(ASSETS);
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

/** Pages are prerendered at `/path/`; a query string (a widget's settings) does not change them. */
function pageKey(url: URL): string {
	return url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname)
		? url.pathname
		: `${url.pathname}/`;
}

/** Every page the build holds, as its cache key: an address outside it is unknown to the course. */
const PAGES = new Set(prerendered);

async function respond(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const cache = await caches.open(CACHE);
	const isPage = request.mode === 'navigate';
	const cached = await cache.match(isPage ? pageKey(url) : url.pathname);
	// The cache holds exactly this build, so what it has is current: answer from it at once.
	if (cached) return cached;
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') cache.put(request, response.clone());
		return response;
	} catch (err) {
		const fallback = await cache.match(url.pathname);
		if (fallback) return fallback;
		const page = isPage ? await offlineAnswer(cache, url) : undefined;
		if (page) return page;
		throw err;
	}
}

/**
 * With the network down, a page the cache does not hold: the course's offline page (listing
 * the pages that do open) for one the course has, its 404 page for an address it does not have.
 * Either beats the browser's own error page, which says nothing about the course.
 */
async function offlineAnswer(cache: Cache, url: URL): Promise<Response | undefined> {
	const html = { 'content-type': 'text/html; charset=utf-8' };
	if (PAGES.has(pageKey(url))) {
		const offline = await cache.match('/offline');
		if (offline)
			return new Response(await storedOnly(await offline.text(), cache), {
				status: 503,
				statusText: 'Service Unavailable',
				headers: html
			});
	}
	const missing = await cache.match('/404');
	return missing
		? new Response(missing.body, { status: 404, statusText: 'Not Found', headers: html })
		: undefined;
}

/** The offline page's lists (items marked data-page, see CourseMap.svelte) cut to what the cache holds. */
async function storedOnly(page: string, cache: Cache): Promise<string> {
	const items = [...page.matchAll(/<li data-page="([^"]+)">[\s\S]*?<\/li>/g)];
	let out = page;
	for (const [item, path] of items) if (!(await cache.match(path))) out = out.replace(item, '');
	return out;
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || request.headers.has('range')) return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(respond(request));
});
