import { activations } from './activations';
import type { ActivationId, LossId } from './ids';
import type { Rng } from './rng';
import type { ModelKind } from './trainerIds';

/**
 * Two classifiers of d features that output p = P(class 1), with all parameters in one flat
 * vector so any optimizer in optimizers.ts can move them.
 *
 * - logistic: z = w·x̃ + b,                          p = σ(z)
 * - mlp:      hⱼ = f(W₁ⱼ·x̃ + b₁ⱼ), j = 1…H;  z = w₂·h + b₂, p = σ(z)
 *
 * with x̃ = x − 0.5: features lie in [0, 1], and centring them makes the random first
 * boundaries cross the middle of the data, which trains faster and better conditioned.
 *
 * Parameter layout: logistic [w (d), b]; mlp [W₁ (H×d, row j = unit j), b₁ (H), w₂ (H), b₂].
 */
export interface ModelSpec {
	kind: ModelKind;
	/** Features per sample, d. */
	inputs: number;
	/** Hidden units H (mlp only). */
	hidden: number;
	/** Hidden activation f (mlp only). */
	activation: ActivationId;
}

export const INPUT_CENTRE = 0.5;

/** Number of parameters: d + 1 for logistic, H·d + 2H + 1 for mlp. */
export function paramCount(spec: ModelSpec): number {
	const { inputs: d, hidden: h } = spec;
	return spec.kind === 'logistic' ? d + 1 : h * d + 2 * h + 1;
}

/**
 * Random starting parameters from `rng`: weights N(0, 1/fan-in)·gain, so first guesses differ
 * from one picture to the next ("70% dog" for a cat) without saturating the sigmoid.
 */
export function initParams(spec: ModelSpec, rng: Rng): Float64Array {
	const { inputs: d, hidden: h } = spec;
	const w = new Float64Array(paramCount(spec));
	if (spec.kind === 'logistic') {
		for (let i = 0; i < d; i++) w[i] = (2 / Math.sqrt(d)) * rng.normal();
		w[d] = 0.3 * rng.normal();
		return w;
	}
	const gain = spec.activation === 'relu' ? Math.sqrt(2) : 1;
	for (let i = 0; i < h * d; i++) w[i] = ((2 * gain) / Math.sqrt(d)) * rng.normal();
	for (let j = 0; j < h; j++) w[h * d + j] = 0.3 * rng.normal();
	for (let j = 0; j < h; j++) w[h * d + h + j] = (2 / Math.sqrt(h)) * rng.normal();
	w[h * d + 2 * h] = 0;
	return w;
}

/** Reused scratch for the hidden layer, so a training step allocates nothing. */
interface Scratch {
	net: Float64Array;
	act: Float64Array;
}
const scratchFor = (spec: ModelSpec): Scratch => ({
	net: new Float64Array(spec.hidden),
	act: new Float64Array(spec.hidden)
});

/** The logit z of sample `i` of `x` (row-major, d per row); fills the scratch for backprop. */
function logitAt(
	spec: ModelSpec,
	w: ArrayLike<number>,
	x: ArrayLike<number>,
	i: number,
	s: Scratch
) {
	const { inputs: d, hidden: h } = spec;
	const row = i * d;
	if (spec.kind === 'logistic') {
		let z = w[d];
		for (let k = 0; k < d; k++) z += w[k] * (x[row + k] - INPUT_CENTRE);
		return z;
	}
	const f = activations[spec.activation].act;
	let z = w[h * d + 2 * h];
	for (let j = 0; j < h; j++) {
		let net = w[h * d + j];
		for (let k = 0; k < d; k++) net += w[j * d + k] * (x[row + k] - INPUT_CENTRE);
		s.net[j] = net;
		s.act[j] = f(net);
		z += w[h * d + h + j] * s.act[j];
	}
	return z;
}

const sigma = activations.sigmoid.act;

