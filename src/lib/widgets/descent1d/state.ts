import { curveIds, optimizerIds, type CurveId, type OptimizerId } from '$lib/math/ids';
import { choiceField, createCodec, numberField } from '../codec';

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

export const LR_MIN = 0.001;
export const LR_MAX = 3;

export const descent1dCodec = createCodec<Descent1DState>(
	{
		curve: choiceField(curveIds),
		optimizer: choiceField(optimizerIds),
		lr: numberField(LR_MIN, LR_MAX),
		start: numberField(-5, 5),
		a: numberField(0.1, 10)
	},
	{ curve: 'parabola', optimizer: 'gd', lr: 0.1, start: -2.5, a: 1 }
);

/** Starting weights that show each curve's character. */
export const curveStarts: Record<CurveId, number> = { parabola: -2.5, twoWells: 1.8, wavy: 4.5 };
/** Curve domains, mirrored from the math core for clamping the start on the page. */
export const curveDomains: Record<CurveId, [number, number]> = {
	parabola: [-3, 3],
	twoWells: [-2, 2],
	wavy: [-5, 5]
};

/** Steps computed per run; the ball can walk this far. */
export const MAX_STEPS = 200;
