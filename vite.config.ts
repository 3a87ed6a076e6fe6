import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { compileHints } from './scripts/compileHints.js';

export default defineConfig({
	plugins: [sveltekit(), compileHints()],
	worker: { format: 'es' },
	optimizeDeps: { include: ['comlink', 'd3', 'three', 'valibot'] },
	server: { fs: { allow: ['content'] } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
