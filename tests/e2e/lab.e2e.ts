import { type Locator, type Page } from '@playwright/test';
import { labPictures } from '../../scripts/labPictures.mjs';
import { expect, test } from './fixtures';

const pictures = (page: Page, kind: 0 | 1, n: number, seed = 1) => labPictures(page, kind, n, seed);

const status = (page: Page) => page.getByTestId('lab-status');
const count = (page: Page, i: number) => page.getByTestId(`lab-count-${i}`);

async function upload(page: Page, i: number, files: Awaited<ReturnType<typeof pictures>>) {
	await page.getByTestId(`lab-upload-${i}`).setInputFiles(files);
	await expect(count(page, i)).toHaveText(`${files.length} pictures`);
}

/** The validation accuracy the status line gives once training has finished, in percent. */
async function finishedAccuracy(page: Page): Promise<number> {
	await expect(status(page)).toContainText('Training finished', { timeout: 30_000 });
	const m = ((await status(page).textContent()) ?? '').match(/Validation accuracy ([\d.]+)%/);
	expect(m, 'the status gives the validation accuracy').not.toBeNull();
	return Number(m![1]);
}

async function matrixSum(page: Page, k: number): Promise<number> {
	let sum = 0;
	for (let t = 0; t < k; t++)
		for (let p = 0; p < k; p++)
			sum += Number(await page.getByTestId(`lab-cell-${t}-${p}`).textContent());
	return sum;
}

async function drawCircle(pad: Locator, page: Page, dx = 0) {
	await pad.scrollIntoViewIfNeeded();
	const box = (await pad.locator('canvas').boundingBox())!;
	const cx = box.x + box.width / 2 + dx;
	const cy = box.y + box.height / 2;
	const r = box.width * 0.3;
	await page.mouse.move(cx + r, cy);
	await page.mouse.down();
	for (let a = 0; a <= 2 * Math.PI + 0.2; a += 0.4)
		await page.mouse.move(cx + r * Math.cos(a), cy + r * Math.sin(a));
	await page.mouse.up();
}

async function drawLine(pad: Locator, page: Page, dx = 0) {
	await pad.scrollIntoViewIfNeeded();
	const box = (await pad.locator('canvas').boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.2 + dx, box.y + box.height * 0.2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.8 + dx, box.y + box.height * 0.8, { steps: 6 });
	await page.mouse.up();
}

test('uploaded pictures train a model: high validation accuracy, a matrix that counts the validation pictures, a preview that is right', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.goto('/en/playground/lab/?epochs=30');
	await expect(status(page)).toContainText('Not trained yet');
	await upload(page, 0, await pictures(page, 0, 40));
	await upload(page, 1, await pictures(page, 1, 40));
	await expect(status(page)).toContainText('cat 40 pictures, dog 40 pictures');
	await page.getByTestId('lab-train').click();
	expect(await finishedAccuracy(page)).toBeGreaterThanOrEqual(90);
	// 15 % of 40 of each class validate.
	expect(await matrixSum(page, 2)).toBe(12);
	await expect(page.getByTestId('lab-per-class')).toBeVisible();
	await page.getByTestId('lab-cell-0-0').click();
	await expect(page.getByTestId('lab-cell-pictures').locator('img')).toHaveCount(
		Number(await page.getByTestId('lab-cell-0-0').textContent())
	);
	await page.getByTestId('lab-preview-upload').setInputFiles((await pictures(page, 1, 1, 99))[0]);
	await expect(page.getByTestId('lab-preview-result')).toContainText('The model says: dog');
});

test('drawn pictures train a model, and a reload keeps the project and its model', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.goto('/en/playground/lab/?epochs=20');
	for (const i of [0, 1]) {
		const card = page.getByTestId(`lab-class-${i}`);
		await card.getByRole('button', { name: 'Draw' }).click();
		const pad = page.getByTestId(`lab-pad-${i}`);
		for (let k = 0; k < 6; k++) {
			await (i === 0 ? drawCircle : drawLine)(pad, page, (k - 3) * 4);
			await pad.getByRole('button', { name: 'Add this drawing' }).click();
		}
		await expect(count(page, i)).toHaveText('6 pictures');
	}
	await page.getByTestId('lab-train').click();
	await expect(status(page)).toContainText('Training finished', { timeout: 30_000 });
	// A new name is kept too, and leaves the model as it is: the pictures did not change.
	const name = page.getByRole('textbox', { name: 'Name of class 1' });
	await name.fill('circle');
	await name.press('Enter');
	await expect(page.getByTestId('lab-train')).toHaveText('Train again');
	const before = await status(page).textContent();
	expect(before).toContain('circle 6 pictures');
	// The model is kept once training ends; the pictures a moment after each change.
	await page.waitForTimeout(800);
	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Name of class 1' })).toHaveValue('circle');
	await expect(count(page, 0)).toHaveText('6 pictures');
	await expect(count(page, 1)).toHaveText('6 pictures');
	await expect(status(page)).toHaveText(before ?? '');
	await expect(page.getByTestId('lab-preview-wait')).toHaveCount(0);
});

