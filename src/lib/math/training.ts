import type { ActivationId, LossId, OptimizerId } from './ids';
import { accuracyOfProbabilities } from './metrics';
import {
	gradient,
	initParams,
	lossAndGradient,
	meanLoss,
	predict,
	type ModelSpec,
	type Samples
} from './model';
import { BestKeeper, type BestWeights } from './earlyStopping';
import { createOptimizer, type Optimizer, type OptimizerMemory } from './optimizers';
import { createRng, resumeRng, type Rng, type RngState } from './rng';
import type { ModelKind } from './ids';

/**
 * The training loop of lesson 7. An epoch (代) is one pass over all training data; an
 * iteration (次) is one weight update from one batch (批量) of samples; so an epoch takes
 * ⌈training samples / batch size⌉ iterations, the last batch holding what is left over.
 * After each epoch the loss and accuracy are measured on the training and validation data.
 */
export interface TrainSettings {
	model: ModelKind;
	/** Hidden units (mlp only). */
	hidden: number;
	activation: ActivationId;
	loss: LossId;
	optimizer: OptimizerId;
	/** Learning rate η. */
	lr: number;
	/** Samples per update, ≥ 1 (larger than the training set means full-batch). */
	batchSize: number;
	/** Epochs to train before the run counts as done. */
	epochs: number;
	/** Seeds the starting weights and the order of samples in every epoch. */
	seed: number;
	/**
	 * Early stopping (earlyStopping.ts): end once validation loss has not fallen for
	 * EARLY_STOP_PATIENCE epochs, or at the budget, with the weights of its lowest epoch.
	 */
	earlyStopping?: boolean;
}

/** Where an early-stopped run ended, and its restored weights measured again. */
export interface EarlyStop {
	/** The last epoch trained. */
	at: number;
	/** Metrics of the restored weights: those of the epoch with the lowest validation loss. */
	best: EpochMetrics;
}

export interface EpochMetrics {
	/** Epochs completed (0 = before any training). */
	epoch: number;
	/** Iterations completed in total. */
	iteration: number;
	trainLoss: number;
	trainAccuracy: number;
	valLoss: number;
	valAccuracy: number;
}

export const trainerStatuses = ['ready', 'training', 'done', 'diverged'] as const;
export type TrainerStatus = (typeof trainerStatuses)[number];

/** Learning rates a run accepts, at its start or mid-way (the engine's limits use the same). */
export const LEARNING_RATE_RANGE = [1e-4, 100] as const;
/** Rate changes a run remembers; older ones are forgotten first (a long drag makes many). */
export const MAX_RATE_CHANGES = 100;

/**
 * A change of the learning rate during a run. The counters are those when it happened: the new
 * rate drives update `iteration + 1` and every later one.
 */
export interface RateChange {
	epoch: number;
	iterationInEpoch: number;
	iteration: number;
	/** The rate before and after. */
	from: number;
	lr: number;
}

export interface IterationResult {
	/** Indices (into the training set) of the samples this update used. */
	batch: Uint32Array;
	/** Mean loss over the batch before the update (NaN when the options turned it off). */
	batchLoss: number;
	/** P(class 1) for each batch sample before and after the update (only when asked for). */
	before?: Float64Array;
	after?: Float64Array;
	/** The epoch's metrics when this iteration completed an epoch. */
	epochEnded: EpochMetrics | null;
}

/** ⌈nTrain / batchSize⌉: iterations in one epoch. */
export function iterationsPerEpoch(nTrain: number, batchSize: number): number {
	if (nTrain <= 0) return 0;
	return Math.ceil(nTrain / Math.max(1, Math.floor(batchSize)));
}

/** The model the settings describe for data with `inputs` features. */
export function modelSpec(settings: TrainSettings, inputs: number): ModelSpec {
	return {
		kind: settings.model,
		inputs,
		hidden: Math.max(1, Math.floor(settings.hidden)),
		activation: settings.activation
	};
}

/**
 * Loss and accuracy of parameters `w` on a whole data set; P(class 1) of each sample into `p`,
 * and the gradient of the mean loss into `grad` when given, in the same pass.
 */
export function evaluate(
	spec: ModelSpec,
	lossId: LossId,
	w: ArrayLike<number>,
	data: Samples,
	p: Float64Array = new Float64Array(data.n),
	grad?: Float64Array
): { loss: number; accuracy: number; p: Float64Array } {
	const loss = meanLoss(spec, lossId, w, data.x, data.y, undefined, p, grad);
	return { loss, accuracy: accuracyOfProbabilities(data.y, p), p };
}

