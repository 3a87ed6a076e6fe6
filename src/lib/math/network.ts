import { activations } from './activations';
import type { ActivationId, LossId } from './ids';
import { losses } from './losses';
import type { Objective } from './objective';

/**
 * The one small network of the course: fully connected layers, each a weighted sum and an
 * activation, with every intermediate number kept (the forward trace) so that a stepper can show
 * it and the backward pass can reuse it.
 *
 *   forward   pⱼᵢ = Wⱼᵢ aᵢ,  netⱼ = bⱼ + Σᵢ pⱼᵢ,  a′ⱼ = f(netⱼ)       (a = the layer's inputs)
 *   backward  δⱼ = ∂L/∂netⱼ = ∂L/∂a′ⱼ · f′(netⱼ),  ∂L/∂Wⱼᵢ = δⱼ aᵢ,  ∂L/∂bⱼ = δⱼ,
 *             ∂L/∂aᵢ = Σⱼ δⱼ Wⱼᵢ   (the error handed back to the layer below)
 *
 * One neuron is sizes [n, 1]; the course's two-layer network [2, 2, 1]; the trainer's models
 * [d, 1] and [d, H, 1]. All parameters live in one flat vector θ, layer by layer, each layer its
 * weights W (row j = unit j, out × in) then its biases b (out), so any optimizer can move them.
 * The sums start from the bias and add the products in input order: the steppers print them in
 * that order, and the same order keeps every printed number unchanged.
 */
export interface NetworkShape {
	/** Units per layer, the inputs first. */
	sizes: readonly number[];
	/**
	 * The activation of each layer after the inputs (length sizes.length − 1); 'linear' leaves
	 * the sums as they are, for an output whose loss reads the logit itself.
	 */
	activations: readonly LayerActivation[];
}

export type LayerActivation = ActivationId | 'linear';

const linear = { act: (z: number) => z, dAct: () => 1 };
const fns = (a: LayerActivation) => (a === 'linear' ? linear : activations[a]);

/** One layer's forward numbers: products (out × in, row j = unit j), sums and outputs. */
export interface LayerTrace {
	products: Float64Array;
	net: Float64Array;
	out: Float64Array;
}

/** The inputs and every layer's forward numbers; the last layer's `out` is the prediction. */
export interface NetworkTrace {
	input: Float64Array;
	layers: LayerTrace[];
}

/** One layer's backward numbers. */
export interface LayerErrors {
	/** ∂L/∂a′ⱼ: the error arriving at each unit's output. */
	dOut: Float64Array;
	/** f′(netⱼ) */
	dAct: Float64Array;
	/** δⱼ = ∂L/∂netⱼ */
	delta: Float64Array;
}

/**
 * A shape made ready to run: its offsets and functions looked up once, not per sample.
 * Make one with `createNetwork` and reuse it.
 */
export interface Network extends NetworkShape {
	/** Where each layer's weights (w) and biases (b) start in θ. */
	offsets: readonly { w: number; b: number }[];
	/** Length of θ: Σ over layers of (in + 1) × out. */
	paramCount: number;
	act: readonly ((z: number) => number)[];
	dAct: readonly ((z: number) => number)[];
	/** Layers whose activation is 'linear': their sums are copied, not called through. */
	linear: readonly boolean[];
	/** Number of layers after the inputs. */
	layers: number;
}

export function createNetwork(shape: NetworkShape): Network {
	// The steppers ask for their network on every cycle: each shape is made once.
	const key = `${shape.sizes.join(',')} ${shape.activations.join(',')}`;
	let made = networks.get(key);
	if (!made) networks.set(key, (made = makeNetwork(shape)));
	return made;
}

const networks = new Map<string, Network>();

function makeNetwork(shape: NetworkShape): Network {
	const sizes = [...shape.sizes];
	const offsets: { w: number; b: number }[] = [];
	let at = 0;
	for (let l = 1; l < sizes.length; l++) {
		offsets.push({ w: at, b: at + sizes[l - 1] * sizes[l] });
		at += (sizes[l - 1] + 1) * sizes[l];
	}
	return {
		sizes,
		activations: [...shape.activations],
		offsets,
		paramCount: at,
		act: shape.activations.map((a) => fns(a).act),
		dAct: shape.activations.map((a) => fns(a).dAct),
		linear: shape.activations.map((a) => a === 'linear'),
		layers: sizes.length - 1
	};
}

/**
 * Empty buffers for one forward pass; reuse them across samples to allocate nothing. Without
 * `products` the pass keeps only sums and outputs, all that training needs.
 */
export function createTrace(shape: NetworkShape, products = true): NetworkTrace {
	const { sizes } = shape;
	return {
		input: new Float64Array(sizes[0]),
		layers: sizes.slice(1).map((nOut, l) => ({
			products: new Float64Array(products ? nOut * sizes[l] : 0),
			net: new Float64Array(nOut),
			out: new Float64Array(nOut)
		}))
	};
}

