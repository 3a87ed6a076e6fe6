import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { lessonSlugs } from '../../scripts/coursePages.mjs';
import { builtPages } from './helpers';

// From the lesson folders (tests/unit/content.test.ts checks there are the course's nine).
const slugs = lessonSlugs();
const pages = builtPages();

test('every lesson is built, in both languages', () => {
	for (const lang of ['zh-TW', 'en']) {
		const built = pages
			.filter((p) => p.startsWith(`/${lang}/`) && p.split('/').length === 4)
			.map((p) => p.split('/')[2])
			.filter((s) => s !== 'playground' && s !== 'glossary');
		expect(built.sort(), lang).toEqual([...slugs].sort());
	}
});

for (const slug of slugs) {
	test(`${slug}: both languages have the same sections, widgets, questions and formulas`, async ({
		request
	}) => {
		const shape = async (lang: string) => {
			const html = await (await request.get(`/${lang}/${slug}/`)).text();
			return {
				sections: (html.match(/<h2 id="s\d+"/g) ?? []).length,
				widgets: [...html.matchAll(/data-widget="([a-z0-9]+)"/g)].map((m) => m[1]),
				quizzes: [...html.matchAll(/data-quiz="([^"]+)"/g)].map((m) => m[1]),
				thinks: (html.match(/class="think/g) ?? []).length,
				hasMath: html.includes('class="katex"')
			};
		};
		const zh = await shape('zh-TW');
		const en = await shape('en');
		expect(zh).toEqual(en);
		expect(zh.sections).toBeGreaterThan(2);
		expect(zh.quizzes.length).toBeGreaterThanOrEqual(2);
	});
}

test('a think-question opens and closes by keyboard', async ({ page }) => {
	await page.goto('/en/gradient-descent/');
	const think = page.locator('.think').first();
	const summary = think.locator('summary');
	await summary.focus();
	await expect(think.locator('.answer')).toBeHidden();
	await page.keyboard.press('Enter');
	await expect(think.locator('.answer')).toBeVisible();
	await page.keyboard.press('Space');
	await expect(think.locator('.answer')).toBeHidden();
});

test('answering a self-check by keyboard explains it and counts on the course home', async ({
	page
}) => {
	await page.goto('/en/gradient-descent/');
	const quiz = page.locator('[data-quiz]').first();
	await quiz.locator('input[type="radio"]').first().focus();
	await page.keyboard.press('Space');
	await quiz.getByRole('button').press('Enter');
	await expect(quiz.getByRole('status')).toContainText(/Correct|Not quite/);
	await page.goto('/en/');
	await expect(page.getByTestId('progress')).toContainText('self-check');
});

test('a wrong answer is told why that option is wrong, in the live verdict', async ({ page }) => {
	await page.goto('/en/gradient-descent/');
	const quiz = page.locator('[data-quiz="gd-sign"]');
	const verdict = quiz.getByRole('status');
	await quiz.getByLabel('Increase w, because the minimum is still ahead').check();
	await quiz.getByRole('button', { name: 'Check' }).click();
	await expect(verdict).toContainText(
		'Not quite. A positive slope means the loss rises to the right'
	);
	// The quiz's own explanation follows, as for any answer.
	await expect(quiz).toContainText('A positive slope means the loss grows to the right');
	// Another wrong option brings its own reason, and the right one none.
	await quiz.getByLabel('Leave w as it is, because the slope is not zero').check();
	await quiz.getByRole('button', { name: 'Check' }).click();
	await expect(verdict).toContainText('only stops where the slope is zero');
	await expect(verdict).not.toContainText('rises to the right');
	await quiz.getByLabel('Decrease w, because it has gone past the minimum').check();
	await quiz.getByRole('button', { name: 'Check' }).click();
	await expect(verdict).toHaveText('Correct!');
});

test.describe('a self-check with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	test('its answer lists every wrong option with why it is wrong', async ({ page }) => {
		await page.goto('/zh-TW/gradient-descent/');
		const quiz = page.locator('[data-quiz="gd-sign"]');
		await quiz.locator('summary').click();
		const reasons = quiz.locator('details li');
		await expect(reasons).toHaveCount(2);
		await expect(reasons.first()).toContainText('增加 w，因為還沒到最低點');
		await expect(reasons.first()).toContainText('增加 w 就是往上坡走');
	});
});

/**
 * The neuron lesson's first picture, 1.5 screens and more below a phone's first screen. With
 * scripting off a browser loads every picture at once (no lazy loading without scripts), so
 * only then is it fetched before it is near.
 */
async function pictureComesWhenNear(page: Page, scripts: boolean) {
	const fetched: string[] = [];
	page.on('request', (r) => r.url().includes('/figures/') && fetched.push(r.url()));
	// Until nothing more is being fetched: a picture that came early would have come by then.
	await page.goto('/en/neuron/', { waitUntil: 'networkidle' });
	const frame = page.locator('.figure-frame').first();
	const img = frame.locator('img');
	const room = (await frame.boundingBox())!;
	expect(room.y).toBeGreaterThan(823 * 1.5);
	if (scripts) expect(fetched).toEqual([]);
	await frame.scrollIntoViewIfNeeded();
	await expect(img).toBeVisible();
	await expect(img).toHaveJSProperty('complete', true);
	expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
	// The frame kept the picture's room, and the picture fills it exactly.
	const shown = (await img.boundingBox())!;
	expect(Math.abs(shown.height - room.height)).toBeLessThan(1);
	expect(Math.abs(shown.width - room.width)).toBeLessThan(1);
	if (scripts) expect(fetched).toHaveLength(1);
}

test.describe('lesson pictures on a phone', () => {
	test.use({ viewport: { width: 412, height: 823 } });
	test('a picture comes when it is near and keeps its room', async ({ page }) => {
		await pictureComesWhenNear(page, true);
	});
	test.describe('JavaScript off', () => {
		test.use({ javaScriptEnabled: false });
		test('it shows and keeps its room, in CSS alone', async ({ page }) => {
			await pictureComesWhenNear(page, false);
		});
	});
});
