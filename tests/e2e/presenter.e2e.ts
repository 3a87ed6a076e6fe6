import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { labPictures } from '../../scripts/labPictures.mjs';
import { openMoreSettings, watchProblems } from './helpers';

// The presenter's own tools (focus after its buttons, going to a slide by number, the clock)
// and the agreement of presenter and audience after any sequence of the presenter's inputs.
const PRESENTER = '/en/gradient-descent/presenter/';

async function ready(page: Page) {
	// Laying out a deck measures every slide: seconds when other browsers share the cores.
	await expect(page.locator('.slides.live.ready')).toHaveCount(1, { timeout: 20_000 });
}

/** The slide (from 1) and reveal in a window's address. */
function place(page: Page): string {
	const q = new URL(page.url()).searchParams;
	return `${q.get('slide') ?? '1'}.${q.get('step') ?? '0'}`;
}

const at = (slide: number, step = 0) =>
	new RegExp(`\\?slide=${slide}${step ? `&step=${step}` : ''}$`);

/** The presenter's window, and the audience window its button opens. */
async function presenterAndAudience(context: BrowserContext, slide = 1, path = PRESENTER) {
	const presenter = await context.newPage();
	const problems = watchProblems(presenter);
	await presenter.goto(`${path}?slide=${slide}`);
	await ready(presenter);
	const [audience] = await Promise.all([
		context.waitForEvent('page'),
		presenter.getByRole('button', { name: 'Open the audience window' }).click()
	]);
	problems.push(...watchProblems(audience));
	await ready(audience);
	await expect(presenter.getByTestId('sync-state')).toHaveText('In sync with another window');
	return { presenter, audience, problems };
}

/** A small seeded generator (mulberry32), so a failing sequence can be run again. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const ACTIONS = ['next', 'previous', 'rate', 'step', 'play', 'pause', 'reset', 'black'] as const;
const RATES = ['0.05', '0.3', '0.5', '0.9', '1.5', '2.1'];

const TRAINER_ACTIONS = ['play', 'pause', 'epoch', 'iteration', 'reset', 'rate'] as const;
const TRAINER_BUTTONS: Record<Exclude<(typeof TRAINER_ACTIONS)[number], 'rate'>, RegExp> = {
	play: /Train$/,
	pause: /Pause$/,
	epoch: /One epoch$/,
	iteration: /One iteration$/,
	reset: /Reset$/
};
const TRAINER_RATES = ['0.5', '2', '5', '20'];
/** Polls that look again soon: a window catches up in a fraction of a second. */
const FAST = [50, 50, 100, 100, 250];

/**
 * What a window shows of the deck and the 1D widget, as one comparable line, read in one call
 * (a dozen locator calls a check made the test twice as slow on a busy machine).
 */
async function shown(page: Page): Promise<string> {
	const seen = await page.evaluate(() => {
		const widget = document.querySelector('.slides.live [data-widget="descent1d"]');
		// The rate's text field: the one beside the range input of the slider labelled so.
		const rate = [...(widget?.querySelectorAll('label') ?? [])]
			.find((l) => l.textContent?.includes('Learning rate'))
			?.closest('.slider')
			?.querySelector<HTMLInputElement>('input:not([type="range"])');
		const buttons = [...(widget?.querySelectorAll('button') ?? [])].map((b) => b.textContent);
		// The presenter's control panel draws the same state: any difference from its slide shows.
		const panel = document.querySelector('[data-testid="control-panel"]');
		const panelRate = [...(panel?.querySelectorAll('label') ?? [])]
			.find((l) => l.textContent?.includes('Learning rate'))
			?.closest('.slider')
			?.querySelector<HTMLInputElement>('input:not([type="range"])')?.value;
		const panelPlaying = [...(panel?.querySelectorAll('button') ?? [])].some((b) =>
			b.textContent?.includes('Pause')
		);
		const black =
			document.querySelector('[data-testid="black-screen"]') !== null ||
			document.querySelector('.bar [aria-pressed="true"]') !== null;
		const playing = buttons.some((t) => t?.includes('Pause'));
		const apart = panel && (panelRate !== rate?.value || panelPlaying !== playing);
		return {
			search: location.search,
			black,
			rate: rate?.value + (apart ? ` (panel: ${panelRate}, ${panelPlaying})` : ''),
			playing,
			status: (widget?.querySelector('[data-testid="descent1d-status"]') as HTMLElement | null)
				?.innerText
		};
	});
	return `${seen.search} | black ${seen.black} | η ${seen.rate} | ${seen.playing ? 'playing' : 'paused'} | ${seen.status}`;
}

