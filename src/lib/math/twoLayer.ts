/**
 * A two-layer network (2 inputs → 2 hidden → 1 output in the course, any sizes here), one
 * example, one training cycle, with every intermediate kept so that a stepper can show the
 * error travelling from the output layer back to the hidden layer.
 *
 * Shapes: x has nIn entries; hidden unit j has weights w1[j·nIn + i] (from input i) and bias
 * b1[j]; the output has weights w2[j] (from hidden unit j) and bias b2.
 *
 *   forward   net1ⱼ = Σᵢ w1ⱼᵢ xᵢ + b1ⱼ,  hⱼ = f(net1ⱼ)
 *             net2 = Σⱼ w2ⱼ hⱼ + b2,      ŷ = g(net2),  L = loss(ŷ, y)
 *   backward  δ₂ = ∂L/∂net2 = ∂L/∂ŷ · g'(net2)
 *             ∂L/∂w2ⱼ = δ₂ hⱼ,  ∂L/∂b2 = δ₂
 *             ∂L/∂hⱼ = δ₂ w2ⱼ                       (the error arriving back at hidden unit j)
 *             δ₁ⱼ = ∂L/∂net1ⱼ = ∂L/∂hⱼ · f'(net1ⱼ)
 *             ∂L/∂w1ⱼᵢ = δ₁ⱼ xᵢ,  ∂L/∂b1ⱼ = δ₁ⱼ
 *   update    θ ← θ − η ∂L/∂θ for every weight and bias, then the loss again.
 */
import { activations } from './activations';
import type { ActivationId, LossId } from './ids';
import { losses } from './losses';
import type { Objective } from './objective';

/** The network's parameters. */
export interface TwoLayerParams {
	/** Hidden weights, row j = hidden unit j: w1[j·nIn + i]. */
	w1: Float64Array;
	/** Hidden biases, one per hidden unit. */
	b1: Float64Array;
	/** Output weights, one per hidden unit. */
	w2: Float64Array;
	/** Output bias. */
	b2: number;
}

/** Plain-array form of the parameters, as settings and messages carry them. */
export interface TwoLayerParamsInput {
	w1: ArrayLike<number>;
	b1: ArrayLike<number>;
	w2: ArrayLike<number>;
	b2: number;
}

export interface TwoLayerSetup {
	x: ArrayLike<number>;
	params: TwoLayerParamsInput;
	y: number;
	/** f, the hidden layer's activation. */
	hiddenActivation: ActivationId;
	/** g, the output's activation. */
	outputActivation: ActivationId;
	loss: LossId;
	lr: number;
}

export interface TwoLayerForward {
	/** w1ⱼᵢ·xᵢ at [j·nIn + i] */
	hiddenProducts: Float64Array;
	/** net1ⱼ */
	hiddenNet: Float64Array;
	/** hⱼ = f(net1ⱼ) */
	hidden: Float64Array;
	/** w2ⱼ·hⱼ */
	outputProducts: Float64Array;
	/** net2 */
	outputNet: number;
	/** ŷ = g(net2) */
	yHat: number;
	/** L = loss(ŷ, y) */
	loss: number;
}

export interface TwoLayerBackward {
	/** ∂L/∂ŷ */
	dLossDOut: number;
	/** ∂ŷ/∂net2 = g'(net2) */
	dOutDNet: number;
	/** δ₂ = ∂L/∂net2 */
	outputDelta: number;
	/** ∂L/∂w2ⱼ = δ₂ hⱼ */
	dLossDW2: Float64Array;
	/** ∂L/∂b2 = δ₂ */
	dLossDB2: number;
	/** ∂L/∂hⱼ = δ₂ w2ⱼ: the error that travels back to hidden unit j. */
	dLossDHidden: Float64Array;
	/** ∂hⱼ/∂net1ⱼ = f'(net1ⱼ) */
	dHiddenDNet: Float64Array;
	/** δ₁ⱼ = ∂L/∂net1ⱼ */
	hiddenDelta: Float64Array;
	/** ∂L/∂w1ⱼᵢ = δ₁ⱼ xᵢ at [j·nIn + i] */
	dLossDW1: Float64Array;
	/** ∂L/∂b1ⱼ = δ₁ⱼ */
	dLossDB1: Float64Array;
}

