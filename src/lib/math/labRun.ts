import { labLayout, type LabNetShape } from './labNetwork';
import type { OptimizerMemory } from './optimizers';
import type { RngState } from './rng';

/**
 * What a lab run is, apart from the loop that trains it (labTraining.ts): its settings, its
 * statuses, the figures of an epoch, and the checkpoint that carries it to another worker or
 * another visit, with the test of whether a checkpoint fits.
 */

/** The settings of a run. */
export interface LabSettings {
	/** Epoch budget: the run is 'done' once this many epochs are trained. */
	epochs: number;
	/** Samples per update (more than the training set means one batch an epoch). */
	batchSize: number;
	/** Adam's learning rate η. */
	lr: number;
	/** Hidden ReLU units H. */
	hidden: number;
	/** Share of each class kept for validation (labData.ts). */
	valFraction: number;
	/** Seeds the split (seed + 1), the starting weights (seed) and the shuffles (seed + 7919). */
	seed: number;
}

/** Teachable Machine's defaults: 50 epochs, batch 16, Adam at 0.001, 85/15 split. */
export const LAB_DEFAULTS: LabSettings = {
	epochs: 50,
	batchSize: 16,
	lr: 0.001,
	hidden: 32,
	valFraction: 0.15,
	seed: 1
};

export const labStatuses = ['ready', 'training', 'done', 'diverged'] as const;
/** ready: no epoch yet; training: some, fewer than the budget; done: the budget; diverged: stopped. */
export type LabStatus = (typeof labStatuses)[number];

/**
 * One epoch's figures. trainLoss and trainAccuracy are measured while the epoch trained: each
 * batch's mean loss and accuracy before its update, averaged over the epoch's batches weighted
 * by their sizes (as Keras and TF.js report them). valLoss and valAccuracy are measured after the
 * epoch, on every validation sample. A diverged epoch has NaN where it has no finite figure; a
 * run with no validation samples has NaN validation figures.
 */
export interface LabEpoch {
	/** 1 for the first epoch trained. */
	epoch: number;
	trainLoss: number;
	trainAccuracy: number;
	valLoss: number;
	valAccuracy: number;
}

/** The pictures a run learns from: inputs (labInputs) and labels, all samples, train and val. */
export interface LabData {
	/** n × inputs values, sample after sample. */
	x: Float32Array;
	/** n class indices 0 … classes − 1. */
	labels: Uint8Array;
	classes: number;
	/** Inputs a sample; LAB_PIXELS unless given (the tests use smaller pictures). */
	inputs?: number;
}

/**
 * Everything needed to continue a run elsewhere (another worker, another visit): the network
 * and its shape, Adam's memory and rate, the shuffling generator, the counters, the history and
 * the split, so the continued run is measured on the same validation samples.
 */
export interface LabCheckpoint {
	/** Samples in the data set the run trained on (n). */
	samples: number;
	classes: number;
	hidden: number;
	trainIndex: Uint32Array;
	valIndex: Uint32Array;
	params: Float64Array;
	optimizer: OptimizerMemory;
	lr: number;
	shuffle: RngState;
	epoch: number;
	/** The epoch budget when it was taken. */
	epochs: number;
	status: LabStatus;
	divergedAt: number | null;
	history: LabEpoch[];
}

/**
 * Why checkpoint `c` cannot continue a run of network `shape` on `samples` samples, or null when
 * it can: the same sample count, classes and hidden units; a split that divides 0 … samples − 1
 * into two disjoint parts; parameters and Adam memory of the network's size; one history row
 * per epoch, numbered 1 … epoch; divergedAt set exactly when the run diverged.
 */
export function labCheckpointProblem(
	c: LabCheckpoint,
	samples: number,
	shape: LabNetShape
): string | null {
	const size = labLayout(shape).size;
	if (c.samples !== samples) return `it has ${c.samples} samples, not ${samples}`;
	if (c.classes !== shape.classes) return `it has ${c.classes} classes, not ${shape.classes}`;
	if (c.hidden !== shape.hidden) return `it has ${c.hidden} hidden units, not ${shape.hidden}`;
	if (!isPartition(c.trainIndex, c.valIndex, samples)) {
		return 'its split does not divide the samples in two';
	}
	if (c.params.length !== size) return `it has ${c.params.length} parameters, not ${size}`;
	if (c.optimizer.v.length !== size || c.optimizer.s.length !== size) {
		return `its Adam memory is not of ${size} parameters`;
	}
	if (!(Number.isInteger(c.epoch) && c.epoch >= 0)) return `its epoch ${c.epoch} is not a count`;
	if (c.history.length !== c.epoch || c.history.some((h, i) => h.epoch !== i + 1)) {
		return 'its history is not one row per epoch';
	}
	if ((c.status === 'diverged') !== (c.divergedAt !== null)) {
		return 'divergedAt does not match its status';
	}
	if (c.status === 'ready' && c.epoch > 0) return 'it is ready after training';
	return null;
}

/** Whether `a` and `b` hold each of 0 … n − 1 exactly once between them. */
function isPartition(a: ArrayLike<number>, b: ArrayLike<number>, n: number): boolean {
	if (a.length + b.length !== n) return false;
	const seen = new Uint8Array(n);
	for (const part of [a, b]) {
		for (let i = 0; i < part.length; i++) {
			const k = part[i];
			if (!(k < n) || seen[k]) return false;
			seen[k] = 1;
		}
	}
	return true;
}
