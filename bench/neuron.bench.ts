import { test } from 'vitest';
import { api } from '$lib/engine/api';
import { save, summarise, time, type Figure } from './stats.mjs';

const setup = {
	x: [0.5, -1],
	w: [0.8, 0.2],
	b: 0.1,
	y: 1,
	activation: 'sigmoid' as const,
	loss: 'mse' as const,
	lr: 0.5
};
const twoLayer = {
	x: [0.5, -1],
	params: { w1: [0.4, -0.6, 0.7, 0.3], b1: [0, 0.1], w2: [0.9, -0.5], b2: 0.2 },
	y: 1,
	hiddenActivation: 'tanh' as const,
	outputActivation: 'sigmoid' as const,
	loss: 'mse' as const,
	lr: 0.5
};

// The neuron stepper's engine calls as the worker pays them, validation included: one recorded
// cycle is what every edit or drag asks for; training is the "train" button at its largest.
test('engine: neuron stepper', async () => {
	const figures: Figure[] = [
		summarise(
			'one recorded cycle (one neuron)',
			'ms',
			time(() => api.neuronCycle(setup))
		),
		summarise(
			'one recorded cycle (2 → 2 → 1)',
			'ms',
			time(() => api.twoLayerCycle(twoLayer))
		),
		summarise(
			'1,000 training cycles (one neuron)',
			'ms',
			time(() => api.neuronTrain({ setup, cycles: 1000 }))
		),
		summarise(
			'1,000 training cycles (2 → 2 → 1)',
			'ms',
			time(() => api.twoLayerTrain({ setup: twoLayer, cycles: 1000 }))
		)
	];
	save('neuron', figures);
});