export interface TwoLayerCycle {
	x: Float64Array;
	params: TwoLayerParams;
	y: number;
	hiddenActivation: ActivationId;
	outputActivation: ActivationId;
	loss: LossId;
	lr: number;
	forward: TwoLayerForward;
	backward: TwoLayerBackward;
	update: { params: TwoLayerParams; after: TwoLayerForward };
}

/** Copies plain arrays into the typed form. */
export function toTwoLayerParams(p: TwoLayerParamsInput): TwoLayerParams {
	return {
		w1: Float64Array.from(p.w1),
		b1: Float64Array.from(p.b1),
		w2: Float64Array.from(p.w2),
		b2: p.b2
	};
}

type Fns = Pick<TwoLayerSetup, 'hiddenActivation' | 'outputActivation' | 'loss'>;

/** Forward pass through both layers. */
export function twoLayerForward(
	x: ArrayLike<number>,
	p: TwoLayerParamsInput,
	y: number,
	fns: Fns
): TwoLayerForward {
	const nIn = x.length;
	const nHidden = p.w2.length;
	const f = activations[fns.hiddenActivation];
	const hiddenProducts = new Float64Array(nIn * nHidden);
	const hiddenNet = new Float64Array(nHidden);
	const hidden = new Float64Array(nHidden);
	const outputProducts = new Float64Array(nHidden);
	let outputNet = p.b2;
	for (let j = 0; j < nHidden; j++) {
		let net = p.b1[j];
		for (let i = 0; i < nIn; i++) {
			hiddenProducts[j * nIn + i] = p.w1[j * nIn + i] * x[i];
			net += hiddenProducts[j * nIn + i];
		}
		hiddenNet[j] = net;
		hidden[j] = f.act(net);
		outputProducts[j] = p.w2[j] * hidden[j];
		outputNet += outputProducts[j];
	}
	const yHat = activations[fns.outputActivation].act(outputNet);
	const loss = losses[fns.loss].loss(yHat, y);
	return { hiddenProducts, hiddenNet, hidden, outputProducts, outputNet, yHat, loss };
}

/** Backward pass: output layer first, then the error carried back to the hidden layer. */
export function twoLayerBackward(
	x: ArrayLike<number>,
	p: TwoLayerParamsInput,
	fwd: TwoLayerForward,
	y: number,
	fns: Fns
): TwoLayerBackward {
	const nIn = x.length;
	const nHidden = p.w2.length;
	const dLossDOut = losses[fns.loss].dLoss(fwd.yHat, y);
	const dOutDNet = activations[fns.outputActivation].dAct(fwd.outputNet);
	const outputDelta = dLossDOut * dOutDNet;
	const dLossDW2 = new Float64Array(nHidden);
	const dLossDHidden = new Float64Array(nHidden);
	const dHiddenDNet = new Float64Array(nHidden);
	const hiddenDelta = new Float64Array(nHidden);
	const dLossDW1 = new Float64Array(nIn * nHidden);
	const dLossDB1 = new Float64Array(nHidden);
	const f = activations[fns.hiddenActivation];
	for (let j = 0; j < nHidden; j++) {
		dLossDW2[j] = outputDelta * fwd.hidden[j];
		// Uses the output weight as it was in the forward pass, before any update.
		dLossDHidden[j] = outputDelta * p.w2[j];
		dHiddenDNet[j] = f.dAct(fwd.hiddenNet[j]);
		hiddenDelta[j] = dLossDHidden[j] * dHiddenDNet[j];
		for (let i = 0; i < nIn; i++) dLossDW1[j * nIn + i] = hiddenDelta[j] * x[i];
		dLossDB1[j] = hiddenDelta[j];
	}
	return {
		dLossDOut,
		dOutDNet,
		outputDelta,
		dLossDW2,
		dLossDB2: outputDelta,
		dLossDHidden,
		dHiddenDNet,
		hiddenDelta,
		dLossDW1,
		dLossDB1
	};
}

