import * as v from 'valibot';
import { activationIds, lossIds } from '$lib/math/ids';
import { neuronCycle, trainNeuron } from '$lib/math/neuron';
import { trainTwoLayer, twoLayerCycle } from '$lib/math/twoLayer';
import type {
	NeuronCycleAnswer,
	NeuronTrainAnswer,
	TwoLayerCycleAnswer,
	TwoLayerTrainAnswer
} from '../neuronProtocol';
import type { Result } from '../protocol';
import { finite, guarded, stepCount } from '../validate';

/** Largest number of whole cycles one "train" request runs. */
export const MAX_NEURON_CYCLES = 5000;

// Every number a reader can type is bounded: the stepper is for following numbers by hand.
const bounded = v.pipe(finite, v.minValue(-100), v.maxValue(100));
const lr = v.pipe(finite, v.gtValue(0), v.maxValue(100));
const activation = v.picklist(activationIds);
const loss = v.picklist(lossIds);

/** Cross-entropy reads ŷ as a probability, so the output must be a sigmoid and y in [0, 1]. */
const probabilityOutput = <T extends { loss: string; y: number }>(out: (t: T) => string) =>
	v.check<T, string>(
		(t) => t.loss !== 'bce' || (out(t) === 'sigmoid' && t.y >= 0 && t.y <= 1),
		'cross-entropy needs a sigmoid output and a target y in [0, 1]'
	);

const neuronSchema = v.pipe(
	v.object({
		x: v.pipe(v.array(bounded), v.minLength(1), v.maxLength(8)),
		w: v.pipe(v.array(bounded), v.minLength(1), v.maxLength(8)),
		b: bounded,
		y: bounded,
		activation,
		loss,
		lr
	}),
	v.check((s) => s.x.length === s.w.length, 'x and w must have the same length'),
	probabilityOutput((s) => s.activation)
);

const neuronTrainSchema = v.object({ setup: neuronSchema, cycles: stepCount(MAX_NEURON_CYCLES) });

const vec = (n: number) => v.pipe(v.array(bounded), v.length(n));

const twoLayerSchema = v.pipe(
	v.object({
		x: vec(2),
		params: v.object({ w1: vec(4), b1: vec(2), w2: vec(2), b2: bounded }),
		y: bounded,
		hiddenActivation: activation,
		outputActivation: activation,
		loss,
		lr
	}),
	probabilityOutput((s) => s.outputActivation)
);

const twoLayerTrainSchema = v.object({
	setup: twoLayerSchema,
	cycles: stepCount(MAX_NEURON_CYCLES)
});

/** Handlers for the neuron stepper: one recorded cycle, or many cycles' losses. */
export const neuronHandlers = {
	async neuronCycle(req: unknown): Promise<Result<NeuronCycleAnswer>> {
		return guarded(neuronSchema, req, (setup) => neuronCycle(setup));
	},

	async neuronTrain(req: unknown): Promise<Result<NeuronTrainAnswer>> {
		return guarded(neuronTrainSchema, req, ({ setup, cycles }) => trainNeuron(setup, cycles));
	},

	async twoLayerCycle(req: unknown): Promise<Result<TwoLayerCycleAnswer>> {
		return guarded(twoLayerSchema, req, (setup) => twoLayerCycle(setup));
	},

	async twoLayerTrain(req: unknown): Promise<Result<TwoLayerTrainAnswer>> {
		return guarded(twoLayerTrainSchema, req, ({ setup, cycles }) => trainTwoLayer(setup, cycles));
	}
};
