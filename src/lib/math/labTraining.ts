import { LAB_PIXELS } from './labImage';
import {
	createLabWorkspace,
	initLabParams,
	labEvaluate,
	labLossAndGradient,
	type LabNetShape,
	type LabWorkspace
} from './labNetwork';
import { createOptimizer, optimizerDefaults, type GradientFn, type Optimizer } from './optimizers';
import { createRng, resumeRng, type Rng } from './rng';
import {
	labCheckpointProblem,
	type LabCheckpoint,
	type LabData,
	type LabEpoch,
	type LabSettings,
	type LabStatus
} from './labRun';

export { LAB_DEFAULTS, labCheckpointProblem, labStatuses } from './labRun';
export type { LabCheckpoint, LabData, LabEpoch, LabSettings, LabStatus } from './labRun';

/** Adam with the given rate and the usual β₁ = 0.9, β₂ = 0.999, ε = 1e-8. */
function adam(lr: number, size: number): Optimizer {
	const { beta1, beta2, eps } = optimizerDefaults;
	return createOptimizer({ id: 'adam', lr, beta1, beta2, eps }, size);
}

/**
 * The lab's training run, in the way Keras's `fit` (and so Teachable Machine) trains: each epoch
 * shuffles the training samples, updates the weights with Adam once per mini-batch of
 * `batchSize` samples (the last batch holds what is left over), and then measures the
 * validation samples. All of a run's state lives in one LabTrainer, so it can be stepped an
 * epoch at a time, checkpointed, and resumed elsewhere to the same numbers.
 *
 * A LabTrainer is one resumable run of the lab's network on one data set and split.
 */
export class LabTrainer {
	readonly shape: LabNetShape;
	readonly params: Float64Array;
	/** One row per epoch trained (history[e − 1] is epoch e). */
	readonly history: LabEpoch[] = [];
	/** Epochs trained. */
	epoch = 0;
	/** The epoch budget (setBudget changes it). */
	epochs: number;
	status: LabStatus = 'ready';
	/** The epoch in which the loss stopped being finite. */
	divergedAt: number | null = null;
	private readonly optimizer: Optimizer;
	private shuffleRng: Rng;
	private readonly order: Uint32Array;
	private readonly ws: LabWorkspace;
	private readonly valProbs: Float64Array;
	private readonly gradFn: GradientFn;
	// The batch the gradient function works on, and what it measured there.
	private batchFrom = 0;
	private batchTo = 0;
	private batchLoss = NaN;
	private batchCorrect = 0;

	constructor(
		readonly data: LabData,
		readonly split: { train: Uint32Array; val: Uint32Array },
		readonly settings: LabSettings
	) {
		const inputs = data.inputs ?? LAB_PIXELS;
		this.shape = { inputs, hidden: settings.hidden, classes: data.classes };
		this.params = initLabParams(this.shape, createRng(settings.seed));
		this.optimizer = adam(settings.lr, this.params.length);
		this.shuffleRng = createRng(settings.seed + 7919);
		this.order = new Uint32Array(split.train.length);
		this.ws = createLabWorkspace(this.shape);
		this.valProbs = new Float64Array(split.val.length * data.classes);
		this.epochs = settings.epochs;
		// Adam asks for the gradient at the weights it holds; the batch is this.order[from … to−1].
		this.gradFn = (w, out) => {
			const { shape, ws } = this;
			const p = w as Float64Array;
			const { x, labels } = data;
			this.batchLoss = labLossAndGradient(
				shape,
				p,
				x,
				labels,
				this.order,
				this.batchFrom,
				this.batchTo,
				out,
				ws
			);
			this.batchCorrect = ws.correct;
		};
	}

	/** The learning rate the next update uses. */
	get lr(): number {
		return this.optimizer.settings.lr;
	}

	/** Trains on at rate `lr` (finite, > 0), keeping the weights and Adam's memory. */
	setRate(lr: number): void {
		this.optimizer.setRate(lr);
	}

	/**
	 * Sets the epoch budget to `epochs` (a whole number ≥ 1): a done run given a larger budget
	 * trains on from where it stands; a diverged run stays diverged.
	 */
	setBudget(epochs: number): void {
		if (!(Number.isInteger(epochs) && epochs >= 1)) {
			throw new RangeError(`The epoch budget must be a whole number ≥ 1, not ${epochs}.`);
		}
		this.epochs = epochs;
		if (this.status === 'diverged') return;
		this.status = this.epoch >= epochs ? 'done' : this.epoch === 0 ? 'ready' : 'training';
	}

	/** True once the budget is used or the run diverged: trainEpoch does nothing more. */
	get finished(): boolean {
		return this.status === 'done' || this.status === 'diverged';
	}

