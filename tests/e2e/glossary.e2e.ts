import { expect, test } from './fixtures';
import { terms } from '../../src/lib/content/glossary';
import { watchProblems } from './helpers';

for (const lang of ['zh-TW', 'en'] as const) {
	test(`${lang} glossary lists every term pair with its definition`, async ({ page }) => {
		await page.goto(`/${lang}/glossary/`);
		await expect(page.locator('h1')).toHaveText(lang === 'zh-TW' ? '名詞對照' : 'Glossary');
		await expect(page.locator('[data-term]')).toHaveCount(terms.length);
		for (const term of [terms[0], terms[Math.floor(terms.length / 2)], terms[terms.length - 1]]) {
			const entry = page.locator(`[id="${term.id}"]`);
			await expect(entry.locator('dt')).toContainText(term.zh);
			await expect(entry.locator('dt')).toContainText(term.en);
			await expect(entry.locator('dd')).toHaveText(lang === 'zh-TW' ? term.defZh : term.defEn);
		}
	});
}

test('the glossary lists the other names a student may meet, marked as such', async ({ page }) => {
	await page.goto('/zh-TW/glossary/');
	await expect(page.locator('#bias dt .aliases')).toHaveText('別的書也叫：偏權值');
	await expect(page.locator('#backpropagation dt .aliases')).toHaveText('別的書也叫：倒傳遞');
	await expect(page.locator('#test-data dt')).toContainText('測試資料');
	await page.goto('/en/glossary/');
	await expect(page.locator('#batch-size dt .aliases')).toHaveText('other Chinese names: 批次大小');
	await expect(page.locator('#test-data dt')).toContainText('test data');
	// A term without aliases shows none.
	await expect(page.locator('#epoch dt .aliases')).toHaveCount(0);
});

test('a lesson links to a glossary term, which is shown and marked', async ({ page }) => {
	// The click leaves the lesson while its lazy figures may still be loading.
	const problems = watchProblems(page, { ignoreAborted: true });
	await page.goto('/en/backpropagation/');
	await page.locator('a[href="/en/glossary/#chain-rule"]').first().click();
	await expect(page).toHaveURL(/\/en\/glossary\/#chain-rule$/);
	const entry = page.locator('#chain-rule');
	await expect(entry).toBeInViewport();
	await expect(entry).toContainText('連鎖律');
	// :target styling marks the term the reader came for.
	const marked = await entry.evaluate((el) => getComputedStyle(el).borderLeftColor);
	const plain = await page
		.locator('#forward-propagation')
		.evaluate((el) => getComputedStyle(el).borderLeftColor);
	expect(marked).not.toBe(plain);
	expect(problems).toEqual([]);
});

test('the glossary groups terms under links to their lessons', async ({ page }) => {
	await page.goto('/zh-TW/glossary/');
	const heading = page.locator('h2', { has: page.locator('a[href="/zh-TW/backpropagation/"]') });
	await expect(heading).toHaveCount(1);
	const section = page.locator('section', { has: heading });
	for (const id of ['forward-propagation', 'backpropagation', 'chain-rule']) {
		await expect(section.locator(`[id="${id}"]`)).toHaveCount(1);
	}
});
