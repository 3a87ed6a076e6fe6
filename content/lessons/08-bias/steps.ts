import type { StepSettings } from '$lib/ui/scrolly';

// Same model and settings twice; only the training data changes. Validation stays fair.
const base = { mode: 'full', model: 'logreg', lr: 0.1, epochs: 40, batch: 16, split: 0.15 } as const;

export const steps: StepSettings[] = [
	{ ...base, data: 'fair' },
	{ ...base, data: 'biased' },
	// still biased: the text asks the reader to open a wrong cell of the confusion matrix
	{ ...base, data: 'biased' }
];
