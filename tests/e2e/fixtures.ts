import { expect, test as base } from '@playwright/test';
import { watchProblems } from './helpers';

export { expect };

type Options = {
	/**
	 * A request that a page was still making when the test navigated away is no problem (see
	 * watchProblems); a test that must see even those sets this to false.
	 */
	ignoreAborted: boolean;
};

/**
 * For a test (or a describe) that provokes problems on purpose, a blocked worker or an unknown
 * address, and checks them itself: its page is watched but not failed for them.
 */
export const problemsExpected = (why: string) => ({
	annotation: { type: 'problems expected', description: why }
});

const watched = new WeakMap<object, string[]>();

/**
 * Playwright's test, whose page is watched from its first request: a test that passes must also
 * have met no console error, no page error, no failed request and no HTTP error on that page.
 * `problems` is what was seen so far, for a test that checks it before the end.
 */
export const test = base.extend<Options & { problems: string[] }>({
	ignoreAborted: [true, { option: true }],
	page: async ({ page, ignoreAborted, javaScriptEnabled }, use, testInfo) => {
		const problems = watchProblems(page, { ignoreAborted });
		watched.set(page, problems);
		await use(page);
		// A failed (or skipped) test has already said what happened; a second failure would only
		// add noise.
		const expected = testInfo.annotations.some((a) => a.type === 'problems expected');
		if (!expected && testInfo.status === 'passed') {
			// With scripting off, Playwright has the browser refuse every script file by policy
			// ("csp"): that is how scripts are off, not a problem of the page.
			const scriptsOff = (p: string) => !javaScriptEnabled && /^failed: \S+\.js csp$/.test(p);
			const seen = problems.filter((p) => !scriptsOff(p));
			expect(seen, 'console errors, page errors and failed requests').toEqual([]);
		}
	},
	problems: async ({ page }, use) => {
		await use(watched.get(page)!);
	}
});