/** Empty buffers for one backward pass, one entry per layer after the inputs. */
export function createErrors(shape: NetworkShape): LayerErrors[] {
	return shape.sizes.slice(1).map((nOut) => ({
		dOut: new Float64Array(nOut),
		dAct: new Float64Array(nOut),
		delta: new Float64Array(nOut)
	}));
}

/**
 * The forward pass of input `x` (length sizes[0]) under parameters θ, written into `trace`.
 * Pass `trace.input` itself as `x` to skip the copy.
 */
export function forward(
	net: Network,
	theta: ArrayLike<number>,
	x: ArrayLike<number>,
	trace: NetworkTrace = createTrace(net)
): NetworkTrace {
	const { sizes, offsets, layers } = net;
	if (x !== trace.input) for (let i = 0; i < sizes[0]; i++) trace.input[i] = x[i];
	// One output unit on the inputs (a logistic model, one neuron): one sum, no loops over layers.
	if (layers === 1 && sizes[1] === 1 && trace.layers[0].products.length === 0) {
		const top = trace.layers[0];
		const s = unitSum(theta, trace.input, 0, sizes[0], 0);
		top.net[0] = s;
		top.out[0] = net.linear[0] ? s : net.act[0](s);
		return trace;
	}
	let a: Float64Array = trace.input;
	for (let l = 0; l < layers; l++) {
		const nIn = sizes[l];
		const layer = trace.layers[l];
		const products = layer.products;
		const sums = layer.net;
		const out = layer.out;
		const keep = products.length > 0;
		// One call site per activation keeps it cheap to call (a linear output skips the call).
		const f = net.act[l];
		const linear = net.linear[l];
		const w = offsets[l].w;
		const b = offsets[l].b;
		for (let j = 0; j < out.length; j++) {
			let s = theta[b + j];
			const row = w + j * nIn;
			if (keep) {
				for (let i = 0; i < nIn; i++) {
					const p = theta[row + i] * a[i];
					products[j * nIn + i] = p;
					s += p;
				}
			} else for (let i = 0; i < nIn; i++) s += theta[row + i] * a[i];
			sums[j] = s;
			out[j] = linear ? s : f(s);
		}
		a = out;
	}
	return trace;
}

/**
 * The fast path of a network with one unit on its n inputs (sizes [n, 1]), for a caller that
 * runs many samples: its sum b + Σᵢ wᵢ (xᵢ − c) with θ = (w₁ … wₙ, b), read from row-major
 * `x` at `at` with every input shifted by c, in the order forward adds them. Small enough to be
 * inlined where it is called, with no trace written.
 */
export function unitSum(
	theta: ArrayLike<number>,
	x: ArrayLike<number>,
	at: number,
	n: number,
	c: number
): number {
	let s = theta[n];
	for (let i = 0; i < n; i++) s += theta[i] * (x[at + i] - c);
	return s;
}

/** unitSum's backward pass: adds δ (xᵢ − c) to ∂L/∂wᵢ and δ to ∂L/∂b in `grad`. */
export function addUnitGradient(
	grad: Float64Array,
	delta: number,
	x: ArrayLike<number>,
	at: number,
	n: number,
	c: number
): void {
	grad[n] += delta;
	for (let i = 0; i < n; i++) grad[i] += delta * (x[at + i] - c);
}

/**
 * The backward pass from the output layer's error δ = ∂L/∂net (`outputDelta`, one per output
 * unit): fills `errors` layer by layer and writes ∂L/∂θ into `grad`, or adds it there when
 * `accumulate` is set (so a batch sums into one buffer). Writing rather than adding to zeros
 * keeps the sign of a zero gradient (−0), which the steppers print. The output layer's dOut and
 * dAct are the caller's, since the loss decides how δ is formed; they are left as they are.
 */
