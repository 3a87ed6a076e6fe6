import type { TrainSettings } from '../../src/lib/math/training';

/**
 * The small network the trainer's tests train (8 tanh units, cross-entropy, plain gradient
 * descent, seed 1), with what a test sets otherwise.
 */
export function mlpSettings(more: Partial<TrainSettings> = {}): TrainSettings {
	return {
		model: 'mlp',
		hidden: 8,
		activation: 'tanh',
		loss: 'bce',
		optimizer: 'gd',
		lr: 0.5,
		batchSize: 16,
		epochs: 100,
		seed: 1,
		...more
	};
}
