/**
 * The trainer's part of the engine protocol. A training run lives in the worker as a session:
 * the page opens it, then asks for small chunks of iterations or epochs and draws each answer,
 * so the page never waits on a long run. Requests are the schemas' outputs; the settings, the
 * checkpoint and the metrics are the math core's types, and the schemas are checked against them.
 */
import * as v from 'valibot';
import type { CsvProblem } from '$lib/math/csv';
import type { Dataset } from '$lib/math/dataset';
import { activationIds, dataVariants, lossIds, modelKinds, optimizerIds } from '$lib/math/ids';
import type { ClassAccuracy } from '$lib/math/metrics';
import {
	LEARNING_RATE_RANGE,
	MAX_RATE_CHANGES,
	type EarlyStop,
	trainerStatuses,
	type EpochMetrics,
	type RateChange,
	type TrainerCheckpoint,
	type TrainerStatus,
	type TrainSettings
} from '$lib/math/training';
import type { Result } from './result';

export type {
	ClassAccuracy,
	EarlyStop,
	CsvProblem,
	EpochMetrics,
	RateChange,
	TrainerCheckpoint,
	TrainerStatus,
	TrainSettings
};

/** Limits of what one request may ask for; the widget's ranges sit inside them. */
export const TRAINER_LIMITS = {
	hidden: [1, 64],
	lr: LEARNING_RATE_RANGE,
	batchSize: [1, 5000],
	epochs: [1, 1000],
	valFraction: [0.05, 0.5],
	grid: [5, 101],
	csvChars: 1_000_000,
	sessions: 8
} as const;

const int = (lo: number, hi: number) =>
	v.pipe(v.number(), v.integer(), v.minValue(lo), v.maxValue(hi));
const num = (lo: number, hi: number) =>
	v.pipe(v.number(), v.finite(), v.minValue(lo), v.maxValue(hi));
const sessionId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const seed = int(0, 2 ** 31 - 1);
const valFraction = num(...TRAINER_LIMITS.valFraction);
const rate = num(...TRAINER_LIMITS.lr);
const count = int(0, 1e9);
/** P(class 1) from which the model's guess is class 1: the confusion matrix and boundary follow it. */
const threshold = num(0.05, 0.95);
// A diverged run's last metrics are not finite.
const metric = v.union([v.number(), v.nan()]);

const settingsSchema: v.GenericSchema<TrainSettings> = v.object({
	model: v.picklist(modelKinds),
	hidden: int(...TRAINER_LIMITS.hidden),
	activation: v.picklist(activationIds),
	loss: v.picklist(lossIds),
	optimizer: v.picklist(optimizerIds),
	lr: rate,
	batchSize: int(...TRAINER_LIMITS.batchSize),
	epochs: int(...TRAINER_LIMITS.epochs),
	seed,
	earlyStopping: v.optional(v.boolean())
});

/** Where the samples come from: the built-in cats and dogs, or a learner's CSV text. */
const dataSchema = v.variant('source', [
	v.object({ source: v.literal('builtin'), variant: v.picklist(dataVariants), valFraction, seed }),
	v.object({
		source: v.literal('csv'),
		text: v.pipe(v.string(), v.maxLength(TRAINER_LIMITS.csvChars)),
		valFraction,
		seed
	})
]);
export type TrainerDataRequest = v.InferOutput<typeof dataSchema>;

const checkpointSchema: v.GenericSchema<TrainerCheckpoint> = v.object({
	params: v.instance(Float64Array),
	optimizer: v.object({ v: v.instance(Float64Array), s: v.instance(Float64Array), t: count }),
	lr: rate,
	order: v.instance(Uint32Array),
	shuffle: v.object({
		state: int(0, 2 ** 32 - 1),
		spare: v.nullable(v.pipe(v.number(), v.finite()))
	}),
	epoch: int(0, TRAINER_LIMITS.epochs[1]),
	iterationInEpoch: count,
	iteration: count,
	status: v.picklist(trainerStatuses),
	divergedAt: v.nullable(count),
	rateChanges: v.pipe(
		v.array(
			v.object({ epoch: count, iterationInEpoch: count, iteration: count, from: rate, lr: rate })
		),
		v.maxLength(MAX_RATE_CHANGES)
	),
	best: v.nullable(
		v.object({
			epoch: count,
			iteration: count,
			valLoss: v.pipe(v.number(), v.finite()),
			params: v.instance(Float64Array)
		})
	),
	stoppedAt: v.nullable(count)
});

const epochMetricsSchema: v.GenericSchema<EpochMetrics> = v.object({
	epoch: count,
	iteration: count,
	trainLoss: metric,
	trainAccuracy: metric,
	valLoss: metric,
	valAccuracy: metric
});

export const trainerOpenSchema = v.object({
	/** The page's name for this run; opening it again replaces the run. */
	session: sessionId,
	/** New data; omitted, the session keeps the data it has (a reset or new settings). */
	data: v.optional(dataSchema),
	settings: settingsSchema,
	/** Side of the probability grid behind the decision boundary. */
	grid: int(...TRAINER_LIMITS.grid),
	/** The decision threshold (0.5 if omitted, or the session's own when it keeps its data). */
	threshold: v.optional(threshold),
	/**
	 * Continue a run a worker that stopped was training (the page keeps its last checkpoint and
	 * history), instead of starting again: `data` and `settings` must be the run's own.
	 */
	resume: v.optional(
		v.object({
			checkpoint: checkpointSchema,
			history: v.pipe(v.array(epochMetricsSchema), v.maxLength(TRAINER_LIMITS.epochs[1] + 1))
		})
	)
});
export type TrainerOpenRequest = v.InferOutput<typeof trainerOpenSchema>;