export function backward(
	net: Network,
	theta: ArrayLike<number>,
	trace: NetworkTrace,
	outputDelta: ArrayLike<number>,
	grad: Float64Array,
	accumulate = false,
	errors: LayerErrors[] = createErrors(net)
): LayerErrors[] {
	const { sizes, offsets } = net;
	const last = errors.length - 1;
	// One output unit on the inputs: ∂L/∂wᵢ = δ xᵢ and ∂L/∂b = δ, without the loops over layers.
	// (Written rather than added, a gradient keeps its −0s: that case takes the loops below.)
	if (accumulate && last === 0 && sizes[1] === 1) {
		errors[0].delta[0] = outputDelta[0];
		addUnitGradient(grad, outputDelta[0], trace.input, 0, sizes[0], 0);
		return errors;
	}
	for (let j = 0; j < sizes[last + 1]; j++) errors[last].delta[j] = outputDelta[j];
	for (let l = last; l >= 0; l--) {
		const nIn = sizes[l];
		const nOut = sizes[l + 1];
		const { delta } = errors[l];
		const a = l === 0 ? trace.input : trace.layers[l - 1].out;
		const { w, b } = offsets[l];
		if (accumulate) {
			for (let j = 0; j < nOut; j++) {
				grad[b + j] += delta[j];
				for (let i = 0; i < nIn; i++) grad[w + j * nIn + i] += delta[j] * a[i];
			}
		} else {
			for (let j = 0; j < nOut; j++) {
				grad[b + j] = delta[j];
				for (let i = 0; i < nIn; i++) grad[w + j * nIn + i] = delta[j] * a[i];
			}
		}
		if (l === 0) break;
		// Hand the error back through the weights as they were in the forward pass.
		const below = errors[l - 1];
		const df = net.dAct[l - 1];
		const netBelow = trace.layers[l - 1].net;
		for (let i = 0; i < nIn; i++) {
			let s = delta[0] * theta[w + i];
			for (let j = 1; j < nOut; j++) s += delta[j] * theta[w + j * nIn + i];
			below.dOut[i] = s;
			below.dAct[i] = df(netBelow[i]);
			below.delta[i] = s * below.dAct[i];
		}
	}
	return errors;
}

/**
 * The loss of one output ŷ = g(net) against y, and its error at the sum, one chain-rule factor
 * at a time: ∂L/∂ŷ, ∂ŷ/∂net = g′(net) and δ = ∂L/∂ŷ · g′(net). The steppers print each factor.
 */
export function outputError(
	lossId: LossId,
	net: Network,
	sum: number,
	yHat: number,
	y: number
): { loss: number; dLossDOut: number; dOutDNet: number; delta: number } {
	const dLossDOut = losses[lossId].dLoss(yHat, y);
	const dOutDNet = net.dAct[net.dAct.length - 1](sum);
	return { loss: losses[lossId].loss(yHat, y), dLossDOut, dOutDNet, delta: dLossDOut * dOutDNet };
}

/** A single-output network, one labelled example and the loss that scores its output. */
export interface ExampleSetup {
	net: Network;
	x: ArrayLike<number>;
	y: number;
	loss: LossId;
}

/**
 * One example's recorded pass: the forward trace, the output's error (outputError), every
 * layer's errors and ∂L/∂θ (into `grad` when given).
 */
export function recordExample(
	setup: ExampleSetup,
	theta: ArrayLike<number>,
	grad: Float64Array = new Float64Array(setup.net.paramCount)
) {
	const trace = createTrace(setup.net);
	const errors = createErrors(setup.net);
	const output = runExample(setup, theta, grad, trace, errors, new Float64Array(1));
	return { trace, output, errors, grad };
}

/** recordExample into buffers the caller reuses (a trace without products is enough). */
function runExample(
	setup: ExampleSetup,
	theta: ArrayLike<number>,
	grad: Float64Array,
	trace: NetworkTrace,
	errors: LayerErrors[],
	delta: Float64Array
) {
	const { net, x, y, loss } = setup;
	forward(net, theta, x, trace);
	const top = trace.layers[trace.layers.length - 1];
	const output = outputError(loss, net, top.net[0], top.out[0], y);
	delta[0] = output.delta;
	backward(net, theta, trace, delta, grad, false, errors);
	return output;
}

/** Loss of one example at θ, and ∂L/∂θ written into `grad`. */
export function exampleLossAndGradient(
	setup: ExampleSetup,
	theta: ArrayLike<number>,
	grad: Float64Array
): number {
	return recordExample(setup, theta, grad).output.loss;
}

/**
 * The loss of one example as a function of θ, plotted over [−4, 4] in every parameter: lets the
 * backward pass be checked against numericGradient and lets the optimizers descend it.
 */
export function exampleObjective(setup: ExampleSetup): Objective {
	const dim = setup.net.paramCount;
	return {
		dim,
		f: (theta) => recordExample(setup, theta).output.loss,
		grad(theta, out) {
			recordExample(setup, theta, out);
		},
		domain: Array.from({ length: dim }, () => [-4, 4] as const)
	};
}

/**
 * Gradient descent on one example, `cycles` times: θ ← θ − η ∂L/∂θ. losses[k] is the loss
 * before cycle k; the last entry the loss after the last cycle.
 */
export function descendOnExample(
	setup: ExampleSetup,
	start: ArrayLike<number>,
	lr: number,
	cycles: number
): { losses: Float64Array; theta: Float64Array } {
	const theta = Float64Array.from(start);
	const grad = new Float64Array(theta.length);
	const history = new Float64Array(cycles + 1);
	const trace = createTrace(setup.net, false);
	const errors = createErrors(setup.net);
	const delta = new Float64Array(1);
	for (let k = 0; k <= cycles; k++) {
		history[k] = runExample(setup, theta, grad, trace, errors, delta).loss;
		if (k === cycles) break;
		for (let i = 0; i < theta.length; i++) theta[i] -= lr * grad[i];
	}
	return { losses: history, theta };
}