test('export then import gives back the same pictures and the same predictions', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.goto('/en/playground/lab/?epochs=15');
	await upload(page, 0, await pictures(page, 0, 12));
	await upload(page, 1, await pictures(page, 1, 12));
	await page.getByTestId('lab-train').click();
	await expect(status(page)).toContainText('Training finished', { timeout: 30_000 });
	const probe = (await pictures(page, 0, 1, 42))[0];
	await page.getByTestId('lab-preview-upload').setInputFiles(probe);
	const said = await page.getByTestId('lab-preview-result').textContent();
	const downloading = page.waitForEvent('download');
	await page.getByTestId('lab-export').click();
	const file = await (await downloading).path();
	await page.getByTestId('lab-clear').click();
	await page.getByTestId('lab-clear').click();
	await expect(count(page, 0)).toHaveText('0 pictures');
	await page.getByTestId('lab-import').setInputFiles(file!);
	await expect(count(page, 0)).toHaveText('12 pictures');
	await expect(page.getByTestId('lab-preview-wait')).toHaveCount(0);
	await page.getByTestId('lab-preview-upload').setInputFiles(probe);
	await expect(page.getByTestId('lab-preview-result')).toHaveText(said ?? '');
});

test('bad files, too few pictures and foreign project files are each told in words, and nothing is lost', async ({
	page
}) => {
	await page.goto('/en/playground/lab/');
	const upload0 = page.getByTestId('lab-upload-0');
	await upload0.setInputFiles([
		{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') },
		{ name: 'broken.png', mimeType: 'image/png', buffer: Buffer.from('not really a png') },
		...(await pictures(page, 0, 1))
	]);
	const card = page.getByTestId('lab-class-0');
	await expect(
		card.getByRole('alert').filter({ hasText: '“notes.txt” is not an image file' })
	).toBeVisible();
	await expect(
		card.getByRole('alert').filter({ hasText: '“broken.png” could not be read' })
	).toBeVisible();
	await expect(count(page, 0)).toHaveText('1 picture');
	await upload(page, 1, await pictures(page, 1, 5));
	await page.getByTestId('lab-train').click();
	await expect(page.getByTestId('lab-too-few')).toContainText(
		'“cat” has 1 picture. Each class needs at least'
	);
	const importer = page.getByTestId('lab-import');
	await importer.setInputFiles({
		name: 'x.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"a":1}')
	});
	await expect(page.getByRole('alert').filter({ hasText: 'not a lab project' })).toBeVisible();
	await importer.setInputFiles({
		name: 'future.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ format: 'descent-lab', version: 99 }))
	});
	await expect(page.getByRole('alert').filter({ hasText: 'newer version (99)' })).toBeVisible();
	await expect(count(page, 0)).toHaveText('1 picture');
	await expect(count(page, 1)).toHaveText('5 pictures');
});

test.describe('without a webcam', () => {
	test('the webcam says it is absent, and upload and draw still work', async ({ page }) => {
		await page.goto('/en/playground/lab/');
		const card = page.getByTestId('lab-class-0');
		await card.getByRole('button', { name: 'Webcam' }).click();
		await card.getByRole('button', { name: 'Turn the webcam on' }).click();
		await expect(card.getByRole('alert')).toContainText(
			/webcam (was not allowed|was found|could not start)/
		);
		await card.getByRole('button', { name: 'Draw' }).click();
		await drawLine(page.getByTestId('lab-pad-0'), page);
		await page.getByTestId('lab-pad-0').getByRole('button', { name: 'Add this drawing' }).click();
		await expect(count(page, 0)).toHaveText('1 picture');
	});
});

test('zh-TW: the lab speaks Chinese and names its classes 貓 and 狗', async ({ page }) => {
	await page.goto('/zh-TW/playground/lab/');
	await expect(status(page)).toContainText('圖片：貓 0 張、狗 0 張。還沒訓練。');
	await expect(page.getByRole('button', { name: '訓練模型' })).toBeVisible();
});

test('pictures that change during training stop it, and say so', async ({ page }) => {
	await page.goto('/en/playground/lab/?epochs=500');
	await upload(page, 0, await pictures(page, 0, 8));
	await upload(page, 1, await pictures(page, 1, 8));
	await page.getByTestId('lab-train').click();
	await expect(page.getByTestId('lab-train')).toHaveText('Stop');
	await page.getByTestId('lab-upload-1').setInputFiles(await pictures(page, 1, 1, 5));
	await expect(
		page.getByRole('alert').filter({ hasText: 'pictures changed during training' })
	).toBeVisible();
	await expect(page.getByTestId('lab-train')).toHaveText('Train again');
	await expect(count(page, 1)).toHaveText('9 pictures');
});

