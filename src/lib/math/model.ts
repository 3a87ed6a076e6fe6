import { activations } from './activations';
import type { ActivationId, LossId } from './ids';
import { dLossDz, lossAt } from './losses';
import { accuracyOfProbabilities } from './metrics';
import {
	addUnitGradient,
	backward,
	createErrors,
	createNetwork,
	createTrace,
	forward,
	type LayerErrors,
	type Network,
	type NetworkTrace,
	unitSum
} from './network';
import type { Rng } from './rng';
import type { ModelKind } from './ids';

/**
 * Two classifiers of d features that output p = P(class 1), with all parameters in one flat
 * vector so any optimizer in optimizers.ts can move them.
 *
 * - logistic: z = w·x̃ + b,                          p = σ(z)
 * - mlp:      hⱼ = f(W₁ⱼ·x̃ + b₁ⱼ), j = 1…H;  z = w₂·h + b₂, p = σ(z)
 *
 * with x̃ = x − c, c = 0.5 unless the spec says otherwise: the trainer's features lie in [0, 1],
 * and centring them makes the random first boundaries cross the middle of the data, which trains
 * faster and better conditioned. The loss panel's and the surface's data are centred already.
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
	/** Subtracted from every feature before the first layer (default INPUT_CENTRE). */
	centre?: number;
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

/** Labelled samples as the classifier reads them: n rows of d features and a 0/1 label each. */
export interface Samples {
	n: number;
	d: number;
	/** Features, row-major: entry i·d + k is feature k of sample i. */
	x: Float64Array;
	/** Labels, 1 for class 1 (dog) and 0 for class 0 (cat). */
	y: ArrayLike<number>;
}

/** The network and reusable buffers behind one spec, so a training step allocates nothing. */
interface Runner {
	net: Network;
	centre: number;
	trace: NetworkTrace;
	errors: LayerErrors[];
	delta: Float64Array;
	/** Logistic: one unit on the inputs, run by unitSum and addUnitGradient. */
	oneUnit: boolean;
}

// Keyed by the spec object: the trainer and the surfaces keep theirs for a whole run.
const runners = new WeakMap<ModelSpec, Runner>();
let last: { spec: ModelSpec; runner: Runner } | undefined;

/**
 * The course's network (network.ts) for this classifier: [d, 1] for logistic, [d, H, 1] with f
 * for mlp; its θ layout is this file's. The output layer gives the logit z and the sigmoid is
 * applied with the loss (lossAt, dLossDz), so it is computed once a sample.
 */
function runnerFor(spec: ModelSpec): Runner {
	// A grid asks for one spec thousands of times in a row: the last one is kept at hand.
	if (spec === last?.spec) return last.runner;
	let r = runners.get(spec);
	if (r) {
		last = { spec, runner: r };
		return r;
	}
	const { inputs: d, hidden: h } = spec;
	const net =
		spec.kind === 'logistic'
			? createNetwork({ sizes: [d, 1], activations: ['linear'] })
			: createNetwork({ sizes: [d, h, 1], activations: [spec.activation, 'linear'] });
	r = {
		net,
		centre: spec.centre ?? INPUT_CENTRE,
		trace: createTrace(net, false),
		errors: createErrors(net),
		delta: new Float64Array(1),
		oneUnit: spec.kind === 'logistic'
	};
	runners.set(spec, r);
	return r;
}

/**
 * Runs sample `i` of `x` forward; returns the logit z (the output layer's sum). A logistic
 * model takes the network's one-unit fast path, straight from the row of `x`.
 */
function logitAt(r: Runner, w: ArrayLike<number>, x: ArrayLike<number>, i: number): number {
	const input = r.trace.input;
	const d = input.length;
	if (r.oneUnit) return unitSum(w, x, i * d, d, r.centre);
	for (let k = 0; k < d; k++) input[k] = x[i * d + k] - r.centre;
	const layers = forward(r.net, w, input, r.trace).layers;
	return layers[layers.length - 1].net[0];
}

const sigma = activations.sigmoid.act;

