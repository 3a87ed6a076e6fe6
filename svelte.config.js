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
		prerender: { entries: ['*'], handleHttpError: 'fail' }
	}
};

export default config;
