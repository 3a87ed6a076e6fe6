/**
 * The lab's part of the engine protocol: a small image classifier the reader trains from their
 * own pictures. The page reduces every picture to LAB_SIDE × LAB_SIDE RGB bytes and opens a
 * session with all of them; the worker splits them, trains in chunks the page asks for, and
 * answers predictions for single pictures (the camera's live guess). Requests are the schemas'
 * inputs (so `settings.hidden` may be left out); answers are the math core's types.
 */
import * as v from 'valibot';
import { LAB_MIN_PER_CLASS, type LabTooFew } from '$lib/math/labData';
import { LAB_PIXELS } from '$lib/math/labImage';
import { LAB_THRESHOLD_MAX, LAB_THRESHOLD_OFF } from '$lib/math/labThreshold';
import type { ClassCount } from '$lib/math/metrics';
import {
	LAB_DEFAULTS,
	labCheckpointProblem,
	labStatuses,
	type LabCheckpoint,
	type LabEpoch,
	type LabSettings,
	type LabStatus
} from '$lib/math/labTraining';
import { LAB_LIMITS } from './labLimits';
import type { Result } from './result';

export type { ClassCount, LabCheckpoint, LabEpoch, LabSettings, LabStatus, LabTooFew };
export { LAB_LIMITS, LAB_MIN_PER_CLASS };

const int = (lo: number, hi: number) =>
	v.pipe(v.number(), v.integer(), v.minValue(lo), v.maxValue(hi));
const num = (lo: number, hi: number) =>
	v.pipe(v.number(), v.finite(), v.minValue(lo), v.maxValue(hi));
const sessionId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const rate = num(...LAB_LIMITS.lr);
const count = int(0, 1e9);
// Any Uint8Array, whatever buffer it views (the page may send a view into a larger one).
const bytes = v.custom<Uint8Array>((x) => x instanceof Uint8Array, 'A Uint8Array was expected.');
// A diverged epoch's figures are NaN.
const metric = v.union([v.number(), v.nan()]);
const threshold = num(LAB_THRESHOLD_OFF, LAB_THRESHOLD_MAX);

type LabSettingsInput = Omit<LabSettings, 'hidden'> & { hidden?: number };

const settingsSchema: v.GenericSchema<LabSettingsInput, LabSettings> = v.object({
	epochs: int(...LAB_LIMITS.epochs),
	batchSize: int(...LAB_LIMITS.batchSize),
	lr: rate,
	hidden: v.optional(int(...LAB_LIMITS.hidden), LAB_DEFAULTS.hidden),
	valFraction: num(...LAB_LIMITS.valFraction),
	seed: int(0, 2 ** 31 - 1)
});

const epochSchema: v.GenericSchema<LabEpoch> = v.object({
	epoch: int(1, LAB_LIMITS.maxEpochs),
	trainLoss: metric,
	trainAccuracy: metric,
	valLoss: metric,
	valAccuracy: metric
});

const checkpointSchema: v.GenericSchema<LabCheckpoint> = v.object({
	samples: int(1, LAB_LIMITS.maxSamples),
	classes: int(...LAB_LIMITS.classes),
	hidden: int(...LAB_LIMITS.hidden),
	trainIndex: v.instance(Uint32Array),
	valIndex: v.instance(Uint32Array),
	params: v.instance(Float64Array),
	optimizer: v.object({ v: v.instance(Float64Array), s: v.instance(Float64Array), t: count }),
	lr: rate,
	shuffle: v.object({
		state: int(0, 2 ** 32 - 1),
		spare: v.nullable(v.pipe(v.number(), v.finite()))
	}),
	epoch: int(0, LAB_LIMITS.maxEpochs),
	epochs: int(1, LAB_LIMITS.maxEpochs),
	status: v.picklist(labStatuses),
	divergedAt: v.nullable(int(1, LAB_LIMITS.maxEpochs)),
	history: v.pipe(v.array(epochSchema), v.maxLength(LAB_LIMITS.maxEpochs))
});

export const labOpenSchema = v.pipe(
	v.object({
		/** The page's name for the run; opening it again replaces the run. */
		session: sessionId,
		/** n × LAB_PIXELS bytes: n pictures, RGB, row-major (labImage.ts). */
		pixels: bytes,
		/** n class indices 0 … classes − 1. */
		labels: v.pipe(bytes, v.maxLength(LAB_LIMITS.maxSamples)),
		classes: int(...LAB_LIMITS.classes),
		settings: settingsSchema,
		/**
		 * Continue a saved run (labCheckpoint) on the same pictures, in the same order, instead of
		 * starting afresh: its split, weights, Adam memory and rate, shuffling and history carry
		 * over; the epoch budget and batch size are the settings'. `classes`, the number of
		 * pictures and `settings.hidden` must be the run's own (an invalid-input error otherwise).
		 */
		resume: v.optional(checkpointSchema),
		/** The confidence threshold the validation pictures are counted at (0: always answer). */
		threshold: v.optional(threshold, LAB_THRESHOLD_OFF)
	}),
	v.forward(
		v.check(
			(r) => r.pixels.length === r.labels.length * LAB_PIXELS,
			`pixels must hold ${LAB_PIXELS} bytes a picture, one picture a label`
		),
		['pixels']
	),
	v.forward(
		v.check((r) => r.labels.every((y) => y < r.classes), 'every label must be below classes'),
		['labels']
	),
	v.forward(
		v.rawCheck(({ dataset, addIssue }) => {
			if (!dataset.typed || !dataset.value.resume) return;
			const { resume, labels, classes, settings } = dataset.value;
			const shape = { inputs: LAB_PIXELS, hidden: settings.hidden, classes };
			const problem = labCheckpointProblem(resume, labels.length, shape);
			if (problem) addIssue({ message: `The checkpoint does not fit: ${problem}.` });
		}),
		['resume']
	)
);
export type LabOpenRequest = v.InferInput<typeof labOpenSchema>;

