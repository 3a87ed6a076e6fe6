/**
 * One neuron, one example, one training cycle, with every intermediate number kept so that a
 * stepper can show them one at a time:
 *
 *   forward   pᵢ = xᵢ·wᵢ,  net = Σ pᵢ + b,  ŷ = f(net),  L = loss(ŷ, y)
 *   backward  ∂L/∂wᵢ = ∂L/∂ŷ · ∂ŷ/∂net · ∂net/∂wᵢ   with ∂net/∂wᵢ = xᵢ
 *             ∂L/∂b  = ∂L/∂ŷ · ∂ŷ/∂net · ∂net/∂b    with ∂net/∂b  = 1
 *   update    wᵢ ← wᵢ − η·∂L/∂wᵢ,  b ← b − η·∂L/∂b,  then the loss again with the new weights.
 *
 * n (the number of inputs) is x.length; w must have the same length.
 */
import { activations } from './activations';
import type { ActivationId, LossId } from './ids';
import { losses } from './losses';
import type { Objective } from './objective';

/** Everything one neuron cycle needs. */
export interface NeuronSetup {
	/** Inputs x, length n. */
	x: ArrayLike<number>;
	/** Weights w, length n. */
	w: ArrayLike<number>;
	/** Bias b. */
	b: number;
	/** Target (the answer) y. */
	y: number;
	activation: ActivationId;
	loss: LossId;
	/** Learning rate η. */
	lr: number;
}

/** The forward pass, every intermediate kept. */
export interface NeuronForward {
	/** pᵢ = xᵢ·wᵢ */
	products: Float64Array;
	/** net = Σ xᵢwᵢ + b */
	net: number;
	/** ŷ = f(net) */
	yHat: number;
	/** L = loss(ŷ, y) */
	loss: number;
}

/** The backward pass: each chain-rule factor and each product. */
export interface NeuronBackward {
	/** ∂L/∂ŷ */
	dLossDOut: number;
	/** ∂ŷ/∂net = f'(net) */
	dOutDNet: number;
	/** δ = ∂L/∂net = ∂L/∂ŷ · ∂ŷ/∂net, the error signal at the neuron's sum. */
	dLossDNet: number;
	/** ∂net/∂wᵢ = xᵢ */
	dNetDW: Float64Array;
	/** ∂net/∂b = 1 */
	dNetDB: number;
	/** ∂L/∂wᵢ = ∂L/∂ŷ · ∂ŷ/∂net · xᵢ */
	dLossDW: Float64Array;
	/** ∂L/∂b = ∂L/∂ŷ · ∂ŷ/∂net · 1 */
	dLossDB: number;
}

/** The update and its effect. */
export interface NeuronUpdate {
	/** wᵢ − η·∂L/∂wᵢ */
	w: Float64Array;
	/** b − η·∂L/∂b */
	b: number;
	/** The forward pass again, with the new weights; `after.loss` is the loss after the update. */
	after: NeuronForward;
}

/** One full cycle: the setup it started from, forward, backward and update. */
export interface NeuronCycle {
	x: Float64Array;
	w: Float64Array;
	b: number;
	y: number;
	activation: ActivationId;
	loss: LossId;
	lr: number;
	forward: NeuronForward;
	backward: NeuronBackward;
	update: NeuronUpdate;
}

/** Forward pass: products xᵢwᵢ, net = Σ xᵢwᵢ + b, ŷ = f(net), L = loss(ŷ, y). */
export function neuronForward(
	x: ArrayLike<number>,
	w: ArrayLike<number>,
	b: number,
	y: number,
	activation: ActivationId,
	loss: LossId
): NeuronForward {
	const products = new Float64Array(x.length);
	let net = b;
	for (let i = 0; i < x.length; i++) {
		products[i] = x[i] * w[i];
		net += products[i];
	}
	const yHat = activations[activation].act(net);
	return { products, net, yHat, loss: losses[loss].loss(yHat, y) };
}

