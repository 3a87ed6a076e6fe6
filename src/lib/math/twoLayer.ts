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
 *
 * The numbers come from the course's one network (network.ts), sizes [nIn, nHidden, 1]; this
 * file names them as the stepper does.
 */
import type { ActivationId, LossId } from './ids';
import { createNetwork, descendOnExample, exampleObjective, recordExample } from './network';
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

/** The network nIn → nHidden → 1 with the given activations. */
const twoLayerNetwork = (nIn: number, nHidden: number, fns: Fns) =>
	createNetwork({
		sizes: [nIn, nHidden, 1],
		activations: [fns.hiddenActivation, fns.outputActivation]
	});

/** One recorded pass, forward and backward, in the two-layer stepper's names. */
function twoLayerPass(
	x: ArrayLike<number>,
	p: TwoLayerParamsInput,
	y: number,
	fns: Fns
): { forward: TwoLayerForward; backward: TwoLayerBackward } {
	const nIn = x.length;
	const nHidden = p.w2.length;
	const net = twoLayerNetwork(nIn, nHidden, fns);
	const {
		trace,
		output: e,
		errors,
		grad
	} = recordExample({ net, x, y, loss: fns.loss }, flattenTwoLayer(p));
	const [hiddenLayer, outputLayer] = trace.layers;
	const g = unflattenTwoLayer(grad, nIn, nHidden);
	return {
		forward: {
			hiddenProducts: hiddenLayer.products,
			hiddenNet: hiddenLayer.net,
			hidden: hiddenLayer.out,
			outputProducts: outputLayer.products,
			outputNet: outputLayer.net[0],
			yHat: outputLayer.out[0],
			loss: e.loss
		},
		backward: {
			dLossDOut: e.dLossDOut,
			dOutDNet: e.dOutDNet,
			outputDelta: e.delta,
			dLossDW2: g.w2,
			dLossDB2: g.b2,
			dLossDHidden: errors[0].dOut,
			dHiddenDNet: errors[0].dAct,
			hiddenDelta: errors[0].delta,
			dLossDW1: g.w1,
			dLossDB1: g.b1
		}
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
	const { forward, backward } = twoLayerPass(x, params, y, setup);
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
		update: { params: next, after: twoLayerPass(x, next, y, setup).forward }
	};
}

/** Flattens parameters as θ = (w1…, b1…, w2…, b2): the network's own layout. */
export function flattenTwoLayer(p: TwoLayerParamsInput): Float64Array {
	const a = p.w1.length;
	const h = p.b1.length;
	const theta = new Float64Array(a + h + p.w2.length + 1);
	theta.set(p.w1);
	theta.set(p.b1, a);
	theta.set(p.w2, a + h);
	theta[theta.length - 1] = p.b2;
	return theta;
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
	return exampleObjective({ ...setup, net: twoLayerNetwork(setup.x.length, setup.nHidden, setup) });
}

export interface TwoLayerTraining {
	/** losses[k] is the loss before cycle k; the last entry is the loss after the last cycle. */
	losses: Float64Array;
	/** The parameters after the last cycle. */
	params: TwoLayerParams;
}

/** Repeats `cycles` whole cycles (forward, backward, update) on the same example. */
export function trainTwoLayer(setup: TwoLayerSetup, cycles: number): TwoLayerTraining {
	const { x, y, loss, lr } = setup;
	const nHidden = setup.params.w2.length;
	const net = twoLayerNetwork(x.length, nHidden, setup);
	const run = descendOnExample({ net, x, y, loss }, flattenTwoLayer(setup.params), lr, cycles);
	return { losses: run.losses, params: unflattenTwoLayer(run.theta, x.length, nHidden) };
}
