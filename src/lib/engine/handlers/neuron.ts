import { neuronCycle, trainNeuron, type NeuronTraining } from '$lib/math/neuron';
import { trainTwoLayer, twoLayerCycle, type TwoLayerTraining } from '$lib/math/twoLayer';
import {
	neuronSchema,
	neuronTrainSchema,
	twoLayerSchema,
	twoLayerTrainSchema,
	type NeuronCycleAnswer,
	type TwoLayerCycleAnswer
} from '../neuronProtocol';
import type { Result } from '../result';
import { guarded } from '../validate';

/** Handlers for the neuron stepper: one recorded cycle, or many cycles' losses. */
export const neuronHandlers = {
	async neuronCycle(req: unknown): Promise<Result<NeuronCycleAnswer>> {
		return guarded(neuronSchema, req, (setup) => neuronCycle(setup));
	},

	async neuronTrain(req: unknown): Promise<Result<NeuronTraining>> {
		return guarded(neuronTrainSchema, req, ({ setup, cycles }) => trainNeuron(setup, cycles));
	},

	async twoLayerCycle(req: unknown): Promise<Result<TwoLayerCycleAnswer>> {
		return guarded(twoLayerSchema, req, (setup) => twoLayerCycle(setup));
	},

	async twoLayerTrain(req: unknown): Promise<Result<TwoLayerTraining>> {
		return guarded(twoLayerTrainSchema, req, ({ setup, cycles }) => trainTwoLayer(setup, cycles));
	}
};