export const labTrainSchema = v.object({
	session: sessionId,
	/** How many more epochs to take at most (fewer when the budget or the time runs out). */
	epochs: int(...LAB_LIMITS.epochs),
	/** Stop after the epoch during which about this many milliseconds have passed. */
	budgetMs: num(...LAB_LIMITS.budgetMs),
	/** History rows already on the page: the answer sends only later ones. */
	since: int(0, LAB_LIMITS.maxEpochs),
	/**
	 * The run's epoch budget from now on (it starts as settings.epochs): a larger one trains a
	 * 'done' run on from where it stands; one at or below the epochs trained ends the run.
	 */
	budget: v.optional(int(1, LAB_LIMITS.maxEpochs))
});
export type LabTrainRequest = v.InferInput<typeof labTrainSchema>;

export const labRecountSchema = v.object({
	session: sessionId,
	/** Count a validation picture as "not sure" when its top probability is below this. */
	threshold,
	/** History rows already on the page: the answer sends only later ones. */
	since: int(0, LAB_LIMITS.maxEpochs)
});
export type LabRecountRequest = v.InferInput<typeof labRecountSchema>;

export const labRateSchema = v.object({ session: sessionId, lr: rate });
export type LabRateRequest = v.InferInput<typeof labRateSchema>;

export const labPredictSchema = v.object({
	session: sessionId,
	/** Exactly one picture: LAB_PIXELS bytes. */
	pixels: v.pipe(bytes, v.length(LAB_PIXELS))
});
export type LabPredictRequest = v.InferInput<typeof labPredictSchema>;

export const labSessionSchema = v.object({ session: sessionId });
export type LabSessionRequest = v.InferInput<typeof labSessionSchema>;

/** A run as the page draws it after each chunk. Rows: the answer; columns: the guess. */
export interface LabSnapshot {
	status: LabStatus;
	/** Epochs trained. */
	epoch: number;
	/** The epoch budget. */
	epochs: number;
	/** The epoch in which the loss stopped being finite. */
	divergedAt: number | null;
	/** The learning rate the next update uses. */
	lr: number;
	/** History rows after `since` (row e − 1 is epoch e; a new run has none). */
	history: LabEpoch[];
	/**
	 * Correct and total for each class, on the training and validation samples, now; a
	 * validation picture below the threshold is in its total but never correct.
	 */
	perClass: { train: ClassCount[]; val: ClassCount[] };
	/**
	 * K × K counts: confusion[t][p] = samples of class t predicted as class p (on validation,
	 * only those at the threshold or surer).
	 */
	confusion: { train: number[][]; val: number[][] };
	/** The confidence threshold the validation counts are at (0: the top class, always). */
	threshold: number;
	/** unsure[t] = validation pictures of class t whose top probability is below the threshold. */
	unsure: number[];
	/** Predicted class of each validation sample, in valIndex order. */
	valPred: Uint8Array;
	/** The probability of that predicted class. */
	valConfidence: Float32Array;
}

export type LabOpenAnswer =
	| { kind: 'problem'; problem: LabTooFew }
	| {
			kind: 'ready';
			/** Indices (into the pictures sent) of the training and validation samples, ascending. */
			trainIndex: Uint32Array;
			valIndex: Uint32Array;
			/** Samples of each class on either side. */
			perClass: { train: number[]; val: number[] };
			snapshot: LabSnapshot;
	  };

export interface LabApi {
	/** Splits the pictures and sets up a run (or continues `resume`); a class too small: a problem. */
	labOpen(req: LabOpenRequest): Promise<Result<LabOpenAnswer>>;
	/** Trains up to `epochs` more epochs, within about `budgetMs`. */
	labTrain(req: LabTrainRequest): Promise<Result<LabSnapshot>>;
	/** Counts the validation pictures again at a new threshold; trains nothing. */
	labRecount(req: LabRecountRequest): Promise<Result<LabSnapshot>>;
	/**
	 * Trains on at a new rate, keeping the weights and Adam's memory; answers the epoch the rate
	 * counts from (the next one to train: a rate set during a chunk of training waits for it).
	 */
	labSetRate(req: LabRateRequest): Promise<Result<{ lr: number; epoch: number }>>;
	/** The K class probabilities of one picture. */
	labPredict(req: LabPredictRequest): Promise<Result<{ probabilities: Float64Array }>>;
	/** Everything needed to continue the run later (labOpen's `resume`). */
	labCheckpoint(req: LabSessionRequest): Promise<Result<LabCheckpoint>>;
	/** Forgets the run; `closed` says whether there was one. */
	labClose(req: LabSessionRequest): Promise<Result<{ closed: boolean }>>;
}
