import { curveIds, optimizerIds, type CurveId, type OptimizerId } from '$lib/math/ids';
import { choiceField, createCodec, numberField, rangeText, type StepOf } from '../codec';
import type { ControlSet, StepStaging } from '../types';

/** Everything that sets up the one-dimensional descent, as a link or a scroll step gives it. */
export interface Descent1DState {
	curve: CurveId;
	optimizer: OptimizerId;
	/** Learning rate η. */
	lr: number;
	/** Starting weight w₀. */
	start: number;
	/** Curvature a of the parabola a·w²/2. */
	a: number;
}

/** The 1D descent's controls as a step names them; the learning rate is the main one. */
export const descent1dControls = {
	names: ['lr', 'start', 'curve', 'a'],
	main: ['lr']
} as const satisfies ControlSet;

/** A scroll step for the 1D descent: the keys its codec reads, and its staging. */
export type Descent1DStep = StepOf<Descent1DState> &
	StepStaging<(typeof descent1dControls.names)[number]>;

export const LR_MIN = 0.001;
export const LR_MAX = 3;

/** Starting weights that show each curve's character. */
export const curveStarts: Record<CurveId, number> = { parabola: -2.5, twoWells: 1.8, wavy: 4.5 };
/** Curve domains, mirrored from the math core (a unit test checks they agree). */
export const curveDomains: Record<CurveId, [number, number]> = {
	parabola: [-3, 3],
	twoWells: [-2, 2],
	wavy: [-5, 5]
};

/**
 * The start is read against the chosen curve's range: a start off the drawn curve would pin the
 * ball to the chart's edge and diverge at once. A curve named without a start gets its own.
 */
export const descent1dCodec = createCodec<Descent1DState>(
	{
		curve: choiceField(curveIds),
		optimizer: choiceField(optimizerIds),
		lr: numberField(LR_MIN, LR_MAX),
		start: numberField(-5, 5),
		a: numberField(0.1, 10)
	},
	{ curve: 'parabola', optimizer: 'gd', lr: 0.1, start: curveStarts.parabola, a: 1 },
	{
		start: {
			accepts: (w, s) => w >= curveDomains[s.curve][0] && w <= curveDomains[s.curve][1],
			allowed: (s) => rangeText(...curveDomains[s.curve]),
			fallback: (s) => curveStarts[s.curve],
			follows: ['curve']
		}
	}
);

/** Steps computed per run; the ball can walk this far. */
export const MAX_STEPS = 200;
