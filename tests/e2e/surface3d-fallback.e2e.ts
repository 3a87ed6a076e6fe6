import { expect, test } from './fixtures';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

// The same browser with WebGL switched off: the 3D surface must fall back to its 2D map.
test.use({
	launchOptions: {
		executablePath: chromiumPath,
		args: [...chromiumArgs, '--disable-webgl', '--disable-3d-apis']
	}
});

const page3d = '/en/playground/surface3d/';

test('the 2D contour map shows the same ball, trail, controls and readout', async ({ page }) => {
	const scripts: string[] = [];
	page.on('response', (r) => r.url().endsWith('.js') && scripts.push(r.url()));
	await page.goto(page3d);
	await expect(page.getByText('cannot draw 3D')).toBeVisible();
	const map = page.getByTestId('surface3d-map');
	await expect(map).toBeVisible();
	await expect(map.locator('circle.ball')).toHaveCount(1);
	// A click three quarters of the way right and up sets the start near (1.5, 1.5) and plays.
	const svg = map.locator('svg');
	const box = (await svg.boundingBox())!;
	const m = { left: 44, right: 12, top: 12, bottom: 40, size: 400 };
	const w = m.left + m.size + m.right;
	await page.mouse.click(
		box.x + ((m.left + m.size * 0.75) / w) * box.width,
		box.y + ((m.top + m.size * 0.25) / (m.top + m.size + m.bottom)) * box.height
	);
	await expect(page).toHaveURL(/start=1\.[45]\d*%2C1\.[45]/);
	await expect(page.getByTestId('surface3d-readout-1')).toContainText(/step [1-9]/);
	await expect(map.locator('polyline.trail')).toHaveCount(1);
	for (const url of scripts) {
		const body = await (await page.request.get(url)).text();
		expect(body.includes('WebGLRenderer'), url).toBe(false);
	}
});
