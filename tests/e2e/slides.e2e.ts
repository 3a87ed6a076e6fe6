import { expect, test, type Page } from '@playwright/test';
import { watchProblems } from './helpers';

const SLIDES = '/en/gradient-descent/slides/';
const PRESENTER = '/en/gradient-descent/presenter/';
const NOTE = 'A quick calculus refresher';

/** Waits until the deck has split the lesson into slides. */
async function ready(page: Page) {
	await expect(page.locator('.slides.live.ready')).toHaveCount(1);
}

function liveStatus(page: Page) {
	return page.locator('.slides.live [data-testid="descent1d-status"]');
}

// Written against the first draft of lesson 4; its headings and text moved since. To be
// re-pointed at the rewritten lesson (issue 8 stays open until then).
test.fixme('keys move between slides and reveals, and the address follows', async ({ page }) => {
	const problems = watchProblems(page);
	await page.goto(SLIDES);
	await ready(page);
	await expect(page.locator('.slides.live h1')).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\?slide=2$/);
	await expect(
		page.getByRole('heading', { name: 'The loss is a function of the weights' })
	).toBeVisible();
	await expect(page.locator('.slides.live h1')).toBeHidden();
	await page.keyboard.press(' ');
	await expect(page).toHaveURL(/\?slide=3$/);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\?slide=5$/);
	await expect(liveStatus(page)).toContainText('w = 2.5');
	// A reveal: the next scroll step, which starts the ball on the right.
	await page.keyboard.press('PageDown');
	await expect(page).toHaveURL(/\?slide=5&step=1$/);
	await expect(liveStatus(page)).toContainText('w = −2.5');
	await expect(page.getByText('not there yet')).toBeVisible();
	await page.keyboard.press('PageUp');
	await expect(page).toHaveURL(/\?slide=5$/);
	await expect(liveStatus(page)).toContainText('w = 2.5');
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/\?slide=4$/);
	await page.keyboard.press('End');
	await expect(page).toHaveURL(/\?slide=10$/);
	await expect(page.getByRole('heading', { name: 'Self-check' })).toBeVisible();
	await page.keyboard.press('Home');
	await expect(page).toHaveURL(/\?slide=1$/);
	expect(problems).toEqual([]);
});

test('a reload stays on the slide and the reveal', async ({ page }) => {
	const problems = watchProblems(page);
	await page.goto(SLIDES);
	await ready(page);
	for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\?slide=5&step=1$/);
	await page.reload();
	await ready(page);
	await expect(page.getByRole('heading', { name: 'The slope says which way' })).toBeVisible();
	await expect(liveStatus(page)).toContainText('w = −2.5');
	await expect(page.getByTestId('slide-counter')).toContainText('5 / 10');
	expect(problems).toEqual([]);
});

// Written against the first draft of lesson 4; its headings and text moved since. To be
// re-pointed at the rewritten lesson (issue 8 stays open until then).
test.fixme('O shows every slide, and choosing one goes there; B blacks the screen', async ({
	page
}) => {
	await page.goto(`${SLIDES}?slide=2`);
	await ready(page);
	await page.keyboard.press('o');
	const overview = page.getByRole('dialog', { name: 'Overview' });
	await expect(overview.getByRole('button')).toHaveCount(6);
	await overview.getByRole('button', { name: /^5\. Self-check/ }).click();
	await expect(overview).toBeHidden();
	await expect(page).toHaveURL(/\?slide=10$/);
	await page.keyboard.press('b');
	await expect(page.getByTestId('black-screen')).toBeVisible();
	await page.keyboard.press('b');
	await expect(page.getByTestId('black-screen')).toBeHidden();
});

// Written against the first draft of lesson 4; its headings and text moved since. To be
// re-pointed at the rewritten lesson (issue 8 stays open until then).
test.fixme('speaker notes show in the presenter view only', async ({ page, context }) => {
	await page.goto('/en/gradient-descent/');
	await expect(page.getByText(NOTE)).toBeHidden();
	await page.goto(`${SLIDES}?slide=2`);
	await ready(page);
	await expect(
		page.getByRole('heading', { name: 'The loss is a function of the weights' })
	).toBeVisible();
	await expect(page.getByText(NOTE)).toBeHidden();
	const presenter = await context.newPage();
	await presenter.goto(`${PRESENTER}?slide=2`);
	await ready(presenter);
	await expect(presenter.getByTestId('presenter-notes')).toContainText(NOTE);
	await expect(presenter.getByTestId('presenter-notes').getByText(NOTE)).toBeVisible();
});

