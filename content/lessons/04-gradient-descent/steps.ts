import type { StepSettings } from '$lib/ui/scrolly';

/** One entry per <Step> in both languages' lesson text. */
export const steps: StepSettings[] = [
	{ curve: 'parabola', lr: 0.1, start: -2.5 },
	{ curve: 'parabola', lr: 0.1, start: 2.5 },
	{ curve: 'parabola', lr: 0.5, start: -2.5 },
	{ curve: 'twoWells', lr: 0.05, start: 1.8 }
];