/** θ − η·∂L/∂θ for every parameter. */
function stepParams(p: TwoLayerParams, g: TwoLayerBackward, lr: number): TwoLayerParams {
	return {
		w1: p.w1.map((v, k) => v - lr * g.dLossDW1[k]),
		b1: p.b1.map((v, j) => v - lr * g.dLossDB1[j]),
		w2: p.w2.map((v, j) => v - lr * g.dLossDW2[j]),
		b2: p.b2 - lr * g.dLossDB2
	};
}

/** One whole cycle through the two-layer network. */
export function twoLayerCycle(setup: TwoLayerSetup): TwoLayerCycle {
	const x = Float64Array.from(setup.x);
	const params = toTwoLayerParams(setup.params);
	const { y, lr } = setup;
	const forward = twoLayerForward(x, params, y, setup);
	const backward = twoLayerBackward(x, params, forward, y, setup);
	const next = stepParams(params, backward, lr);
	return {
		x,
		params,
		y,
		hiddenActivation: setup.hiddenActivation,
		outputActivation: setup.outputActivation,
		loss: setup.loss,
		lr,
		forward,
		backward,
		update: { params: next, after: twoLayerForward(x, next, y, setup) }
	};
}

/** Flattens parameters as θ = (w1…, b1…, w2…, b2). */
export function flattenTwoLayer(p: TwoLayerParamsInput): Float64Array {
	return Float64Array.from([...Array.from(p.w1), ...Array.from(p.b1), ...Array.from(p.w2), p.b2]);
}

/** Inverse of flattenTwoLayer for a network with nIn inputs and nHidden hidden units. */
export function unflattenTwoLayer(
	theta: ArrayLike<number>,
	nIn: number,
	nHidden: number
): TwoLayerParams {
	const t = Float64Array.from(theta);
	const a = nIn * nHidden;
	return {
		w1: t.slice(0, a),
		b1: t.slice(a, a + nHidden),
		w2: t.slice(a + nHidden, a + 2 * nHidden),
		b2: t[a + 2 * nHidden]
	};
}

/** The loss as a function of all parameters θ (flattened), for one fixed example. */
export function twoLayerObjective(
	setup: Omit<TwoLayerSetup, 'params' | 'lr'> & { nHidden: number }
): Objective {
	const nIn = setup.x.length;
	const { nHidden, x, y } = setup;
	const dim = nIn * nHidden + 2 * nHidden + 1;
	return {
		dim,
		f: (theta) => twoLayerForward(x, unflattenTwoLayer(theta, nIn, nHidden), y, setup).loss,
		grad(theta, out) {
			const p = unflattenTwoLayer(theta, nIn, nHidden);
			const g = twoLayerBackward(x, p, twoLayerForward(x, p, y, setup), y, setup);
			out.set(flattenTwoLayer({ w1: g.dLossDW1, b1: g.dLossDB1, w2: g.dLossDW2, b2: g.dLossDB2 }));
		},
		domain: Array.from({ length: dim }, () => [-4, 4] as const)
	};
}

/** Repeats `cycles` whole cycles; losses[k] is the loss before cycle k, the last one after. */
export function trainTwoLayer(
	setup: TwoLayerSetup,
	cycles: number
): { losses: Float64Array; params: TwoLayerParams } {
	const { x, y, lr } = setup;
	let p = toTwoLayerParams(setup.params);
	const history = new Float64Array(cycles + 1);
	for (let k = 0; k <= cycles; k++) {
		const fwd = twoLayerForward(x, p, y, setup);
		history[k] = fwd.loss;
		if (k === cycles) break;
		p = stepParams(p, twoLayerBackward(x, p, fwd, y, setup), lr);
	}
	return { losses: history, params: p };
}
