import type { TrainerStep } from '$lib/widgets/trainer/state';

// The trainer on the fair cats-and-dogs data, 85/15 split (340 train, 60 validate), batch 16,
// so 22 iterations per epoch. The rates were checked against the trainer's own math: with the
// small MLP, 0.5 falls and stays down, 20 jumps about and never settles, 0.001 crawls.
// Every step describes a run as it trains, so each starts training as it comes into view.
// Steps apply over the state before them: the base names the network and the switches too, so
// that scrolling back from the overfitting steps gives the first steps' run again.
const base = {
	mode: 'full',
	data: 'fair',
	model: 'mlp',
	hidden: 8,
	activation: 'tanh',
	optimizer: 'gd',
	batch: 16,
	split: 0.15,
	early: false,
	batches: false,
	autoplay: true
} as const;

// Overfitting (tests/unit/overfitting.test.ts runs it): 10 cats and 10 dogs to learn from, 32
// hidden neurons, Adam (lesson 5), which rises steadily where plain descent at a rate this fast
// jumps about first. With seed 1, validation loss is lowest at epoch 11 (0.157) and climbs to
// 0.30 by epoch 100 while training loss falls from 0.035 to 0.0009; early stopping ends at epoch
// 31 and goes back to epoch 11's weights.
const overfit = {
	...base,
	data: 'small',
	hidden: 32,
	optimizer: 'adam',
	lr: 0.01,
	batch: 1,
	epochs: 100
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
	{ ...base, lr: 0.5, epochs: 40, picture: 'classes' },
	// each batch's loss: one photo a batch jumps about (340 updates an epoch)
	{ ...base, lr: 0.5, epochs: 10, batch: 1, batches: true },
	// the full batch: one update an epoch, on the epoch curve, smooth
	{ ...base, lr: 0.5, epochs: 40, batch: 340, batches: true },
	// overfitting you can watch
	overfit,
	// the same run with early stopping
	{ ...overfit, early: true }
];
