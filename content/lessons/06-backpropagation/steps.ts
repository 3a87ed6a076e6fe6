import type { StepSettings } from '$lib/ui/scrolly';

// Steps are named by the neuron stepper's stable step ids (src/lib/widgets/neuron), not by
// index, so they stay right whatever the number of inputs.
const full = { mode: 'full', act: 'sigmoid', loss: 'mse' } as const;

/** One neuron, one full cycle: sum, activation, loss, the three chain-rule factors, update. */
export const steps: StepSettings[] = [
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
export const twoLayerSteps: StepSettings[] = [
	{ ...two, step: 'loss' },
	{ ...two, step: 'dLdv0' },
	{ ...two, step: 'dLdh0' },
	{ ...two, step: 'after' }
];
