import type { NeuronStep } from '$lib/widgets/neuron/state';

// One neuron, forward pass only: x = (2, 1), w = (0.6, −0.4), b = 0.3, so net = 1.1.
// `step` names the stage the widget highlights: the inputs, each product, the sum, the output.
// The last two steps stay on the output and swap the activation.
const example = { mode: 'forward', n: 2, x1: 2, x2: 1, w1: 0.6, w2: -0.4, b: 0.3 } as const;

export const steps: NeuronStep[] = [
	{ ...example, act: 'sigmoid', step: 'start' },
	{ ...example, act: 'sigmoid', step: 'prod0' },
	{ ...example, act: 'sigmoid', step: 'prod1' },
	{ ...example, act: 'sigmoid', step: 'net' },
	{ ...example, act: 'sigmoid', step: 'yhat' },
	{ ...example, act: 'tanh', step: 'yhat' },
	{ ...example, act: 'relu', step: 'yhat' }
];
