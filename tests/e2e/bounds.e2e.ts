import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadWidgets } from './helpers';

/**
 * Every URL parameter at its bounds and just past them, in every context that changes its bounds
 * (a curve, a surface, a loss). One address sets every parameter at once, so a widget needs four
 * page loads per context: all at the lower bounds, all at the upper (no note), all just below and
 * all just above (one note per parameter, naming the range for that context).
 */
interface Bound {
	lo: number;
	hi: number;
	integer?: boolean;
}

/** A range as the notes write it: real minus signs, no e-notation. */
const show = (v: number) => String(v).replace(/-/g, '−');
const rangeText = ({ lo, hi }: Bound) => `${show(lo)} – ${show(hi)}`;
/** A value just outside the range: one past an integer bound, else 1 % of the bound (or 0.01). */
function past(b: Bound, side: 'lo' | 'hi'): number {
	const edge = b[side];
	const step = b.integer ? 1 : Math.max(Math.abs(edge) * 0.01, edge === 0 ? 0.01 : 0);
	return Number((side === 'lo' ? edge - step : edge + step).toPrecision(8));
}

interface Case {
	widget: string;
	/** The settings that choose the context, e.g. { curve: 'twoWells' }. */
	context: Record<string, string>;
	bounds: Record<string, Bound>;
	/** Parameters written as two numbers (a start w₁,w₂), each with its own bound. */
	points?: Record<string, [Bound, Bound]>;
	/** How a point parameter's range is said. */
	pointText?: (b: [Bound, Bound]) => string;
	/** What a note adds after a range that holds only in this context, e.g. " (loss=bce)". */
	suffix?: Record<string, string>;
}

async function notesFor(page: Page, widget: string, params: Record<string, string>) {
	await page.goto(`/en/playground/${widget}/?${new URLSearchParams(params)}`);
	await loadWidgets(page);
	await expect(page.locator('[data-widget]').first()).toBeVisible();
	const texts = await page.locator('[data-widget] [role="alert"]').allInnerTexts();
	return texts.map((t) => t.trim()).filter(Boolean);
}

async function checkCase(page: Page, c: Case) {
	const label = `${c.widget} ${JSON.stringify(c.context)}`;
	const points = c.points ?? {};
	for (const side of ['lo', 'hi'] as const) {
		const at: Record<string, string> = { ...c.context };
		const beyond: Record<string, string> = { ...c.context };
		for (const [key, b] of Object.entries(c.bounds)) {
			at[key] = String(b[side]);
			beyond[key] = String(past(b, side));
		}
		for (const [key, [b1, b2]] of Object.entries(points)) {
			at[key] = `${b1[side]},${b2[side]}`;
			beyond[key] = `${past(b1, side)},${b2[side]}`;
		}
		expect(await notesFor(page, c.widget, at), `${label} at ${side}`).toEqual([]);

		const notes = await notesFor(page, c.widget, beyond);
		const expected = [
			...Object.entries(c.bounds).map(([key, b]) => [key, rangeText(b) + (c.suffix?.[key] ?? '')]),
			...Object.entries(points).map(([key, b]) => [key, c.pointText!(b)])
		];
		for (const [key, allowed] of expected) {
			const note = `Setting ${key}=“${beyond[key]}” is not valid (allowed: ${allowed}); ignored.`;
			expect(notes, `${label} past ${side}`).toContain(note);
		}
		expect(notes.length, `${label} past ${side}: ${notes.join(' | ')}`).toBe(expected.length);
	}
}

test('descent1d: rate, curvature and the start against each curve', async ({ page }) => {
	const curves: Record<string, Bound> = {
		parabola: { lo: -3, hi: 3 },
		twoWells: { lo: -2, hi: 2 },
		wavy: { lo: -5, hi: 5 }
	};
	// As the field writes them, with a real minus sign.
	const starts = { parabola: '−2.5', twoWells: '1.8', wavy: '4.5' };
	for (const [curve, start] of Object.entries(curves)) {
		await checkCase(page, {
			widget: 'descent1d',
			context: { curve },
			bounds: { lr: { lo: 0.001, hi: 3 }, start, a: { lo: 0.1, hi: 10 } }
		});
		// The refused start falls back to the curve's own, on the field and the ball alike.
		await expect(page.getByRole('textbox', { name: /Start/ })).toHaveValue(
			starts[curve as keyof typeof starts]
		);
	}
	// The issue's own example: start=5 on the parabola, drawn on −3 … 3.
	const notes = await notesFor(page, 'descent1d', { start: '5' });
	expect(notes).toEqual(['Setting start=“5” is not valid (allowed: −3 – 3); ignored.']);
});

