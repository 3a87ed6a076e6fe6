/**
 * The neuron stepper's part of the engine protocol: one recorded cycle of one neuron or of the
 * 2 → 2 → 1 network, and training runs. Requests are the schemas' outputs (plain arrays, as a
 * message carries them); answers are the math core's records.
 */
import * as v from 'valibot';
import { activationIds, lossIds } from '$lib/math/ids';
import type { NeuronCycle, NeuronTraining } from '$lib/math/neuron';
import type { TwoLayerCycle, TwoLayerTraining } from '$lib/math/twoLayer';
import type { Result } from './result';
import { finite, stepCount } from './validate';

/** Largest number of whole cycles one "train" request runs. */
export const MAX_NEURON_CYCLES = 5000;

// Every number a reader can type is bounded: the stepper is for following numbers by hand.
const bounded = v.pipe(finite, v.minValue(-100), v.maxValue(100));
const lr = v.pipe(finite, v.gtValue(0), v.maxValue(100));
const activation = v.picklist(activationIds);
const loss = v.picklist(lossIds);
const vec = (n: number) => v.pipe(v.array(bounded), v.length(n));
const cycles = stepCount(MAX_NEURON_CYCLES);

/** Cross-entropy reads ŷ as a probability, so the output must be a sigmoid and y in [0, 1]. */
const probabilityOutput = <T extends { loss: string; y: number }>(out: (t: T) => string) =>
	v.check<T, string>(
		(t) => t.loss !== 'bce' || (out(t) === 'sigmoid' && t.y >= 0 && t.y <= 1),
		'cross-entropy needs a sigmoid output and a target y in [0, 1]'
	);

/** One neuron and one example, as the neuron stepper sets it up. */
export const neuronSchema = v.pipe(
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
export type NeuronRequest = v.InferOutput<typeof neuronSchema>;
/** Every intermediate of one cycle: forward, each chain-rule factor, the update, the loss after. */
export type NeuronCycleAnswer = NeuronCycle;

export const neuronTrainSchema = v.object({ setup: neuronSchema, cycles });
export type NeuronTrainRequest = v.InferOutput<typeof neuronTrainSchema>;

/** The 2 → 2 → 1 network and one example. */
export const twoLayerSchema = v.pipe(
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
export type TwoLayerRequest = v.InferOutput<typeof twoLayerSchema>;
export type TwoLayerCycleAnswer = TwoLayerCycle;

export const twoLayerTrainSchema = v.object({ setup: twoLayerSchema, cycles });
export type TwoLayerTrainRequest = v.InferOutput<typeof twoLayerTrainSchema>;

export interface NeuronApi {
	neuronCycle(req: NeuronRequest): Promise<Result<NeuronCycleAnswer>>;
	neuronTrain(req: NeuronTrainRequest): Promise<Result<NeuronTraining>>;
	twoLayerCycle(req: TwoLayerRequest): Promise<Result<TwoLayerCycleAnswer>>;
	twoLayerTrain(req: TwoLayerTrainRequest): Promise<Result<TwoLayerTraining>>;
}
