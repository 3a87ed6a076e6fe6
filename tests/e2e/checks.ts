import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { expect, type Page } from '@playwright/test';

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

/**
 * The rules whose verdict can change with the colour scheme: a page's dark theme changes its
 * colours and nothing else, so in the dark only these need to run again. They are also the
 * costliest (color-contrast finds the background behind every glyph of every formula: 60–75 % of
 * axe's time on a lesson).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Axe's findings as readable lines: rule, impact, and the first few elements. `only`: these rules
 * alone; `skip`: axe's defaults but these (axe's defaults otherwise); `exclude`: a selector for
 * parts of the page left out.
 *
 * axe-core runs in the page itself, injected once per document: @axe-core/playwright's
 * `analyze()` injects it again on every call and finishes each run in a second, blank page,
 * which made a check take four times as long on a lesson (5.4 s against 1.1 s). The pages hold
 * no frames, which is what that second page is for. Only violations are gathered (resultTypes),
 * so axe does not build selectors for the thousands of nodes that pass.
 */
export async function axeViolations(
	page: Page,
	{ only, skip, exclude }: { only?: string[]; skip?: string[]; exclude?: string } = {}
): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const results = await page.evaluate(
		({ only, skip, exclude }) =>
			(window as unknown as { axe: { run(c: object, o: object): Promise<AxeResults> } }).axe.run(
				exclude ? { exclude: [[exclude]] } : document,
				{
					resultTypes: ['violations'],
					...(only ? { runOnly: { type: 'rule', values: only } } : {}),
					...(skip ? { rules: Object.fromEntries(skip.map((r) => [r, { enabled: false }])) } : {})
				}
			),
		{ only, skip, exclude }
	);
	return results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n` +
			v.nodes
				.slice(0, 5)
				.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`)
				.join('\n')
	);
}

/**
 * Interactive elements a reader can see and Tab should reach, with a key naming each. Radios count
 * once per group, and elements taken out of the Tab order on purpose (tabindex="-1": the other tabs
 * of a tab list, reached with the arrow keys) are left out.
 */
function visibleControls(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const selector =
			'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select, textarea, summary, [tabindex]';
		const keys: string[] = [];
		document.querySelectorAll<HTMLElement>(selector).forEach((el, i) => {
			if (el.getAttribute('tabindex') === '-1') return;
			const box = el.getBoundingClientRect();
			const hidden =
				el.closest('[hidden], [inert], [aria-hidden="true"]') ||
				(el.closest('details:not([open])') && !el.closest('summary')) ||
				// A lesson's blocks far from the screen skip rendering (content-visibility: auto) but
				// stay in the Tab order, and show when focused: they count.
				!el.checkVisibility({ visibilityProperty: true }) ||
				(box.width === 0 && box.height === 0 && !el.classList.contains('skip'));
			if (hidden) return;
			const radio = el instanceof HTMLInputElement && el.type === 'radio';
			const key = radio ? `radio:${el.name}` : `el:${i}`;
			el.dataset.kbdKey = key;
			if (!keys.includes(key)) keys.push(key);
		});
		return keys;
	});
}

/**
 * Whether the focused element, which has no outline or shadow of its own (a custom ring drawn
 * inside an SVG group, say), looks any different from its unfocused self.
 */
async function focusChangesLook(page: Page): Promise<boolean> {
	const box = await page.evaluate(() => {
		const r = document.activeElement!.getBoundingClientRect();
		return { x: r.x - 6, y: r.y - 6, width: r.width + 12, height: r.height + 12 };
	});
	const clip = {
		x: Math.max(0, box.x),
		y: Math.max(0, box.y),
		width: Math.max(1, box.width),
		height: Math.max(1, box.height)
	};
	const focused = await page.screenshot({ clip, animations: 'disabled' });
	await page.evaluate(() => {
		const el = document.activeElement as HTMLElement;
		(window as unknown as { __kbdFocus: HTMLElement }).__kbdFocus = el;
		el.blur();
	});
	const blurred = await page.screenshot({ clip, animations: 'disabled' });
	await page.evaluate(() => (window as unknown as { __kbdFocus: HTMLElement }).__kbdFocus.focus());
	return !focused.equals(blurred);
}

/**
 * Tabs through the page until the focus comes round again. Returns the visible controls Tab
 * never reached and the focused elements that showed no focus.
 */
