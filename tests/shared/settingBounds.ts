/**
 * Every number a link can set, at its bounds and just past them, in every context that changes
 * its bounds (a curve, a surface, a loss): the cases, and the sentences a widget must show for
 * them. The unit tests read every case through the widgets' codecs; the browser tests load one
 * case a widget, to show that the page reads its address and shows those sentences.
 */
export interface Bound {
	lo: number;
	hi: number;
	integer?: boolean;
}

export type Side = 'lo' | 'hi';

export interface BoundsCase {
	widget: 'descent1d' | 'surface3d' | 'losspanel' | 'trainer' | 'neuron';
	/** The settings that choose the context, e.g. { curve: 'twoWells' }. */
	context: Record<string, string>;
	bounds: Record<string, Bound>;
	/** Parameters written as two numbers (a start w₁,w₂), each with its own bound. */
	points?: Record<string, [Bound, Bound]>;
	/** What a note adds after a range that holds only in this context, e.g. " (loss=bce)". */
	suffix?: Record<string, string>;
}

/** A range as the notes write it: real minus signs, no e-notation. */
const show = (v: number) => String(v).replace(/-/g, '−');
export const rangeText = ({ lo, hi }: Bound) => `${show(lo)} – ${show(hi)}`;
const pointText = ([b1, b2]: [Bound, Bound]) => `w₁ ∈ ${rangeText(b1)}, w₂ ∈ ${rangeText(b2)}`;

/** A value just outside the range: one past an integer bound, else 1 % of the bound (or 0.01). */
export function past(b: Bound, side: Side): number {
	const edge = b[side];
	const step = b.integer ? 1 : Math.max(Math.abs(edge) * 0.01, edge === 0 ? 0.01 : 0);
	return Number((side === 'lo' ? edge - step : edge + step).toPrecision(8));
}

/** The address with every parameter at its `side` bound (`beyond`: just past it). */
export function boundsParams(c: BoundsCase, side: Side, beyond: boolean): Record<string, string> {
	const value = (b: Bound) => String(beyond ? past(b, side) : b[side]);
	const params: Record<string, string> = { ...c.context };
	for (const [key, b] of Object.entries(c.bounds)) params[key] = value(b);
	// Only the first number of a point goes past its bound: the note must still name both ranges.
	for (const [key, [b1, b2]] of Object.entries(c.points ?? {}))
		params[key] = `${value(b1)},${b2[side]}`;
	return params;
}

/** The English notes a widget shows for `boundsParams(c, side, true)`, one per parameter. */
export function boundsNotes(c: BoundsCase, side: Side): string[] {
	const beyond = boundsParams(c, side, true);
	const allowed = [
		...Object.entries(c.bounds).map(([key, b]) => [key, rangeText(b) + (c.suffix?.[key] ?? '')]),
		...Object.entries(c.points ?? {}).map(([key, b]) => [key, pointText(b)])
	];
	return allowed.map(
		([key, range]) => `Setting ${key}=“${beyond[key]}” is not valid (allowed: ${range}); ignored.`
	);
}

const curves: Record<string, Bound> = {
	parabola: { lo: -3, hi: 3 },
	twoWells: { lo: -2, hi: 2 },
	wavy: { lo: -5, hi: 5 }
};

/** Each surface's rate range and the box its start must lie in. */
export const surfaceBounds: Record<string, { lr: Bound; box: [Bound, Bound] }> = {
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

const weight = { lo: -10, hi: 10 };
const logit = { lo: -8, hi: 8 };
const value = { lo: -20, hi: 20 };
const neuronValues = Object.fromEntries(
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

/** Every case; a widget's first case is the one the browser tests load. */
export const boundsCases: BoundsCase[] = [
	...Object.entries(curves).map(([curve, start]): BoundsCase => ({
		widget: 'descent1d',
		context: { curve },
		bounds: { lr: { lo: 0.001, hi: 3 }, start, a: { lo: 0.1, hi: 10 } }
	})),
	...Object.entries(surfaceBounds).map(([surface, { lr, box }]): BoundsCase => ({
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
		points: { start: box }
	})),
	{
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
	},
	{
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
	},
	...(
		[
			['mse', { lo: -2, hi: 2 }],
			['bce', { lo: 0, hi: 1 }]
		] as const
	).map(([loss, y]): BoundsCase => ({
		widget: 'neuron',
		context: { loss, mode: 'full' },
		bounds: {
			...neuronValues,
			lr: { lo: 0.001, hi: 10 },
			cycles: { lo: 1, hi: 1000, integer: true },
			n: { lo: 2, hi: 3, integer: true },
			y
		},
		suffix: loss === 'bce' ? { y: ' (loss=bce)' } : {}
	}))
];
