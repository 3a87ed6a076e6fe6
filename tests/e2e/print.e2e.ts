import type { Page } from '@playwright/test';
import {
	mountainSteps,
	steps as descentSteps,
	surfaceSteps
} from '../../content/lessons/04-gradient-descent/steps';
import { langs } from '../../src/lib/i18n/lang';
import { printStrings } from '../../src/lib/ui/printStrings';
import { stepStillPath } from '../../src/lib/widgets/stepStill';
import { expect, test } from './fixtures';
import { lessonPages } from './helpers';

/**
 * Paper: every lesson printed as a handout, and a deck exported one slide a page. One browser
 * page walks every lesson of a language (a step each), so the whole course costs one test.
 */

/** Stands in for the print dialog, which a headless browser does not show: counts the calls. */
async function catchPrint(page: Page): Promise<() => Promise<number>> {
	await page.evaluate(() => {
		const w = window as unknown as { __printed: number };
		w.__printed = 0;
		window.print = () => void w.__printed++;
	});
	return () => page.evaluate(() => (window as unknown as { __printed: number }).__printed);
}

/** The pages of a PDF, counted from its page objects. */
function pdfPages(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
}

/** What would be wrong on paper, read from the page as it lays out for print. */
function paperProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const problems: string[] = [];
		const shown = (el: Element) =>
			el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
		const name = (el: Element) =>
			`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
		for (const el of document.querySelectorAll(
			'button, input, select, textarea, [role="slider"], summary'
		))
			if (shown(el)) problems.push(`control printed: ${name(el)}`);
		for (const el of document.querySelectorAll('body *')) {
			const position = getComputedStyle(el).position;
			if ((position === 'sticky' || position === 'fixed') && shown(el))
				problems.push(`${position}: ${name(el)}`);
		}
		for (const img of document.querySelectorAll('img'))
			if (shown(img) && !(img.complete && img.naturalWidth > 0))
				problems.push(`picture not loaded: ${img.getAttribute('src')}`);
		for (const widget of document.querySelectorAll('.widget')) {
			if (!shown(widget)) continue;
			const still = [...widget.querySelectorAll('img')].filter(shown);
			if (still.length !== 1) problems.push(`widget ${name(widget)} prints ${still.length} stills`);
		}
		// Each step of a lesson's scroll block beside its own still, and the live widget not at all.
		for (const step of document.querySelectorAll('.scrolly:not(.in-slides) .step')) {
			if (!shown(step)) continue;
			const stills = [...step.querySelectorAll('.step-still img')].filter(shown);
			if (stills.length !== 1) problems.push(`${name(step)} prints ${stills.length} stills`);
		}
		for (const sticky of document.querySelectorAll('.scrolly:not(.in-slides) .sticky'))
			if (shown(sticky)) problems.push(`live widget printed: ${name(sticky)}`);
		for (const el of document.querySelectorAll('.placeholder, figure'))
			if (shown(el) && el.getBoundingClientRect().height < 40) problems.push(`empty ${name(el)}`);
		// Each step's text is what is on top at its first line and at its middle.
		for (const step of document.querySelectorAll<HTMLElement>('.step')) {
			// A deck's pages are inert copies, which take no pointer: nothing to hit there.
			if (!shown(step) || step.closest('[inert]')) continue;
			step.scrollIntoView({ block: 'center' });
			const text = step.firstElementChild ?? step;
			const box = text.getBoundingClientRect();
			for (const y of [box.top + 8, box.top + box.height / 2]) {
				const top = document.elementFromPoint(box.left + Math.min(40, box.width / 2), y);
				if (!top || !step.contains(top))
					problems.push(`step covered by ${top ? name(top) : 'nothing'}: ${name(step)}`);
			}
		}
		window.scrollTo(0, 0);
		return problems;
	});
}

/**
 * The PDF itself is made from the print layout that is checked on every lesson; making one costs
 * Chromium a few seconds (a Chinese one some 6 s, most of it embedding the CJK face), so one
 * lesson a language is exported: the one with the most pictures.
 */
const exported = (path: string) => path.endsWith('/gradient-descent/');

for (const lang of langs) {
	test(`every ${lang} lesson prints as a handout`, async ({ page }) => {
		// Nine lessons in one test: a few seconds each on two busy cores.
		test.setTimeout(120_000);
		const lessons = lessonPages().filter((p) => p.startsWith(`/${lang}/`));
		expect(lessons.length).toBeGreaterThan(0);
		for (const path of lessons) {
			await test.step(path, async () => {
				await page.emulateMedia({ media: 'screen' });
				await page.goto(path);
				// The button appears once the page runs; it loads every picture, then prints.
				const button = page.getByRole('button', { name: printStrings[lang].printLesson });
				await expect(button).toBeVisible();
				const printed = await catchPrint(page);
				await button.click();
				await expect.poll(printed).toBe(1);
				await page.emulateMedia({ media: 'print' });
				expect(await paperProblems(page)).toEqual([]);
				if (exported(path)) {
					// Step by step, the picture of the state that step sets: steps with other
					// settings print other pictures.
					const printed = await page
						.locator('.scrolly .step-still img')
						.evaluateAll((imgs) => imgs.map((img) => img.getAttribute('src')));
					const blocks = [
						['descent1d', descentSteps],
						['surface3d', surfaceSteps],
						['surface3d', mountainSteps]
					] as const;
					const wanted = blocks.flatMap(([widget, steps]) =>
						steps.map((step) => stepStillPath(widget, step, lang))
					);
					expect(printed).toEqual(wanted);
					expect(new Set(printed).size).toBe(new Set(wanted).size);
					expect(pdfPages(await page.pdf({ preferCSSPageSize: true }))).toBeGreaterThan(0);
				}
			});
		}
	});
}

test('the deck exports to PDF one slide a page', async ({ page }) => {
	await page.goto('/en/gradient-descent/slides/');
	await expect(page.locator('.slides.live.ready')).toHaveCount(1, { timeout: 20_000 });
	const counter = page.getByTestId('slide-counter');
	const total = Number(/\/\s*(\d+)/.exec(await counter.innerText())![1]);
	expect(total).toBeGreaterThan(1);
	const printed = await catchPrint(page);
	await page.keyboard.press('o');
	await page.getByRole('button', { name: printStrings.en.exportPdf }).click();
	await expect.poll(printed).toBe(1);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.deck-print-page')).toHaveCount(total);
	expect(await paperProblems(page)).toEqual([]);
	const pdf = await page.pdf({ preferCSSPageSize: true });
	expect(pdfPages(pdf)).toBe(total);
	// 16:9 pages (10 × 5.625 in: 720 × 405 pt, which Chromium rounds to its pixels).
	const [, width, height] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(
		pdf.toString('latin1')
	)!;
	expect(Number(width) / Number(height)).toBeCloseTo(16 / 9, 2);
});