test('surface3d: rate, start and race against each surface; a and the optimizers’ decays', async ({
	page
}) => {
	test.setTimeout(240_000);
	// The notes come from reading the address, whatever draws the surface: without WebGL the view
	// is the 2D map, and none of these loads starts a renderer (three.js in a worker of its own).
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
	const surfaces: Record<string, { lr: Bound; box: [Bound, Bound] }> = {
		bowl: {
			lr: { lo: 0.001, hi: 10 },
			box: [
				{ lo: -3, hi: 3 },
				{ lo: -3, hi: 3 }
			]
		},
		valley: {
			lr: { lo: 0.001, hi: 1 },
			box: [
				{ lo: -3, hi: 3 },
				{ lo: -3, hi: 3 }
			]
		},
		rosenbrock: {
			lr: { lo: 0.00001, hi: 0.01 },
			box: [
				{ lo: -2, hi: 2 },
				{ lo: -1, hi: 3 }
			]
		},
		himmelblau: {
			lr: { lo: 0.0001, hi: 0.1 },
			box: [
				{ lo: -5, hi: 5 },
				{ lo: -5, hi: 5 }
			]
		},
		twoWells: {
			lr: { lo: 0.001, hi: 1 },
			box: [
				{ lo: -2, hi: 2 },
				{ lo: -2, hi: 2 }
			]
		},
		saddle: {
			lr: { lo: 0.001, hi: 2 },
			box: [
				{ lo: -2, hi: 2 },
				{ lo: -2, hi: 2 }
			]
		},
		neuronMse: {
			lr: { lo: 0.01, hi: 100 },
			box: [
				{ lo: -6, hi: 6 },
				{ lo: -8, hi: 8 }
			]
		},
		neuronBce: {
			lr: { lo: 0.01, hi: 100 },
			box: [
				{ lo: -6, hi: 6 },
				{ lo: -8, hi: 8 }
			]
		}
	};
	for (const [surface, { lr, box }] of Object.entries(surfaces)) {
		await checkCase(page, {
			widget: 'surface3d',
			context: { surface },
			bounds: {
				lr,
				a: { lo: 0.2, hi: 10 },
				beta: { lo: 0, hi: 0.999 },
				rho: { lo: 0, hi: 0.999 },
				beta1: { lo: 0, hi: 0.999 },
				beta2: { lo: 0, hi: 0.9999 }
			},
			points: { start: box },
			pointText: ([b1, b2]) => `w₁ ∈ ${rangeText(b1)}, w₂ ∈ ${rangeText(b2)}`
		});
		// A race ball's rate is held to the same surface's range.
		expect(
			await notesFor(page, 'surface3d', { surface, race: `adam:${lr.lo},momentum:${lr.hi}` })
		).toEqual([]);
		const beyond = `adam:${lr.lo},momentum:${past(lr, 'hi')}`;
		expect(await notesFor(page, 'surface3d', { surface, race: beyond })).toEqual([
			`Setting race=“${beyond}” is not valid (allowed: up to 3 of optimizer:lr with lr in ${rangeText(lr)}, e.g. momentum:0.1,adam:0.05); ignored.`
		]);
	}
	await expect(page.getByTestId('surface3d-view')).toHaveAttribute('data-mode', '2d');
});

test('losspanel, trainer and neuron: every number at and just past its bounds', async ({
	page
}) => {
	test.setTimeout(120_000);
	const weight = { lo: -10, hi: 10 };
	const logit = { lo: -8, hi: 8 };
	await checkCase(page, {
		widget: 'losspanel',
		context: {},
		bounds: {
			y: { lo: 0, hi: 1 },
			yhat: { lo: 0.01, hi: 0.99 },
			lr: { lo: 0.01, hi: 10 },
			epochs: { lo: 1, hi: 500, integer: true },
			w1: weight,
			w2: weight,
			b: weight,
			z1: logit,
			z2: logit,
			z3: logit,
			target: { lo: 1, hi: 3, integer: true }
		}
	});
	await checkCase(page, {
		widget: 'trainer',
		context: {},
		bounds: {
			lr: { lo: 0.001, hi: 30 },
			hidden: { lo: 1, hi: 32, integer: true },
			batch: { lo: 1, hi: 400, integer: true },
			epochs: { lo: 1, hi: 500, integer: true },
			split: { lo: 0.05, hi: 0.5 },
			seed: { lo: 0, hi: 9999, integer: true },
			speed: { lo: 0.5, hi: 100 }
		}
	});
	const value = { lo: -20, hi: 20 };
	const values = Object.fromEntries(
		[
			'x1',
			'x2',
			'x3',
			'w1',
			'w2',
			'w3',
			'b',
			'w11',
			'w12',
			'w21',
			'w22',
			'b1',
			'b2',
			'v1',
			'v2',
			'c'
		].map((k) => [k, value])
	);
	for (const [loss, y] of [
		['mse', { lo: -2, hi: 2 }],
		['bce', { lo: 0, hi: 1 }]
	] as const) {
		await checkCase(page, {
			widget: 'neuron',
			context: { loss, mode: 'full' },
			bounds: {
				...values,
				lr: { lo: 0.001, hi: 10 },
				cycles: { lo: 1, hi: 1000, integer: true },
				n: { lo: 2, hi: 3, integer: true },
				y
			},
			suffix: loss === 'bce' ? { y: ' (loss=bce)' } : {}
		});
	}
});
