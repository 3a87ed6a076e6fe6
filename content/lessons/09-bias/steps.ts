import type { TrainerStep } from '$lib/widgets/trainer/state';

// Same model and settings twice; only the training data changes. Validation stays fair.
// Checked against the trainer's math: trained on the biased sample, folded-ear cats and
// pointy-eared dogs in the fair validation data are mostly called wrong, with high confidence.
// Each step reads a trained run (its accuracies, its matrix), so each trains as it comes into view;
// the third has the second's run, already trained, and only asks for a cell of its matrix.
// Their picture is the classes (accuracy per class, the matrix), which is what the text reads.
const base = {
	mode: 'full',
	model: 'mlp',
	lr: 0.5,
	epochs: 40,
	batch: 16,
	split: 0.15,
	autoplay: true,
	picture: 'classes'
} as const;

export const steps: TrainerStep[] = [
	{ ...base, data: 'fair' },
	{ ...base, data: 'biased' },
	// still biased: the text asks the reader to select a wrong cell of the confusion matrix
	{ ...base, data: 'biased' }
];