// One test, one pair of windows: opening them costs more than everything done in them.
test('the presenter: keys after its buttons, going to a slide, the clock, the control panel; both windows agree after random inputs', async ({
	context
}) => {
	// Some 30 s on an idle machine; two windows with live widgets share its two cores.
	test.setTimeout(120_000);
	const { presenter, audience, problems } = await presenterAndAudience(context);

	await test.step('Space after “Open the audience window” moves the deck', async () => {
		// The title slide has no widget: no control panel, the slide takes the room.
		await expect(presenter.getByTestId('control-panel')).toHaveCount(0);
		await presenter.keyboard.press(' ');
		await expect(presenter).toHaveURL(at(2));
		await expect(audience).toHaveURL(at(2));
		// The button was not pressed again: still one audience window.
		expect(context.pages()).toHaveLength(2);
	});

	await test.step('after each toolbar button, Space and the arrows move the deck', async () => {
		const buttons: [string, boolean][] = [
			['Forward →', true],
			['← Back', true],
			['Black screen', false],
			['Black screen', false]
		];
		for (const [name, moves] of buttons) {
			const before = place(presenter);
			await presenter.getByRole('button', { name, exact: true }).click();
			await expect(presenter.locator('.current')).toBeFocused();
			if (moves) await expect.poll(() => place(presenter)).not.toBe(before);
			const after = place(presenter);
			await presenter.keyboard.press('ArrowRight');
			await expect.poll(() => place(presenter)).not.toBe(after);
		}
		await expect.poll(() => place(audience)).toBe(place(presenter));
	});

	await test.step('a typed number and Enter go to that slide, in both windows', async () => {
		await presenter.keyboard.type('5');
		await expect(presenter.getByTestId('goto-status')).toHaveText('Go to slide 5: press Enter');
		await presenter.keyboard.press('Enter');
		await expect(presenter).toHaveURL(at(5));
		await expect(audience).toHaveURL(at(5));
		await presenter.keyboard.type('999');
		await presenter.keyboard.press('Enter');
		await expect(presenter.getByTestId('goto-status')).toContainText('There is no slide 999');
		await expect(presenter).toHaveURL(at(5));
		// And in the audience window, which the presenter then follows.
		await audience.keyboard.type('3');
		await audience.keyboard.press('Enter');
		await expect(audience).toHaveURL(at(3));
		await expect(presenter).toHaveURL(at(3));
	});

	await test.step('G opens “Go to slide”: Enter goes, Escape closes', async () => {
		await presenter.keyboard.press('g');
		const field = presenter.getByRole('textbox', { name: 'Go to slide' });
		await expect(field).toBeFocused();
		await presenter.keyboard.type('abc');
		await presenter.keyboard.press('Enter');
		await expect(presenter.getByTestId('goto-status')).toContainText('Type a number from 1 to');
		await field.fill('4');
		await presenter.keyboard.press('Enter');
		await expect(field).toBeHidden();
		await expect(presenter).toHaveURL(at(4));
		await expect(audience).toHaveURL(at(4));
		await presenter.keyboard.press('G');
		await expect(field).toBeFocused();
		await presenter.keyboard.press('Escape');
		await expect(field).toBeHidden();
		await presenter.keyboard.press('ArrowLeft');
		await expect(presenter).toHaveURL(/\?slide=3(&step=\d+)?$/);
	});

	await test.step('the wall clock shows the time of day', async () => {
		const clock = presenter.getByTestId('wall-clock').locator('time');
		const shown = await clock.getAttribute('datetime');
		const now = await presenter.evaluate(() => {
			const d = new Date();
			const p = (n: number) => String(n).padStart(2, '0');
			const before = new Date(d.getTime() - 60_000);
			return [d, before].map((x) => `${p(x.getHours())}:${p(x.getMinutes())}`);
		});
		expect(now).toContain(shown);
		await expect(clock).toHaveText(/\d{1,2}[:.]\d{2}/);
	});

	const n =
		Number(
			await presenter
				.locator('.slides.live [data-widget="descent1d"]')
				.evaluate((el) => el.closest('[data-slide]')?.getAttribute('data-slide'))
		) + 1;
	await presenter.keyboard.type(String(n));
	await presenter.keyboard.press('Enter');
	await expect(presenter).toHaveURL(at(n));
	// The widget slide's reveals, as the presenter counts them ("Reveal 0 of 3").
	const reveals = Number(
		/Reveal \d+ of (\d+)/.exec(await presenter.getByTestId('presenter-position').innerText())?.[1]
	);
	expect(reveals).toBeGreaterThan(0);
	const widget = presenter.locator('.slides.live [data-widget="descent1d"]');
	// What is compared is read: a rate and a step in the readout, not two empty lines that agree.
	await expect.poll(() => shown(presenter)).toMatch(/η \d.* \| Step 0: w = /);
	const stepOf = async () =>
		Number(/Step (\d+):/.exec(await widget.getByTestId('descent1d-status').innerText())?.[1]);
	const panel = presenter.getByTestId('control-panel');
	const audienceWidget = audience.locator('.slides.live [data-widget="descent1d"]');
	const readout = (page: Page) =>
		page.locator('.slides.live [data-testid="descent1d-status"]').innerText();

	await test.step('the control panel drives the slide and the audience window', async () => {
		await expect(panel.getByRole('heading', { name: 'Walking down a curve' })).toBeVisible();
		const rate = panel.getByRole('textbox', { name: 'Learning rate η' });
		await rate.fill('0.3');
		await rate.press('Enter');
		const audienceRate = audienceWidget.getByRole('textbox', { name: 'Learning rate η' });
		await expect(audienceRate).toHaveValue('0.3');
		await expect(widget.getByRole('textbox', { name: 'Learning rate η' })).toHaveValue('0.3');
		await panel.getByRole('button', { name: /Step$/ }).click();
		// A mouse's press gives the keys back to the deck, as the toolbar's buttons do.
		await expect(presenter.locator('.current')).toBeFocused();
		await expect.poll(() => readout(presenter)).toMatch(/^Step 1:/);
		await expect.poll(() => readout(audience)).toBe(await readout(presenter));
		await panel.getByRole('button', { name: /Play$/ }).click();
		await expect(audienceWidget.getByRole('button', { name: /Pause$/ })).toBeVisible();
		await panel.getByRole('button', { name: /Reset$/ }).click();
		await expect.poll(() => readout(presenter)).toMatch(/^Step 0:/);
		await expect.poll(() => readout(audience)).toBe(await readout(presenter));
		await expect(audienceWidget.getByRole('button', { name: /Play$/ })).toBeVisible();
		// Arrows move the panel's focused slider, not the deck; Escape gives the keys back.
		const slide = place(presenter);
		const track = panel.getByRole('slider', { name: 'Learning rate η' });
		await track.focus();
		await presenter.keyboard.press('ArrowRight');
		await expect(audienceRate).not.toHaveValue('0.3');
		expect(place(presenter)).toBe(slide);
		await presenter.keyboard.press('Escape');
		await expect(presenter.locator('.current')).toBeFocused();
	});

	const press = (name: RegExp, on = widget) => on.getByRole('button', { name }).click();

	for (const seed of [1, 2, 3]) {
		const next = random(seed);
		const sequence = Array.from({ length: 8 }, () => ACTIONS[Math.floor(next() * ACTIONS.length)]);
		await test.step(`seed ${seed}: ${sequence.join(', ')}`, async () => {
			for (const [i, action] of sequence.entries()) {
				// The slide's own controls or the presenter's panel: the same state either way.
				const on = next() < 0.5 ? panel : widget;
				const [, step] = place(presenter).split('.').map(Number);
				const playing = (await widget.getByRole('button', { name: /Pause$/ }).count()) > 0;
				// Stay on the widget's slide: at its first reveal "previous" goes forward, and at its
				// last "next" goes back (the reveals are the widget's scroll steps).
				if (action === 'next' || action === 'previous') {
					const forward = action === 'next' ? step < reveals : step === 0;
					await presenter.keyboard.press(forward ? 'PageDown' : 'PageUp');
					await expect.poll(() => place(presenter)).not.toBe(`${n}.${step}`);
				} else if (action === 'rate') {
					const rate = on.getByRole('textbox', { name: 'Learning rate η' });
					await rate.fill(RATES[Math.floor(next() * RATES.length)]);
					await rate.press('Enter');
				} else if (action === 'step' && !playing) {
					const before = await stepOf();
					const button = on.getByRole('button', { name: /Step$/ });
					if (await button.isEnabled()) {
						await button.click();
						await expect.poll(stepOf).toBe(before + 1);
					}
				} else if (action === 'play' && !playing) {
					const button = on.getByRole('button', { name: /Play$/ });
					if (await button.isEnabled()) await button.click();
				} else if ((action === 'pause' || action === 'step') && playing) {
					await press(/Pause$/, on);
				} else if (action === 'reset') {
					await press(/Reset$/, on);
					await expect.poll(stepOf).toBe(0);
				} else if (action === 'black') {
					await presenter.getByRole('button', { name: 'Black screen' }).click();
				}
				await expect
					.poll(
						async () => {
							const [p, a] = await Promise.all([shown(presenter), shown(audience)]);
							return p === a ? 'same' : `presenter ${p}\naudience  ${a}`;
						},
						{
							message: `after action ${i + 1} (${action})`,
							timeout: 5000,
							intervals: [50, 50, 100, 100, 250]
						}
					)
					.toBe('same');
			}
		});
	}

	await test.step('the 3D surface’s speed menu in the panel: the audience plays at that speed', async () => {
		const surface = presenter.locator('.slides.live [data-widget="surface3d"]').first();
		const k = Number(await surface.getAttribute('data-slide').catch(() => null)) || 0;
		const slide =
			k ||
			Number(
				await surface.evaluate((el) => el.closest('[data-slide]')?.getAttribute('data-slide'))
			);
		await presenter.keyboard.type(String(slide + 1));
		await presenter.keyboard.press('Enter');
		await expect(audience).toHaveURL(at(slide + 1));
		await panel.getByRole('combobox', { name: 'Speed' }).selectOption('3');
		// Read where it is drawn, shown on the slide or folded away for the panel.
		const speed = () =>
			audience.evaluate((n) => {
				const host = document.querySelector(`.slides.live [data-slide="${n}"]`);
				const widget = host?.matches('[data-widget]') ? host : host?.querySelector('[data-widget]');
				return widget?.querySelector<HTMLSelectElement>('.speed select')?.value;
			}, slide);
		await expect.poll(speed).toBe('3');
	});
	expect(problems).toEqual([]);
});