export async function keyboardWalk(page: Page): Promise<{ missed: string[]; unmarked: string[] }> {
	const controls = await visibleControls(page);
	expect(controls.length).toBeGreaterThan(0);
	const reached = new Set<string>();
	const unmarked: string[] = [];
	for (let i = 0; i < controls.length * 2 + 10; i++) {
		await page.keyboard.press('Tab');
		// What has the focus, and whether it draws an outline or a shadow of its own: one round trip.
		const focus = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			const name = (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30);
			const s = getComputedStyle(el);
			const ring =
				(s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
			return { key: el.dataset.kbdKey ?? '', what: `${el.tagName.toLowerCase()} “${name}”`, ring };
		});
		if (!focus) continue;
		if (focus.key && reached.has(focus.key) && reached.size === controls.length) break;
		const shows = () => focus.ring || focusChangesLook(page);
		if (focus.key && !reached.has(focus.key) && !(await shows())) unmarked.push(focus.what);
		if (focus.key) reached.add(focus.key);
	}
	// A control the page has since taken away (Tab scrolled a lesson to another step, which set
	// up other controls) is not one a reader could miss: only those still there count.
	const missed = await page.evaluate(
		(keys) =>
			keys.flatMap((k) => {
				const el = document.querySelector<HTMLElement>(`[data-kbd-key="${k}"]`);
				if (!el) return [];
				return [`${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 30)}”`];
			}),
		controls.filter((k) => !reached.has(k))
	);
	return { missed, unmarked };
}

/**
 * Controls, pictures and readouts that stick out of the window, or out of the widget that holds
 * them (a menu as wide as its longest option, a chart wider than its box).
 */
export function sticksOut(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const cut: string[] = [];
		const controls =
			'a, button, input, select, textarea, summary, svg, canvas, img, [role="status"]';
		for (const el of document.querySelectorAll<HTMLElement>(controls)) {
			const box = el.getBoundingClientRect();
			if (box.width === 0 || el.closest('.katex-display, .skip, [hidden]')) continue;
			if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
			// Kept for a screen reader only (clipped out of sight): no part of it is on screen.
			let clipped = false;
			for (let a: Element | null = el; a && !clipped; a = a.parentElement)
				clipped = getComputedStyle(a).clip !== 'auto';
			if (clipped) continue;
			const host = el.closest('[data-widget]')?.getBoundingClientRect();
			const left = Math.max(0, host?.left ?? 0);
			const right = Math.min(window.innerWidth, host?.right ?? Infinity);
			if (box.left < left - 1 || box.right > right + 1)
				cut.push(
					`${el.tagName.toLowerCase()}.${el.getAttribute('class')} ${Math.round(box.left)}–${Math.round(box.right)}`
				);
		}
		return cut;
	});
}

/** The policy a prerendered page carries in its <meta> tag, as directive → sources. */
export async function cspPolicy(page: Page): Promise<Map<string, string[]>> {
	const content = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(content, 'a CSP <meta> tag').toBeTruthy();
	return new Map(
		content!
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...sources]) => [name, sources])
	);
}

/**
 * Presses every enabled, visible button inside the page's widgets once, each scrolled into view
 * first (which moves a lesson's steps, as a reader's scroll does), a frame apart: they compute and
 * redraw. Buttons that a press shows are pressed too.
 *
 * The page presses them itself: a click from Playwright is three round trips and its checks, a
 * tenth of a second a button, and the course has some 700 of them.
 */
export async function pressWidgetButtons(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const frame = () =>
			new Promise((done) => {
				requestAnimationFrame(() => done(undefined));
				setTimeout(done, 200);
			});
		// A reader reaches only what is visible, and only what is in an open modal dialog.
		const reachable = (b: HTMLElement) => {
			const box = b.getBoundingClientRect();
			const modal = document.querySelector(':modal');
			return (
				box.width > 0 &&
				box.height > 0 &&
				b.checkVisibility({ visibilityProperty: true }) &&
				!b.closest('[inert]') &&
				(!modal || modal.contains(b))
			);
		};
		const enabled = () =>
			[...document.querySelectorAll<HTMLButtonElement>('[data-widget] button:enabled')].filter(
				reachable
			);
		// By place in the list, as it stands after each press: a press may re-create buttons.
		// A press that adds a button each time would go on for ever: a widget has far fewer.
		for (let i = 0; i < Math.min(enabled().length, 300); i++) {
			const next = enabled()[i];
			next.scrollIntoView({ block: 'center' });
			await frame();
			// Disabled or hidden by the scroll (a step's settings): left, as a reader would find it.
			if (next.disabled || !reachable(next)) continue;
			next.click();
			await frame();
		}
	});
}

/**
 * Opens `path` with the engine worker's script blocked: the widget must say so and offer a retry.
 * Then the script is let through and the widget must recover, shown by `recovered`. The client
 * restarts a worker that failed on its own as well, so the Retry button may be gone before it
 * is pressed: it is pressed while it is there, and either way the widget must come back.
 */
export async function engineRetryRecovers(
	page: Page,
	path: string,
	recovered: (page: Page) => Promise<void>
): Promise<void> {
	let block = true;
	await page.route('**/workers/**', (route) => (block ? route.abort() : route.continue()));
	await page.goto(path);
	await expect(page.getByRole('alert').filter({ hasText: 'engine' })).toBeVisible();
	block = false;
	const retry = page.getByRole('button', { name: 'Retry' });
	await expect(async () => {
		if (await retry.isVisible()) await retry.click({ timeout: 1000 }).catch(() => {});
		await recovered(page);
	}).toPass({ timeout: 20_000 });
}
