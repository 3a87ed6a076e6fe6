import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import remarkMath from 'remark-math';
import { figureImages } from './src/lib/content/figureImages.js';
import { headingIds, lessonLinks } from './src/lib/content/headingIds.js';
import { quizIds } from './src/lib/content/quizIds.js';
import { staticMath } from './src/lib/content/staticMath.js';

// The root page runs static/choose-language.js inline, so the language is chosen as soon as the
// page's head is read, not after one more request; the policy allows exactly that script.
const chooser = readFileSync(new URL('./static/choose-language.js', import.meta.url), 'utf8');
const chooserHash = `sha256-${createHash('sha256').update(chooser).digest('base64')}`;

// A page links a picture for each scroll step's print (src/lib/widgets/stepStill.ts), and a
// missing one fails the build. `npm run stills` draws them from a build of the site itself, so
// that build (STILLS_DRAFT=1) lets those alone be missing.
const stillsDraft = process.env.STILLS_DRAFT === '1';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [
		vitePreprocess(),
		mdsvex({
			extensions: ['.md'],
			remarkPlugins: [remarkMath],
			// headingIds reads the headings' text before staticMath turns their TeX into markup.
			rehypePlugins: [headingIds, quizIds, staticMath, lessonLinks, figureImages]
		})
	],
	kit: {
		adapter: adapter({ strict: true }),
		alias: { $content: 'content' },
		// Every stylesheet goes into the page's <head>: a first paint then waits for the HTML alone,
		// not for five more requests (KaTeX's rules, the app's, each component's). A lesson's styles
		// are about 10 KB gzip; the fonts they name still load only when text needs them.
		inlineStyleThreshold: Infinity,
		prerender: {
			entries: ['*'],
			handleHttpError: ({ path, message }) => {
				if (stillsDraft && path.startsWith('/stills/steps/')) return;
				throw new Error(message);
			}
		},
		// src/routes/+layout.svelte registers it once the page is loaded and idle.
		serviceWorker: { register: false },
		// Prerendered pages carry this policy in a <meta> tag, with a hash for each inline script
		// SvelteKit writes: no script runs unless it is one of ours. Styles may be inline because
		// KaTeX's markup and Svelte's style: directives set style attributes; that lets no code run.
		// (frame-ancestors and report-uri are ignored in <meta>: a host sets them as headers.)
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', /** @type {`sha256-${string}`} */ (chooserHash)],
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
