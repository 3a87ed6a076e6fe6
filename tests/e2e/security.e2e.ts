import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { builtPages, loadWidgets, widgetPages } from './helpers';

// The Content-Security-Policy itself is checked on every page in pages.e2e.ts.
const pages = builtPages();

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
			// Refused values are quoted back to the reader as text: once they show, the page has
			// rendered what the address gave it.
			await expect.poll(() => page.locator('body').innerText()).toContain(payload.slice(0, 12));
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

// An imported file is as untrusted as a link: its name, its column names, its labels and its
// bad cells are all quoted back to the reader, as text only.
for (const path of widgetPages(pages).filter((p) => p.startsWith('/en/'))) {
	test(`no script runs and no markup renders from a file given to ${path}`, async ({ page }) => {
		await page.goto(path);
		await loadWidgets(page);
		const inputs = page.locator('[data-widget] input[type="file"]');
		test.skip((await inputs.count()) === 0, 'this widget reads no files');
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			d.dismiss().catch(() => {});
		});
		const [a, b, c] = payloads;
		const rows = (cell: (i: number) => string) =>
			Array.from({ length: 12 }, (_, i) => `${i % 5},${(i * 7) % 3},${cell(i)}`).join('\n');
		const files = [
			// Readable: markup in the column names and the two labels.
			`"${a.replaceAll('"', '""')}","${b.replaceAll('"', '""')}",label\n${rows((i) => (i % 2 ? `"${c}"` : `"${a.replaceAll('"', '""')}"`))}`,
			// Unreadable: markup where a number should be, quoted back in the problem.
			`x1,x2,label\n1,2,0\n"${a.replaceAll('"', '""')}",2,1\n${rows((i) => String(i % 2))}`
		];
		for (const [i, content] of files.entries()) {
			await inputs.first().setInputFiles({
				name: `${payloads[i]}.csv`,
				mimeType: 'text/csv',
				buffer: Buffer.from(content)
			});
			// The file's name is quoted back whether it loads or not: once it shows, the widget has
			// read and rendered this file.
			await expect.poll(() => page.locator('body').innerText()).toContain(`${payloads[i]}.csv`);
			const seen = await page.evaluate(() => ({
				pwned: (window as unknown as { __pwned?: unknown }).__pwned,
				elements: document.querySelectorAll('[data-pwned]').length,
				text: document.body.innerText
			}));
			expect(seen.pwned).toBeUndefined();
			expect(seen.elements).toBe(0);
			expect(seen.text).toContain(payloads[i].slice(0, 12));
		}
		expect(dialogs).toEqual([]);
	});
}
