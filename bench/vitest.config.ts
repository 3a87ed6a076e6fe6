import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// Benchmarks run as plain Vitest files so they can import $lib; they measure, they do not assert.
export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['bench/**/*.bench.ts'],
		environment: 'node',
		testTimeout: 600_000
	}
});