test('presenter and audience stay in sync: slides, widget settings and buttons', async ({
	context
}) => {
	const presenter = await context.newPage();
	const presenterProblems = watchProblems(presenter);
	await presenter.goto(PRESENTER);
	await ready(presenter);
	// The audience window opens from the presenter's button, at the presenter's slide.
	const [audience] = await Promise.all([
		context.waitForEvent('page'),
		presenter.getByRole('button', { name: 'Open the audience window' }).click()
	]);
	const audienceProblems = watchProblems(audience);
	await ready(audience);
	await expect(presenter.getByTestId('sync-state')).toHaveText('In sync with another window');

	for (let i = 0; i < 4; i++) await presenter.keyboard.press('ArrowRight');
	await expect(audience).toHaveURL(/\?slide=5$/);
	await expect(audience.getByRole('heading', { name: 'The slope says which way' })).toBeVisible();
	await expect(liveStatus(audience)).toContainText('Step 0: w = 2.5');

	// The instructor sets the learning rate in the presenter view…
	const current = presenter.getByRole('region', { name: 'Current slide' });
	const rate = current.getByRole('textbox', { name: 'Learning rate η' });
	await rate.fill('0.5');
	await rate.press('Enter');
	// …and the projector's widget takes it.
	await expect(audience.getByRole('textbox', { name: 'Learning rate η' })).toHaveValue('0.5');
	// One step at η = 0.5 from −2.5: w = 2.5 − 0.5·(−2.5) = −1.25, in both windows.
	await current.getByRole('button', { name: /Step/ }).click();
	await expect(liveStatus(presenter)).toContainText('Step 1: w = 1.25');
	await expect(liveStatus(audience)).toContainText('Step 1: w = 1.25');

	// A reveal moves both widgets to the next scroll step.
	await presenter.keyboard.press('PageDown');
	await expect(audience).toHaveURL(/\?slide=5&step=1$/);
	await expect(liveStatus(audience)).toContainText('Step 0: w = −2.5');

	// A black screen from the presenter blacks the projector.
	await presenter.keyboard.press('b');
	await expect(audience.getByTestId('black-screen')).toBeVisible();
	await presenter.keyboard.press('b');
	await expect(audience.getByTestId('black-screen')).toBeHidden();

	// And the other way: a change made on the projector reaches the presenter.
	const audienceRate = audience.getByRole('textbox', { name: 'Learning rate η' });
	await audienceRate.fill('0.2');
	await audienceRate.press('Enter');
	await expect(rate).toHaveValue('0.2');
	await audience.waitForTimeout(300);
	expect(presenterProblems).toEqual([]);
	expect(audienceProblems).toEqual([]);
});

test('a reloaded audience window takes the presenter’s place and settings', async ({ context }) => {
	const presenter = await context.newPage();
	await presenter.goto(PRESENTER);
	await ready(presenter);
	for (let i = 0; i < 4; i++) await presenter.keyboard.press('ArrowRight');
	const rate = presenter
		.getByRole('region', { name: 'Current slide' })
		.getByRole('textbox', { name: 'Learning rate η' });
	await rate.fill('0.7');
	await rate.press('Enter');
	const audience = await context.newPage();
	await audience.goto(SLIDES);
	await ready(audience);
	await expect(audience).toHaveURL(/\?slide=5$/);
	await expect(audience.getByRole('textbox', { name: 'Learning rate η' })).toHaveValue('0.7');
});

test('the lesson links to its slides and its presenter view, in both languages', async ({
	page
}) => {
	await page.goto('/zh-TW/gradient-descent/');
	await page.getByRole('link', { name: /以投影片播放/ }).click();
	await expect(page).toHaveURL(/\/zh-TW\/gradient-descent\/slides\/$/);
	await ready(page);
	await expect(page.locator('.slides.live h1')).toContainText('梯度下降');
	await page.goto('/en/gradient-descent/');
	await expect(page.getByRole('link', { name: 'Presenter view' })).toHaveAttribute(
		'href',
		'/en/gradient-descent/presenter/'
	);
});

// Written against the first draft of lesson 4; its headings and text moved since. To be
// re-pointed at the rewritten lesson (issue 8 stays open until then).
test.fixme('slides read on a phone: the slide reflows and a swipe moves on', async ({
	browser
}) => {
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		hasTouch: true,
		isMobile: true
	});
	const page = await context.newPage();
	const problems = watchProblems(page);
	await page.goto(`${SLIDES}?slide=2`);
	await ready(page);
	const heading = page.getByRole('heading', { name: 'The loss is a function of the weights' });
	await expect(heading).toBeVisible();
	const box = await heading.boundingBox();
	expect(box && box.width).toBeLessThanOrEqual(360);
	// A swipe to the left, as touch pointer events.
	await page.locator('.audience').dispatchEvent('pointerdown', {
		pointerType: 'touch',
		pointerId: 7,
		clientX: 300,
		clientY: 500,
		isPrimary: true
	});
	await page.locator('.audience').dispatchEvent('pointerup', {
		pointerType: 'touch',
		pointerId: 7,
		clientX: 80,
		clientY: 510,
		isPrimary: true
	});
	await expect(page).toHaveURL(/\?slide=5$/);
	expect(problems).toEqual([]);
	await context.close();
});