export const trainerStepSchema = v.object({
	session: sessionId,
	unit: v.picklist(['iteration', 'epoch']),
	/**
	 * How many iterations or epochs to take (fewer if the run ends or the time budget runs out);
	 * 0 takes none and only answers the picture, say at a new threshold.
	 */
	count: int(0, 100_000),
	/** A new decision threshold, from this answer on. */
	threshold: v.optional(threshold),
	/** Stop early after about this many milliseconds, so one answer never takes long. */
	budgetMs: num(1, 2000),
	/** Epoch metrics already on the page: the answer sends only later ones. */
	since: int(0, 100_000),
	/** Report P(class 1) of the last batch's first sample before and after its update. */
	detail: v.boolean()
});
export type TrainerStepRequest = v.InferOutput<typeof trainerStepSchema>;

/** A new learning rate for a run under way, from its next update on. */
export const trainerRateSchema = v.object({ session: sessionId, lr: rate });
export type TrainerRateRequest = v.InferOutput<typeof trainerRateSchema>;

export const trainerCloseSchema = v.object({ session: sessionId });
export type TrainerCloseRequest = v.InferOutput<typeof trainerCloseSchema>;

/** One part of the data as it crosses to the page: copies, so the worker's data stay whole. */
export type SampleSet = Pick<Dataset, 'n' | 'x' | 'y' | 'kind' | 'look'>;

export interface TrainerDataAnswer extends Pick<
	Dataset,
	'd' | 'featureNames' | 'classNames' | 'ranges'
> {
	source: 'builtin' | 'csv';
	train: SampleSet;
	val: SampleSet;
}

/** A run's counters and rate, as its checkpoint holds them. */
type RunPosition = Pick<
	TrainerCheckpoint,
	'epoch' | 'iterationInEpoch' | 'iteration' | 'lr' | 'rateChanges'
>;

/**
 * `lr` is the rate the next update uses; `rateChanges` lists where it changed, oldest first
 * (the starting rate is `settings.lr`).
 */
export interface TrainerSnapshot
	extends RunPosition, Pick<TrainerCheckpoint, 'status' | 'divergedAt'> {
	iterationsPerEpoch: number;
	/** The epoch budget. */
	epochs: number;
	/** The decision threshold the confusion matrix, the accuracy per class and the boundary use. */
	threshold: number;
	/** Per-epoch metrics after `since` (history[0] is before training). */
	history: EpochMetrics[];
	/**
	 * The loss of each batch this request trained on, before its update, in order: the last one
	 * is update `iteration`'s. Only the new ones travel; the page keeps the rest.
	 */
	batchLosses: Float32Array;
	/** With early stopping, once it ended the run: where, and the restored weights' metrics. */
	stopped: EarlyStop | null;
	/** P(class 1) on a grid × grid lattice over features 0 and 1, row-major. */
	grid: Float32Array;
	gridSize: number;
	/**
	 * The decision boundary P = threshold on `grid` (d3-contour, src/lib/math/levelLines.ts):
	 * polylines in feature units (0…1) packed flat as [u, v, u, v, …] (u feature 0, v feature 1),
	 * one NaN pair between consecutive polylines; empty when the model favours one class everywhere.
	 */
	boundary: Float32Array;
	/** P(class 1) of every training and validation sample now. */
	trainP: Float32Array;
	valP: Float32Array;
	perClass: { train: ClassAccuracy[]; val: ClassAccuracy[] };
	/** Rows: answer, columns: guess. */
	confusion: { train: number[][]; val: number[][] };
	/** With `detail`: one sample's update, for "one example at a time". */
	last: { index: number; label: number; before: number; after: number } | null;
	/** What a new worker needs to continue the run, should this one stop. */
	checkpoint: TrainerCheckpoint;
}

export type TrainerOpenAnswer =
	| { kind: 'ready'; data: TrainerDataAnswer | null; snapshot: TrainerSnapshot }
	| { kind: 'problem'; problem: CsvProblem };

/** `lost`: the worker no longer holds this session (it restarted); open it again. */
export type TrainerStepAnswer = { kind: 'snapshot'; snapshot: TrainerSnapshot } | { kind: 'lost' };

/**
 * `rate`: the run trains on at `lr` (with the counters it had, and every change so far);
 * `finished`: the run had already ended (done or diverged), nothing changed: open a new one;
 * `lost`: the worker no longer holds this session.
 */
export type TrainerRateAnswer =
	| ({ kind: 'rate' } & RunPosition)
	| { kind: 'finished'; status: TrainerStatus; lr: number }
	| { kind: 'lost' };

export interface TrainerApi {
	trainerOpen(req: TrainerOpenRequest): Promise<Result<TrainerOpenAnswer>>;
	trainerStep(req: TrainerStepRequest): Promise<Result<TrainerStepAnswer>>;
	trainerSetRate(req: TrainerRateRequest): Promise<Result<TrainerRateAnswer>>;
	trainerClose(req: TrainerCloseRequest): Promise<Result<true>>;
}
