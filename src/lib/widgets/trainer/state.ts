import { activationIds, dataVariants, lossIds, modelKinds, optimizerIds } from '$lib/math/ids';
import type { DataVariant } from '$lib/math/ids';
import type { TrainSettings } from '$lib/math/training';
import { booleanField, choiceField, createCodec, numberField, type StepOf } from '../codec';
import type { ControlSet, StepStaging } from '../types';

export const trainerModes = ['full', 'one'] as const;
/** full: the whole training loop (lessons 7, 8); one: one example at a time (lesson 1). */
export type TrainerMode = (typeof trainerModes)[number];

/**
 * Everything that sets up a training run, as a link or a scroll step gives it: the run's own
 * settings (the math core's, but for the batch size, which links call `batch`) and the page's.
 */
export interface TrainerState extends Omit<TrainSettings, 'batchSize' | 'earlyStopping'> {
	mode: TrainerMode;
	data: DataVariant;
	/** Samples per update. */
	batch: number;
	/** Share of each class held out for validation. */
	split: number;
	/** Epochs per second while playing. */
	speed: number;
	/** P(class 1) from which the model's guess is class 1. */
	threshold: number;
	/** Early stopping: end when validation loss stops falling and go back to its lowest epoch. */
	early: boolean;
	/** Draw each batch's loss behind the loss per epoch. */
	batches: boolean;
}

/**
 * The trainer's pictures as a step names them: the charts per epoch (none named), or the classes,
 * accuracy per class and the confusion matrix on the validation data, for a step that reads them.
 */
export const trainerPictures = ['classes'] as const;

/** A scroll step for the trainer: the keys its codec reads. */
export type TrainerStep = StepOf<TrainerState> &
	StepStaging<(typeof trainerControls.names)[number], (typeof trainerPictures)[number]>;

/**
 * The trainer's folding parts as a step names them: the data, the boundary and the class tables
 * ("details"), and the run's settings. The rate slider and the play buttons always show.
 */
export const trainerControls = {
	names: ['data', 'details', 'settings'],
	main: []
} as const satisfies ControlSet;

export const ranges = {
	lr: [0.001, 30],
	hidden: [1, 32],
	batch: [1, 400],
	epochs: [1, 500],
	split: [0.05, 0.5],
	threshold: [0.05, 0.95],
	seed: [0, 9999],
	speed: [0.5, 100]
} as const;

export const trainerCodec = createCodec<TrainerState>(
	{
		mode: choiceField(trainerModes),
		data: choiceField(dataVariants),
		model: choiceField(modelKinds),
		hidden: numberField(...ranges.hidden, { integer: true }),
		activation: choiceField(activationIds),
		loss: choiceField(lossIds),
		optimizer: choiceField(optimizerIds),
		lr: numberField(...ranges.lr),
		batch: numberField(...ranges.batch, { integer: true }),
		epochs: numberField(...ranges.epochs, { integer: true }),
		split: numberField(...ranges.split),
		seed: numberField(...ranges.seed, { integer: true }),
		speed: numberField(...ranges.speed),
		threshold: numberField(...ranges.threshold),
		early: booleanField(),
		batches: booleanField()
	},
	{
		mode: 'full',
		data: 'fair',
		model: 'mlp',
		hidden: 8,
		activation: 'tanh',
		loss: 'bce',
		optimizer: 'gd',
		lr: 0.2,
		batch: 16,
		epochs: 100,
		split: 0.15,
		seed: 1,
		speed: 10,
		threshold: 0.5,
		early: false,
		batches: false
	}
);

/** Settings that change the data: a new data set is built (and sent) when one of them changes. */
export const dataKeys = ['data', 'split', 'seed'] as const;
/**
 * Settings of the run itself: a change starts the run again on the same data. The learning
 * rate is not among them: a run under way takes a new rate where it is (see rate.ts).
 */
export const restartKeys = [
	'model',
	'hidden',
	'activation',
	'loss',
	'optimizer',
	'batch',
	'epochs',
	'seed',
	'mode',
	'early'
] as const;

/** A key that says which settings a run was started from, to tell when it must restart. */
export function keyOf(s: TrainerState, keys: readonly (keyof TrainerState)[]): string {
	return keys.map((k) => `${k}=${s[k]}`).join('&');
}

/** A cell of the confusion matrix: answer t, guess p. */
export interface MatrixCell {
	t: number;
	p: number;
}

/** Side of the probability grid behind the decision boundary. */
export const GRID = 41;
/** Milliseconds between two chunks while playing. */
export const TICK_MS = 50;