	/** One epoch: shuffle, one Adam update a batch, then measure validation. Null when finished. */
	trainEpoch(): LabEpoch | null {
		if (this.finished) return null;
		const n = this.split.train.length;
		const batch = Math.max(1, Math.floor(this.settings.batchSize));
		this.order.set(this.split.train);
		shuffle(this.order, this.shuffleRng);
		this.status = 'training';
		let lossSum = 0;
		let correct = 0;
		let diverged = false;
		for (let from = 0; from < n; from += batch) {
			this.batchFrom = from;
			this.batchTo = Math.min(n, from + batch);
			this.optimizer.step(this.params, this.gradFn);
			lossSum += this.batchLoss * (this.batchTo - from);
			correct += this.batchCorrect;
			if (!Number.isFinite(this.batchLoss)) {
				diverged = true;
				break;
			}
		}
		this.epoch++;
		const val = diverged ? { loss: NaN, accuracy: NaN } : this.measure(this.split.val);
		const row: LabEpoch = {
			epoch: this.epoch,
			trainLoss: diverged || n === 0 ? NaN : lossSum / n,
			trainAccuracy: diverged || n === 0 ? NaN : correct / n,
			valLoss: val.loss,
			valAccuracy: val.accuracy
		};
		this.history.push(row);
		const valBroken = this.split.val.length > 0 && !Number.isFinite(val.loss);
		if (diverged || valBroken || !Number.isFinite(row.trainLoss)) {
			this.status = 'diverged';
			this.divergedAt = this.epoch;
		} else if (this.epoch >= this.epochs) this.status = 'done';
		return row;
	}

	/** Up to `count` epochs (fewer if the run finishes first); their rows. */
	run(count: number): LabEpoch[] {
		const rows: LabEpoch[] = [];
		for (let k = 0; k < count && !this.finished; k++) rows.push(this.trainEpoch()!);
		return rows;
	}

	/**
	 * Mean cross-entropy and accuracy of the current weights on the samples at `indices` (NaN
	 * for none); with `probs` (length ≥ indices.length · K), their probabilities too.
	 */
	measure(
		indices: ArrayLike<number>,
		probs: Float64Array = indices === this.split.val
			? this.valProbs
			: new Float64Array(indices.length * this.shape.classes)
	): { loss: number; accuracy: number; probs: Float64Array } {
		const d = this.data;
		const loss = labEvaluate(this.shape, this.params, d.x, indices, probs, this.ws, d.labels);
		const accuracy = indices.length === 0 ? NaN : this.ws.correct / indices.length;
		return { loss, accuracy, probs };
	}

	/** Probabilities (n × K) of the current network for `x`, n samples of inputs (labInputs). */
	predict(x: Float32Array): Float64Array {
		const n = Math.floor(x.length / this.shape.inputs);
		const probs = new Float64Array(n * this.shape.classes);
		labEvaluate(this.shape, this.params, x, null, probs, this.ws);
		return probs;
	}

	/** The run as it stands, copied: continue it with `resume` in another trainer. */
	checkpoint(): LabCheckpoint {
		return {
			samples: this.data.labels.length,
			classes: this.shape.classes,
			hidden: this.shape.hidden,
			trainIndex: this.split.train.slice(),
			valIndex: this.split.val.slice(),
			params: this.params.slice(),
			optimizer: this.optimizer.memory(),
			lr: this.lr,
			shuffle: this.shuffleRng.saved(),
			epoch: this.epoch,
			epochs: this.epochs,
			status: this.status,
			divergedAt: this.divergedAt,
			history: this.history.map((h) => ({ ...h }))
		};
	}

	/**
	 * Continues the run `c` was taken from, on this trainer's data and split; the budget stays
	 * this trainer's own (so a larger one trains a done run on). Throws a RangeError when the
	 * checkpoint does not fit (labCheckpointProblem, or another split).
	 */
	resume(c: LabCheckpoint): void {
		let problem = labCheckpointProblem(c, this.data.labels.length, this.shape);
		if (
			!problem &&
			!(sameIndices(c.trainIndex, this.split.train) && sameIndices(c.valIndex, this.split.val))
		) {
			problem = "its split is not this run's";
		}
		if (problem) throw new RangeError(`The checkpoint does not fit this run: ${problem}.`);
		this.params.set(c.params);
		this.optimizer.restore(c.optimizer);
		this.optimizer.setRate(c.lr);
		this.shuffleRng = resumeRng(c.shuffle);
		this.epoch = c.epoch;
		this.divergedAt = c.divergedAt;
		this.history.splice(0, this.history.length, ...c.history.map((h) => ({ ...h })));
		this.status = c.status === 'diverged' ? 'diverged' : 'ready';
		this.setBudget(this.epochs);
	}
}

function sameIndices(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

/** Fisher–Yates shuffle of `o` in place, driven by `rng` (as Trainer's). */
function shuffle(o: Uint32Array, rng: Rng): void {
	for (let i = o.length - 1; i > 0; i--) {
		const j = rng.int(i + 1);
		const t = o[i];
		o[i] = o[j];
		o[j] = t;
	}
}