/** Backward pass from a recorded forward pass: the chain rule, one factor at a time. */
export function neuronBackward(
	x: ArrayLike<number>,
	forward: NeuronForward,
	y: number,
	activation: ActivationId,
	loss: LossId
): NeuronBackward {
	const dLossDOut = losses[loss].dLoss(forward.yHat, y);
	const dOutDNet = activations[activation].dAct(forward.net);
	const dLossDNet = dLossDOut * dOutDNet;
	const dNetDW = Float64Array.from(x);
	const dLossDW = new Float64Array(x.length);
	for (let i = 0; i < x.length; i++) dLossDW[i] = dLossDOut * dOutDNet * dNetDW[i];
	const dNetDB = 1;
	return { dLossDOut, dOutDNet, dLossDNet, dNetDW, dNetDB, dLossDW, dLossDB: dLossDNet * dNetDB };
}

/** One whole cycle: forward, backward, the gradient-descent update, and the loss after it. */
export function neuronCycle(setup: NeuronSetup): NeuronCycle {
	const { b, y, activation, loss, lr } = setup;
	const x = Float64Array.from(setup.x);
	const w = Float64Array.from(setup.w);
	const forward = neuronForward(x, w, b, y, activation, loss);
	const backward = neuronBackward(x, forward, y, activation, loss);
	const wNew = new Float64Array(w.length);
	for (let i = 0; i < w.length; i++) wNew[i] = w[i] - lr * backward.dLossDW[i];
	const bNew = b - lr * backward.dLossDB;
	const after = neuronForward(x, wNew, bNew, y, activation, loss);
	return {
		x,
		w,
		b,
		y,
		activation,
		loss,
		lr,
		forward,
		backward,
		update: { w: wNew, b: bNew, after }
	};
}

/**
 * The loss as a function of the parameters θ = (w₁ … wₙ, b) for a fixed example: lets the
 * backward pass be checked against numericGradient and lets the optimizers descend it.
 */
export function neuronObjective(setup: Omit<NeuronSetup, 'w' | 'b' | 'lr'>): Objective {
	const n = setup.x.length;
	const { x, y, activation, loss } = setup;
	const split = (theta: ArrayLike<number>) => ({
		w: Array.prototype.slice.call(theta, 0, n) as number[],
		b: theta[n]
	});
	return {
		dim: n + 1,
		f(theta) {
			const { w, b } = split(theta);
			return neuronForward(x, w, b, y, activation, loss).loss;
		},
		grad(theta, out) {
			const { w, b } = split(theta);
			const back = neuronBackward(
				x,
				neuronForward(x, w, b, y, activation, loss),
				y,
				activation,
				loss
			);
			out.set(back.dLossDW);
			out[n] = back.dLossDB;
		},
		domain: Array.from({ length: n + 1 }, () => [-4, 4] as const)
	};
}

/** Result of repeating whole cycles. */
export interface NeuronTraining {
	/** losses[k] is the loss before cycle k; the last entry is the loss after the last cycle. */
	losses: Float64Array;
	/** Weights and bias after the last cycle. */
	w: Float64Array;
	b: number;
}

/** Repeats `cycles` whole cycles (forward, backward, update) on the same example. */
export function trainNeuron(setup: NeuronSetup, cycles: number): NeuronTraining {
	const { x, y, activation, loss, lr } = setup;
	const w = Float64Array.from(setup.w);
	let b = setup.b;
	const history = new Float64Array(cycles + 1);
	for (let k = 0; k <= cycles; k++) {
		const forward = neuronForward(x, w, b, y, activation, loss);
		history[k] = forward.loss;
		if (k === cycles) break;
		const back = neuronBackward(x, forward, y, activation, loss);
		for (let i = 0; i < w.length; i++) w[i] -= lr * back.dLossDW[i];
		b -= lr * back.dLossDB;
	}
	return { losses: history, w, b };
}
