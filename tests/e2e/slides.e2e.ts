import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { steps } from '../../content/lessons/04-gradient-descent/steps';
import { formatNumber } from '../../src/lib/i18n/lang';
import { watchProblems } from './helpers';

// Lessons are still being written, so what is on which slide is read from the page and the
// lesson's own files, never hard-coded.
const SLIDES = '/en/gradient-descent/slides/';
const PRESENTER = '/en/gradient-descent/presenter/';
const lessonText = readFileSync('content/lessons/04-gradient-descent/en.md', 'utf8');
/** The first words of the lesson's first speaker notes. */
const NOTE = /<Notes>\s*([^<]+)/.exec(lessonText)![1].trim().split(/\s+/).slice(0, 4).join(' ');
const NOTE_SECTION = (lessonText.slice(0, lessonText.indexOf('<Notes>')).match(/^## /gm) ?? [])
	.length;
/** The widget's status text for a weight, as it prints it. */
const w = (x: number) => `w = ${formatNumber(x)}`;

/**
 * Waits until the deck has split the lesson into slides: after its fonts and pictures (up to 3 s,
 * Stage.svelte), then a layout of every slide, which on a busy machine takes seconds more.
 */
async function ready(page: Page) {
	await expect(page.locator('.slides.live.ready')).toHaveCount(1, { timeout: 20_000 });
}

/** The number (from 1) of the slide holding the element. */
async function slideOf(page: Page, selector: string): Promise<number> {
	const index = await page
		.locator(`.slides.live ${selector}`)
		.first()
		.evaluate((el) => el.closest('.slides.live > [data-slide]')?.getAttribute('data-slide'));
	return Number(index) + 1;
}

async function slideCount(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			Math.max(
				...[...document.querySelectorAll('.slides.live > [data-slide]')].map((e) =>
					Number(e.getAttribute('data-slide'))
				)
			) + 1
	);
}

function liveStatus(page: Page) {
	return page.locator('.slides.live [data-widget="descent1d"] [data-testid="descent1d-status"]');
}

const at = (slide: number, step = 0) =>
	new RegExp(`\\?slide=${slide}${step ? `&step=${step}` : ''}$`);

/**
 * Presses `key` until the deck is on slide `n`, one press at a time, each answered before the
 * next: on a busy machine a second press could land before the address had followed the first,
 * and go past the slide.
 */
async function forwardTo(page: Page, n: number, key = 'PageDown') {
	for (let i = 0; i < 40 && !at(n).test(page.url()); i++) {
		const before = page.url();
		await page.keyboard.press(key);
		await expect(page).not.toHaveURL(before);
	}
}

test('keys move between slides and reveals, and the address follows', async ({ page }) => {
	await page.goto(SLIDES);
	await ready(page);
	await expect(page.locator('.slides.live h1')).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(at(2));
	await expect(page.locator('.slides.live > [data-slide="1"]').first()).toBeVisible();
	await expect(page.locator('.slides.live h1')).toBeHidden();
	await page.keyboard.press(' ');
	await expect(page).toHaveURL(at(3));
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(at(2));

	// The scrollytelling slide: each reveal is the next scroll step of its widget.
	const n = await slideOf(page, '[data-widget="descent1d"]');
	await page.goto(`${SLIDES}?slide=${n}`);
	await ready(page);
	await expect(liveStatus(page)).toContainText(w(Number(steps[0].start)));
	await page.keyboard.press('PageDown');
	await expect(page).toHaveURL(at(n, 1));
	await expect(liveStatus(page)).toContainText(w(Number(steps[1].start)));
	await page.keyboard.press('PageUp');
	await expect(page).toHaveURL(at(n));
	await expect(liveStatus(page)).toContainText(w(Number(steps[0].start)));
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(new RegExp(`\\?slide=${n - 1}(&step=\\d+)?$`));

	const total = await slideCount(page);
	await page.keyboard.press('End');
	await expect(page).toHaveURL(at(total));
	await expect(page.getByTestId('slide-counter')).toContainText(`${total} / ${total}`);
	await page.keyboard.press('Home');
	await expect(page).toHaveURL(at(1));
});

test('a reload stays on the slide and the reveal', async ({ page }) => {
	// Each new load leaves a page that may still be fetching (the engine worker's script).
	const problems = watchProblems(page, { ignoreAborted: true });
	await page.goto(SLIDES);
	await ready(page);
	const n = await slideOf(page, '[data-widget="descent1d"]');
	await page.goto(`${SLIDES}?slide=${n - 1}`);
	await ready(page);
	await forwardTo(page, n);
	await page.keyboard.press('PageDown');
	await expect(page).toHaveURL(at(n, 1));
	await page.reload();
	await ready(page);
	await expect(liveStatus(page)).toBeVisible();
	await expect(liveStatus(page)).toContainText(w(Number(steps[1].start)));
	await expect(page.getByTestId('slide-counter')).toContainText(`${n} / `);
	expect(problems).toEqual([]);
});

test('O shows every slide, and choosing one goes there; B blacks the screen', async ({ page }) => {
	await page.goto(`${SLIDES}?slide=2`);
	await ready(page);
	const total = await slideCount(page);
	await page.keyboard.press('o');
	const overview = page.getByRole('dialog', { name: 'Overview' });
	await expect(overview.getByRole('listitem')).toHaveCount(total);
	await overview
		.getByRole('button', { name: /Self-check/ })
		.first()
		.click();
	await expect(overview).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Self-check' })).toBeVisible();
	await page.keyboard.press('b');
	await expect(page.getByTestId('black-screen')).toBeVisible();
	await page.keyboard.press('b');
	await expect(page.getByTestId('black-screen')).toBeHidden();
});

test('speaker notes show in the presenter view only', async ({ page, context }) => {
	await page.goto('/en/gradient-descent/');
	await expect(page.getByText(NOTE)).toBeHidden();
	await page.goto(SLIDES);
	await ready(page);
	const n = await slideOf(page, `#s${NOTE_SECTION}`);
	await page.goto(`${SLIDES}?slide=${n}`);
	await ready(page);
	await expect(page.locator(`.slides.live #s${NOTE_SECTION}`)).toBeVisible();
	await expect(page.getByText(NOTE)).toBeHidden();
	const presenter = await context.newPage();
	await presenter.goto(`${PRESENTER}?slide=${n}`);
	await ready(presenter);
	await expect(presenter.getByTestId('presenter-notes').getByText(NOTE)).toBeVisible();
	// Everywhere else in the presenter view the notes stay hidden (the slide itself).
	await expect(presenter.locator('.slides.live').getByText(NOTE)).toBeHidden();
});

test('presenter and audience stay in sync: slides, widget settings and buttons', async ({
	context
}) => {
	const first = await context.newPage();
	await first.goto(SLIDES);
	await ready(first);
	const n = await slideOf(first, '[data-widget="descent1d"]');
	const total = await slideCount(first);
	await first.close();

	const presenter = await context.newPage();
	const presenterProblems = watchProblems(presenter);
	await presenter.goto(`${PRESENTER}?slide=${n - 1}`);
	await ready(presenter);
	// The audience window opens from the presenter's button, at the presenter's slide.
	const [audience] = await Promise.all([
		context.waitForEvent('page'),
		presenter.getByRole('button', { name: 'Open the audience window' }).click()
	]);
	const audienceProblems = watchProblems(audience);
	await ready(audience);
	await expect(audience).toHaveURL(at(n - 1));
	await expect(presenter.getByTestId('sync-state')).toHaveText('In sync with another window');

	await forwardTo(presenter, n, 'ArrowRight');
	await expect(audience).toHaveURL(at(n));
	const start = Number(steps[0].start);
	await expect(liveStatus(audience)).toContainText(`Step 0: ${w(start)}`);

	// The instructor sets the learning rate in the presenter view…
	const current = presenter.locator('.slides.live');
	const rate = current.getByRole('textbox', { name: 'Learning rate η' });
	await rate.fill('0.5');
	await rate.press('Enter');
	// …and the projector's widget takes it.
	await expect(audience.getByRole('textbox', { name: 'Learning rate η' })).toHaveValue('0.5');
	// One step at η = 0.5 on the parabola w²/2 (slope w): w₁ = w₀ − 0.5·w₀, in both windows.
	await current.getByRole('button', { name: /Step/ }).click();
	await expect(liveStatus(presenter)).toContainText(`Step 1: ${w(start - 0.5 * start)}`);
	await expect(liveStatus(audience)).toContainText(`Step 1: ${w(start - 0.5 * start)}`);

	// A reveal moves both widgets to the next scroll step.
	await presenter.keyboard.press('PageDown');
	await expect(audience).toHaveURL(at(n, 1));
	await expect(liveStatus(audience)).toContainText(`Step 0: ${w(Number(steps[1].start))}`);

	// And the other way: a change made on the projector reaches the presenter, even one made at
	// once after the reveal, before the widget has written its new settings back.
	const audienceRate = audience.getByRole('textbox', { name: 'Learning rate η' });
	await audienceRate.fill('0.2');
	await audienceRate.press('Enter');
	await expect(rate).toHaveValue('0.2');

	// A black screen from the presenter blacks the projector.
	await presenter.keyboard.press('b');
	await expect(audience.getByTestId('black-screen')).toBeVisible();
	await presenter.keyboard.press('b');
	await expect(audience.getByTestId('black-screen')).toBeHidden();

	await presenter.keyboard.press('End');
	await expect(audience).toHaveURL(at(total));
	await audience.waitForTimeout(300);
	expect(presenterProblems).toEqual([]);
	expect(audienceProblems).toEqual([]);
});

test('a newly opened audience window takes the presenter’s place and settings', async ({
	context
}) => {
	const presenter = await context.newPage();
	await presenter.goto(SLIDES.replace('slides', 'presenter'));
	await ready(presenter);
	const n = await slideOf(presenter, '[data-widget="descent1d"]');
	await presenter.goto(`${PRESENTER}?slide=${n}`);
	await ready(presenter);
	const rate = presenter.locator('.slides.live').getByRole('textbox', { name: 'Learning rate η' });
	await rate.fill('0.7');
	await rate.press('Enter');
	const audience = await context.newPage();
	await audience.goto(SLIDES);
	await ready(audience);
	await expect(audience).toHaveURL(at(n));
	await expect(audience.getByRole('textbox', { name: 'Learning rate η' })).toHaveValue('0.7');
});

test('the lesson links to its slides and its presenter view, in both languages', async ({
	page
}) => {
	await page.goto('/zh-TW/gradient-descent/');
	await page.getByRole('link', { name: /以投影片播放/ }).click();
	await expect(page).toHaveURL(/\/zh-TW\/gradient-descent\/slides\/$/);
	await ready(page);
	await expect(page.locator('.slides.live h1')).toContainText(
		/^title: (.+)$/m.exec(readFileSync('content/lessons/04-gradient-descent/zh-TW.md', 'utf8'))![1]
	);
	await page.goto('/en/gradient-descent/');
	await expect(page.getByRole('link', { name: 'Presenter view' })).toHaveAttribute(
		'href',
		'/en/gradient-descent/presenter/'
	);
});

test('slides read on a phone: the slide reflows and a swipe moves on', async ({ browser }) => {
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		hasTouch: true,
		isMobile: true
	});
	const page = await context.newPage();
	const problems = watchProblems(page);
	await page.goto(`${SLIDES}?slide=2`);
	await ready(page);
	// The phone counts the same slides as a projector, so it can follow a talk.
	const desktop = await browser.newPage({ viewport: { width: 1280, height: 720 } });
	await desktop.goto(SLIDES);
	await ready(desktop);
	expect(await slideCount(page)).toBe(await slideCount(desktop));
	await desktop.close();
	const shown = page.locator('.slides.live > [data-on]').first();
	await expect(shown).toBeVisible();
	const box = await shown.boundingBox();
	expect(box && box.x + box.width).toBeLessThanOrEqual(360);
	// A swipe to the left, as touch pointer events.
	const swipe = { pointerType: 'touch', pointerId: 7, isPrimary: true };
	const audience = page.locator('.audience');
	await audience.dispatchEvent('pointerdown', { ...swipe, clientX: 300, clientY: 500 });
	await audience.dispatchEvent('pointerup', { ...swipe, clientX: 80, clientY: 510 });
	await expect(page).toHaveURL(/\?slide=2&step=1$|\?slide=3$/);
	expect(problems).toEqual([]);
	await context.close();
});

