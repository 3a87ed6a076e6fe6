import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The d3 modules that touch the DOM or the page's clock. The pure ones (d3-array, d3-contour,
 * d3-scale …) are numbers in, numbers out, and may be used below the widgets.
 */
const d3WithDom = [
	'd3',
	'd3-selection',
	'd3-transition',
	'd3-zoom',
	'd3-drag',
	'd3-brush',
	'd3-axis',
	'd3-timer',
	'd3-fetch'
];

/** `$lib/<name>` and the relative path to it, for each folder named: those above a layer. */
const above = (...names) => names.flatMap((n) => [`$lib/${n}`, `$lib/${n}/**`, `../${n}/*`]);

/** The layers of DESIGN.md: each may import only the ones below it. */
const layer = (files, forbidden, message) => ({
	files,
	rules: {
		'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }]
	}
});

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			// Links are plain paths under a root-served static site.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	layer(
		['src/lib/math/**'],
		[
			...above('engine', 'ui', 'widgets', 'slides', 'content'),
			'$lib/i18n/**',
			'svelte',
			'svelte/*',
			'three',
			...d3WithDom,
			'$app/*'
		],
		'src/lib/math is pure: it imports no engine, UI, Svelte, three or d3 module that touches the DOM.'
	),
	layer(
		['src/lib/engine/**'],
		[
			...above('ui', 'widgets', 'slides', 'content'),
			'svelte',
			'svelte/*',
			'three',
			...d3WithDom,
			'$app/*'
		],
		'src/lib/engine wraps math for the worker: it imports no widgets, UI, Svelte, three or d3 module that touches the DOM.'
	),
	layer(
		['src/lib/i18n/**'],
		['$lib/*', '$lib/**', '!$lib/i18n/**', '../*', '!../i18n/*', '$app/*'],
		'src/lib/i18n is strings and language rules: it imports nothing of the site above it.'
	),
	layer(
		['src/lib/ui/**'],
		[...above('widgets', 'slides', 'content'), '../../routes/*'],
		'src/lib/ui holds components that know nothing of widgets, slides, lessons or routes.'
	),
	layer(
		['src/lib/widgets/**'],
		[...above('slides', 'content'), '../../routes/*', '../../../routes/*'],
		'Widgets know nothing of slides, lessons or routes: a page places them, a lesson names them.'
	),
	layer(
		['src/lib/slides/**'],
		[...above('widgets', 'content'), '../../routes/*'],
		'Slides lay out a lesson already on the page: they import no widget, lesson or route.'
	),
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench/results/'
		]
	}
);
