import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { expect, test } from './fixtures';

// Chromium's fake camera, allowed without asking: a moving test pattern at the camera's rate.
test.use({
	launchOptions: {
		executablePath: chromiumPath,
		args: [...chromiumArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']
	}
});

const count = (page: import('@playwright/test').Page, i: number) =>
	page.getByTestId(`lab-count-${i}`);

test('holding the record button adds frames from the camera', async ({ page }) => {
	await page.goto('/en/playground/lab/');
	const card = page.getByTestId('lab-class-1');
	await card.getByRole('button', { name: 'Webcam' }).click();
	await card.getByRole('button', { name: 'Turn the webcam on' }).click();
	const hold = card.getByRole('button', { name: 'Hold to record' });
	await expect(card.locator('video')).toBeVisible();
	await expect
		.poll(() => card.locator('video').evaluate((v: HTMLVideoElement) => v.readyState))
		.toBeGreaterThanOrEqual(2);
	const box = (await hold.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.waitForTimeout(700);
	await page.mouse.up();
	const n = Number(((await count(page, 1).textContent()) ?? '').split(' ')[0]);
	expect(n).toBeGreaterThanOrEqual(3);
	await page.waitForTimeout(300);
	await expect(count(page, 1)).toHaveText(`${n} pictures`);
});
