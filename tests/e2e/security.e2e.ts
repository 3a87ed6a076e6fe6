import { expect, test, type Page } from '@playwright/test';
import { builtPages, loadWidgets, watchCsp, watchProblems, widgetPages } from './helpers';

const pages = builtPages();

/** The policy a prerendered page carries in its <meta> tag, as directive → sources. */
async function policyOf(page: Page): Promise<Map<string, string[]>> {
	const content = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(content, 'a CSP <meta> tag').toBeTruthy();
	return new Map(
		content!
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...sources]) => [name, sources])
	);
}

/** Presses every enabled button inside the page's widgets once: they compute and redraw. */
async function pressWidgetButtons(page: Page): Promise<void> {
	const buttons = page.locator('[data-widget] button:enabled');
	for (let i = 0; i < (await buttons.count()); i++) {
		await buttons
			.nth(i)
			.click({ timeout: 2000 })
			.catch(() => {});
	}
}

for (const path of pages) {
	test(`${path} runs under a strict policy with no violation`, async ({ page }) => {
		const violations = await watchCsp(page);
		const problems = watchProblems(page);
		await page.goto(path);
		const policy = await policyOf(page);
		const scripts = policy.get('script-src') ?? policy.get('default-src') ?? [];
		expect(scripts).toContain("'self'");
		expect(scripts).not.toContain("'unsafe-inline'");
		expect(scripts).not.toContain("'unsafe-eval'");
		expect(scripts.some((s) => s.startsWith("'sha256-"))).toBe(true);
		expect(policy.get('worker-src')).toContain("'self'");
		expect(policy.get('object-src')).toEqual(["'none'"]);
		if (new URL(page.url()).pathname === path) {
			await loadWidgets(page);
			await pressWidgetButtons(page);
			await page.waitForTimeout(300);
		}
		expect(await violations()).toEqual([]);
		expect(problems.filter((p) => /Content Security Policy|Refused to/i.test(p))).toEqual([]);
	});
}

// Markup and script in every setting a link can carry. The codecs refuse them and the notes
// print them; none may run, and none may become an element.
const payloads = [
	'<img src=x data-pwned onerror="window.__pwned=1;alert(1)">',
	'"><svg data-pwned onload="window.__pwned=1">',
	'<script data-pwned>window.__pwned=1</script>',
	"');window.__pwned=1;//",
	'javascript:window.__pwned=1',
	'{@html "<b data-pwned>x</b>"}'
];

/** The widget's settings as its page mirrors them into the address once it is running. */
async function paramNames(page: Page, path: string): Promise<string[]> {
	await page.goto(path);
	await loadWidgets(page);
	await page.waitForFunction(() => location.search.length > 1);
	return [...new URL(page.url()).searchParams.keys()];
}

for (const path of widgetPages(pages).filter((p) => p.startsWith('/en/'))) {
	test(`no script runs and no markup renders from any URL parameter of ${path}`, async ({
		page
	}) => {
		const names = await paramNames(page, path);
		expect(names.length).toBeGreaterThan(0);
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			d.dismiss().catch(() => {});
		});
		for (const payload of payloads) {
			const query = new URLSearchParams([...names, 'unknown'].map((n) => [n, payload]));
			await page.goto(`${path}?${query}`);
			await loadWidgets(page);
			await page.waitForTimeout(200);
			const seen = await page.evaluate(() => ({
				pwned: (window as unknown as { __pwned?: unknown }).__pwned,
				elements: document.querySelectorAll('[data-pwned]').length,
				text: document.body.innerText
			}));
			expect(seen.pwned, payload).toBeUndefined();
			expect(seen.elements, payload).toBe(0);
			// Refused values are quoted back to the reader as text.
			expect(seen.text).toContain(payload.slice(0, 12));
		}
		expect(dialogs).toEqual([]);
	});
}
