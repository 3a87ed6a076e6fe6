import { expect, test } from '@playwright/test';
import * as fixtures from './fixtures';
import { watchProblems } from './helpers';

test('watchProblems with ignoreAborted lets only what a navigation cancelled pass', async ({
	page
}) => {
	const all = watchProblems(page);
	const kept = watchProblems(page, { ignoreAborted: true });
	// Requests that never get an answer stay in flight until something cancels them.
	await page.route(/\/pending\.js/, () => {});
	await page.route(/\/broken\.js/, (r) => r.abort('failed'));
	await page.goto('/en/');
	const sent = (query: string) =>
		page.waitForRequest((r) => r.url().endsWith(`pending.js?${query}`));
	type WithAbort = { abortFetch: () => void };

	// Cancelled by the page itself, which stays: a problem.
	const cancelled = sent('cancelled');
	await page.evaluate(() => {
		const controller = new AbortController();
		fetch('/pending.js?cancelled', { signal: controller.signal }).catch(() => {});
		(window as unknown as WithAbort).abortFetch = () => controller.abort();
	});
	await cancelled;
	await page.evaluate(() => (window as unknown as WithAbort).abortFetch());
	// Failed: a problem.
	await page.evaluate(() => fetch('/broken.js').catch(() => {}));
	// Still in flight when the reader goes on: cancelled by the navigation, no problem.
	const left = sent('left');
	await page.evaluate(() => void fetch('/pending.js?left').catch(() => {}));
	await left;
	await page.goto('/zh-TW/');
	await expect(page.locator('h1').first()).toBeVisible();

	// Only this test's own requests: the page's (the favicon, a lazy chunk) may be cancelled too.
	const failed = (problems: string[]) =>
		problems
			.filter((p) => /^failed: .*\/(pending|broken)\.js/.test(p))
			.map((p) => p.replace(/^.*\//, ''));
	expect(failed(all)).toEqual([
		'pending.js?cancelled net::ERR_ABORTED',
		'broken.js net::ERR_FAILED',
		'pending.js?left net::ERR_ABORTED'
	]);
	expect(failed(kept)).toEqual([
		'pending.js?cancelled net::ERR_ABORTED',
		'broken.js net::ERR_FAILED'
	]);
});

// The page every test gets (fixtures.ts) fails the test for a problem the test did not expect.
const provoked: [string, () => unknown][] = [
	['a console error', () => console.error('a problem')],
	[
		'a page error',
		() =>
			setTimeout(() => {
				throw new Error('a problem');
			})
	],
	['a failed request', () => fetch('/no-such-file.js').catch(() => {})]
];
for (const [what, make] of provoked) {
	fixtures.test(`the page fixture fails a test whose page meets ${what}`, async ({ page }) => {
		fixtures.test.fail();
		await page.goto('/en/');
		await page.evaluate(make);
		await expect(page.locator('h1').first()).toBeVisible();
		await page.waitForLoadState('networkidle');
	});
}

fixtures.test(
	'the page fixture lets a test that expects problems pass',
	fixtures.problemsExpected('this test asks for a missing file'),
	async ({ page, problems }) => {
		await page.goto('/en/');
		await page.evaluate(() => fetch('/no-such-file.js').catch(() => {}));
		await expect.poll(() => problems.some((p) => p.startsWith('HTTP 404'))).toBe(true);
	}
);