/** log(1 + eᶻ), finite for every z. */
function softplus(z: number): number {
	return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

/**
 * Loss of one sample from its logit z and label y, and dL/dz.
 * bce: L = −[y log p + (1 − y) log(1 − p)] = softplus(z) − y·z, dL/dz = p − y. Computed from the
 * logit rather than from p (losses.ts clamps p) so that a run with too high a learning rate
 * shows its loss truly rising instead of flattening at the clamp.
 * mse: L = (p − y)², dL/dz = 2(p − y)·p(1 − p).
 */
export function lossFromLogit(loss: LossId, z: number, y: number): { loss: number; dz: number } {
	const p = sigma(z);
	if (loss === 'bce') return { loss: softplus(z) - y * z, dz: p - y };
	return { loss: (p - y) ** 2, dz: 2 * (p - y) * p * (1 - p) };
}

/** P(class 1) for each of the n rows of `x`, written into `out` (length n). */
export function predict(
	spec: ModelSpec,
	w: ArrayLike<number>,
	x: ArrayLike<number>,
	out: Float64Array = new Float64Array(x.length / spec.inputs)
): Float64Array {
	const s = scratchFor(spec);
	for (let i = 0; i < out.length; i++) out[i] = sigma(logitAt(spec, w, x, i, s));
	return out;
}

/**
 * Mean loss (1/m) Σ L(xᵢ, yᵢ) over the m samples listed in `batch` (indices into x and y), with
 * its gradient with respect to every parameter written into `grad` (backpropagation: the error
 * dL/dz at the output travels back through w₂ and f′ to W₁ and b₁).
 */
export function lossAndGradient(
	spec: ModelSpec,
	lossId: LossId,
	w: ArrayLike<number>,
	x: ArrayLike<number>,
	y: ArrayLike<number>,
	batch: ArrayLike<number>,
	grad: Float64Array
): number {
	const { inputs: d, hidden: h } = spec;
	const m = batch.length;
	grad.fill(0);
	if (m === 0) return 0;
	const s = scratchFor(spec);
	const df = activations[spec.activation].dAct;
	let total = 0;
	for (let b = 0; b < m; b++) {
		const i = batch[b];
		const row = i * d;
		const { loss, dz } = lossFromLogit(lossId, logitAt(spec, w, x, i, s), y[i]);
		total += loss;
		if (spec.kind === 'logistic') {
			for (let k = 0; k < d; k++) grad[k] += dz * (x[row + k] - INPUT_CENTRE);
			grad[d] += dz;
			continue;
		}
		grad[h * d + 2 * h] += dz;
		for (let j = 0; j < h; j++) {
			grad[h * d + h + j] += dz * s.act[j];
			const dNet = dz * w[h * d + h + j] * df(s.net[j]);
			grad[h * d + j] += dNet;
			for (let k = 0; k < d; k++) grad[j * d + k] += dNet * (x[row + k] - INPUT_CENTRE);
		}
	}
	for (let k = 0; k < grad.length; k++) grad[k] /= m;
	return total / m;
}

/** Mean loss over all n samples (no gradient). */
export function meanLoss(
	spec: ModelSpec,
	lossId: LossId,
	w: ArrayLike<number>,
	x: ArrayLike<number>,
	y: ArrayLike<number>
): number {
	const s = scratchFor(spec);
	let total = 0;
	for (let i = 0; i < y.length; i++)
		total += lossFromLogit(lossId, logitAt(spec, w, x, i, s), y[i]).loss;
	return y.length === 0 ? 0 : total / y.length;
}

/**
 * P(class 1) on an n × n grid over features 0 and 1 in [0, 1]² (row-major, index j·n + i at
 * x₀ = i/(n−1), x₁ = j/(n−1)), any feature k ≥ 2 held at `rest[k]` (its mean, say): the
 * picture behind the decision boundary p = 0.5.
 */
export function probabilityGrid(
	spec: ModelSpec,
	w: ArrayLike<number>,
	n: number,
	rest: ArrayLike<number> = []
): Float32Array {
	const d = spec.inputs;
	const x = new Float64Array(n * n * d);
	for (let j = 0; j < n; j++) {
		for (let i = 0; i < n; i++) {
			const row = (j * n + i) * d;
			x[row] = i / (n - 1);
			if (d > 1) x[row + 1] = j / (n - 1);
			for (let k = 2; k < d; k++) x[row + k] = rest[k] ?? INPUT_CENTRE;
		}
	}
	return Float32Array.from(predict(spec, w, x));
}
