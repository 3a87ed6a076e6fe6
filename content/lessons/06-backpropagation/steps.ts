import type { NeuronStep } from '$lib/widgets/neuron/state';

// Steps are named by the neuron stepper's stable step ids (src/lib/widgets/neuron), not by
// index, so they stay right whatever the number of inputs.
// Every step sets the worked example of the lesson's table (x = 1.5, w = 0.8, b = −0.2, y = 1,
// η = 0.5), so each step shows the table's number. The stepper has two inputs; the second is 0,
// so it adds nothing to z and its weight never moves (tests/unit/lessonClaims.test.ts).
const full = {
	mode: 'full',
	act: 'sigmoid',
	loss: 'mse',
	n: 2,
	x1: 1.5,
	w1: 0.8,
	x2: 0,
	w2: 0,
	b: -0.2,
	y: 1,
	lr: 0.5
} as const;

/** One neuron, one full cycle: sum, activation, loss, the three chain-rule factors, update. */
export const steps: NeuronStep[] = [
	{ ...full, step: 'net' },
	{ ...full, step: 'yhat' },
	{ ...full, step: 'loss' },
	{ ...full, step: 'dLdyhat' },
	{ ...full, step: 'dyhatdnet' },
	{ ...full, step: 'dnetdw0' },
	{ ...full, step: 'dLdw0' },
	{ ...full, step: 'w0new' },
	{ ...full, step: 'after' }
];

const two = { mode: 'twolayer', act: 'sigmoid', loss: 'mse' } as const;

/** Two layers (2 → 2 → 1): forward, the output layer's gradient, the error handed back, after. */
export const twoLayerSteps: NeuronStep[] = [
	{ ...two, step: 'loss' },
	{ ...two, step: 'dLdv0' },
	{ ...two, step: 'dLdh0' },
	{ ...two, step: 'after' }
];
