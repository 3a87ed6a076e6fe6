import type { StepSettings } from '$lib/ui/scrolly';

// One neuron, forward pass only: x = (2, 1), w = (0.6, −0.4), b = 0.3, so net = 1.1.
// `step` picks the stage of the forward pass the widget highlights (0 inputs, 1 products,
// 2 sum, 3 activation); the last two steps keep the activation stage and swap the function.
const example = { mode: 'forward', x: '2,1', w: '0.6,-0.4', b: 0.3 } as const;

export const steps: StepSettings[] = [
	{ ...example, activation: 'sigmoid', step: 0 },
	{ ...example, activation: 'sigmoid', step: 1 },
	{ ...example, activation: 'sigmoid', step: 2 },
	{ ...example, activation: 'sigmoid', step: 3 },
	{ ...example, activation: 'tanh', step: 3 },
	{ ...example, activation: 'relu', step: 3 }
];
