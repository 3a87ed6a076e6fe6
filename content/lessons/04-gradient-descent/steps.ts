import type { Descent1DStep } from '$lib/widgets/descent1d/state';
import type { Surface3DStep } from '$lib/widgets/surface3d/state';

/**
 * The sign rule on one weight: start right of the minimum, then left, then a bumpy curve. The
 * last two describe the ball slowing down and settling, so they play as they come into view.
 */
export const steps: Descent1DStep[] = [
	{ curve: 'parabola', optimizer: 'gd', lr: 0.1, start: 2.5, a: 1 },
	{ curve: 'parabola', optimizer: 'gd', lr: 0.1, start: -2.5, a: 1 },
	{ curve: 'parabola', optimizer: 'gd', lr: 0.3, start: -2.5, a: 1, autoplay: true },
	{ curve: 'wavy', optimizer: 'gd', lr: 0.1, start: 3.5, controls: ['start'], autoplay: true }
];

/** Two weights: a round bowl from two starts, then a narrow valley where −∇L bends the path. */
export const surfaceSteps: Surface3DStep[] = [
	{ surface: 'bowl', optimizer: 'gd', lr: 0.1, a: 1, start: '1.5,2' },
	{ surface: 'bowl', optimizer: 'gd', lr: 0.1, a: 1, start: '-2.5,-1' },
	{ surface: 'valley', optimizer: 'gd', lr: 0.05, start: '-2.7,1.2' }
];

/**
 * Two wells, plain gradient descent at η = 0.05: from (1.9, 1.5) it stops in the shallow right
 * well (L ≈ 0.39); from (−1.9, 1.5) it reaches the deeper left one (L ≈ −0.41).
 */
export const mountainSteps: Surface3DStep[] = [
	{ surface: 'twoWells', optimizer: 'gd', lr: 0.05, start: '1.9,1.5' },
	{ surface: 'twoWells', optimizer: 'gd', lr: 0.05, start: '-1.9,1.5' }
];
