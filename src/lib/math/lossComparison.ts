import type { LossId } from './ids';
import type { LabelledPoints } from './twoBlobs';
import { classifierAccuracy, gradient, meanLoss as modelMeanLoss, type ModelSpec } from './model';
import type { Objective } from './objective';
import { norm } from './objective';
import { Trainer, type EpochMetrics, type TrainSettings } from './training';

/**
 * Squared error against cross-entropy: one sigmoid classifier on two features,
 * ŷ = σ(z), z = w₁x₁ + w₂x₂ + b, with weights w = (w₁, w₂, b), trained twice from the same start,
 * once with mean squared error and once with binary cross-entropy, both averaged over the
 * samples:
 *   L(w) = (1/n) Σᵢ ℓ(σ(zᵢ), yᵢ),   ∇L = (1/n) Σᵢ ∂ℓ/∂zᵢ · (x₁ᵢ, x₂ᵢ, 1)
 * where ∂ℓ/∂z is ŷ − y (cross-entropy) or 2(ŷ − y)·ŷ(1 − ŷ) (squared error), see losses.ts.
 * It is the trainer's logistic model (model.ts) on data that is centred already, trained by the
 * trainer's loop (training.ts).
 */

export const LOGISTIC_DIM = 3;

/** The classifier as a model: two features, not shifted (the blobs sit around 0). */
export const twoFeatureModel: ModelSpec = {
	kind: 'logistic',
	inputs: 2,
	hidden: 1,
	activation: 'sigmoid',
	centre: 0
};

/** Mean loss over the samples listed in `idx` (all samples when omitted). */
export function meanLoss(
	id: LossId,
	data: LabelledPoints,
	w: ArrayLike<number>,
	idx?: ArrayLike<number>
): number {
	return modelMeanLoss(twoFeatureModel, id, w, data.x, data.y, idx);
}

/** Writes ∇L(w) of the mean loss over the samples in `idx` (all when omitted) into `out`. */
export function meanLossGrad(
	id: LossId,
	data: LabelledPoints,
	w: ArrayLike<number>,
	out: Float64Array,
	idx?: ArrayLike<number>
): void {
	gradient(twoFeatureModel, id, w, data.x, data.y, idx ?? everySample(data.n), out);
}

/** The indices 0 … n − 1, made once per size: the panel asks for them every epoch. */
const everySample = (() => {
	const made = new Map<number, Uint32Array>();
	return (n: number) => made.get(n) ?? made.set(n, Uint32Array.from(Array(n).keys())).get(n)!;
})();

/** The mean loss over all of `data` as an Objective of the three weights. */
export function logisticObjective(id: LossId, data: LabelledPoints): Objective {
	return {
		dim: LOGISTIC_DIM,
		domain: [
			[-10, 10],
			[-10, 10],
			[-10, 10]
		],
		f: (w) => meanLoss(id, data, w),
		grad: (w, out) => meanLossGrad(id, data, w, out)
	};
}

/** Share of samples on the right side of the boundary (ŷ ≥ 0.5 predicts dog). */
export function accuracy(data: LabelledPoints, w: ArrayLike<number>): number {
	return classifierAccuracy(twoFeatureModel, w, data);
}

export interface LogisticTrainSettings {
	/** Learning rate η of plain gradient descent. */
	lr: number;
	/** Passes over the data. */
	epochs: number;
	/** Starting weights (w₁, w₂, b). */
	start: ArrayLike<number>;
	/** Samples per update (default: all, one update per epoch). */
	batchSize?: number;
	/** Seed of the shuffle that orders the mini-batches (default 1). */
	seed?: number;
}

/** One training run, recorded after every epoch (entry 0 is the start). */
export interface LogisticRun {
	loss: LossId;
	epochs: number;
	/** Weights after epoch k at entries 3k … 3k + 2. */
	weights: Float64Array;
	/** Mean training loss (of the loss being trained) after each epoch. */
	lossCurve: Float64Array;
	/** Accuracy over the data after each epoch. */
	accuracy: Float64Array;
	/** ‖∇L‖ over all the data after each epoch: how hard the loss still pushes. */
	gradNorm: Float64Array;
}

/**
 * Trains the classifier with loss `id` by plain gradient descent in the trainer's loop.
 * Mini-batches follow a shuffle seeded by `settings.seed`, so two runs with different losses see
 * the samples in the same order and differ only in the loss.
 */
export function trainLogistic(
	id: LossId,
	data: LabelledPoints,
	settings: LogisticTrainSettings
): LogisticRun {
	const { epochs, lr } = settings;
	const seed = settings.seed ?? 1;
	const trainSettings: TrainSettings = {
		model: 'logistic',
		hidden: 1,
		activation: 'sigmoid',
		loss: id,
		optimizer: 'gd',
		lr,
		batchSize: Math.max(1, Math.floor(settings.batchSize ?? data.n)),
		epochs,
		seed
	};
	const none = { n: 0, d: data.d, x: new Float64Array(0), y: new Float64Array(0) };
	const trainer = new Trainer(data, none, trainSettings, {
		start: settings.start,
		centre: 0,
		shuffleSeed: seed,
		gradient: true,
		// The panel reads the epochs' metrics only; its weights stay far from overflowing, so
		// a run diverges at the same update whether or not the batch loss is taken.
		batchLoss: false
	});
	const run: LogisticRun = {
		loss: id,
		epochs,
		weights: new Float64Array((epochs + 1) * LOGISTIC_DIM).fill(NaN),
		lossCurve: new Float64Array(epochs + 1).fill(NaN),
		accuracy: new Float64Array(epochs + 1).fill(NaN),
		gradNorm: new Float64Array(epochs + 1).fill(NaN)
	};
	// The trainer measures loss, accuracy and the whole-data gradient after every epoch, in one
	// pass; the panel also keeps the weights and how hard that gradient still pushes.
	const record = (k: number, m: EpochMetrics) => {
		run.weights.set(trainer.params, k * LOGISTIC_DIM);
		run.lossCurve[k] = m.trainLoss;
		run.accuracy[k] = m.trainAccuracy;
		run.gradNorm[k] = norm(trainer.trainGradient!);
	};
	record(0, trainer.history[0]);
	// A run that diverges stops early and leaves the later entries NaN.
	for (let k = 1; k <= epochs; k++) {
		const m = trainer.stepEpoch();
		if (!m) break;
		record(k, m);
	}
	return run;
}

/** The same classifier trained twice, once per loss, from the same start and settings. */
export function trainBothLosses(
	data: LabelledPoints,
	settings: LogisticTrainSettings
): Record<LossId, LogisticRun> {
	return {
		mse: trainLogistic('mse', data, settings),
		bce: trainLogistic('bce', data, settings)
	};
}
