/**
 * The neuron stepper's part of the engine protocol (types only; protocol.ts folds it into
 * EngineApi): one recorded cycle of one neuron or of the 2 → 2 → 1 network, and training runs.
 */
import type { ActivationId, LossId } from '$lib/math/ids';
import type { NeuronCycle, NeuronTraining } from '$lib/math/neuron';
import type { TwoLayerCycle, TwoLayerParams } from '$lib/math/twoLayer';
import type { Result } from './protocol';

/** One neuron and one example, as the neuron stepper sets it up. */
export interface NeuronRequest {
	x: number[];
	w: number[];
	b: number;
	y: number;
	activation: ActivationId;
	loss: LossId;
	lr: number;
}

/** Every intermediate of one cycle: forward, each chain-rule factor, the update, the loss after. */
export type NeuronCycleAnswer = NeuronCycle;

export interface NeuronTrainRequest {
	setup: NeuronRequest;
	cycles: number;
}

/** losses[k] is the loss before cycle k (the last one after the last cycle); the final weights. */
export type NeuronTrainAnswer = NeuronTraining;

/** The 2 → 2 → 1 network and one example. */
export interface TwoLayerRequest {
	x: number[];
	params: { w1: number[]; b1: number[]; w2: number[]; b2: number };
	y: number;
	hiddenActivation: ActivationId;
	outputActivation: ActivationId;
	loss: LossId;
	lr: number;
}

export type TwoLayerCycleAnswer = TwoLayerCycle;

export interface TwoLayerTrainRequest {
	setup: TwoLayerRequest;
	cycles: number;
}

export interface TwoLayerTrainAnswer {
	losses: Float64Array;
	params: TwoLayerParams;
}

export interface NeuronApi {
	neuronCycle(req: NeuronRequest): Promise<Result<NeuronCycleAnswer>>;
	neuronTrain(req: NeuronTrainRequest): Promise<Result<NeuronTrainAnswer>>;
	twoLayerCycle(req: TwoLayerRequest): Promise<Result<TwoLayerCycleAnswer>>;
	twoLayerTrain(req: TwoLayerTrainRequest): Promise<Result<TwoLayerTrainAnswer>>;
}