/** P(class 1) for each of the n rows of `x`, written into `out` (length n). */
export function predict(
	spec: ModelSpec,
	w: ArrayLike<number>,
	x: ArrayLike<number>,
	out: Float64Array = new Float64Array(x.length / spec.inputs)
): Float64Array {
	const r = runnerFor(spec);
	for (let i = 0; i < out.length; i++) out[i] = sigma(logitAt(r, w, x, i));
	return out;
}

/**
 * Mean loss (1/m) Σ L(xᵢ, yᵢ) over the m samples listed in `batch` (indices into x and y), with
 * its gradient with respect to every parameter written into `grad` (backpropagation: the error
 * dL/dz at the output travels back through w₂ and f′ to W₁ and b₁). The loss is taken from the
 * logit (lossAt), so a run with too high a learning rate shows its loss truly rising.
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
	return pass(spec, lossId, w, x, y, batch, grad, true, undefined);
}

/** The gradient of lossAndGradient alone, into `grad`: the loss (a softplus a sample) is skipped. */
export function gradient(...args: Parameters<typeof lossAndGradient>): void {
	pass(...args, false, undefined);
}

/**
 * Mean loss over the samples listed in `batch`, or over all n samples. With `p` (length n, all
 * samples only) it also writes P(class 1) of each sample, and with `grad` the gradient of the
 * mean loss, in the same pass.
 */
export function meanLoss(
	spec: ModelSpec,
	lossId: LossId,
	w: ArrayLike<number>,
	x: ArrayLike<number>,
	y: ArrayLike<number>,
	batch?: ArrayLike<number>,
	p?: Float64Array,
	grad?: Float64Array
): number {
	return pass(spec, lossId, w, x, y, batch, grad, true, p);
}

/**
 * The one pass over samples behind lossAndGradient, gradient and meanLoss: each sample's logit,
 * then what the caller asks for (the loss, P(class 1), the error sent back through the network).
 */
function pass(
	spec: ModelSpec,
	lossId: LossId,
	w: ArrayLike<number>,
	x: ArrayLike<number>,
	y: ArrayLike<number>,
	batch: ArrayLike<number> | undefined,
	grad: Float64Array | undefined,
	withLoss: boolean,
	p: Float64Array | undefined
): number {
	const m = batch ? batch.length : y.length;
	if (grad) grad.fill(0);
	if (m === 0) return 0;
	const r = runnerFor(spec);
	const { oneUnit, centre } = r;
	const d = spec.inputs;
	// Cross-entropy's loss reads the logit alone: σ only when something else needs it.
	const needsSigma = grad !== undefined || p !== undefined || lossId !== 'bce';
	let total = 0;
	for (let k = 0; k < m; k++) {
		const i = batch ? batch[k] : k;
		const z = oneUnit ? unitSum(w, x, i * d, d, centre) : logitAt(r, w, x, i);
		const yHat = needsSigma ? sigma(z) : NaN;
		if (withLoss) total += lossAt(lossId, z, yHat, y[i]);
		if (p) p[i] = yHat;
		if (!grad) continue;
		const dz = dLossDz(lossId, yHat, y[i]);
		if (oneUnit) addUnitGradient(grad, dz, x, i * d, d, centre);
		else {
			r.delta[0] = dz;
			backward(r.net, w, r.trace, r.delta, grad, true, r.errors);
		}
	}
	if (grad) for (let k = 0; k < grad.length; k++) grad[k] /= m;
	return total / m;
}

/** Share of the samples the classifier gets right (P(class 1) ≥ 0.5 predicts class 1). */
export function classifierAccuracy(spec: ModelSpec, w: ArrayLike<number>, data: Samples): number {
	return accuracyOfProbabilities(data.y, predict(spec, w, data.x, new Float64Array(data.n)));
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
			for (let k = 2; k < d; k++) x[row + k] = rest[k] ?? spec.centre ?? INPUT_CENTRE;
		}
	}
	return Float32Array.from(predict(spec, w, x));
}