test('the trainer: the panel’s run buttons drive the slide, and the audience trains to the same numbers', async ({
	context
}) => {
	test.setTimeout(90_000);
	const { presenter, audience, problems } = await presenterAndAudience(
		context,
		1,
		'/en/training-loop/presenter/'
	);
	// The window in front draws at full speed (the one behind, a few frames a second, and a click
	// waits for frames): in front, the presenter's, whose buttons are pressed.
	await presenter.bringToFront();
	// The exercise's trainer, a slide of its own (lr 20, 40 epochs).
	const own = '.slides.live [data-widget="trainer"][data-slide]';
	const n = Number(await presenter.locator(own).getAttribute('data-slide')) + 1;
	await presenter.keyboard.type(String(n));
	await presenter.keyboard.press('Enter');
	await expect(audience).toHaveURL(at(n));
	// The status line says epoch, iteration, loss, accuracy and whether it trains, in words.
	const status = (page: Page) =>
		page.locator(`${own} [data-testid="trainer-status"]`).evaluate((el) => el.textContent ?? '');
	const updates = async (page: Page) =>
		Number(
			/(\d+) updates in all/.exec(
				await page.locator(`${own} .counters`).evaluate((el) => el.textContent ?? '')
			)?.[1] ?? -1
		);
	// A window that went past the presenter's update trains again from the start, behind the
	// presenter's (a few frames a second): on a busy machine that takes a few seconds.
	const agree = async () => {
		const text = await status(presenter);
		await expect.poll(() => status(audience), { timeout: 10_000, intervals: FAST }).toBe(text);
		return text;
	};
	const panel = presenter.getByTestId('control-panel');
	await expect(status(presenter)).resolves.toMatch(/^Epoch 0 of 40, iteration 0 of 22/);

	await test.step('one epoch from the panel: the audience shows the same epoch and loss', async () => {
		await panel.getByRole('button', { name: /One epoch$/ }).click();
		await expect.poll(() => status(presenter)).toMatch(/^Epoch 1 of 40, iteration 0 of 22.*Loss/);
		expect(await agree()).toContain('(paused)');
		// The panel's buttons are a presenter's: at least 44 px to hit.
		const box = await panel.getByRole('button', { name: /Train$/ }).boundingBox();
		expect(box?.height).toBeGreaterThanOrEqual(44);
	});

	await test.step('a new rate mid-run, then an epoch: the audience trains the same course', async () => {
		const rate = panel.getByRole('textbox', { name: 'Learning rate η' });
		await rate.fill('0.5');
		await rate.press('Enter');
		await expect.poll(() => status(presenter)).toContain('η = 0.5');
		await panel.getByRole('button', { name: /One epoch$/ }).click();
		await expect.poll(() => status(presenter)).toMatch(/^Epoch 2 of 40/);
		expect(await agree()).toContain('Learning rate η = 0.5 from epoch 1, iteration 0 on (was 20).');
	});

	await test.step('play: the audience follows within about a second; pause: the same numbers', async () => {
		await panel.getByRole('button', { name: /Train$/ }).click();
		await expect.poll(() => updates(presenter)).toBeGreaterThan(100);
		const seen = await updates(presenter);
		await expect.poll(() => updates(audience), { timeout: 1500 }).toBeGreaterThanOrEqual(seen);
		await panel.getByRole('button', { name: /Pause$/ }).click();
		expect(await agree()).toContain('(paused)');
	});

	await test.step('reset from the panel: both windows start again', async () => {
		await panel.getByRole('button', { name: /Reset$/ }).click();
		await expect.poll(() => status(presenter)).toMatch(/^Epoch 0 of 40, iteration 0 of 22/);
		await agree();
	});

	const slide = presenter.locator(own);
	const playing = async (page: Page) =>
		(await page
			.locator(own)
			.getByRole('button', { name: /Pause$/ })
			.count()) > 0;
	for (const seed of [1, 2, 3]) {
		const next = random(seed);
		const sequence = Array.from(
			{ length: 8 },
			() => TRAINER_ACTIONS[Math.floor(next() * TRAINER_ACTIONS.length)]
		);
		await test.step(`seed ${seed}: ${sequence.join(', ')}`, async () => {
			for (const [i, action] of sequence.entries()) {
				// The slide's own buttons or the panel's: the same run either way.
				const on = next() < 0.5 ? panel : slide;
				const button = (name: RegExp) => on.getByRole('button', { name }).first();
				const press = async (name: RegExp) => {
					if ((await button(name).count()) && (await button(name).isEnabled()))
						await button(name).click();
				};
				if (action === 'rate') {
					const rate = on.getByRole('textbox', { name: 'Learning rate η' });
					await rate.fill(TRAINER_RATES[Math.floor(next() * TRAINER_RATES.length)]);
					await rate.press('Enter');
				} else await press(TRAINER_BUTTONS[action]);
				const message = `after action ${i + 1} (${action})`;
				// Playing, the audience trains too; paused, it shows the same numbers in words.
				if (await playing(presenter))
					await expect
						.poll(() => playing(audience), { message, timeout: 5000, intervals: FAST })
						.toBe(true);
				else
					await expect
						.poll(
							async () => {
								const [p, a] = await Promise.all([status(presenter), status(audience)]);
								return p === a ? 'same' : `presenter ${p}\naudience  ${a}`;
							},
							{ message, timeout: 5000, intervals: FAST }
						)
						.toBe('same');
			}
		});
	}
	expect(problems).toEqual([]);
});

