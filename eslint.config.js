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

/** The layers of DESIGN.md: each may import only the ones below it. */
const layer = (files, forbidden, message) => ({
	files,
	rules: {
		'no-restricted-imports': [
			'error',
			{ patterns: forbidden.map((group) => ({ group: [group], message })) }
		]
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
			'$lib/engine*',
			'$lib/engine/**',
			'$lib/widgets/**',
			'$lib/ui/**',
			'$lib/i18n/**',
			'svelte',
			'svelte/*',
			'three',
			...d3WithDom,
			'$app/*',
			'../engine/*',
			'../widgets/*',
			'../ui/*'
		],
		'src/lib/math is pure: it imports no engine, UI, Svelte, three or d3 module that touches the DOM.'
	),
	layer(
		['src/lib/engine/**'],
		[
			'$lib/widgets/**',
			'$lib/ui/**',
			'svelte',
			'svelte/*',
			'three',
			...d3WithDom,
			'$app/*',
			'../widgets/*',
			'../ui/*'
		],
		'src/lib/engine wraps math for the worker: it imports no widgets, UI, Svelte, three or d3 module that touches the DOM.'
	),
	layer(
		['src/lib/widgets/**', 'src/lib/ui/**'],
		['$lib/content/**', '/content/**', '$content/**', '../../routes/*'],
		'Widgets and UI know nothing of lessons or routes.'
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
