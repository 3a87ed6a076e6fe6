import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

// Each checkout (and each helper's worktree) can serve on its own port.
const port = Number(process.env.PORT ?? 4173);
// `npm test` builds the site once before this runs (scripts/test.mjs) and says so here, so the
// server only serves that build; run alone (`npm run test:e2e`), the server builds first.
const build = process.env.E2E_BUILT === '1' ? '' : 'npm run build && ';

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	// Three browsers on two cores: a browser spends much of a test waiting (for a round trip, a
	// worker's answer, a frame), and a third fills those gaps: pages.e2e took 293 s with two and
	// 237 s with three, on the same busy machine.
	// Tests share no state (each has its own context, so its own storage and service worker, and
	// no file keeps state between its tests), so any may run side by side, and a long file's tests
	// are shared out instead of ending the run on one worker.
	workers: 3,
	fullyParallel: true,
	retries: process.env.CI ? 1 : 0,
	// Three browsers share the two cores, so a test takes up to three times as long as alone.
	timeout: 60_000,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		// The service worker fetches the whole course (some 300 files) five seconds after a page
		// loads; in every test that lasts that long it would, on the cores the tests share. It is
		// tested where it matters, in offline.e2e.ts, which allows it.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: chromiumPath,
			args: chromiumArgs
		}
	},
	webServer: {
		command: `${build}npx vite preview --port ${port} --strictPort`,
		port,
		reuseExistingServer: false,
		timeout: 180_000
	}
});
