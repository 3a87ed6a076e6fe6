import type { LossPanelStep } from '$lib/widgets/losspanel/state';

// Loss and its slope against ŷ for a positive example (y = 1): nearly right, unsure, then
// confidently wrong (where mean squared error's gradient vanishes), then both losses trained,
// which plays as it comes into view.
export const steps: LossPanelStep[] = [
	{ view: 'curves', y: 1, yhat: 0.9 },
	{ view: 'curves', y: 1, yhat: 0.5 },
	{ view: 'curves', y: 1, yhat: 0.01 },
	{ view: 'train', autoplay: true }
];
