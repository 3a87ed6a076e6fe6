import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, loadWidgets } from './helpers';

// Every built page, both languages, both colour schemes, with its widgets running: axe-core finds
// nothing. Then the keyboard alone reaches every control, and each shows where the focus is.
const pages = builtPages();

/** Axe's findings as readable lines: rule, impact, and the first few elements. */
async function axe(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n` +
			v.nodes
				.slice(0, 5)
				.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`)
				.join('\n')
	);
}

test('axe finds no violations on / (the language choice, as its HTML shows it)', async ({
	page
}) => {
	// The root sends a reader on at once; keep the app from starting and check what it shows.
	await page.route(/\/_app\/immutable\/entry\/|choose-language\.js/, (route) => route.abort());
	await page.goto('/');
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		const found = await axe(page);
		expect(found, `${scheme}: ${found.join('\n')}`).toEqual([]);
	}
});

/** Interactive elements a reader can see, with a key naming each (radios count per group). */
function visibleControls(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const selector =
			'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
		const keys: string[] = [];
		document.querySelectorAll<HTMLElement>(selector).forEach((el, i) => {
			const box = el.getBoundingClientRect();
			const hidden =
				el.closest('[hidden], [inert]') ||
				getComputedStyle(el).visibility === 'hidden' ||
				(box.width === 0 && box.height === 0 && !el.classList.contains('skip'));
			if (hidden) return;
			const radio = el instanceof HTMLInputElement && el.type === 'radio';
			const key = radio ? `radio:${el.name}` : `el:${i}`;
			el.dataset.kbdKey = key;
			if (!keys.includes(key)) keys.push(key);
		});
		return keys;
	});
}

for (const path of pages.filter((p) => p !== '/')) {
	test(`${path}: axe finds nothing in light and dark; the keyboard reaches every control`, async ({
		page
	}) => {
		await page.goto(path);
		await loadWidgets(page);
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			const found = await axe(page);
			expect(found, `${scheme}: ${found.join('\n')}`).toEqual([]);
		}
		await page.emulateMedia({ colorScheme: 'light' });
		const controls = await visibleControls(page);
		expect(controls.length).toBeGreaterThan(0);
		const reached = new Set<string>();
		const unmarked: string[] = [];
		// Tab until the focus comes back round: each element focused once.
		for (let i = 0; i < controls.length * 2 + 10; i++) {
			await page.keyboard.press('Tab');
			const focus = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const s = getComputedStyle(el);
				const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
				return {
					key: el.dataset.kbdKey ?? '',
					visible: outline || s.boxShadow !== 'none',
					what: `${el.tagName.toLowerCase()} “${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}”`
				};
			});
			if (!focus) continue;
			if (focus.key && reached.has(focus.key) && reached.size === controls.length) break;
			if (focus.key) reached.add(focus.key);
			if (!focus.visible) unmarked.push(focus.what);
		}
		expect(controls.filter((k) => !reached.has(k))).toEqual([]);
		expect(unmarked, `focus not visible on: ${unmarked.join(', ')}`).toEqual([]);
	});
}
