/**
 * The trainer's part of the engine protocol (types only; protocol.ts folds it into EngineApi).
 * A training run lives in the worker as a session: the page opens it, then asks for small
 * chunks of iterations or epochs and draws each answer, so the page never waits on a long run.
 */
import type { ClassAccuracy } from '$lib/math/metrics';
import type { CsvProblem } from '$lib/math/csv';
import type { ActivationId, LossId, OptimizerId } from '$lib/math/ids';
import type { DataVariant, ModelKind } from '$lib/math/ids';
import type {
	EpochMetrics,
	RateChange,
	TrainerCheckpoint,
	TrainerStatus
} from '$lib/math/training';
import type { Result } from './protocol';

export type {
	ClassAccuracy,
	CsvProblem,
	EpochMetrics,
	RateChange,
	TrainerCheckpoint,
	TrainerStatus
};

export interface TrainerSettingsRequest {
	model: ModelKind;
	hidden: number;
	activation: ActivationId;
	loss: LossId;
	optimizer: OptimizerId;
	lr: number;
	batchSize: number;
	epochs: number;
	seed: number;
}

/** Where the samples come from: the built-in cats and dogs, or a learner's CSV text. */
export type TrainerDataRequest =
	| { source: 'builtin'; variant: DataVariant; valFraction: number; seed: number }
	| { source: 'csv'; text: string; valFraction: number; seed: number };

export interface TrainerOpenRequest {
	/** The page's name for this run; opening it again replaces the run. */
	session: string;
	/** New data; omitted, the session keeps the data it has (a reset or new settings). */
	data?: TrainerDataRequest;
	settings: TrainerSettingsRequest;
	/** Side of the probability grid behind the decision boundary. */
	grid: number;
	/**
	 * Continue a run a worker that stopped was training (the page keeps its last checkpoint and
	 * history), instead of starting again: `data` and `settings` must be the run's own.
	 */
	resume?: { checkpoint: TrainerCheckpoint; history: EpochMetrics[] };
}

export interface TrainerStepRequest {
	session: string;
	unit: 'iteration' | 'epoch';
	/** How many iterations or epochs to take (fewer if the run ends or the time budget runs out). */
	count: number;
	/** Stop early after about this many milliseconds, so one answer never takes long. */
	budgetMs: number;
	/** Epoch metrics already on the page: the answer sends only later ones. */
	since: number;
	/** Report P(class 1) of the last batch's first sample before and after its update. */
	detail: boolean;
}

export interface SampleSet {
	n: number;
	/** Features scaled to [0, 1], d per sample. */
	x: Float64Array;
	y: Uint8Array;
	/** Index into animalKinds, or null for CSV data. */
	kind: Uint8Array | null;
	/** Picture numbers, LOOK_SIZE per sample, or null for CSV data. */
	look: Float32Array | null;
}

export interface TrainerDataAnswer {
	source: 'builtin' | 'csv';
	d: number;
	featureNames: string[];
	classNames: [string, string];
	ranges: [number, number][];
	train: SampleSet;
	val: SampleSet;
}

export interface TrainerSnapshot {
	status: TrainerStatus;
	divergedAt: number | null;
	epoch: number;
	/** Iterations done within the current epoch. */
	iterationInEpoch: number;
	iteration: number;
	iterationsPerEpoch: number;
	/** The epoch budget. */
	epochs: number;
	/** The learning rate the next update uses. */
	lr: number;
	/** Where the rate changed during the run, oldest first (the starting rate is `settings.lr`). */
	rateChanges: RateChange[];
	/** Per-epoch metrics after `since` (history[0] is before training). */
	history: EpochMetrics[];
	/** P(class 1) on a grid × grid lattice over features 0 and 1, row-major. */
	grid: Float32Array;
	gridSize: number;
	/**
	 * The decision boundary P = 0.5 on `grid` (d3-contour, src/lib/math/levelLines.ts):
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

/** A new learning rate for a run under way, from its next update on. */
export interface TrainerRateRequest {
	session: string;
	lr: number;
}

/**
 * `rate`: the run trains on at `lr` (with the counters it had, and every change so far);
 * `finished`: the run had already ended (done or diverged), nothing changed: open a new one;
 * `lost`: the worker no longer holds this session.
 */
export type TrainerRateAnswer =
	| {
			kind: 'rate';
			lr: number;
			epoch: number;
			iterationInEpoch: number;
			iteration: number;
			rateChanges: RateChange[];
	  }
	| { kind: 'finished'; status: TrainerStatus; lr: number }
	| { kind: 'lost' };

export interface TrainerApi {
	trainerOpen(req: TrainerOpenRequest): Promise<Result<TrainerOpenAnswer>>;
	trainerStep(req: TrainerStepRequest): Promise<Result<TrainerStepAnswer>>;
	trainerSetRate(req: TrainerRateRequest): Promise<Result<TrainerRateAnswer>>;
	trainerClose(req: { session: string }): Promise<Result<true>>;
}
