import type { StepSettings } from '$lib/ui/scrolly';

// The trainer on the fair cats-and-dogs data, 85/15 split (340 train, 60 validate), batch 16.
const base = { mode: 'full', data: 'fair', model: 'logreg', batch: 16, split: 0.15 } as const;

export const steps: StepSettings[] = [
	// one epoch: 22 iterations
	{ ...base, lr: 0.1, epochs: 1 },
	// a sane rate over many epochs: both losses fall and stay down
	{ ...base, lr: 0.1, epochs: 40 },
	// far too high: the loss jumps and rises (the chart the seed asks students to fix)
	{ ...base, lr: 8, epochs: 40 },
	// far too low: the loss crawls
	{ ...base, lr: 0.001, epochs: 40 },
	// back to a sane rate, then read per-class accuracy and the confusion matrix
	{ ...base, lr: 0.1, epochs: 40 }
];
