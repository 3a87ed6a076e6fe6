import { engineRetryRecovers } from './checks';
import { expect, problemsExpected, test } from './fixtures';

test('moving the learning-rate slider by keyboard changes the status text', async ({ page }) => {
	await page.goto('/en/playground/descent1d/');
	const status = page.getByTestId('descent1d-status');
	await expect(status).toContainText('Step 0: w = −2.5');
	// Take one step at η = 0.1: w = −2.5 − 0.1·(−2.5) = −2.25.
	await page.getByRole('button', { name: /Step/ }).click();
	await expect(status).toContainText('Step 1: w = −2.25');
	const slider = page.getByRole('slider', { name: 'Learning rate η' });
	await slider.focus();
	for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
	// The rate grew, so the same first step goes further than −2.25.
	await expect(status).not.toContainText('w = −2.25');
	await expect(page.getByRole('textbox', { name: 'Learning rate η' })).not.toHaveValue('0.1');
});

test('a rate above 2/a diverges, and says at which step', async ({ page }) => {
	await page.goto('/en/playground/descent1d/?lr=2.5&curve=parabola&a=1');
	const status = page.getByTestId('descent1d-status');
	await page.getByRole('button', { name: /Play/ }).click();
	await expect(status).toContainText(/diverged at step \d+/, { timeout: 20_000 });
});

test('a typed nonsense rate is refused with the allowed range and the last good value stays', async ({
	page
}) => {
	await page.goto('/zh-TW/playground/descent1d/');
	const field = page.getByRole('textbox', { name: '學習率 η' });
	await field.fill('abc');
	await field.press('Enter');
	await expect(page.getByRole('alert').filter({ hasText: '0.001 – 3' })).toBeVisible();
	await expect(field).toHaveValue('0.1');
});

test('a shared link reproduces the setup, and a bad value in it is reported', async ({ page }) => {
	await page.goto('/en/playground/descent1d/?lr=0.3&start=1.5&curve=parabola&a=abc');
	await expect(page.getByTestId('descent1d-status')).toContainText('w = 1.5');
	await expect(page.getByRole('textbox', { name: 'Learning rate η' })).toHaveValue('0.3');
	await expect(page.getByText(/Setting a=“abc” is not valid/)).toBeVisible();
	await expect(page).toHaveURL(/lr=0\.3/);
});

test(
	'a crashed engine shows a message and a retry, and the retry recovers',
	problemsExpected('the engine worker is blocked'),
	async ({ page }) => {
		await engineRetryRecovers(page, '/en/playground/descent1d/', async () => {
			await expect(page.getByTestId('descent1d-status')).toContainText('Step 0: w = −2.5', {
				timeout: 2000
			});
		});
	}
);

test('scroll steps set the widget: the first step starts right of the minimum, the second left', async ({
	page
}) => {
	await page.goto('/en/gradient-descent/');
	const status = page.locator('[data-widget="descent1d"] [role="status"]').first();
	await page
		.locator('[data-step-index="0"]')
		.first()
		.evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await expect(status).toContainText('w = 2.5');
	await page
		.locator('[data-step-index="1"]')
		.first()
		.evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await expect(status).toContainText('w = −2.5');
});
