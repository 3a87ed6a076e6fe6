import { sigmoid } from './activations';
import { dLossDz, lossOfZ } from './lossCurves';
import type { LossId } from './ids';
import type { LabelledPoints } from './losspanelData';
import type { Objective } from './objective';
import { norm } from './objective';
import { createOptimizer } from './optimizers';
import { createRng, shuffleInPlace } from './rng';

/**
 * The loss panel's classifier: one sigmoid neuron on two features,
 * ŷ = σ(z), z = w₁x₁ + w₂x₂ + b, with weights w = (w₁, w₂, b). Trained with mean squared error
 * or binary cross-entropy, both averaged over the samples:
 *   L(w) = (1/n) Σᵢ ℓ(σ(zᵢ), yᵢ),   ∇L = (1/n) Σᵢ ∂ℓ/∂zᵢ · (x₁ᵢ, x₂ᵢ, 1)
 * where ∂ℓ/∂z is ŷ − y (cross-entropy) or 2(ŷ − y)·ŷ(1 − ŷ) (squared error), see lossCurves.ts.
 */

export const LOGISTIC_DIM = 3;

/** z = w₁x₁ + w₂x₂ + b */
export function preActivation(w: ArrayLike<number>, x1: number, x2: number): number {
	return w[0] * x1 + w[1] * x2 + w[2];
}

/** Mean loss over the samples listed in `idx` (all samples when omitted). */
export function meanLoss(
	id: LossId,
	data: LabelledPoints,
	w: ArrayLike<number>,
	idx?: ArrayLike<number>
): number {
	const m = idx ? idx.length : data.n;
	let s = 0;
	for (let k = 0; k < m; k++) {
		const i = idx ? idx[k] : k;
		s += lossOfZ(id, preActivation(w, data.x[2 * i], data.x[2 * i + 1]), data.y[i]);
	}
	return m === 0 ? 0 : s / m;
}

/** Writes ∇L(w) of the mean loss over the samples in `idx` (all when omitted) into `out`. */
export function meanLossGrad(
	id: LossId,
	data: LabelledPoints,
	w: ArrayLike<number>,
	out: Float64Array,
	idx?: ArrayLike<number>
): void {
	const m = idx ? idx.length : data.n;
	out.fill(0);
	for (let k = 0; k < m; k++) {
		const i = idx ? idx[k] : k;
		const x1 = data.x[2 * i];
		const x2 = data.x[2 * i + 1];
		const g = dLossDz(id, sigmoid(preActivation(w, x1, x2)), data.y[i]);
		out[0] += g * x1;
		out[1] += g * x2;
		out[2] += g;
	}
	if (m > 0) for (let j = 0; j < LOGISTIC_DIM; j++) out[j] /= m;
}

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

/** Share of samples on the right side of the boundary (ŷ ≥ 0.5 ⇔ z ≥ 0 predicts dog). */
export function accuracy(data: LabelledPoints, w: ArrayLike<number>): number {
	let right = 0;
	for (let i = 0; i < data.n; i++) {
		const dog = preActivation(w, data.x[2 * i], data.x[2 * i + 1]) >= 0;
		if (dog === (data.y[i] === 1)) right++;
	}
	return data.n === 0 ? 0 : right / data.n;
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
 * Trains the classifier with loss `id` by plain gradient descent. Mini-batches follow a shuffle
 * seeded by `settings.seed`, so two runs with different losses see the samples in the same
 * order and differ only in the loss.
 */
export function trainLogistic(
	id: LossId,
	data: LabelledPoints,
	settings: LogisticTrainSettings
): LogisticRun {
	const { epochs, lr } = settings;
	const batch = Math.max(1, Math.min(data.n, Math.floor(settings.batchSize ?? data.n)));
	const rng = createRng(settings.seed ?? 1);
	const optimizer = createOptimizer({ id: 'gd', lr }, LOGISTIC_DIM);
	const w = Float64Array.from(settings.start);
	const g = new Float64Array(LOGISTIC_DIM);
	const order = Array.from({ length: data.n }, (_, i) => i);
	const run: LogisticRun = {
		loss: id,
		epochs,
		weights: new Float64Array((epochs + 1) * LOGISTIC_DIM),
		lossCurve: new Float64Array(epochs + 1),
		accuracy: new Float64Array(epochs + 1),
		gradNorm: new Float64Array(epochs + 1)
	};
	const record = (k: number) => {
		run.weights.set(w, k * LOGISTIC_DIM);
		run.lossCurve[k] = meanLoss(id, data, w);
		run.accuracy[k] = accuracy(data, w);
		meanLossGrad(id, data, w, g);
		run.gradNorm[k] = norm(g);
	};

	record(0);
	for (let k = 1; k <= epochs; k++) {
		if (batch < data.n) shuffleInPlace(order, rng);
		for (let from = 0; from < data.n; from += batch) {
			const idx = order.slice(from, from + batch);
			optimizer.step(w, (at, out) => meanLossGrad(id, data, at, out, idx));
		}
		record(k);
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