/** What a run may take other than the trainer's settings (the loss panel's classifier uses them). */
export interface TrainerOptions {
	/** Starting parameters instead of random ones drawn from the seed. */
	start?: ArrayLike<number>;
	/** Subtracted from every feature (ModelSpec.centre). */
	centre?: number;
	/** Seeds the order of samples instead of a seed derived from `settings.seed`. */
	shuffleSeed?: number;
	/** Also keep the gradient of the training loss at every measurement (`trainGradient`). */
	gradient?: boolean;
	/**
	 * false: updates take the gradient alone, without the batch loss (a softplus a sample for
	 * cross-entropy); batchLoss is then NaN, and a diverging run is caught by its weights and by
	 * the epoch's measurement. For a caller that reads only the epochs' metrics.
	 */
	batchLoss?: boolean;
}

/**
 * Everything a run needs to go on from its last completed update in another Trainer (another
 * worker, after the first one stopped): with the same data and settings, the run continues
 * exactly as it would have. The history travels apart (the page holds it).
 */
export interface TrainerCheckpoint {
	params: Float64Array;
	optimizer: OptimizerMemory;
	lr: number;
	order: Uint32Array;
	shuffle: RngState;
	epoch: number;
	iterationInEpoch: number;
	iteration: number;
	status: TrainerStatus;
	divergedAt: number | null;
	rateChanges: RateChange[];
	/** With early stopping: the weights of the lowest validation loss so far. */
	best: BestWeights | null;
	/** With early stopping, once it stopped: the last epoch trained. */
	stoppedAt: number | null;
}

/**
 * A resumable training run: all its state (weights, optimizer memory, position within the
 * epoch, shuffled order, history) lives in this object, stepped one iteration or one epoch
 * at a time.
 */
export class Trainer {
	readonly spec: ModelSpec;
	readonly params: Float64Array;
	readonly history: EpochMetrics[] = [];
	readonly iterationsPerEpoch: number;
	epoch = 0;
	/** Iterations done within the current epoch, 0 … iterationsPerEpoch − 1. */
	iterationInEpoch = 0;
	iteration = 0;
	status: TrainerStatus = 'ready';
	/** The iteration at which the loss or a weight stopped being finite. */
	divergedAt: number | null = null;
	/** Rate changes made after training began, oldest first (at most MAX_RATE_CHANGES). */
	readonly rateChanges: RateChange[] = [];
	/**
	 * ∇ of the mean training loss at the last measurement, when the options asked for it (taken
	 * in the measurement's own pass over the data); otherwise null.
	 */
	readonly trainGradient: Float64Array | null;
	/** Set once early stopping ended the run and restored the best weights. */
	stopped: EarlyStop | null = null;
	/** With early stopping: the copy of the best weights so far. */
	private readonly keeper: BestKeeper | null;
	private readonly optimizer: Optimizer;
	private readonly order: Uint32Array;
	private shuffleRng: Rng;
	/** P(class 1) of the training and validation samples, rewritten by every measurement. */
	private readonly pTrain: Float64Array;
	private readonly pVal: Float64Array;
	private readonly withBatchLoss: boolean;

	constructor(
		readonly train: Samples,
		readonly val: Samples,
		readonly settings: TrainSettings,
		options: TrainerOptions = {}
	) {
		this.spec = { ...modelSpec(settings, train.d), centre: options.centre };
		this.params = options.start
			? Float64Array.from(options.start)
			: initParams(this.spec, createRng(settings.seed));
		this.optimizer = createOptimizer(
			{ id: settings.optimizer, lr: settings.lr },
			this.params.length
		);
		this.iterationsPerEpoch = iterationsPerEpoch(train.n, settings.batchSize);
		this.shuffleRng = createRng(options.shuffleSeed ?? settings.seed + 7919);
		this.order = Uint32Array.from({ length: train.n }, (_, i) => i);
		this.pTrain = new Float64Array(train.n);
		this.pVal = new Float64Array(val.n);
		this.withBatchLoss = options.batchLoss ?? true;
		this.trainGradient = options.gradient ? new Float64Array(this.params.length) : null;
		this.keeper = settings.earlyStopping ? new BestKeeper() : null;
		this.shuffle();
		this.history.push(this.measure());
	}

	get batchSize(): number {
		return Math.min(this.train.n, Math.max(1, Math.floor(this.settings.batchSize)));
	}

	/** The learning rate the next update uses. */
	get lr(): number {
		return this.optimizer.settings.lr;
	}

