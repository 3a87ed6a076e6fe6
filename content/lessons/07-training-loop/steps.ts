import type { TrainerStep } from '$lib/widgets/trainer/state';

// The trainer on the fair cats-and-dogs data, 85/15 split (340 train, 60 validate), batch 16,
// so 22 iterations per epoch. The rates were checked against the trainer's own math: with the
// small MLP, 0.5 falls and stays down, 20 jumps about and never settles, 0.001 crawls.
// Every step describes a run as it trains, so each starts training as it comes into view.
const base = {
	mode: 'full',
	data: 'fair',
	model: 'mlp',
	batch: 16,
	split: 0.15,
	autoplay: true
} as const;

export const steps: TrainerStep[] = [
	// one epoch: 22 iterations
	{ ...base, lr: 0.5, epochs: 1 },
	// a sane rate over many epochs: both losses fall and stay down
	{ ...base, lr: 0.5, epochs: 40 },
	// far too high: the loss jumps and rises (the chart the seed asks students to fix)
	{ ...base, lr: 20, epochs: 40 },
	// far too low: the loss crawls
	{ ...base, lr: 0.001, epochs: 40 },
	// back to a sane rate, then read per-class accuracy and the confusion matrix
	{ ...base, lr: 0.5, epochs: 40 }
];
