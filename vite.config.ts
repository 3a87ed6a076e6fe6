import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { compileHints } from './scripts/compileHints.js';

export default defineConfig({
	plugins: [sveltekit(), compileHints()],
	worker: { format: 'es' },
	// Every page needs Svelte's runtime, SvelteKit's client and the few modules of the layout
	// (languages, strings, progress, idle): one file, not ten of a few hundred bytes each. A
	// lesson page starts with 8 scripts instead of 17, so fewer round trips on a slow link, and
	// 1.2 KB less gzip, although Svelte's few modules that only widgets use come along (about 1 KB
	// before gzip).
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							name: 'runtime',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue|clsx)[\\/]|vite[\\/](preload-helper|modulepreload)|src[\\/]lib[\\/](i18n[\\/](lang|strings|context)|ui[\\/](idle|progress))\.ts$/
						}
					]
				}
			}
		}
	},
	optimizeDeps: { include: ['comlink', 'd3', 'three', 'valibot'] },
	server: { fs: { allow: ['content'] } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// The test files share their workers' module graph instead of importing it afresh each
		// (transforming and importing the same modules again took more than half of the unit
		// tests' time); the math has no module state, and the files that stub globals or fake
		// timers put them back after each test.
		isolate: false,
		expect: { requireAssertions: true }
	}
});