test('a widget alone on its slide stands in its own column, most of the width, beside the text', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
	const page = await context.newPage();
	await page.goto('/en/loss/slides/');
	await ready(page);
	// The loss panel's softmax view stands on a slide of its own, outside a scrollytelling block.
	const n = await slideOf(page, '> .widget');
	await page.goto(`/en/loss/slides/?slide=${n}`);
	await ready(page);
	const boxes = await page.evaluate(() => {
		const frame = document.querySelector('.slide-frame')!.getBoundingClientRect();
		const widget = document.querySelector('.slides.live > .widget[data-on]')!;
		const text = [...document.querySelectorAll('.slides.live > [data-on]:not(.widget)')];
		return {
			frame: { left: frame.left, right: frame.right, width: frame.width },
			widget: widget.getBoundingClientRect().toJSON(),
			textRight: Math.max(...text.map((t) => t.getBoundingClientRect().right))
		};
	});
	// Zoomed for the back of the room, the widget once grew 1.2 times its column and covered the text.
	expect(boxes.widget.width / boxes.frame.width).toBeGreaterThanOrEqual(0.6);
	expect(boxes.widget.right).toBeLessThanOrEqual(boxes.frame.right + 1);
	expect(boxes.widget.left).toBeGreaterThanOrEqual(boxes.textRight);
	await context.close();
});
