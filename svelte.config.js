import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import remarkMath from 'remark-math';
import rehypeKatexSvelte from 'rehype-katex-svelte';
import { headingIds, lessonLinks } from './src/lib/content/headingIds.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [
		vitePreprocess(),
		mdsvex({
			extensions: ['.md'],
			remarkPlugins: [remarkMath],
			rehypePlugins: [rehypeKatexSvelte, headingIds, lessonLinks]
		})
	],
	kit: {
		adapter: adapter({ strict: true }),
		alias: { $content: 'content' },
		// Every stylesheet goes into the page's <head>: a first paint then waits for the HTML alone,
		// not for five more requests (KaTeX's rules, the app's, each component's). A lesson's styles
		// are about 10 KB gzip; the fonts they name still load only when text needs them.
		inlineStyleThreshold: Infinity,
		prerender: { entries: ['*'], handleHttpError: 'fail' },
		// Prerendered pages carry this policy in a <meta> tag, with a hash for each inline script
		// SvelteKit writes: no script runs unless it is one of ours. Styles may be inline because
		// KaTeX's markup and Svelte's style: directives set style attributes; that lets no code run.
		// (frame-ancestors and report-uri are ignored in <meta>: a host sets them as headers.)
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				// Vite inlines KaTeX's smallest font into the stylesheet as a data: URL.
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