test('a thousand files at once add the first 500, and a 50-megapixel photo is one picture', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.goto('/en/playground/lab/');
	const [one] = await pictures(page, 0, 1);
	const many = Array.from({ length: 1000 }, (_, i) => ({ ...one, name: `p${i}.png` }));
	await page.getByTestId('lab-upload-0').setInputFiles(many);
	await expect(count(page, 0)).toHaveText('500 pictures', { timeout: 60_000 });
	await expect(
		page.getByRole('alert').filter({ hasText: 'At most 500 pictures at a time: got 1,000' })
	).toBeVisible();
	const huge = await page.evaluate(async () => {
		const c = document.createElement('canvas');
		c.width = 8200;
		c.height = 6150;
		const g = c.getContext('2d')!;
		g.fillStyle = '#fff';
		g.fillRect(0, 0, c.width, c.height);
		g.fillStyle = '#0072b2';
		g.fillRect(2000, 1500, 4000, 3000);
		const blob = await new Promise<Blob>((ok) => c.toBlob((b) => ok(b!), 'image/jpeg', 0.8));
		const bytes = new Uint8Array(await blob.arrayBuffer());
		let bin = '';
		for (let i = 0; i < bytes.length; i += 0x8000)
			bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
		return btoa(bin);
	});
	await page.getByTestId('lab-upload-1').setInputFiles({
		name: 'huge.jpg',
		mimeType: 'image/jpeg',
		buffer: Buffer.from(huge, 'base64')
	});
	await expect(count(page, 1)).toHaveText('1 picture', { timeout: 30_000 });
});

test('a full storage is told, and the pictures stay on the page', async ({ page }) => {
	await page.addInitScript(() => {
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('full', 'QuotaExceededError');
		};
	});
	await page.goto('/en/playground/lab/');
	await upload(page, 0, await pictures(page, 0, 2));
	await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible();
	await expect(count(page, 0)).toHaveText('2 pictures');
});

test('pictures dropped on a class card join that class', async ({ page }) => {
	await page.goto('/en/playground/lab/');
	const files = await pictures(page, 1, 3);
	const card = page.getByTestId('lab-class-1');
	const drop = await page.evaluateHandle(
		(list) => {
			const dt = new DataTransfer();
			for (const f of list) {
				const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
				dt.items.add(new File([bytes], f.name, { type: f.mimeType }));
			}
			return dt;
		},
		files.map((f) => ({ name: f.name, mimeType: f.mimeType, b64: f.buffer.toString('base64') }))
	);
	await card.dispatchEvent('dragover', { dataTransfer: drop });
	await expect(card.getByText('Drop to add pictures')).toBeVisible();
	await card.dispatchEvent('drop', { dataTransfer: drop });
	await expect(count(page, 1)).toHaveText('3 pictures');
	await expect(count(page, 0)).toHaveText('0 pictures');
});

test('training stops and continues from where it stopped', async ({ page }) => {
	// One picture a batch over 60 pictures: some 7 s of training, time enough to stop it twice.
	await page.goto('/en/playground/lab/?epochs=400&batch=1');
	await upload(page, 0, await pictures(page, 0, 30));
	await upload(page, 1, await pictures(page, 1, 30));
	const train = page.getByTestId('lab-train');
	await train.click();
	await expect(status(page)).toContainText(/Epoch [1-9]\d* \/ 400/);
	await train.click();
	await expect(train).toHaveText('Continue training');
	const stopped = Number(
		((await status(page).textContent()) ?? '').match(/Stopped at epoch (\d+) \/ 400/)?.[1]
	);
	expect(stopped).toBeGreaterThan(0);
	await train.click();
	await expect(train).toHaveText('Stop');
	await expect
		.poll(async () => Number(((await status(page).textContent()) ?? '').match(/Epoch (\d+)/)?.[1]))
		.toBeGreaterThan(stopped);
	await train.click();
	await expect(train).toHaveText('Continue training');
});

test('a confidence threshold of 0.99 moves validation pictures to "not sure" and raises no class accuracy', async ({
	page
}) => {
	test.setTimeout(60_000);
	await page.goto('/en/playground/lab/?epochs=10');
	await upload(page, 0, await pictures(page, 0, 20));
	await upload(page, 1, await pictures(page, 1, 20));
	await page.getByTestId('lab-train').click();
	await finishedAccuracy(page);
	const accuracies = async () =>
		Promise.all([0, 1].map(async (c) => page.getByTestId(`lab-acc-${c}`).textContent()));
	const before = (await accuracies()).map(Number);
	// 15 % of 20 of each class validate: 3 + 3, all of them answered at threshold 0.
	expect(await matrixSum(page, 2)).toBe(6);
	await expect(page.getByTestId('lab-unsure-summary')).toContainText('Threshold 0:');
	const slider = page.getByRole('slider', { name: 'Confidence threshold' });
	await slider.focus();
	await slider.press('End');
	const summary = page.getByTestId('lab-unsure-summary');
	await expect(summary).toContainText('Threshold 0.99:');
	const n = Number(((await summary.textContent()) ?? '').match(/not sure of (\d+) of 6/)![1]);
	const unsure = Number(await page.getByTestId('lab-unsure-0').textContent());
	expect(unsure + Number(await page.getByTestId('lab-unsure-1').textContent())).toBe(n);
	expect(await matrixSum(page, 2)).toBe(6 - n);
	const after = (await accuracies()).map(Number);
	for (let c = 0; c < 2; c++) expect(after[c]).toBeLessThanOrEqual(before[c]);
	await expect(page).toHaveURL(/sure=0\.99/);
});
