import type { Surface3DStep } from '$lib/widgets/surface3d/state';

// Numbers quoted in the lesson text were checked against the math core's gradient descent.

/** The bowl a = 1 from one start: η below 1/a, at 1/a, between 1/a and 2/a, at 2/a, above. */
const bowl = { surface: 'bowl', optimizer: 'gd', a: 1, start: '1.5,2' } as const;
export const bowlSteps: Surface3DStep[] = [
	{ ...bowl, lr: 0.1 },
	{ ...bowl, lr: 1 },
	{ ...bowl, lr: 1.5 },
	{ ...bowl, lr: 2 },
	{ ...bowl, lr: 2.1 }
];

/**
 * The valley (curvatures 1 and 20, so the limit is η < 0.1): just below, just above, then the
 * reader's own rate with both factors 1 − η·aᵢ charted. It starts at 0.03, where both factors
 * (0.97 and 0.4) are positive: not 0.05, where w₂'s is 0 and w₂ lands on 0 in one step.
 */
const valley = { surface: 'valley', optimizer: 'gd', start: '-2.7,1.2' } as const;
export const valleySteps: Surface3DStep[] = [
	{ ...valley, lr: 0.09 },
	{ ...valley, lr: 0.11 },
	{ ...valley, lr: 0.03, controls: ['lr', 'axes'], autoplay: true }
];

/**
 * Two wells from (1.9, 1.5), plain gradient descent: η = 0.02 and 0.05 stop in the shallow
 * well (L ≈ 0.39), η = 0.1 clears the ridge on its first step (L ≈ −0.41), η = 0.2 diverges.
 * `race` adds balls 2–4 as optimizer:lr pairs, from the same start as ball 1.
 */
const wells = { surface: 'twoWells', optimizer: 'gd', start: '1.9,1.5' } as const;
export const wellSteps: Surface3DStep[] = [
	{ ...wells, lr: 0.02 },
	{ ...wells, lr: 0.1 },
	{ ...wells, lr: 0.2 },
	{ ...wells, lr: 0.02, race: 'gd:0.05,gd:0.1,gd:0.2' },
	// The saddle at the origin: from (1.8, 0.01) at η = 0.1 the loss waits near 0, then drops to −1/4.
	{ surface: 'saddle', optimizer: 'gd', lr: 0.1, start: '1.8,0.01' }
];

/**
 * Momentum at η = 0.02 escapes the shallow well that traps plain gradient descent; on the
 * valley after 100 steps: gd (η = 0.02) L ≈ 0.064, momentum (0.02) ≈ 0.0005, Adam (0.1) ≈ 0.0004.
 */
export const practiceSteps: Surface3DStep[] = [
	{ ...wells, optimizer: 'momentum', lr: 0.02 },
	{ ...valley, optimizer: 'gd', lr: 0.02, race: 'momentum:0.02,adam:0.1' }
];