test('the lab: Train in the panel, and the audience makes the same model from the lesson’s pictures (bias lesson)', async ({
	context
}) => {
	test.setTimeout(90_000);
	// The presenter prepares the pictures in the lesson; the talk's windows read them from there.
	const lesson = await context.newPage();
	await lesson.goto('/en/bias/');
	// The lab loads as it nears the screen.
	await lesson.locator('[data-widget="lab"]').scrollIntoViewIfNeeded();
	for (const kind of [0, 1] as const) {
		const upload = lesson.getByTestId(`lab-upload-${kind}`);
		await upload.setInputFiles(await labPictures(lesson, kind, 10, 3));
		await expect(lesson.getByTestId(`lab-count-${kind}`)).toHaveText('10 pictures');
	}
	// Kept in the browser a moment after the change.
	await lesson.waitForTimeout(800);
	await lesson.close();
	const { presenter, audience, problems } = await presenterAndAudience(
		context,
		1,
		'/en/bias/presenter/'
	);
	const n =
		Number(
			await presenter
				.locator('.slides.live [data-widget="lab"]')
				.evaluate((el) => el.closest('[data-slide]')?.getAttribute('data-slide'))
		) + 1;
	await presenter.keyboard.type(String(n));
	await presenter.keyboard.press('Enter');
	await expect(audience).toHaveURL(at(n));
	const status = (page: Page) =>
		page.locator('.slides.live [data-testid="lab-status"]').evaluate((el) => el.textContent ?? '');
	await expect.poll(() => status(audience)).toContain('10 pictures');
	const panel = presenter.getByTestId('control-panel');
	const train = panel.getByRole('button', { name: 'Train model' });
	expect((await train.boundingBox())?.height).toBeGreaterThanOrEqual(44);
	await train.click();
	await expect.poll(() => status(presenter), { timeout: 30_000 }).toContain('Training finished');
	const done = await status(presenter);
	expect(done).toMatch(/Validation accuracy [\d.]+%/);
	await expect.poll(() => status(audience), { timeout: 10_000 }).toBe(done);
	await expect(audience.getByTestId('lab-not-same')).toHaveCount(0);

	await test.step('a new rate, then more epochs: the audience trains the same course', async () => {
		// The loss per epoch in words, to 3 digits: a rate not followed gives other losses.
		const losses = (page: Page) =>
			page
				.locator('.slides.live [data-testid="lab-loss-chart"] [aria-label]')
				.first()
				.getAttribute('aria-label');
		// The rate is one of the lab's folded "Advanced" settings: the panel shows them on demand.
		await openMoreSettings(panel);
		await panel.locator('details.settings-box:not([open]) > summary').click();
		const rate = panel.getByRole('textbox', { name: 'Learning rate η' });
		await rate.fill('0.01');
		await rate.press('Enter');
		const epochs = panel.getByRole('textbox', { name: 'Epochs' });
		const more = Number(await epochs.inputValue()) + 5;
		await epochs.fill(String(more));
		await epochs.press('Enter');
		await panel.getByRole('button', { name: 'Continue training' }).click();
		await expect.poll(() => losses(presenter), { timeout: 30_000 }).toContain(`epoch ${more},`);
		await expect.poll(() => status(presenter)).toContain('Training finished');
		const after = await losses(presenter);
		await expect.poll(() => losses(audience), { timeout: 10_000 }).toBe(after);
		await expect.poll(() => status(audience)).toBe(await status(presenter));
	});

	// A window without the store (a private window, say) cannot read the pictures: it says so.
	await context.addInitScript(() => {
		if (location.pathname.endsWith('/slides/'))
			Object.defineProperty(window, 'indexedDB', { value: undefined });
	});
	const blind = await context.newPage();
	await blind.goto(`/en/bias/slides/?slide=${n}`);
	await ready(blind);
	await expect(blind.getByTestId('lab-not-same')).toHaveText(
		'The other window trains on pictures this window cannot read: they stay in the browser that holds them. The model shown here is not that one.'
	);
	expect(await status(blind)).toContain('Not trained yet');
	expect(problems).toEqual([]);
});
