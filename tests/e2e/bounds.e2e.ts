import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadWidgets } from './helpers';
import { boundsCases, boundsNotes, boundsParams } from '../shared/settingBounds';

// Each widget reads its bounds from its address and says what it refused, on the page. The whole
// table of bounds (every context: each curve, surface and loss, both sides) is read through the
// codecs in tests/unit/settingBounds.test.ts; here one case a widget is loaded, all its numbers
// at their lower bounds (no note) and all just past their upper bounds (one note each).

async function notesFor(page: Page, widget: string, params: Record<string, string>) {
	await page.goto(`/en/playground/${widget}/?${new URLSearchParams(params)}`);
	await loadWidgets(page);
	await expect(page.locator('[data-widget]').first()).toBeVisible();
	const texts = await page.locator('[data-widget] [role="alert"]').allInnerTexts();
	return texts.map((t) => t.trim()).filter(Boolean);
}

const firstCases = boundsCases.filter(
	(c, i) => boundsCases.findIndex((d) => d.widget === c.widget) === i
);

for (const c of firstCases) {
	test(`${c.widget} ${JSON.stringify(c.context)}: numbers at their bounds are taken, just past are refused`, async ({
		page
	}) => {
		if (c.widget === 'surface3d') {
			// The notes come from reading the address, whatever draws the surface: without WebGL the
			// view is the 2D map, and no load starts a renderer (three.js in a worker of its own).
			await page.addInitScript(() => {
				const getContext = HTMLCanvasElement.prototype.getContext;
				HTMLCanvasElement.prototype.getContext = function (
					this: HTMLCanvasElement,
					type: string,
					...rest: unknown[]
				) {
					return type.startsWith('webgl') ? null : getContext.call(this, type, ...rest);
				} as typeof getContext;
			});
		}
		expect(await notesFor(page, c.widget, boundsParams(c, 'lo', false))).toEqual([]);
		const notes = await notesFor(page, c.widget, boundsParams(c, 'hi', true));
		expect(notes.toSorted()).toEqual(boundsNotes(c, 'hi').toSorted());
		if (c.widget === 'descent1d') {
			// The refused start falls back to the curve's own, as the field writes it.
			await expect(page.getByRole('textbox', { name: /Start/ })).toHaveValue('−2.5');
		}
		if (c.widget === 'surface3d') {
			await expect(page.getByTestId('surface3d-view')).toHaveAttribute('data-mode', '2d');
		}
	});
}
