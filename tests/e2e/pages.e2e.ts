import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
	axeViolations,
	COLOUR_RULES,
	cspPolicy,
	keyboardWalk,
	pressWidgetButtons,
	sticksOut
} from './checks';
import { builtPages, languageTurn, loadWidgets, watchCsp } from './helpers';

// Every page the build holds, in both languages, with its widgets running, checked in one visit:
// no console error and no failed request, axe-core in the light and the dark colour scheme, the
// keyboard alone, the Content-Security-Policy, and the widths of a desktop and of a 360 px phone.
// A lesson's slides and presenter view are its page laid out again by the same deck, and the
// playground's widgets are the lessons' widgets: each of those pages is checked in one language,
// the languages taking turns (languageTurn), so both languages' decks and widgets are covered and
// the suite keeps under ten minutes. A lesson is checked in both, but walked by keyboard and its
// widgets run in its turn only: its controls and what they compute are its widgets' and its
// steps', the same in both languages.
const all = builtPages();
const again = (path: string) =>
	/^\/[^/]+\/([^/]+\/(slides|presenter)|playground(\/[^/]+)?)\/$/.test(path);
const pages = all.filter((path) => !again(path) || languageTurn(path, all));

/**
 * Until the widgets have answered what was asked of them and the page has drawn it: no widget
 * says it is computing, and two frames have passed (a resize observer's redraw comes in the
 * frame after the resize).
 */
async function drawn(page: Page): Promise<void> {
	await expect(page.getByTestId('computing')).toHaveCount(0, { timeout: 15_000 });
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
}

test('/ (the language choice, as its HTML shows it) passes axe in light and dark', async ({
	page
}) => {
	// The root sends a reader on at once, by an inline script in its head; take that script out
	// and check what the page shows (the choice as links, as without JavaScript).
	await page.route(
		(url) => url.pathname === '/',
		async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace(/<script>[\s\S]*?<\/script>/, '');
			await route.fulfill({ response, body: html });
		}
	);
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'English' })).toBeVisible();
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		const found = await axeViolations(page);
		expect(found, `${scheme}: ${found.join('\n')}`).toEqual([]);
	}
});

// A fresh browser page for each of the pages cost a second more a page than one page that
// goes on to the next (a warm renderer); the pages are dealt into groups so both workers share them.
const GROUPS = 12;
const groups = Array.from({ length: GROUPS }, (_, g) => pages.filter((_, i) => i % GROUPS === g));

for (const group of groups) {
	test(`${group.join(', ')}: each loads cleanly, accessible, by keyboard, under the CSP, at any width`, async ({
		page,
		problems
	}) => {
		test.setTimeout(90_000 * group.length);
		const violations = await watchCsp(page);
		for (const path of group) {
			await test.step(path, async () => {
				const seen = problems.length;
				await checkPage(page, path, violations);
				expect
					.soft(problems.slice(seen), `${path}: console errors and failed requests`)
					.toEqual([]);
			});
		}
	});
}

/**
 * Which of axe's rules run on a page, in which colour scheme. Every rule runs in the light on every
 * page but the colour rules, which run once a page, in one scheme a language: a page's colours come
 * from the stylesheets, which are the same in both languages (no colour depends on :lang), so the
 * English page checks its colours in the light and the same page in Chinese checks them in the
 * dark. A page checked in one language only, or without a language, runs them in both.
 */
function axeRuns(path: string): ['light' | 'dark', { only?: string[]; skip?: string[] }][] {
	if (path.startsWith('/en/') && !again(path)) return [['light', {}]];
	if (path.startsWith('/zh-TW/') && !again(path))
		return [
			['light', { skip: COLOUR_RULES }],
			['dark', { only: COLOUR_RULES }]
		];
	return [
		['light', {}],
		['dark', { only: COLOUR_RULES }]
	];
}

/**
 * A deck's blocks that are not on the slide shown: the deck keeps them in the page, hidden, to
 * measure them. axe looks at each of their thousands of nodes only to find it hidden (45 % of its
 * time on a deck); the lesson page checks the same blocks with every rule. Returns the selector
 * that marks them.
 */
async function markOffSlide(page: Page): Promise<string> {
	await page.evaluate(() => {
		for (const el of document.querySelectorAll('.slides > *')) {
			el.toggleAttribute('data-off-slide', getComputedStyle(el).visibility === 'hidden');
		}
	});
	return '[data-off-slide]';
}

/** Every check of one page, soft: a page's failures are all reported, and the next page is checked. */
async function checkPage(
	page: Page,
	path: string,
	violations: () => Promise<string[]>
): Promise<void> {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(path);
	await expect(page.locator('h1').first()).toBeVisible();

	await test.step('a strict policy', async () => {
		const policy = await cspPolicy(page);
		const scripts = policy.get('script-src') ?? policy.get('default-src') ?? [];
		expect(scripts).toContain("'self'");
		expect(scripts).not.toContain("'unsafe-inline'");
		expect(scripts).not.toContain("'unsafe-eval'");
		expect(scripts.some((s) => s.startsWith("'sha256-"))).toBe(true);
		expect(policy.get('worker-src')).toContain("'self'");
		expect(policy.get('object-src')).toEqual(["'none'"]);
	});
	// The root page only sends the reader on; it is checked above, as HTML.
	if (new URL(page.url()).pathname === path) {
		await loadWidgets(page);

		await test.step('axe finds nothing, light and dark', async () => {
			const exclude = await markOffSlide(page);
			for (const [scheme, rules] of axeRuns(path)) {
				await page.emulateMedia({ colorScheme: scheme });
				const found = await axeViolations(page, { ...rules, exclude });
				expect.soft(found, `${path}, ${scheme}: ${found.join('\n')}`).toEqual([]);
			}
			await page.emulateMedia({ colorScheme: 'light' });
		});

		if (languageTurn(path, all))
			await test.step('the keyboard reaches every control, with visible focus', async () => {
				const { missed, unmarked } = await keyboardWalk(page);
				expect.soft(missed, `${path}: not reachable by Tab`).toEqual([]);
				expect.soft(unmarked, `${path}: focus not visible`).toEqual([]);
			});

		await test.step('controls stay inside their widgets on a wide screen', async () => {
			expect.soft(await sticksOut(page), path).toEqual([]);
		});

		if (languageTurn(path, all))
			await test.step('widgets compute and draw', async () => {
				await pressWidgetButtons(page);
				await drawn(page);
			});

		await test.step('a 360 px phone scrolls only down', async () => {
			await page.setViewportSize({ width: 360, height: 740 });
			await drawn(page);
			const width = () => page.evaluate(() => document.scrollingElement!.scrollWidth);
			await expect.soft.poll(width, `${path}: page width at 360 px`).toBeLessThanOrEqual(360);
			await expect.soft.poll(() => sticksOut(page), path).toEqual([]);
		});
	}

	await test.step('no CSP violation', async () => {
		// Every request the page began has ended, so none can still fail unseen.
		await page.waitForLoadState('networkidle');
		expect.soft(await violations(), path).toEqual([]);
	});
}
