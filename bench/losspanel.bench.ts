import { test } from 'vitest';
import { api } from '$lib/engine/api';
import { save, summarise, time, type Figure } from './stats.mjs';

// The loss panel's answers as the worker pays for them, validation included: the curves are
// asked for on every drag of ŷ, the paired training on every change of a training setting.
test('loss panel: curves, paired training, softmax', async () => {
	const figures: Figure[] = [
		summarise(
			'loss curves, 199 samples + marker',
			'ms',
			time(() => api.lossCurves({ y: 1, yHat: 0.2, n: 199 }))
		),
		summarise(
			'MSE + CE training, 80 samples × 60 epochs',
			'ms',
			time(() => api.trainLossPair({ lr: 1, epochs: 60, start: [-5, -5, 0], dataSeed: 7 }))
		),
		summarise(
			'MSE + CE training, 80 samples × 500 epochs',
			'ms',
			time(() => api.trainLossPair({ lr: 1, epochs: 500, start: [-5, -5, 0], dataSeed: 7 }))
		),
		summarise(
			'softmax cross-entropy, 3 classes',
			'ms',
			time(() => api.softmaxLoss({ logits: [1, 2, 0.5], target: 1 }))
		)
	];
	save('losspanel', figures);
});