	/**
	 * Trains on with learning rate `lr` from the next update, keeping the weights, the
	 * optimizer's memory, the position in the epoch and the history. Before the first update it
	 * only replaces the starting rate; later it is recorded in `rateChanges` (several changes
	 * between two updates count as one). The same rate again changes nothing. Throws a
	 * RangeError unless `lr` is finite and within LEARNING_RATE_RANGE.
	 */
	setRate(lr: number): void {
		const [lo, hi] = LEARNING_RATE_RANGE;
		if (!(Number.isFinite(lr) && lr >= lo && lr <= hi)) {
			throw new RangeError(`The learning rate must be a number from ${lo} to ${hi}, not ${lr}.`);
		}
		const from = this.lr;
		if (lr === from) return;
		this.optimizer.setRate(lr);
		if (this.iteration === 0) return;
		const changes = this.rateChanges;
		const last = changes[changes.length - 1];
		if (last && last.iteration === this.iteration) {
			// No update ran at the rate `last` set: fold the two changes into one.
			if (lr === last.from) changes.pop();
			else last.lr = lr;
			return;
		}
		const { epoch, iterationInEpoch, iteration } = this;
		changes.push({ epoch, iterationInEpoch, iteration, from, lr });
		if (changes.length > MAX_RATE_CHANGES) changes.shift();
	}

	/** The run as it stands, to continue elsewhere with `resume`. */
	checkpoint(): TrainerCheckpoint {
		return {
			params: this.params.slice(),
			optimizer: this.optimizer.memory(),
			lr: this.lr,
			order: this.order.slice(),
			shuffle: this.shuffleRng.saved(),
			epoch: this.epoch,
			iterationInEpoch: this.iterationInEpoch,
			iteration: this.iteration,
			status: this.status,
			divergedAt: this.divergedAt,
			rateChanges: this.rateChanges.map((c) => ({ ...c })),
			best: this.keeper?.best
				? { ...this.keeper.best, params: this.keeper.best.params.slice() }
				: null,
			stoppedAt: this.stopped?.at ?? null
		};
	}

	/**
	 * Continues the run `checkpoint` was taken from, on this trainer's data and settings, with
	 * `history` (its epoch metrics so far) as its own. Throws a RangeError when the checkpoint
	 * does not fit them (other sizes, an order that is not a permutation, counters out of range).
	 */
	resume(checkpoint: TrainerCheckpoint, history: EpochMetrics[]): void {
		const c = checkpoint;
		const n = this.train.n;
		const fits =
			c.params.length === this.params.length &&
			c.order.length === n &&
			new Set(c.order).size === n &&
			c.order.every((i) => i < n) &&
			Number.isInteger(c.epoch) &&
			c.epoch >= 0 &&
			c.epoch <= this.settings.epochs &&
			Number.isInteger(c.iterationInEpoch) &&
			c.iterationInEpoch >= 0 &&
			// A run that diverged on an epoch's last update stopped before the epoch was closed.
			c.iterationInEpoch <= this.iterationsPerEpoch &&
			c.iteration === c.epoch * this.iterationsPerEpoch + c.iterationInEpoch &&
			history.length === c.epoch + 1 &&
			(c.best === null ||
				(!!this.keeper &&
					c.best.params.length === this.params.length &&
					c.best.epoch >= 1 &&
					c.best.epoch <= c.epoch)) &&
			(c.stoppedAt === null || (c.best !== null && c.stoppedAt === c.epoch));
		if (!fits) throw new RangeError('The checkpoint does not fit this run.');
		this.params.set(c.params);
		this.optimizer.restore(c.optimizer);
		this.optimizer.setRate(c.lr);
		this.order.set(c.order);
		this.shuffleRng = resumeRng(c.shuffle);
		this.epoch = c.epoch;
		this.iterationInEpoch = c.iterationInEpoch;
		this.iteration = c.iteration;
		this.status = c.status;
		this.divergedAt = c.divergedAt;
		this.rateChanges.splice(0, this.rateChanges.length, ...c.rateChanges.map((r) => ({ ...r })));
		this.history.splice(0, this.history.length, ...history.map((h) => ({ ...h })));
		if (this.keeper) {
			this.keeper.best = c.best && { ...c.best, params: c.best.params.slice() };
		}
		// A stopped run's checkpoint holds the restored weights already.
		this.stopped = c.stoppedAt !== null && c.best ? this.stoppedAt(c.stoppedAt, c.best) : null;
	}

	/** True once the epoch budget is used or the run diverged: stepping does nothing more. */
	get finished(): boolean {
		return this.status === 'done' || this.status === 'diverged';
	}

