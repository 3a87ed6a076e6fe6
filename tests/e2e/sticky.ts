import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

// A lesson's sticky widget beside its steps, as phone.e2e and nowebgl.e2e walk it.

/** Scrolls step `i` of `scrolly` to 60% of the screen's height and waits until it is active. */
export async function showStep(page: Page, scrolly: Locator, i: number) {
	const step = scrolly.locator('[data-step-index]').nth(i);
	// Into Scrolly's band: the middle of the screen side by side, just below the widget on a phone.
	// Again until it is active: a widget that loads above the step moves it after the scroll.
	await expect(async () => {
		await step.evaluate((el) =>
			window.scrollBy(
				0,
				el.getBoundingClientRect().top - innerHeight * (innerWidth >= 1100 ? 0.4 : 0.6)
			)
		);
		await expect(scrolly).toHaveAttribute('data-step', String(i), { timeout: 1000 });
	}).toPass();
	await expect(scrolly.locator('.sticky .widget-box')).toBeVisible();
	return step;
}

/** Where the sticky box is, whether it scrolls inside, and what is under the step's first line. */
export function geometry(scrolly: Locator, i: number) {
	return scrolly.evaluate((el, i) => {
		const sticky = el.querySelector('.sticky') as HTMLElement;
		const box = sticky.getBoundingClientRect();
		const step = el.querySelectorAll('[data-step-index]')[i] as HTMLElement;
		const s = step.getBoundingClientRect();
		const pad = parseFloat(getComputedStyle(step).paddingTop);
		const hit = document.elementFromPoint(s.left + 24, s.top + pad + 8);
		const header = document.querySelector('.site-header')!.getBoundingClientRect();
		return {
			top: box.top,
			bottom: box.bottom,
			height: box.height,
			inner: sticky.scrollHeight - sticky.clientHeight,
			headerBottom: header.bottom,
			textCovered: !step.contains(hit),
			sticky: getComputedStyle(sticky).position === 'sticky',
			widget: sticky.querySelector('[data-widget]')?.getAttribute('data-widget') ?? '',
			vh: innerHeight
		};
	}, i);
}

/**
 * On a 360×740 phone, at each step of `scrolly`: the sticky widget below the header, on screen,
 * in at most 45% of the height, with no scroll of its own, and the step's text not under it;
 * then `also` checks that step's widget, if it is given.
 */
export async function phoneStepsFit(
	page: Page,
	scrolly: Locator,
	path: string,
	also?: (widget: string, where: string) => Promise<void>
) {
	const steps = await scrolly.locator('[data-step-index]').count();
	for (let i = 0; i < steps; i++) {
		await showStep(page, scrolly, i);
		const where = `${path} step ${i + 1}`;
		// Once the widget has drawn its answer: a placeholder may hold another shape.
		await expect
			.poll(async () => (await geometry(scrolly, i)).height, `${where}: at most 45%`)
			.toBeLessThanOrEqual(0.45 * 740);
		const g = await geometry(scrolly, i);
		expect(g.top, `${where}: below the header`).toBeGreaterThanOrEqual(g.headerBottom - 1);
		expect(g.bottom, `${where}: on screen`).toBeLessThanOrEqual(g.vh);
		expect(g.height, `${where}: at most 45%`).toBeLessThanOrEqual(0.45 * g.vh);
		expect(g.inner, `${where}: no scroll inside`).toBeLessThanOrEqual(1);
		expect(g.textCovered, `${where}: text covered`).toBe(false);
		await also?.(g.widget, where);
	}
}
