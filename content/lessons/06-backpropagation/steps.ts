import type { StepSettings } from '$lib/ui/scrolly';

// One neuron, one full cycle: each entry shows one stage of the neuron stepper
// (forward sum, activation, loss, ∂C/∂a, ∂a/∂z, ∂z/∂w, gradient, update, loss after).
export const steps: StepSettings[] = [
	{ mode: 'full', activation: 'sigmoid', loss: 'mse', step: 1 },
	{ mode: 'full', activation: 'sigmoid', loss: 'mse', step: 2 },
	{ mode: 'full', activation: 'sigmoid', loss: 'mse', step: 3 },
	{ mode: 'full', activation: 'sigmoid', loss: 'mse', step: 4 },
	{ mode: 'full', activation: 'sigmoid', loss: 'mse', step: 5 },
	{ mode: 'full', activation: 'sigmoid', loss: 'mse', step: 6 },
	{ mode: 'full', activation: 'sigmoid', loss: 'mse', step: 7 },
	{ mode: 'full', activation: 'sigmoid', loss: 'mse', step: 8 },
	{ mode: 'full', activation: 'sigmoid', loss: 'mse', step: 9 }
];

// Two layers (2 → 2 → 1): forward, output-layer gradients, the error handed back, hidden update.
export const twoLayerSteps: StepSettings[] = [
	{ mode: 'twolayer', activation: 'sigmoid', loss: 'mse', step: 3 },
	{ mode: 'twolayer', activation: 'sigmoid', loss: 'mse', step: 6 },
	{ mode: 'twolayer', activation: 'sigmoid', loss: 'mse', step: 8 },
	{ mode: 'twolayer', activation: 'sigmoid', loss: 'mse', step: 11 }
];