	/** Metrics of the current weights on both data sets. */
	measure(): EpochMetrics {
		const { spec, params, train } = this;
		const grad = this.trainGradient ?? undefined;
		const t = evaluate(spec, this.settings.loss, params, train, this.pTrain, grad);
		const v = evaluate(spec, this.settings.loss, params, this.val, this.pVal);
		return {
			epoch: this.epoch,
			iteration: this.iteration,
			trainLoss: t.loss,
			trainAccuracy: t.accuracy,
			valLoss: v.loss,
			valAccuracy: v.accuracy
		};
	}

	/** One weight update from the next batch; null when the run is finished. */
	stepIteration(detail = false): IterationResult | null {
		if (this.finished || this.train.n === 0) return null;
		this.status = 'training';
		const start = this.iterationInEpoch * this.batchSize;
		const batch = this.order.slice(start, Math.min(this.train.n, start + this.batchSize));
		const { spec, train, params } = this;
		const lossId = this.settings.loss;
		const before = detail ? this.probabilities(batch) : undefined;
		// The optimizer asks for the gradient where its rule needs it; the first call's loss is
		// the batch loss (at the current weights, or at Nesterov's look-ahead point).
		let batchLoss = NaN;
		const withLoss = this.withBatchLoss;
		this.optimizer.step(params, (w, out) => {
			if (!withLoss) return gradient(spec, lossId, w, train.x, train.y, batch, out);
			const l = lossAndGradient(spec, lossId, w, train.x, train.y, batch, out);
			if (Number.isNaN(batchLoss)) batchLoss = l;
		});
		const after = detail ? this.probabilities(batch) : undefined;
		this.iteration++;
		this.iterationInEpoch++;
		if ((withLoss && !Number.isFinite(batchLoss)) || !allFinite(params)) {
			this.status = 'diverged';
			this.divergedAt = this.iteration;
			return { batch, batchLoss, before, after, epochEnded: null };
		}
		let epochEnded: EpochMetrics | null = null;
		if (this.iterationInEpoch >= this.iterationsPerEpoch) {
			this.epoch++;
			this.iterationInEpoch = 0;
			this.shuffle();
			epochEnded = this.measure();
			this.history.push(epochEnded);
			const bad = !Number.isFinite(epochEnded.trainLoss) || !Number.isFinite(epochEnded.valLoss);
			if (bad) {
				this.status = 'diverged';
				this.divergedAt = this.iteration;
			} else if (this.keeper) {
				this.keeper.offer(epochEnded, params);
				const best = this.keeper.best;
				if (best && this.keeper.shouldStop(this.epoch, this.settings.epochs)) {
					params.set(best.params);
					this.stopped = this.stoppedAt(this.epoch, best);
					this.status = 'done';
				}
			} else if (this.epoch >= this.settings.epochs) this.status = 'done';
		}
		return { batch, batchLoss, before, after, epochEnded };
	}

	/** Iterations until the current epoch ends; its metrics, or null if finished first. */
	stepEpoch(): EpochMetrics | null {
		while (!this.finished) {
			const r = this.stepIteration();
			if (r?.epochEnded) return r.epochEnded;
		}
		return null;
	}

	/** Up to `count` epochs; the metrics of those completed. */
	runEpochs(count: number): EpochMetrics[] {
		const out: EpochMetrics[] = [];
		for (let k = 0; k < count && !this.finished; k++) {
			const m = this.stepEpoch();
			if (m) out.push(m);
		}
		return out;
	}

	/** The early stop after epoch `at`, the current weights being `best`'s, measured again. */
	private stoppedAt(at: number, best: BestWeights): EarlyStop {
		return { at, best: { ...this.measure(), epoch: best.epoch, iteration: best.iteration } };
	}

	/** P(class 1) for the training samples at `indices`. */
	private probabilities(indices: ArrayLike<number>): Float64Array {
		const d = this.train.d;
		const x = new Float64Array(indices.length * d);
		for (let k = 0; k < indices.length; k++) {
			x.set(this.train.x.subarray(indices[k] * d, indices[k] * d + d), k * d);
		}
		return predict(this.spec, this.params, x);
	}

	/** A new random order of the training samples for the next epoch. */
	private shuffle(): void {
		const o = this.order;
		for (let i = o.length - 1; i > 0; i--) {
			const j = this.shuffleRng.int(i + 1);
			const t = o[i];
			o[i] = o[j];
			o[j] = t;
		}
	}
}

function allFinite(v: Float64Array): boolean {
	for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i])) return false;
	return true;
}
